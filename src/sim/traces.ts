// What fades and what is counted by the hour: decay factors of the slow traces over a step
// (tabled for the step lengths the integrator takes most), and the hourly bookkeeping of the
// low-pH buckets and the immigration noise.
import { N_GROUPS, v } from './chemistry';
import { PARAMETERS } from './parameters';
import { nextRandom } from './random';

const CH = PARAMETERS.chemistry;
const EC = PARAMETERS.ecology;
const TOOTH = PARAMETERS.tooth;
const GUM = PARAMETERS.gum;

/** Longest step the adaptive integrator takes (minutes); steps end on its multiples. */
export const QUIET_STEP = 10;
/**
 * Step while the pH plunges faster than STEP_RULES.steepPhPerMinute (minutes). A quarter, not
 * half, a minute: the plunges carry most of the step error, and where plaque is tipping over
 * days (the snacking example) half-minute ones put the adaptive run 0.05 pH off the
 * fixed-step reference, quarter-minute ones 0.04, for 14% more steps on a snacking day (386
 * against 340).
 */
export const FINE_STEP = 0.25;

/**
 * The adaptive step's other rules (stepLoop.ts copies each into a module-local constant, so the
 * hot loop never reads an import; docs/SIMULATION.md quotes them from here).
 */
export const STEP_RULES = {
  /** pH fall per minute above which the step is FINE_STEP. */
  steepPhPerMinute: 0.3,
  /**
   * Steps longer than a minute wait until sugar is below this (in K_S): the exponential shape
   * a step gives the sugar's saturation is only close once saturation is nearly linear in sugar.
   */
  longSugar: 0.1,
  /** A first guess for a long step keeps the pH change at its starting rate below this. */
  firstGuessPh: 0.2,
  /** A step whose acid moves less than this (mM; ~0.003 pH) needs no corrector. */
  restMm: 0.05,
  /** Largest pH difference between predictor and corrector a step longer than a minute may show. */
  stepError: 0.005,
} as const;

// Decay factors for the common step lengths, so most steps need no Math.exp.
const HALF_LIVES = [
  v(CH.chewingHalfLife),
  v(CH.flowBoostHalfLife),
  v(CH.arginineHalfLife),
  v(EC.chxHalfLife),
  v(EC.washoutHalfLife),
  v(EC.probioticHalfLife),
  v(TOOTH.fluorideHalfLife),
  v(EC.storeHalfLife),
  // Not a half-life of the margin's plaque but of the room it has left to mature into.
  (60 * Math.LN2) / v(GUM.marginMaturation),
];
const N_DECAYS = HALF_LIVES.length;
/** Decay factors of whole-minute steps, indexed by the step's length (1..QUIET_STEP). */
const DECAY_WHOLE = Array.from({ length: QUIET_STEP + 1 }, (_, n) =>
  Float64Array.from(HALF_LIVES, (t) => Math.exp((-Math.LN2 * n) / t)),
);
export const DECAY_F = Float64Array.from(HALF_LIVES, (t) => Math.exp((-Math.LN2 * FINE_STEP) / t));
const DECAY_RATE = Float64Array.from(HALF_LIVES, (t) => Math.LN2 / t);
/** Chewing's fading rate per minute. */
export const CHEW_RATE = DECAY_RATE[0] as number;
const DECAY = new Float64Array(N_DECAYS);

/** Decay factors of the slow traces over a step of `dt` minutes. */
export function decaysFor(dt: number): Float64Array {
  if (dt === FINE_STEP) return DECAY_F;
  if (dt === Math.floor(dt) && dt <= QUIET_STEP) return DECAY_WHOLE[dt] as Float64Array;
  for (let k = 0; k < N_DECAYS; k++) DECAY[k] = Math.exp(-(DECAY_RATE[k] as number) * dt);
  return DECAY;
}

const IMMIGRATION_JITTER = v(EC.immigrationJitter);

/**
 * Clears the low-pH buckets of the hours after `lastHour` up to `hour` and draws the new hour's
 * immigration noise; returns the generator state. Kept out of the step loop so V8's inlining
 * budget goes to the per-step helpers.
 */
export function startHour(
  lowPh: Float64Array,
  acidMinutes: Float64Array,
  jitter: Float64Array,
  lastHour: number,
  hour: number,
  rng: number,
): number {
  const gap = Math.min(24, hour - lastHour);
  for (let k = 1; k <= gap; k++) {
    const b = (((lastHour + k) % 24) + 24) % 24;
    lowPh[b] = 0;
    acidMinutes[b] = 0;
  }
  let state = rng;
  for (let i = 0; i < N_GROUPS; i++) {
    // Indexed, not destructured: destructuring goes through the array iterator.
    const draw = nextRandom(state);
    state = draw[1];
    jitter[i] = 1 + IMMIGRATION_JITTER * (2 * draw[0] - 1);
  }
  return state;
}

/**
 * Writes the acid-lover share and the inflammation as they stand into the buckets of the hours
 * after `lastHour` up to `hour` (the trend the ending rule reads; metrics.ts, heading).
 */
export function recordHour(
  acidLovers: Float64Array,
  inflammations: Float64Array,
  x: Float64Array,
  inflammation: number,
  lastHour: number,
  hour: number,
): void {
  let total = 0;
  for (let i = 0; i < x.length; i++) total += x[i] as number;
  const share = total > 0 ? ((x[1] as number) + (x[2] as number)) / total : 0;
  const gap = Math.min(24, hour - lastHour);
  for (let k = 1; k <= gap; k++) {
    const b = (((lastHour + k) % 24) + 24) % 24;
    acidLovers[b] = share;
    inflammations[b] = inflammation;
  }
}

/**
 * A decaying trace flushed to zero before it becomes a subnormal double, which is both
 * meaningless here and two orders of magnitude slower to compute with.
 */
export function flush(x: number): number {
  return x < 1e-12 ? 0 : x;
}

// Below these, chewing changes flow by under 0.002 % and sugar adds under 0.01 % to the basal
// acid trickle: dropped, so the flow-dependent rates stop changing every step and the chemistry
// counts as sugar-free an hour sooner after every snack.
export const FLOW_TRACE = 1e-5;
export const SUGAR_TRACE = 1e-6;
