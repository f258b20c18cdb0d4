// The simulation refuses what it could not have made (a damaged save, a hand-edited state,
// non-finite minutes or doses) with its own error, at once: before these guards a microbiome
// whose minute was {} sent the next choice into an endless step loop. Each test has a short
// timeout, so a hang shows as a failure rather than a stuck run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advance,
  applyIntervention,
  createMicrobiome,
  MICROBIOME_LIMITS,
  type Microbiome,
  SimInputError,
  SimStateError,
} from '../../src/sim';
import { simulate } from '../../src/sim/integrator';
import { parseScenario, runScenario } from '../../src/sim/scenario';

const healthy = advance(createMicrobiome(), 90);
const damaged = (patch: Record<string, unknown>): Microbiome =>
  ({ ...structuredClone(healthy), ...patch }) as Microbiome;

describe('the simulation refuses bad input promptly', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 1e12])(
    'advance(m, %d) throws SimInputError',
    (minutes) => {
      expect(() => advance(healthy, minutes)).toThrow(SimInputError);
    },
    2000,
  );

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -0.5, 2])(
    'a dose of %d throws SimInputError',
    (dose) => {
      expect(() => applyIntervention(healthy, 'sugar_snack', dose)).toThrow(SimInputError);
    },
    2000,
  );

  it.each([
    ['minute', {}],
    ['minute', '120'],
    ['minute', Number.NaN],
    ['minute', 1e300],
    ['sugar', '5'],
    ['acid', Number.POSITIVE_INFINITY],
    ['lowPhHour', 2.5],
    ['saliva', 'wet'],
    ['lowPh', [1, 2, 3]],
    ['rinses', [{ minute: 0, dose: Number.NaN }]],
    ['groups', { C: 0.5, M: 'lots', L: 0, V: 0, F: 0, P: 0, K: 0 }],
    ['groups', { C: 0.9, M: 0.9, L: 0, V: 0, F: 0, P: 0, K: 0 }],
  ])(
    'a microbiome whose %s is %j is refused by advance and applyIntervention',
    (field, value) => {
      const m = damaged({ [field]: value });
      expect(() => advance(m, 60)).toThrow(SimStateError);
      expect(() => applyIntervention(m, 'meal', 1)).toThrow(SimStateError);
      expect(() => runScenario(parseScenario({ days: 1 }), { start: m })).toThrow(SimStateError);
    },
    2000,
  );

  it('names the bad field for every number of the state', () => {
    for (const field of Object.keys(MICROBIOME_LIMITS.scalars)) {
      const m = damaged({ [field]: Number.NaN });
      expect(() => advance(m, 1), field).toThrow(
        expect.objectContaining({ name: 'SimStateError', field }),
      );
    }
    expect(() => advance(damaged({ jitter: [1, 1, 1, 1, 1, 1, '1'] }), 1)).toThrow(
      expect.objectContaining({ field: 'jitter[6]' }),
    );
  }, 2000);

  it('a state damaged past the check still cannot spin the step loop', () => {
    // simulate is the unchecked inner loop; its own guard stops a clock that cannot move.
    const m = structuredClone(healthy);
    m.minute = Number.NaN;
    expect(() => simulate(m, 60)).toThrow(SimStateError);
  }, 2000);

  it('any damaged number is refused or simulated to a finite state, never a hang', () => {
    const fields = Object.keys(MICROBIOME_LIMITS.scalars);
    const junk = fc.oneof(
      fc.double(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1e308, 1e308),
      fc.string({ maxLength: 4 }),
      fc.constant({}),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(fc.double(), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...fields, 'groups', 'lowPh', 'jitter'), junk, (field, value) => {
        const m = damaged({ [field]: value });
        try {
          const next = advance(applyIntervention(m, 'sugar_snack', 1), 120);
          for (const f of fields) expect(Number.isFinite(next[f as keyof Microbiome])).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(SimStateError);
        }
      }),
      { numRuns: 300 },
    );
  }, 20_000);
});

describe('the simulation never makes a state its own check refuses', () => {
  // Found by a random walk over the interventions: after chlorhexidine, a sugar feast fed a
  // small regrowing S. mutans so fast that one step overfilled its sugar store (1.01), and
  // the next choice (a probiotic gel) was refused as a damaged state.
  it('a sugar feast after chlorhexidine keeps the sugar store within 0..1', () => {
    let m = createMicrobiome({ seed: 52 });
    const steps: [string, number, number][] = [
      ['brushing', 0.2, 181],
      ['meal', 0.3, 224],
      ['chlorhexidine', 0.9, 30],
      ['sugar_feast', 0.3, 84],
      ['sugar_feast', 1, 199],
      ['chlorhexidine', 1, 66],
      ['chlorhexidine', 0.2, 157],
    ];
    for (const [name, dose, minutes] of steps) {
      m = advance(applyIntervention(m, name, dose), minutes);
      expect(m.storedSugar).toBeLessThanOrEqual(1);
      expect(m.lastMark?.from.storedSugar ?? 0).toBeLessThanOrEqual(1);
    }
    expect(() => applyIntervention(m, 'probiotic_gel', 0.8)).not.toThrow();
  });
});
