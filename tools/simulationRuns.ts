// The model runs behind the figures of docs/SIMULATION.md that are model outputs (see
// tools/simulationFigures.ts): how the model behaves, measured by running it through its public
// API and the scenario runner, so a recalibration refreshes the prose on the next
// `npm run validate`. Each run is cheap (the whole set takes about a second) because the unit
// test tests/unit/sim.docs.test.ts renders the whole document.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  advance,
  applyIntervention,
  createMicrobiome,
  ENDING_THRESHOLDS,
  type Microbiome,
  type Saliva,
  shares,
} from '../src/sim';
import {
  parseScenario,
  runScenario,
  type ScenarioAction,
  type ScenarioRow,
} from '../src/sim/scenario';
import { BRUSH, MEALS, pulses } from './validateExperiments';

const DAY = 1440;

/** `days` of a daily routine from `m`, as validateExperiments.ts lives them. */
export function live(m: Microbiome, daily: ScenarioAction[], days: number): Microbiome {
  const scenario = {
    description: '',
    seed: 1,
    days,
    saliva: m.baseSaliva,
    daily: [...daily].sort((a, b) => a.at.localeCompare(b.at)),
    events: [],
    phFloor: null,
    sample: DAY,
  };
  return runScenario(scenario, { start: m, rows: false }).final;
}

/** Computed once per process: several figures read one run. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = make();
    return value;
  };
}

export const acidLovers = (m: Microbiome): number => {
  const s = shares(m);
  return s.M + s.L;
};

/** A week of meals and twice-daily brushing, as the validation's healthy mouth. */
export const healthyMouth = once(() => live(createMicrobiome(), [...MEALS, ...BRUSH], 7));
/** Thirty days of ten sugar rinses a day, as the validation's tipped mouth. */
export const tippedMouth = once(() => live(createMicrobiome(), pulses(10), 30));

/**
 * Behaviour 4: the fewest sugar rinses a day (0 to 10, over 30 days from a settled mouth) that
 * lift M + L past the fragile ending's warning share, as tests/unit/sim.ecology.test.ts reads
 * the tipping point; 0 if none does.
 */
export function tippingFrequency(saliva: Saliva): number {
  for (let n = 0; n <= 10; n++) {
    const m = live(createMicrobiome({ saliva }), pulses(n), 30);
    if (acidLovers(m) > ENDING_THRESHOLDS.fragileAcidShare) return n;
  }
  return 0;
}

/** The plaque at the gum margin, hourly over one more day of meals and brushing. */
export const healthyMarginRange = once(() => {
  let m = healthyMouth();
  const daily = [...MEALS, ...BRUSH].sort((a, b) => a.at.localeCompare(b.at));
  let lo = m.gumPlaque;
  let hi = m.gumPlaque;
  for (let hour = 0; hour < 24; hour++) {
    for (const a of daily) {
      if (Number(a.at.slice(0, 2)) === hour) {
        const wait = Number(a.at.slice(3)) - (m.minute % 60);
        if (wait > 0) m = advance(m, wait);
        m = applyIntervention(m, a.do, a.dose ?? 1);
      }
    }
    m = advance(m, 60 - (m.minute % 60));
    lo = Math.min(lo, m.gumPlaque);
    hi = Math.max(hi, m.gumPlaque);
  }
  return { lo, hi };
});

const scenarioDir = path.resolve(import.meta.dirname, '../docs/scenarios');

/** An example scenario of docs/scenarios as written, its daily routine and its rows. */
export function example(
  name: string,
  sample?: number,
): { daily: ScenarioAction[]; days: number; rows: ScenarioRow[] } {
  const parsed = parseScenario(
    JSON.parse(readFileSync(path.join(scenarioDir, `${name}.json`), 'utf8')),
  );
  const scenario = sample === undefined ? parsed : { ...parsed, sample };
  return { daily: parsed.daily, days: parsed.days, rows: runScenario(scenario).rows };
}

const WEEKS = ['', 'week', 'two weeks', 'three weeks', 'four weeks', 'five weeks', 'six weeks'];
/** How long a run of whole weeks lasts, in words ("six weeks"); other lengths in days. */
export const span = (days: number): string =>
  days % 7 === 0 && WEEKS[days / 7] ? (WEEKS[days / 7] as string) : `${days} days`;

/** The first day (1 = the first) whose rows meet `test`, or 0 if none does. */
export const firstDay = (rows: ScenarioRow[], test: (r: ScenarioRow) => boolean): number => {
  const row = rows.find(test);
  return row === undefined ? 0 : Math.floor(row.day);
};

export const threeMeals = once(() => example('three-meals', 1));
export const snacking = once(() => example('snacking'));
export const dryMouth = once(() => example('dry-mouth'));
export const antisepticWeek = once(() => example('antiseptic-week'));
