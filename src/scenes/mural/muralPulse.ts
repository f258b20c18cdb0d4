// A `# mural: pulse` cue: the wall's colonies swell and glow once, so eyes go to the mural
// as the line about it appears. Pure timing, so it is tested without a browser; the
// painter turns the swell into size and light (muralPainter.ts, paintLife).

/** How long a pulse lasts with motion on: a quick swell, a slower ebb. */
export const PULSE_SECONDS = 1.4;
const RISE_SECONDS = 0.3;

/**
 * With reduced motion the colonies do not grow and shrink: the wall is lit, still, at this
 * strength for HOLD_SECONDS and then goes back as it was.
 */
export const STILL_HIGHLIGHT = 0.6;
export const HOLD_SECONDS = 2.5;

/**
 * How strongly the pulse shows (0 none, 1 its peak) `since` seconds after the cue, with
 * the scene's `motion` (0 reduced, 1 full). Before a cue, or once it is over, 0: the wall
 * is painted exactly as if there had been no pulse.
 */
export function muralSwell(since: number, motion: number): number {
  if (!(since >= 0)) return 0;
  if (motion <= 0) return since < HOLD_SECONDS ? STILL_HIGHLIGHT : 0;
  if (since >= PULSE_SECONDS) return 0;
  const shape =
    since < RISE_SECONDS
      ? smooth(since / RISE_SECONDS)
      : 1 - smooth((since - RISE_SECONDS) / (PULSE_SECONDS - RISE_SECONDS));
  return shape * Math.min(1, motion);
}

/** Eases in and out: no jolt at the start or at the peak. */
function smooth(t: number): number {
  const k = Math.min(1, Math.max(0, t));
  return k * k * (3 - 2 * k);
}
