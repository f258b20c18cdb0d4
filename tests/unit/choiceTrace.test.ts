import { describe, expect, it } from 'vitest';
import { choiceEffect, thinTrace } from '../../src/session/choiceTrace';
import { saveSchemas } from '../../src/session/saveSchemas';
import { advanceTraced, applyIntervention, createMicrobiome, ph } from '../../src/sim';

/** A sugary snack then four hours, minute by minute: one Stephan curve. */
function snackDay() {
  const start = createMicrobiome();
  const fed = applyIntervention(start, 'sugar_snack', 1);
  return { start, fed, ...advanceTraced(fed, 240, 1) };
}

describe('the pH trace kept with a choice', () => {
  it('keeps the first, the last and the lowest point exactly, in far fewer points', () => {
    const { samples } = snackDay();
    const kept = thinTrace(samples);
    const lowest = samples.reduce((low, s) => (s.ph < low.ph ? s : low));
    expect(kept.length).toBeLessThan(samples.length / 3);
    expect(kept[0]?.[0]).toBe(samples[0]?.minute);
    expect(kept.at(-1)?.[0]).toBe(samples.at(-1)?.minute);
    expect(
      kept.some(([minute, p]) => minute === lowest.minute && Math.abs(p - lowest.ph) < 1e-3),
    ).toBe(true);
  });

  it('draws every minute to within 0.03 pH when its points are joined by straight lines', () => {
    const { samples } = snackDay();
    const kept = thinTrace(samples);
    for (const s of samples) {
      const j = kept.findIndex(([minute]) => minute >= s.minute);
      const [m1, p1] = kept[j] as [number, number, number];
      const [m0, p0] = (kept[j - 1] ?? kept[j]) as [number, number, number];
      const line = m1 === m0 ? p1 : p0 + ((p1 - p0) * (s.minute - m0)) / (m1 - m0);
      expect(Math.abs(line - s.ph), `minute ${s.minute}`).toBeLessThan(0.03);
    }
  });
});

describe('what a choice did, against the same hours without it', () => {
  it('finds a snack made the dip: lower pH than without, and no credit to its health', () => {
    const { start, microbiome, samples } = snackDay();
    const lowest = Math.min(...samples.map((s) => s.ph));
    const effect = choiceEffect(start, [{ apply: 'sugar_snack', dose: 1 }, { advance: 240 }], {
      after: microbiome,
      lowest,
    });
    expect(effect).not.toBeNull();
    expect(effect?.lowestPh).toBeLessThan(5.5);
    expect(effect?.lowestPhWithout).toBeCloseTo(ph(start), 1);
    expect(effect?.acidMakers).toBeGreaterThanOrEqual(0);
  });

  it('says nothing of time passing alone', () => {
    const start = createMicrobiome();
    const { microbiome } = advanceTraced(start, 60, 1);
    expect(choiceEffect(start, [{ advance: 60 }], { after: microbiome, lowest: 6 })).toBeNull();
  });
});

describe('saves with and without traces', () => {
  const record = {
    turn: 1,
    role: 'kara',
    chapter: null,
    text: 'Share the starter',
    interventions: [],
    minute: 240,
    ph: 6.8,
    health: 0.8,
    shares: { C: 0.7, M: 0.01, L: 0.01, V: 0.18, F: 0.09, P: 0, K: 0.01 },
    mural: 'vibrant',
  };
  it('reads a record from before traces were kept', () => {
    expect(saveSchemas().choiceRecord.parse(record)).not.toHaveProperty('trace');
  });
  it('reads a record with a trace and refuses a damaged one', () => {
    const traced = {
      ...record,
      trace: [
        [0, 6.9, 0.6],
        [240, 6.8, 0.61],
      ],
    };
    expect(saveSchemas().choiceRecord.parse(traced).trace).toHaveLength(2);
    expect(() => saveSchemas().choiceRecord.parse({ ...record, trace: [[0, 99, 0.6]] })).toThrow();
  });
});
