// advanceTraced: the debrief chart's pH per simulated minute between choices. Its state must be
// advance's to the last bit, and its samples must follow the pH the state itself shows.
import { describe, expect, it } from 'vitest';
import {
  advance,
  advanceTraced,
  applyIntervention,
  createMicrobiome,
  ph,
  SimInputError,
} from '../../src/sim';
import { totalBiomass } from '../../src/sim/metrics';

describe('advanceTraced', () => {
  const snack = applyIntervention(createMicrobiome({ seed: 3 }), 'sugar_snack', 1);

  it('returns exactly the state advance returns, for any sampling interval', () => {
    for (const minutes of [0, 0.4, 1, 7.5, 45, 600, 1440 * 3 + 17]) {
      const plain = advance(snack, minutes);
      for (const every of [1, 5, 7, 60]) {
        expect(advanceTraced(snack, minutes, every).microbiome).toStrictEqual(plain);
      }
    }
  });

  it('samples the start, every interval and the end, with the pH and biomass a state shows', () => {
    const { microbiome, samples } = advanceTraced(snack, 125, 10);
    expect(samples.map((s) => s.minute)).toEqual([
      0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 125,
    ]);
    expect(samples[0]).toEqual({ minute: 0, ph: ph(snack), biomass: totalBiomass(snack) });
    const last = samples[samples.length - 1];
    expect(last?.ph).toBe(ph(microbiome));
    expect(last?.biomass).toBe(totalBiomass(microbiome));
  });

  it('follows the Stephan curve minute by minute, as short advances show it', () => {
    // One-minute advances give the pH at each minute through the state itself.
    let m = snack;
    const byAdvance = [ph(m)];
    for (let t = 0; t < 60; t++) {
      m = advance(m, 1);
      byAdvance.push(ph(m));
    }
    const traced = advanceTraced(snack, 60, 1).samples.map((s) => s.ph);
    expect(traced).toHaveLength(61);
    for (let t = 0; t <= 60; t++)
      expect(Math.abs((traced[t] as number) - (byAdvance[t] as number))).toBeLessThan(0.05);
    // The dip is there: below 6 within 10 minutes of a sugar rinse.
    expect(Math.min(...traced)).toBeLessThan(6);
  });

  it('refuses a sampling interval below a minute with a clear message', () => {
    expect(() => advanceTraced(snack, 10, 0)).toThrow(SimInputError);
    expect(() => advanceTraced(snack, 10, Number.NaN)).toThrow(/everyMinutes/);
    expect(() => advanceTraced(snack, -1, 5)).toThrow(/minutes/);
  });
});
