// Scenarios: a plain-JSON description of a daily routine plus one-off events, run through the
// simulation and sampled into rows. Pure: the CLI (tools/sim.ts) only reads and writes files.
import { classifyEnding, type EndingName } from './ending';
import { SimInputError } from './errors';
import { GROUPS, type GroupName } from './groups';
import { type Stepping, simulate } from './integrator';
import { applyIntervention, INTERVENTION_NAMES, type InterventionName } from './interventions';
import { evenness, health, ph, shannon, shares, totalBiomass } from './metrics';
import { createMicrobiome, MAX_ADVANCE_MINUTES } from './microbiome';
import { type MuralStateName, muralState } from './mural';
import { checkMicrobiome, cloneMicrobiome, type Microbiome, type Saliva } from './state';

export interface ScenarioAction {
  /** Clock time, "HH:MM". */
  at: string;
  do: InterventionName;
  /** 0-1, default 1. */
  dose: number;
}

export interface ScenarioEvent extends ScenarioAction {
  /** Day number, 1 = the first day of the run. */
  day: number;
}

export interface Scenario {
  description: string;
  seed: number;
  days: number;
  saliva: Saliva;
  /** Repeated every day, in clock order. */
  daily: ScenarioAction[];
  /** One-off events. */
  events: ScenarioEvent[];
  /** Chemostat pH control: plaque pH is never allowed below this (null = no control). */
  phFloor: number | null;
  /** Minutes between rows. */
  sample: number;
}

export const SCENARIO_COLUMNS = [
  'minute',
  'day',
  'ph',
  'C',
  'M',
  'L',
  'V',
  'F',
  'P',
  'K',
  'biomass',
  'sugar',
  'enamel',
  'inflammation',
  'attachmentLoss',
  'retainedLactobacilli',
  'shannon',
  'evenness',
  'health',
  'mural',
  'ending',
] as const;

export type ScenarioRow = {
  /** Minutes since 00:00 on day 1. */
  minute: number;
  /** 1 + minute / 1440: day 1.5 is noon on day 1. */
  day: number;
  ph: number;
  /**
   * Total plaque, as a fraction of the carrying capacity: the sum of the groups before shares
   * are taken, so a rinse's knock-down and the regrowth show.
   */
  biomass: number;
  sugar: number;
  enamel: number;
  inflammation: number;
  /** Clinical attachment lost at the gum margin, mm: lasting damage that never heals. */
  attachmentLoss: number;
  /** Lactobacilli in the retention sites, 0-1 of what they hold: fills and empties over weeks. */
  retainedLactobacilli: number;
  shannon: number;
  evenness: number;
  health: number;
  mural: MuralStateName;
  ending: EndingName;
} & Record<GroupName, number>;

/** An intervention as it happened, for charts and logs. */
export interface AppliedEvent {
  minute: number;
  do: InterventionName;
  dose: number;
  /** True for the one-off events, false for the daily routine. */
  oneOff: boolean;
}

export interface ScenarioResult {
  rows: ScenarioRow[];
  events: AppliedEvent[];
  final: Microbiome;
}

const DAY = 1440;
const MAX_DAYS = Math.floor(MAX_ADVANCE_MINUTES / DAY);
const TOP_LEVEL = [
  'description',
  'seed',
  'days',
  'saliva',
  'daily',
  'events',
  'phFloor',
  'sample',
] as const;

