import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUPS } from '../../src/sim';
import {
  parseScenario,
  rowsToCsv,
  runScenario,
  SCENARIO_COLUMNS,
  ScenarioError,
} from '../../src/sim/scenario';
import { scenarioChart } from '../../tools/scenarioChart';

const problemsOf = (input: unknown): string[] => {
  try {
    parseScenario(input);
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  return [];
};

describe('parseScenario', () => {
  it('fills in defaults', () => {
    const s = parseScenario({ days: 2 });
    expect(s).toEqual({
      description: '',
      seed: 1,
      days: 2,
      saliva: 'normal',
      daily: [],
      events: [],
      phFloor: null,
      sample: 60,
    });
  });

  it('names the field in every problem, and reports them all at once', () => {
    const problems = problemsOf({
      days: 3,
      saliva: 'wet',
      daily: [
        { at: '07:30', do: 'meal' },
        { at: '25:00', do: 'meal' },
      ],
      events: [{ day: 4, at: '12:00', do: 'candy', dose: 2 }],
      phFloor: 9,
      sample: 0,
      evnts: [],
    });
    expect(problems).toContain('daily[1].at: "25:00" is not a time of day (HH:MM)');
    expect(problems.some((p) => p.startsWith('saliva: "wet"'))).toBe(true);
    expect(problems.some((p) => p.startsWith('phFloor: 9'))).toBe(true);
    expect(problems.some((p) => p.startsWith('sample: 0'))).toBe(true);
    expect(problems.some((p) => p.startsWith('events[0].day: 4'))).toBe(true);
    expect(problems.some((p) => p.startsWith('events[0].dose: 2'))).toBe(true);
    expect(problems.some((p) => p.startsWith('evnts: unknown field'))).toBe(true);
    const unknown = problems.find((p) => p.startsWith('events[0].do'));
    expect(unknown).toMatch(
      /"candy" is not an intervention; valid: meal, sugar_snack, .*chlorhexidine/,
    );
  });

  it('rejects what is not a scenario at all', () => {
    expect(problemsOf([])).toEqual(['the scenario must be a JSON object']);
    expect(problemsOf({})).toContain('days: missing; give the number of days to run');
    expect(problemsOf({ days: 1.5 })[0]).toMatch(/^days: 1.5 must be a whole number/);
    expect(problemsOf({ days: 1, daily: { at: '08:00' } })[0]).toMatch(/^daily: .* must be a list/);
    expect(problemsOf({ days: 1, daily: ['meal'] })[0]).toMatch(/^daily\[0\]: "meal" must be/);
  });
});

describe('runScenario', () => {
  const s = parseScenario({
    seed: 1,
    days: 2,
    daily: [
      { at: '07:30', do: 'meal' },
      { at: '15:00', do: 'sugar_snack', dose: 1 },
    ],
    events: [{ day: 2, at: '12:00', do: 'chlorhexidine', dose: 1 }],
    sample: 60,
  });
  const result = runScenario(s);

  it('samples every `sample` minutes from 00:00 on day 1 to the end, in column order', () => {
    expect(result.rows.map((r) => r.minute)).toEqual(Array.from({ length: 49 }, (_, i) => i * 60));
    expect(result.final.minute).toBe(2 * 1440);
    expect(Object.keys(result.rows[0] as object)).toEqual([...SCENARIO_COLUMNS]);
    expect(result.rows[36]?.day).toBe(2.5);
    const csv = rowsToCsv(result.rows).trimEnd().split('\n');
    expect(csv[0]).toBe(SCENARIO_COLUMNS.join(','));
    expect(csv).toHaveLength(50);
  });

  it('applies interventions at their clock time, before the row of that minute', () => {
    expect(result.events.map((e) => [e.minute, e.do, e.oneOff])).toEqual([
      [450, 'meal', false],
      [900, 'sugar_snack', false],
      [1890, 'meal', false],
      [2160, 'chlorhexidine', true],
      [2340, 'sugar_snack', false],
    ]);
    const at = (minute: number) => result.rows.find((r) => r.minute === minute);
    expect(at(900)?.sugar).toBeGreaterThan(10);
    expect(at(840)?.sugar).toBeLessThan(1);
    // One rinse is a fragile balance (diversity depleted), as the ending says; not scorched.
    expect(at(2160)?.mural).toBe('anxious');
    expect(at(2160)?.ending).toBe('fragile');
    // The biomass column shows the rinse knock plaque down and the regrowth after it.
    const before = at(2100)?.biomass as number;
    expect(at(2160)?.biomass).toBeLessThan(0.3 * before);
    // Bound chlorhexidine keeps killing for hours, then the plaque regrows.
    const after = result.rows.filter((r) => r.minute >= 2160).map((r) => r.biomass);
    const lowest = Math.min(...after);
    expect(lowest).toBeLessThan(at(2160)?.biomass as number);
    expect(after[after.length - 1]).toBeGreaterThan(lowest * 1.2);
  });

  it('ends with the same state whether rows are collected or not, and a sample that does not divide the run still ends with a row', () => {
    const quiet = runScenario(s, { rows: false });
    expect(quiet.rows).toEqual([]);
    expect(quiet.final).toStrictEqual(result.final);
    const odd = runScenario({ ...s, sample: 700 });
    expect(odd.rows.map((r) => r.minute)).toEqual([0, 700, 1400, 2100, 2800, 2880]);
    expect(odd.final).toStrictEqual(result.final);
  });

  it('ends in the very same state whatever the sampling interval (samples never cut a step)', () => {
    const file = path.resolve(import.meta.dirname, '../../docs/scenarios/snacking.json');
    // A week of the snacking example: long enough for every kind of step, short enough to run
    // six times within a test's time on a loaded machine.
    const raw = { ...JSON.parse(readFileSync(file, 'utf8')), days: 7 };
    const unsampled = runScenario(parseScenario(raw), { rows: false }).final;
    for (const sample of [1, 7, 10, 60, 1440]) {
      const run = runScenario(parseScenario({ ...raw, sample }));
      expect(run.final).toStrictEqual(unsampled);
      // Rows never go back in time and multiples of 10 minutes are sampled exactly.
      const minutes = run.rows.map((r) => r.minute);
      expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
      if (sample % 10 === 0)
        expect(minutes.every((t) => t % sample === 0 || t === minutes.at(-1))).toBe(true);
    }
  });

  it('holds pH at the chemostat floor', () => {
    const held = runScenario(
      parseScenario({
        days: 1,
        sample: 1,
        daily: [{ at: '08:00', do: 'sugar_snack' }],
        phFloor: 6.2,
      }),
    );
    const min = Math.min(...held.rows.map((r) => r.ph));
    expect(min).toBeGreaterThanOrEqual(6.2 - 1e-9);
    expect(min).toBeLessThan(6.3);
  });
});

describe('example scenarios in docs/scenarios', () => {
  const dir = path.resolve(import.meta.dirname, '../../docs/scenarios');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('are all there', () => {
    expect(files.sort()).toEqual([
      'antiseptic-week.json',
      'dry-mouth.json',
      'festival-outbreak.json',
      'probiotic-rescue.json',
      'snacking.json',
      'three-meals.json',
    ]);
  });

  it.each(files)('%s is valid, described, finite and charted', (file) => {
    const raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    expect(typeof raw.description).toBe('string');
    expect(raw.description.length).toBeGreaterThan(20);
    const s = parseScenario(raw);
    const result = runScenario({ ...s, sample: 60 });
    for (const row of result.rows) {
      for (const c of SCENARIO_COLUMNS) {
        const v = row[c];
        if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      }
      expect(row.ph).toBeGreaterThanOrEqual(3.5);
      expect(row.ph).toBeLessThanOrEqual(8);
      let sum = 0;
      for (const g of GROUPS) sum += row[g];
      expect(Math.abs(sum - 1)).toBeLessThan(1e-4);
    }
    const svg = scenarioChart(s, result, { title: file });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('critical pH 5.5');
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    // Well-formed enough for strict XML parsers: no attribute appears twice in one tag.
    for (const tag of svg.match(/<[a-z]+ [^>]*>/g) ?? []) {
      const names = [...tag.matchAll(/ ([a-z-]+)="/g)].map((m) => m[1]);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
