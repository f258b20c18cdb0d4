import { describe, expect, it } from 'vitest';
import {
  advance,
  applyIntervention,
  classifyEnding,
  createMicrobiome,
  evenness,
  health,
  muralState,
  shares,
} from '../../src/sim';

// Plain story-like sequences, written out step by step as an Ink story would drive them.

// Tests in a file run in order; each records the ending it reached.
const reached = new Set<string>();

describe('story endings are reachable within five simulated days', () => {
  it('festival feast + dry mouth + no care -> acid_takeover', () => {
    let m = createMicrobiome();
    m = applyIntervention(m, 'dry_mouth', 1);
    m = applyIntervention(m, 'sugar_feast', 1);
    m = advance(m, 1440);
    m = applyIntervention(m, 'sugar_feast', 1);
    m = advance(m, 1440);
    m = applyIntervention(m, 'sugar_feast', 1);
    m = advance(m, 1440);
    const s = shares(m);
    console.log('acid_takeover', { ML: s.M + s.L, enamel: m.enamel });
    expect(s.M + s.L).toBeGreaterThan(0.3);
    expect(classifyEnding(m)).toBe('acid_takeover');
    reached.add(classifyEnding(m));
    expect(muralState(m).state).toBe('acidic');
  });

  it('repeated full-strength chlorhexidine -> scorched', () => {
    let m = createMicrobiome();
    m = applyIntervention(m, 'chlorhexidine', 1);
    m = advance(m, 720);
    m = applyIntervention(m, 'chlorhexidine', 1);
    m = advance(m, 720);
    m = applyIntervention(m, 'chlorhexidine', 1);
    m = advance(m, 720);
    m = applyIntervention(m, 'chlorhexidine', 1);
    m = advance(m, 60);
    console.log('scorched', { evenness: evenness(m), washout: m.washout });
    expect(classifyEnding(m)).toBe('scorched');
    reached.add(classifyEnding(m));
    expect(muralState(m).state).toBe('scorched');
    expect(muralState(m).wash).toBeGreaterThan(0.5);
  });

  it('probiotic + arginine gels, saliva boost and brushing with meals -> flourishing', () => {
    let m = createMicrobiome();
    for (let day = 0; day < 3; day++) {
      m = applyIntervention(m, 'brushing', 1);
      m = applyIntervention(m, 'probiotic_gel', 0.6);
      m = applyIntervention(m, 'arginine_gel', 0.6);
      m = applyIntervention(m, 'saliva_boost', 1);
      m = advance(m, 60);
      m = applyIntervention(m, 'meal', 1);
      m = advance(m, 300);
      m = applyIntervention(m, 'meal', 1);
      m = advance(m, 360);
      m = applyIntervention(m, 'meal', 1);
      m = advance(m, 240);
      m = applyIntervention(m, 'brushing', 1);
      m = advance(m, 480);
    }
    console.log('flourishing', { health: health(m) });
    expect(health(m)).toBeGreaterThan(0.85);
    expect(classifyEnding(m)).toBe('flourishing');
    reached.add(classifyEnding(m));
    expect(['serene', 'vibrant']).toContain(muralState(m).state);
  });

  it('festival blended gel with sweets -> inflamed (or at least fragile)', () => {
    let m = createMicrobiome();
    for (let day = 0; day < 5; day++) {
      m = applyIntervention(m, 'blended_gel', 1);
      m = applyIntervention(m, 'sugar_snack', 1);
      m = advance(m, 240);
      m = applyIntervention(m, 'sugar_snack', 1);
      m = advance(m, 1200);
    }
    console.log('blended', { I: m.inflammation, P: shares(m).P, ending: classifyEnding(m) });
    expect(['inflamed', 'fragile']).toContain(classifyEnding(m));
    expect(m.inflammation).toBeGreaterThan(0.3);
    reached.add(classifyEnding(m));
  });

  it('the sequences above give four distinct endings', () => {
    expect([...reached].sort()).toEqual(['acid_takeover', 'flourishing', 'inflamed', 'scorched']);
  });
});