export class ScenarioError extends SimInputError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid scenario:\n  ${problems.join('\n  ')}`);
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}

const show = (value: unknown): string => (value === undefined ? 'missing' : JSON.stringify(value));
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** "HH:MM" to minutes after midnight, or undefined. */
export function parseTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

/**
 * Checks untrusted input (parsed JSON) and returns a complete scenario with defaults filled
 * in. Every problem is collected, so a teacher fixing a file sees them all at once.
 */
export function parseScenario(input: unknown): Scenario {
  const problems: string[] = [];
  if (!isRecord(input)) throw new ScenarioError([`the scenario must be a JSON object`]);

  for (const key of Object.keys(input)) {
    if (!(TOP_LEVEL as readonly string[]).includes(key)) {
      problems.push(`${key}: unknown field; allowed fields: ${TOP_LEVEL.join(', ')}`);
    }
  }

  const integer = (field: string, value: unknown, min: number, max: number, fallback: number) => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      problems.push(`${field}: ${show(value)} must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return value;
  };

  const description = input.description ?? '';
  if (typeof description !== 'string') {
    problems.push(`description: ${show(description)} must be text`);
  }
  const seed = integer('seed', input.seed, 0, 2 ** 32 - 1, 1);
  const days = integer('days', input.days, 1, MAX_DAYS, 0);
  if (input.days === undefined) problems.push(`days: missing; give the number of days to run`);
  const sample = integer('sample', input.sample, 1, DAY, 60);

  let saliva: Saliva = 'normal';
  if (input.saliva !== undefined) {
    if (input.saliva === 'normal' || input.saliva === 'dry') saliva = input.saliva;
    else problems.push(`saliva: ${show(input.saliva)} must be "normal" or "dry"`);
  }

  let phFloor: number | null = null;
  if (input.phFloor !== undefined && input.phFloor !== null) {
    const f = input.phFloor;
    if (typeof f !== 'number' || !Number.isFinite(f) || f < 3.5 || f > 8) {
      problems.push(`phFloor: ${show(f)} must be a pH from 3.5 to 8 (or null for no control)`);
    } else {
      phFloor = f;
    }
  }

  const action = (field: string, raw: unknown): ScenarioAction | undefined => {
    if (!isRecord(raw)) {
      problems.push(`${field}: ${show(raw)} must be an object like {"at": "08:00", "do": "meal"}`);
      return undefined;
    }
    let ok = true;
    const allowed = field.startsWith('events') ? ['day', 'at', 'do', 'dose'] : ['at', 'do', 'dose'];
    for (const key of Object.keys(raw)) {
      if (!allowed.includes(key)) {
        problems.push(`${field}.${key}: unknown field; allowed fields: ${allowed.join(', ')}`);
        ok = false;
      }
    }
    if (parseTime(raw.at) === undefined) {
      problems.push(`${field}.at: ${show(raw.at)} is not a time of day (HH:MM)`);
      ok = false;
    }
    const name = raw.do;
    if (typeof name !== 'string' || !(INTERVENTION_NAMES as string[]).includes(name)) {
      problems.push(
        `${field}.do: ${show(name)} is not an intervention; valid: ${INTERVENTION_NAMES.join(', ')}`,
      );
      ok = false;
    }
    const dose = raw.dose ?? 1;
    if (typeof dose !== 'number' || !Number.isFinite(dose) || dose < 0 || dose > 1) {
      problems.push(`${field}.dose: ${show(raw.dose)} must be a number from 0 to 1`);
      ok = false;
    }
    return ok
      ? { at: raw.at as string, do: name as InterventionName, dose: dose as number }
      : undefined;
  };

  const list = (field: 'daily' | 'events'): unknown[] => {
    const value = input[field];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.push(`${field}: ${show(value)} must be a list (JSON array)`);
      return [];
    }
    return value;
  };

  const daily: ScenarioAction[] = [];
  list('daily').forEach((raw, i) => {
    const a = action(`daily[${i}]`, raw);
    if (a) daily.push(a);
  });
  const events: ScenarioEvent[] = [];
  list('events').forEach((raw, i) => {
    const a = action(`events[${i}]`, raw);
    const day = isRecord(raw) ? raw.day : undefined;
    const maxDay = Math.max(days, 1);
    if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > maxDay) {
      problems.push(`events[${i}].day: ${show(day)} must be a whole number from 1 to ${maxDay}`);
    } else if (a) {
      events.push({ day, ...a });
    }
  });

  if (problems.length > 0) throw new ScenarioError(problems);
  return {
    description: description as string,
    seed,
    days,
    saliva,
    daily,
    events,
    phFloor,
    sample,
  };
}

const round = (x: number): number => Number(x.toPrecision(6));

