// What the calibration tools share: setting parameters from the JSON a search writes (before
// the sim is imported, as it reads them into constants at load), and how much room a
// validation target's value leaves to its tolerance's nearer edge.
import { PARAMETERS } from '../../src/sim/parameters';

/** Sets each `"section.name": value` (or `"groups.X.name"`) of `json` in PARAMETERS. */
export function applyOverrides(json: string | undefined): Record<string, number> {
  const overrides = JSON.parse(json ?? '{}') as Record<string, number>;
  for (const [key, value] of Object.entries(overrides)) {
    let o: Record<string, unknown> = PARAMETERS as unknown as Record<string, unknown>;
    for (const part of key.split('.')) o = o[part] as Record<string, unknown>;
    (o as { value: number }).value = value;
  }
  return overrides;
}

/**
 * Room from `value` to the nearer edge of [lo, hi], as a share of the span (negative when
 * outside). A one-sided tolerance (hi infinite) measures from lo in units of |lo| (at least 1).
 */
export function marginOf(target: { lo: number; hi: number }, value: number): number {
  const { lo, hi } = target;
  const span = Number.isFinite(hi) ? hi - lo : Math.max(Math.abs(lo), 1);
  const margin = Math.min(value - lo, Number.isFinite(hi) ? hi - value : Number.POSITIVE_INFINITY);
  return span > 0 ? margin / span : margin;
}
