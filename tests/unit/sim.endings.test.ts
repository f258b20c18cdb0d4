import { describe, expect, it } from 'vitest';
import {
  advance,
  applyIntervention,
  classifyEnding,
  createMicrobiome,
  type EndingName,
  evenness,
  judgeEnding,
  type Microbiome,
  muralState,
  recentRinses,
  shares,
} from '../../src/sim';

// Story-shaped sequences, written out the way an Ink story drives the simulation: a beat is
// either an intervention with its dose or a number of minutes to let pass. Each day is
// 24 h long, so a five-day story ends at minute 7200.
type Beat = readonly [string, number] | number;

function play(...days: Beat[][]): Microbiome {
  let m = createMicrobiome();
  for (const beat of days.flat()) {
    m = typeof beat === 'number' ? advance(m, beat) : applyIntervention(m, beat[0], beat[1]);
  }
  return m;
}

const day = (m: Microbiome): number => m.minute / 1440;

// One day of steady care: brushing morning and night, water, three meals, the two gels.
const careDay: Beat[] = [
  ['brushing', 1],
  ['saliva_boost', 0.7],
  60,
  ['meal', 1],
  300,
  ['arginine_gel', 0.6],
  ['meal', 1],
  360,
  ['probiotic_gel', 0.5],
  ['fluoride', 0.5],
  ['meal', 1],
  240,
  ['brushing', 1],
  480,
];
// An ordinary day with nobody doing anything special.
const mealsDay: Beat[] = [60, ['meal', 1], 300, ['meal', 1], 360, ['meal', 1], 720];
// Festival stress: dry mouths and grazing on sweets from morning to night, no care at all.
const sourDay: Beat[] = [['dry_mouth', 1], ['sugar_feast', 0.8], 720, ['sugar_snack', 1], 720];

const reached = new Set<EndingName>();
function expectEnding(m: Microbiome, ending: EndingName): void {
  const verdict = judgeEnding(m);
  console.log(ending, `day ${day(m).toFixed(1)}`, JSON.stringify(verdict.warnings));
  expect(verdict.ending).toBe(ending);
  expect(classifyEnding(m)).toBe(ending);
  reached.add(ending);
}

describe('flourishing: steady care', () => {
  it('five days of brushing, water, meals and gels', () => {
    const m = play(careDay, careDay, careDay, careDay, careDay);
    expect(day(m)).toBe(5);
    expectEnding(m, 'flourishing');
    expect(['serene', 'vibrant']).toContain(muralState(m).state);
  });

  it('a festival feast on day one, then four days of care', () => {
    const m = play([['sugar_feast', 1], 1440], careDay, careDay, careDay, careDay);
    expectEnding(m, 'flourishing');
  });
});

describe('fragile: half measures, one lapse, late care', () => {
  it('one lapse: four days of care, then a sugar feast on the last day', () => {
    const m = play(careDay, careDay, careDay, careDay, [['sugar_feast', 0.8], 1440]);
    expectEnding(m, 'fragile');
    expect(judgeEnding(m).warnings).toContain('acid_stress');
  });

  it('late care: three sour days, then two days of care', () => {
    const m = play(sourDay, sourDay, sourDay, careDay, careDay);
    expectEnding(m, 'fragile');
    expect(judgeEnding(m).warnings).toContain('enamel_softened');
  });

  it('half measures: dry mouth and snacks every day, answered with a little water', () => {
    const halfDay: Beat[] = [
      ['dry_mouth', 1],
      60,
      ['sugar_snack', 1],
      240,
      ['sugar_snack', 1],
      240,
      ['saliva_boost', 0.4],
      ['sugar_snack', 1],
      240,
      ['sugar_snack', 1],
      660,
    ];
    const m = play(halfDay, halfDay, halfDay, halfDay, halfDay);
    expectEnding(m, 'fragile');
    expect(judgeEnding(m).warnings).toContain('acid_stress');
  });

  it('a moderate dose of blended gel late in the story leaves the gums reddening', () => {
    const m = play(careDay, careDay, careDay, [
      ['blended_gel', 0.6],
      480,
      ['blended_gel', 0.6],
      960,
    ]);
    expectEnding(m, 'fragile');
    expect(judgeEnding(m).warnings).toContain('gums_reddening');
  });
});

