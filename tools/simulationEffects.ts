// What each intervention does to the state at dose 1, measured by applying it (section 5 of
// docs/SIMULATION.md). The effects are written as literals in src/sim/interventions.ts, not as
// parameters, so the documentation reads them off the model instead of copying them.
import {
  advance,
  applyIntervention,
  createMicrobiome,
  health,
  type InterventionName,
  type Microbiome,
} from '../src/sim';
import { once } from './simulationRuns';

const apply = (m: Microbiome, name: InterventionName): Microbiome => applyIntervention(m, name, 1);

/** A settled mouth with little plaque, so no intervention's additions hit the room's limit. */
function sparse(): Microbiome {
  const m = structuredClone(createMicrobiome());
  for (const g of Object.keys(m.groups) as (keyof Microbiome['groups'])[]) m.groups[g] *= 0.1;
  return m;
}

/** The sugar one full rinse adds. */
const EFFECT_RINSE = (m: Microbiome): number => apply(m, 'sugar_snack').sugar - m.sugar;

/** Share of `before` that `after` took away, as a percentage. */
const removedPct = (before: number, after: number): number => 100 * (1 - after / before);
/** Increase as a share of the room left below 1 (the "towards 1" effects). */
const gainOfRoom = (before: number, after: number): number => (after - before) / (1 - before);

/**
 * The feast's pulses: how many at dose 1 (from the state), their spacing (the minutes at which
 * plaque sugar jumps over the first two hours) and their size as a share of a full rinse. The
 * size is found by bisection: the sugar added by hand to the same mouth that, one minute on,
 * leaves exactly the sugar the feast's first pulse leaves (sugar clears and is taken up within
 * that minute, so the jump itself would understate it).
 */
function feastPulses(): { count: number; ofRinse: number; every: number } {
  const fresh = createMicrobiome();
  let m = apply(fresh, 'sugar_feast');
  const count = m.feastPulses;
  const target = advance(m, 1).sugar;
  let lo = 0;
  let hi = 2 * EFFECT_RINSE(fresh);
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    const hand = structuredClone(fresh);
    hand.sugar += mid;
    if (advance(hand, 1).sugar < target) lo = mid;
    else hi = mid;
  }
  const at: number[] = [];
  for (let t = 0; t < 120; t++) {
    const next = advance(m, 1);
    // Sugar only falls between pulses.
    if (next.sugar > m.sugar) at.push(t);
    m = next;
  }
  const every = at.length > 1 ? (at[1] as number) - (at[0] as number) : 0;
  return { count, ofRinse: (lo + hi) / 2 / EFFECT_RINSE(fresh), every };
}

export const EFFECTS = once(() => {
  const fresh = createMicrobiome();
  const meal = apply(fresh, 'meal');
  const snack = apply(fresh, 'sugar_snack');
  // Brushing on plaque with sugar and acid in it: a snack five minutes earlier.
  const sugary = advance(snack, 5);
  const brushed = apply(sugary, 'brushing');
  const fluoride = apply(fresh, 'fluoride');
  const probiotic = apply(fresh, 'probiotic_gel');
  const arginine = apply(fresh, 'arginine_gel');
  const base = sparse();
  const gel = apply(base, 'blended_gel');
  const dry = apply(fresh, 'dry_mouth');
  const sensed = apply(fresh, 'implant_sensor');
  const rinse = apply(fresh, 'chlorhexidine');
  const sensedRinse = apply(sensed, 'chlorhexidine');
  const logKill = (m: Microbiome): number => Math.log(fresh.groups.C / m.groups.C);
  return {
    mealSugar: meal.sugar - fresh.sugar,
    snackSugar: snack.sugar - fresh.sugar,
    feast: feastPulses(),
    brushPlaquePct: removedPct(sugary.groups.C, brushed.groups.C),
    brushGumLinePct: removedPct(sugary.groups.F, brushed.groups.F),
    brushSugarPct: removedPct(sugary.sugar, brushed.sugar),
    brushAcidPct: removedPct(sugary.acid, brushed.acid),
    fluorideGain: gainOfRoom(fresh.fluoride, fluoride.fluoride),
    probioticGain: gainOfRoom(fresh.probiotic, probiotic.probiotic),
    arginineGain: arginine.arginine - fresh.arginine,
    gel: {
      C: gel.groups.C - base.groups.C,
      L: gel.groups.L - base.groups.L,
      K: gel.groups.K - base.groups.K,
      P: gel.groups.P - base.groups.P,
    },
    dryDays: dry.dryMinutes / 1440,
    sensorGainPct:
      100 *
      ((apply(sensed, 'arginine_gel').arginine - sensed.arginine) /
        (arginine.arginine - fresh.arginine) -
        1),
    sensorChxKeptPct: (100 * logKill(sensedRinse)) / logKill(rinse),
  };
});

/**
 * The weights of health's four terms (section 6), read off `health` by setting each term from
 * its worst to its best value on a state where every term starts at its worst.
 */
export const HEALTH_WEIGHTS = once(() => {
  const worst = structuredClone(createMicrobiome());
  worst.enamel = 0;
  worst.inflammation = 1;
  worst.lowPh = worst.lowPh.map(() => 60);
  worst.groups.C = 0;
  worst.groups.V = 0;
  const zero = health(worst);
  const with_ = (change: (m: Microbiome) => void): number => {
    const m = structuredClone(worst);
    change(m);
    return health(m) - zero;
  };
  return {
    enamel: with_((m) => {
      m.enamel = 1;
    }),
    acid: with_((m) => {
      m.lowPh = m.lowPh.map(() => 0);
    }),
    gum: with_((m) => {
      m.inflammation = 0;
    }),
    friendly: with_((m) => {
      for (const g of Object.keys(m.groups) as (keyof Microbiome['groups'])[]) m.groups[g] = 0;
      m.groups.C = 0.5;
    }),
  };
});
