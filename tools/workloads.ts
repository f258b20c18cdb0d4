// The simulated days the bench times and the tests bound, in one place, so the step counts
// a unit test keeps from creeping up (tests/unit/sim.core.test.ts) are the same days the
// bench reports (tools/bench.ts, docs/BENCHMARKS.md). Each day is driven as the story
// drives the simulation: an intervention, then `advance` to the next one.
import { advance, applyIntervention, createMicrobiome, type Microbiome } from '../src/sim';
import { simulate } from '../src/sim/integrator';
import type { InterventionName } from '../src/sim/interventions';

/** What happens at which minute of a day (minute 0 = the start of the day). */
export type DayPlan = ReadonlyArray<readonly [minute: number, what: InterventionName]>;

export const DAY_MINUTES = 24 * 60;

/** No sugar at all: the integrator's longest steps. */
export const QUIET_DAY: DayPlan = [];

/** Three meals. */
export const MEAL_DAY: DayPlan = [
  [60, 'meal'],
  [360, 'meal'],
  [720, 'meal'],
];

/** Three meals and eight sugary snacks between them: the hardest day for the integrator. */
export const SNACKING_DAY: DayPlan = [
  ...MEAL_DAY,
  ...Array.from({ length: 8 }, (_, k) => [90 + k * 110, 'sugar_snack'] as const),
].sort((a, b) => a[0] - b[0]);

export const DAYS = [
  ['no sugar', QUIET_DAY],
  ['3 meals a day', MEAL_DAY],
  ['3 meals + 8 snacks', SNACKING_DAY],
] as const;

/** Lives `days` of `plan` from `start` through the public API; returns the end state. */
export function liveDays(plan: DayPlan, days: number, start = createMicrobiome()): Microbiome {
  let m = start;
  for (let d = 0; d < days; d += 1) {
    let t = 0;
    for (const [at, what] of plan) {
      m = applyIntervention(advance(m, at - t), what, 1);
      t = at;
    }
    m = advance(m, DAY_MINUTES - t);
  }
  return m;
}

/**
 * Integrator steps per simulated day over `days` of `plan`: the work itself, which machine
 * load cannot blur. `simulate` steps the state in place, so this runs on its own copy.
 */
export function stepsPerDay(plan: DayPlan, days: number): number {
  let m = createMicrobiome();
  let steps = 0;
  for (let d = 0; d < days; d += 1) {
    let t = 0;
    for (const [at, what] of plan) {
      steps += simulate(m, at - t);
      m = applyIntervention(m, what, 1);
      t = at;
    }
    steps += simulate(m, DAY_MINUTES - t);
  }
  return steps / days;
}
