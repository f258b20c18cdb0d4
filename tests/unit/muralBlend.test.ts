import { describe, expect, it } from 'vitest';
import { blendLook, easeFraction, lookOf } from '../../src/scenes/mural/muralBlend';
import { advance, applyIntervention, createMicrobiome, muralState } from '../../src/sim';

describe('mural transitions', () => {
  const calm = lookOf(muralState(createMicrobiome()));
  const scorched = lookOf(
    muralState(advance(applyIntervention(createMicrobiome(), 'chlorhexidine', 1), 30)),
  );

  it('eases part of the way, never jumping', () => {
    const half = blendLook(calm, scorched, 0.5);
    expect(half.wash).toBeCloseTo((calm.wash + scorched.wash) / 2, 10);
    expect(half.shares.C).toBeCloseTo((calm.shares.C + scorched.shares.C) / 2, 10);
    const start = blendLook(calm, scorched, 0);
    expect(start.wash).toBe(calm.wash);
    expect(start.hue).toBeCloseTo(calm.hue, 10);
    expect(blendLook(calm, scorched, 1).wash).toBeCloseTo(scorched.wash, 10);
    expect(scorched.wash).toBeGreaterThan(calm.wash);
  });

  it('turns hue the short way round the colour wheel', () => {
    const from = { ...calm, hue: 350 };
    const to = { ...calm, hue: 10 };
    expect(blendLook(from, to, 0.5).hue).toBeCloseTo(0, 10);
  });

  it('eases by elapsed time, not by frame count', () => {
    expect(easeFraction(450, 450)).toBeCloseTo(0.5, 10);
    // Two 16 ms frames close the same gap as one 32 ms frame.
    const twoFrames = 1 - (1 - easeFraction(16, 450)) ** 2;
    expect(twoFrames).toBeCloseTo(easeFraction(32, 450), 10);
  });
});
