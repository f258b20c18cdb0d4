// The tooth over one step: minutes of acid stress counted into the hour's buckets, and the
// enamel dissolving below the critical pH and remineralising above it.
import { clamp01, criticalPhOf, v } from './chemistry';
import { PARAMETERS } from './parameters';

const TOOTH = PARAMETERS.tooth;
const DEMINERALISATION = v(TOOTH.demineralisation);
const REMINERALISATION = v(TOOTH.remineralisation);
/** Below this plaque pH a food is not 'safe for teeth' (plaque telemetry). */
const SAFE_PH = v(TOOTH.safePh);
/** Below this enamel mineral the surface has collapsed into a cavity: no remineralisation. */
const CAVITATION = v(TOOTH.cavitation);

/**
 * Enamel after a step of `dt` minutes whose pH ran linearly from `pH` to `pHend` (mean `pHn`); adds the
 * step's minutes below pH 5.7 to `acidMinutes[bucket]` and below the critical pH to
 * `lowPh[bucket]`.
 */
export function toothAfter(
  enamel: number,
  fluoride: number,
  pH: number,
  pHend: number,
  pHn: number,
  dt: number,
  acidMinutes: Float64Array,
  lowPh: Float64Array,
  bucket: number,
): number {
  const pHc = criticalPhOf(fluoride);
  // Minutes below each threshold, with pH moving linearly over the step: the share of the
  // step below it is (threshold - lowest) / (highest - lowest), or all of it.
  const pHlo = Math.min(pH, pHend);
  const pHhi = Math.max(pH, pHend);
  if (pHlo < SAFE_PH) {
    const share = pHhi < SAFE_PH ? 1 : (SAFE_PH - pHlo) / (pHhi - pHlo);
    acidMinutes[bucket] = (acidMinutes[bucket] as number) + dt * share;
  }
  if (pHlo < pHc) {
    const share = pHhi < pHc ? 1 : (pHc - pHlo) / (pHhi - pHlo);
    lowPh[bucket] = (lowPh[bucket] as number) + dt * share;
  }
  if (pHn < pHc) return clamp01(enamel - dt * DEMINERALISATION * (pHc - pHn) * enamel);
  // A white-spot lesion (subsurface loss) can take mineral back; a cavity cannot.
  if (enamel < CAVITATION) return enamel;
  return clamp01(enamel + dt * REMINERALISATION * (pHn - pHc) * (1 - enamel) * (1 + fluoride));
}