describe('acid_takeover: frequent sugar, dry mouth, no care', () => {
  it('five sour days', () => {
    const m = play(sourDay, sourDay, sourDay, sourDay, sourDay);
    expect(shares(m).M + shares(m).L).toBeGreaterThan(0.3);
    expectEnding(m, 'acid_takeover');
    expect(muralState(m).state).toBe('acidic');
  });

  it('five days of grazing, even with normal saliva', () => {
    const grazing: Beat[] = [['sugar_feast', 1], 1440];
    const m = play(grazing, grazing, grazing, grazing, grazing);
    expectEnding(m, 'acid_takeover');
  });
});

describe('inflamed: the festival blended gel at high dose, repeatedly', () => {
  it('blended gel on three days, nothing else', () => {
    const gelDay: Beat[] = [['blended_gel', 1], ...mealsDay];
    const m = play(gelDay, gelDay, gelDay, mealsDay, mealsDay);
    expect(m.inflammation).toBeGreaterThan(0.5);
    expectEnding(m, 'inflamed');
    expect(muralState(m).state).toBe('inflamed');
  });

  it('blended gel with sweets on four days', () => {
    const sweetGelDay: Beat[] = [
      ['blended_gel', 1],
      ['sugar_snack', 1],
      240,
      ['sugar_snack', 1],
      1200,
    ];
    const m = play(sweetGelDay, sweetGelDay, sweetGelDay, sweetGelDay, mealsDay);
    expectEnding(m, 'inflamed');
  });

  it('two big doses in one evening, then two quiet days', () => {
    const m = play(
      careDay,
      careDay,
      [['blended_gel', 0.8], 240, ['blended_gel', 1], 1200],
      mealsDay,
      mealsDay,
    );
    expectEnding(m, 'inflamed');
  });
});

describe('scorched: full-strength chlorhexidine, repeatedly', () => {
  it('three rinses within the last two days', () => {
    const m = play(mealsDay, mealsDay, mealsDay, [
      600,
      ['chlorhexidine', 1],
      720,
      ['chlorhexidine', 1],
      720,
      ['chlorhexidine', 1],
      1440,
    ]);
    expect(recentRinses(m)).toBe(3);
    expectEnding(m, 'scorched');
  });

  it('a rinse a day for three days', () => {
    const rinseDay: Beat[] = [['chlorhexidine', 1], ...mealsDay];
    const m = play(mealsDay, mealsDay, rinseDay, rinseDay, rinseDay);
    expectEnding(m, 'scorched');
  });

  it('two rinses while the plaque is still barren a day later', () => {
    const m = play(
      careDay,
      careDay,
      careDay,
      [['chlorhexidine', 1], 720, ['chlorhexidine', 1], 720],
      careDay,
    );
    expect(evenness(m)).toBeLessThan(0.3);
    expectEnding(m, 'scorched');
  });
});

describe('one rinse is not scorched: plaque regrows within a day or two', () => {
  it.each([
    ['a day', 1],
    ['two days', 2],
  ])('a single full rinse followed by %s of recovery is at most fragile', (_label, recovery) => {
    const before = Array.from({ length: 5 - recovery }, () => mealsDay);
    const after = Array.from({ length: recovery }, () => mealsDay);
    const m = play(...before, [['chlorhexidine', 1]], ...after);
    expect(day(m)).toBe(5);
    expect(['fragile', 'flourishing']).toContain(classifyEnding(m));
  });

  it('even a rinse hours before the end, amid care, is at most fragile', () => {
    const m = play(careDay, careDay, careDay, careDay, [720, ['chlorhexidine', 1], 720]);
    expectEnding(m, 'fragile');
    expect(judgeEnding(m).warnings).toContain('diversity_depleted');
  });
});

describe('every ending', () => {
  it('is reached by the sequences above', () => {
    expect([...reached].sort()).toEqual([
      'acid_takeover',
      'flourishing',
      'fragile',
      'inflamed',
      'scorched',
    ]);
  });
});