function rowOf(m: Microbiome, elapsed: number): ScenarioRow {
  const s = shares(m);
  const row = {
    minute: elapsed,
    day: round(1 + elapsed / DAY),
    ph: round(ph(m)),
  } as ScenarioRow;
  for (const g of GROUPS) row[g] = round(s[g]);
  row.biomass = round(totalBiomass(m));
  row.sugar = round(m.sugar);
  row.enamel = round(m.enamel);
  row.inflammation = round(m.inflammation);
  row.attachmentLoss = round(m.attachmentLoss);
  row.retainedLactobacilli = round(m.retainedLactobacilli);
  row.shannon = round(shannon(m));
  row.evenness = round(evenness(m));
  row.health = round(health(m));
  row.mural = muralState(m).state;
  row.ending = classifyEnding(m);
  return row;
}

/** Every intervention of the run in time order; same-minute ones keep daily-then-events order. */
function scheduleOf(s: Scenario): AppliedEvent[] {
  const out: AppliedEvent[] = [];
  for (let d = 0; d < s.days; d++) {
    for (const a of s.daily) {
      out.push({
        minute: d * DAY + (parseTime(a.at) as number),
        do: a.do,
        dose: a.dose,
        oneOff: false,
      });
    }
  }
  for (const e of s.events) {
    out.push({
      minute: (e.day - 1) * DAY + (parseTime(e.at) as number),
      do: e.do,
      dose: e.dose,
      oneOff: true,
    });
  }
  // Array.prototype.sort is stable, so ties keep the order above.
  return out.sort((a, b) => a.minute - b.minute);
}

export interface RunOptions {
  /** Start from this state instead of a fresh healthy mouth (its clock is taken as 00:00). */
  start?: Microbiome;
  /** Collect sampled rows (default true); tests that only need the final state skip them. */
  rows?: boolean;
  /** Integrator stepping (default adaptive); the tests compare against a fine fixed step. */
  stepping?: Stepping;
}

/**
 * Runs a scenario from 00:00 on day 1 to 00:00 after the last day. Interventions due at a
 * sample minute are applied before that row is taken. Pure: `options.start` is copied, not
 * changed. The scenario is checked again (parseScenario) and the start state too
 * (checkMicrobiome), because an event after the last day, a zero sample or a damaged state
 * would otherwise keep the loop below from ever reaching the end.
 */
export function runScenario(input: Scenario, options: RunOptions = {}): ScenarioResult {
  const s = parseScenario(input);
  if (options.start !== undefined) checkMicrobiome(options.start);
  let m = options.start
    ? cloneMicrobiome(options.start)
    : createMicrobiome({ seed: s.seed, saliva: s.saliva });
  m.phFloor = s.phFloor ?? 0;
  const collect = options.rows ?? true;
  const schedule = scheduleOf(s);
  const end = s.days * DAY;
  const rows: ScenarioRow[] = [];
  let now = 0;
  let next = 0;
  // Rows at 0, sample, 2 * sample, ... and always one at the very end. Only interventions cut
  // the integrator's steps; a sample waits for the step that ends at or after it, so the run
  // is the same whatever the sampling interval. Steps end on every 10-minute mark of the
  // clock, so rows of a sample that is a multiple of 10 fall exactly on it; otherwise a row
  // inside a long quiet step is taken at that step's end (its minute says so).
  let nextSample = collect ? 0 : Number.POSITIVE_INFINITY;
  for (;;) {
    while (next < schedule.length && (schedule[next] as AppliedEvent).minute === now) {
      const e = schedule[next] as AppliedEvent;
      m = applyIntervention(m, e.do, e.dose);
      next++;
    }
    if (now >= nextSample) {
      rows.push(rowOf(m, now));
      while (nextSample <= now) nextSample += s.sample;
      nextSample = Math.min(nextSample, end);
    }
    if (now >= end) break;
    const nextEvent = next < schedule.length ? (schedule[next] as AppliedEvent).minute : end;
    const hard = Math.min(nextEvent, end);
    const from = m.minute;
    simulate(m, hard - now, options.stepping, null, Math.min(nextSample, hard) - now);
    now += m.minute - from;
  }
  return { rows, events: schedule, final: m };
}

/** Rows as CSV text with a header line. */
export function rowsToCsv(rows: readonly ScenarioRow[]): string {
  const lines = [SCENARIO_COLUMNS.join(',')];
  for (const r of rows) lines.push(SCENARIO_COLUMNS.map((c) => String(r[c])).join(','));
  return `${lines.join('\n')}\n`;
}
