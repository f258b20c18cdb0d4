// The simulation's entry points for a state: a fresh mouth and time passing. Both return a
// new state and leave their input untouched (interventions.ts has the third, applyIntervention).
import { SimInputError } from './errors';
import { simulate } from './integrator';
import { seedState } from './random';
import { settledMouth } from './spinUp';
import { checkMicrobiome, cloneMicrobiome, type Microbiome, type Saliva } from './state';

/**
 * A healthy, settled mouth at 07:00 on day one, with last day's acid history kept. A new
 * state on every call (the settled mouth it copies is computed once per process).
 */
export function createMicrobiome(options: { seed?: number; saliva?: Saliva } = {}): Microbiome {
  const saliva = options.saliva ?? 'normal';
  const seed = options.seed ?? 1;
  if (saliva !== 'normal' && saliva !== 'dry') {
    throw new SimInputError(`saliva must be "normal" or "dry", got ${String(saliva)}`);
  }
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new SimInputError(`seed must be a finite number, got ${String(seed)}`);
  }
  const s = cloneMicrobiome(settledMouth(saliva));
  // Spin-up is whole days, so hour buckets already line up with a clock reset to 0; hour -1 is
  // the last simulated hour, which keeps yesterday's low-pH minutes in the 24-hour span.
  s.minute = 0;
  s.lowPhHour = -1;
  s.feastNext = 0;
  s.rng = seedState(seed);
  return s;
}

/** Longest single advance: a year, so a typo cannot freeze the browser. */
export const MAX_ADVANCE_MINUTES = 525_600;

/**
 * Returns a new state `minutes` later; `m` is untouched. Whole minutes are simulated, a
 * fraction carries over to the next call. Throws SimInputError for minutes that are not a
 * finite number in [0, MAX_ADVANCE_MINUTES] and SimStateError for a state that fails
 * checkMicrobiome, at once in both cases.
 */
export function advance(m: Microbiome, minutes: number): Microbiome {
  checkMicrobiome(m);
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new SimInputError(`minutes must be a finite number >= 0, got ${minutes}`);
  }
  if (minutes > MAX_ADVANCE_MINUTES) {
    throw new SimInputError(
      `minutes must be at most ${MAX_ADVANCE_MINUTES} per call, got ${minutes}`,
    );
  }
  const next = cloneMicrobiome(m);
  const total = next.carry + minutes;
  const whole = Math.floor(total);
  next.carry = total - whole;
  simulate(next, whole);
  return next;
}
