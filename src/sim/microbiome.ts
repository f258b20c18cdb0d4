// The simulation's entry points for a state: a fresh mouth and time passing. Both return a
// new state and leave their input untouched (interventions.ts has the third, applyIntervention).
import { SimInputError } from './errors';
import { simulate } from './integrator';
import { digest } from './lastMark';
import { ph, totalBiomass } from './metrics';
import { seedState } from './random';
import { settledMouth } from './spinUp';
import { checkMicrobiome, cloneCore, cloneMicrobiome, type Microbiome, type Saliva } from './state';
import { QUIET_STEP } from './traces';

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

function checkMinutes(minutes: number): void {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new SimInputError(`minutes must be a finite number >= 0, got ${minutes}`);
  }
  if (minutes > MAX_ADVANCE_MINUTES) {
    throw new SimInputError(
      `minutes must be at most ${MAX_ADVANCE_MINUTES} per call, got ${minutes}`,
    );
  }
}

/**
 * The one body of advance and advanceTraced, so both give the very same floats. Time is
 * simulated from the state's last mark when it has a valid one (lastMark.ts), so that the
 * steps are those of one uninterrupted run however the caller splits time; a run that ends
 * between two 10-minute marks keeps the state at the last mark as the next last mark.
 */
function advanceWith(m: Microbiome, minutes: number, trace: number[] | null): Microbiome {
  checkMicrobiome(m);
  checkMinutes(minutes);
  const total = m.carry + minutes;
  const whole = Math.floor(total);
  const carry = total - whole;
  if (whole === 0) {
    const next = cloneMicrobiome(m);
    next.carry = carry;
    return next;
  }
  const end = m.minute + whole;
  const r = m.lastMark;
  let from = r !== null && r.check === digest(m) ? cloneCore(r.from) : cloneCore(m);
  // Not part of the last mark: the carry is the caller's, added below.
  from.carry = 0;
  const work = cloneCore(from);
  work.carry = carry;
  // A resumed run re-simulates minutes the caller has already seen: they are left out of the trace.
  const seen = trace === null ? null : trace.length;
  const mark = QUIET_STEP * Math.floor(end / QUIET_STEP);
  if (mark > work.minute) {
    simulate(work, mark - work.minute, 'adaptive', trace);
    if (mark === end) return dropSeen(work, trace, seen, m.minute);
    from = cloneCore(work);
  }
  simulate(work, end - work.minute, 'adaptive', trace);
  work.lastMark = { from, check: digest(work) };
  return dropSeen(work, trace, seen, m.minute);
}

/** Drops the trace's triples a resumed run added at or before `minute`; returns `m`. */
function dropSeen(
  m: Microbiome,
  trace: number[] | null,
  seen: number | null,
  minute: number,
): Microbiome {
  if (trace === null || seen === null) return m;
  let k = seen;
  while (k < trace.length && (trace[k] as number) <= minute) k += 3;
  if (k > seen) trace.splice(seen, k - seen);
  return m;
}

/**
 * Returns a new state `minutes` later; `m` is untouched. Whole minutes are simulated, a
 * fraction carries over to the next call. Throws SimInputError for minutes that are not a
 * finite number in [0, MAX_ADVANCE_MINUTES] and SimStateError for a state that fails
 * checkMicrobiome, at once in both cases.
 */
export function advance(m: Microbiome, minutes: number): Microbiome {
  return advanceWith(m, minutes, null);
}

/** One point of a traced advance: plaque pH and total plaque biomass at a simulated minute. */
export interface TraceSample {
  /** Simulated minute (the state's clock, as Microbiome.minute). */
  minute: number;
  /** Plaque pH, as ph() reads a state. */
  ph: number;
  /** Sum of all groups (fraction of carrying capacity), before shares are taken. */
  biomass: number;
}

/**
 * advance(m, minutes) with the pH and biomass on the way: `microbiome` is exactly what
 * advance returns (the same step loop, which the trace only reads). `samples` hold the start,
 * every `everyMinutes` after it and the end (m.minute .. m.minute + simulated minutes). The
 * step loop takes steps of up to 10 minutes, so a sample between two step ends is their
 * linear interpolation; samples at step ends are exact. Throws SimInputError unless
 * `everyMinutes` is a finite number >= 1.
 */
export function advanceTraced(
  m: Microbiome,
  minutes: number,
  everyMinutes: number,
): { microbiome: Microbiome; samples: TraceSample[] } {
  if (typeof everyMinutes !== 'number' || !Number.isFinite(everyMinutes) || everyMinutes < 1) {
    throw new SimInputError(`everyMinutes must be a finite number >= 1, got ${everyMinutes}`);
  }
  checkMicrobiome(m);
  const trace: number[] = [m.minute, ph(m), totalBiomass(m)];
  const microbiome = advanceWith(m, minutes, trace);
  return { microbiome, samples: resample(trace, everyMinutes) };
}

/** The (minute, pH, biomass) triples of a trace at every `every` minutes from its start and at its end. */
function resample(trace: number[], every: number): TraceSample[] {
  const start = trace[0] as number;
  const end = trace[trace.length - 3] as number;
  const samples: TraceSample[] = [];
  let j = 0; // index of the triple at or before the wanted minute
  for (let k = 0; ; k++) {
    const wanted = k * every < end - start ? start + k * every : end;
    while (j + 3 < trace.length && (trace[j + 3] as number) <= wanted) j += 3;
    const t0 = trace[j] as number;
    if (t0 === wanted || j + 3 >= trace.length) {
      samples.push({ minute: wanted, ph: trace[j + 1] as number, biomass: trace[j + 2] as number });
    } else {
      const t1 = trace[j + 3] as number;
      const f = (wanted - t0) / (t1 - t0);
      const lerp = (i: number): number =>
        (trace[j + i] as number) + f * ((trace[j + 3 + i] as number) - (trace[j + i] as number));
      samples.push({ minute: wanted, ph: lerp(1), biomass: lerp(2) });
    }
    if (wanted === end) return samples;
  }
}
