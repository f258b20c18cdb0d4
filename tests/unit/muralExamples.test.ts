import { describe, expect, it } from 'vitest';
import { exampleMicrobiome, MURAL_EXAMPLES, type MuralStateName, muralState } from '../../src/sim';

describe('mural examples', () => {
  for (const state of Object.keys(MURAL_EXAMPLES) as MuralStateName[]) {
    it(`a real history leads to the ${state} mural`, () => {
      expect(muralState(exampleMicrobiome(state)).state).toBe(state);
    });
  }
});
