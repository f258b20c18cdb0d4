// Daily routines the sim tests share, written as scenarios and run through the scenario runner
// (src/sim/scenario.ts), so the tests exercise the same path as `npm run sim`.
import type { Microbiome } from '../../src/sim';
import {
  parseScenario,
  runScenario,
  type Scenario,
  type ScenarioAction,
} from '../../src/sim/scenario';

/** Breakfast, lunch and dinner. */
export const MEALS: ScenarioAction[] = [
  { at: '08:00', do: 'meal', dose: 1 },
  { at: '13:00', do: 'meal', dose: 1 },
  { at: '19:00', do: 'meal', dose: 1 },
];

const hhmm = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** `n` sugar rinses spread evenly over 16 waking hours from 07:00 (Head et al. 2021 design). */
export function pulses(n: number): ScenarioAction[] {
  return Array.from({ length: n }, (_, k) => ({
    at: hhmm(Math.round(420 + (k * 960) / n)),
    do: 'sugar_snack' as const,
    dose: 1,
  }));
}

/** A checked scenario from the fields a test cares about. */
export function scenario(fields: Record<string, unknown>): Scenario {
  return parseScenario(fields);
}

/** Runs `days` of a daily routine from `m` (its clock taken as 00:00) and returns the end state. */
export function routineDays(
  m: Microbiome,
  daily: ScenarioAction[],
  days: number,
  phFloor: number | null = null,
): Microbiome {
  return runScenario(scenario({ days, daily, phFloor }), { start: m, rows: false }).final;
}

/** Brushing at 07:30 and 22:00. */
export const BRUSHING: ScenarioAction[] = [
  { at: '07:30', do: 'brushing', dose: 1 },
  { at: '22:00', do: 'brushing', dose: 1 },
];

/**
 * Healthy days: three meals and twice-daily brushing. Without brushing the gum inflames in
 * 1-3 weeks (Loe et al. 1965), so a mouth is only stable over weeks with it.
 */
export function careDays(m: Microbiome, days: number): Microbiome {
  return routineDays(
    m,
    [BRUSHING[0] as ScenarioAction, ...MEALS, BRUSHING[1] as ScenarioAction],
    days,
  );
}

/** Ordinary days: three meals and nothing else. */
export function mealDays(m: Microbiome, days: number): Microbiome {
  return routineDays(m, MEALS, days);
}

/** `n` sugar rinses a day (no meals), as in the Head et al. 2021 model. */
export function pulseDays(m: Microbiome, n: number, days: number): Microbiome {
  return routineDays(m, pulses(n), days);
}
