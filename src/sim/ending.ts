import { evenness, heading, health, minutesBelowSafePh, recentRinses, shares } from './metrics';
import { PARAMETERS } from './parameters';
import type { Microbiome } from './state';

export type EndingName = 'flourishing' | 'fragile' | 'acid_takeover' | 'inflamed' | 'scorched';

const E = PARAMETERS.endings;

/** The thresholds of the ending rule; each value's source lives in PARAMETERS.endings. */
export const ENDING_THRESHOLDS = {
  scorchedRinses: E.scorchedRinses.value,
  scorchedRinsesIfBarren: E.scorchedRinsesIfBarren.value,
  scorchedEvenness: E.scorchedEvenness.value,
  acidShare: E.acidShare.value,
  inflammation: E.inflammation.value,
  flourishingHealth: E.flourishingHealth.value,
  fragileAcidMinutes: E.fragileAcidMinutes.value,
  fragileAcidShare: E.fragileAcidShare.value,
  fragileInflammation: E.fragileInflammation.value,
  fragileEnamel: E.fragileEnamel.value,
  trendHorizon: E.trendHorizon.value,
} as const;

export type WarningSign =
  | 'acid_stress'
  | 'acid_lovers_rising'
  | 'gums_reddening'
  | 'enamel_softened'
  | 'diversity_depleted'
  | 'low_health';

export interface EndingVerdict {
  ending: EndingName;
  /** The warning signs present; any one of them turns 'flourishing' into 'fragile'. */
  warnings: WarningSign[];
}

/**
 * The ending rule. It judges where the community is heading, not a snapshot: the acid-lover
 * share and the gum inflammation are read 12 h ahead at the pace of their change over the last
 * day (metrics.ts, heading), so a community tipping as the story ends is not called healthy,
 * nor one recovering called lost. The first three endings are disasters, checked most drastic
 * first so that a mouth sterilised by antiseptic is not mistaken for a healthy one:
 * 1. scorched: repeated antiseptic. At least 2.5 full-strength chlorhexidine rinses (summed
 *    doses) in the last 72 h, or at least 1.5 while bacterial evenness is still below 0.3.
 *    A single rinse never scorches: the plaque it strips regrows within a day or two.
 * 2. acid_takeover: S. mutans + lactobacilli heading above 30% of biomass.
 * 3. inflamed: gum inflammation heading above 0.5.
 * Otherwise the community held, and it is flourishing only if health is above 0.75 and no
 * warning sign shows; any of these makes it fragile:
 * - acid stress: 60+ minutes below pH 5.7 in the last 24 h;
 * - acid-lovers rising: M + L at 10% or more, now or where it is heading;
 * - gums reddening: inflammation at 0.25 or more, now or where it is heading;
 * - enamel softened: enamel mineral below 0.9;
 * - diversity depleted: evenness below 0.3 after a rinse in the last 72 h.
 */
export function judgeEnding(m: Microbiome): EndingVerdict {
  const t = ENDING_THRESHOLDS;
  const rinses = recentRinses(m);
  const even = evenness(m);
  const barren = even < t.scorchedEvenness;
  if (rinses >= t.scorchedRinses || (rinses >= t.scorchedRinsesIfBarren && barren)) {
    return { ending: 'scorched', warnings: [] };
  }
  const { acidLovers, inflammation } = heading(m, t.trendHorizon);
  if (acidLovers > t.acidShare) return { ending: 'acid_takeover', warnings: [] };
  if (inflammation > t.inflammation) return { ending: 'inflamed', warnings: [] };
  const warnings: WarningSign[] = [];
  if (minutesBelowSafePh(m) >= t.fragileAcidMinutes) warnings.push('acid_stress');
  // A warning shows while a sign stands or is coming: a recovering community is no longer lost,
  // but it is not flourishing until the acid-lovers and the redness are gone too.
  const s = shares(m);
  const standing = s.M + s.L;
  if (Math.max(standing, acidLovers) >= t.fragileAcidShare) warnings.push('acid_lovers_rising');
  if (Math.max(m.inflammation, inflammation) >= t.fragileInflammation) {
    warnings.push('gums_reddening');
  }
  if (m.enamel < t.fragileEnamel) warnings.push('enamel_softened');
  if (rinses > 0 && barren) warnings.push('diversity_depleted');
  if (health(m) <= t.flourishingHealth) warnings.push('low_health');
  return { ending: warnings.length === 0 ? 'flourishing' : 'fragile', warnings };
}

/** Which of the five endings the community has reached (see judgeEnding for the rule). */
export function classifyEnding(m: Microbiome): EndingName {
  return judgeEnding(m).ending;
}
