// `# mural: pulse`: the colonies swell and glow once, then the wall is exactly as before;
// with reduced motion a still highlight stands in for the movement.
import { describe, expect, it } from 'vitest';
import { lookOf, type MuralLook } from '../../src/scenes/mural/muralBlend';
import { MuralPainter, type MuralPen } from '../../src/scenes/mural/muralPainter';
import {
  HOLD_SECONDS,
  muralSwell,
  PULSE_SECONDS,
  STILL_HIGHLIGHT,
} from '../../src/scenes/mural/muralPulse';
import { exampleMicrobiome, muralState } from '../../src/session/science';

const frame = { x: 20, y: 40, width: 600, height: 500 };
const look: MuralLook = lookOf(muralState(exampleMicrobiome('serene')));

/** Records every drawing call, and adds up the light filled circles cast (area x alpha). */
function recordingPen(): MuralPen & { calls: string[]; light: number } {
  let alpha = 1;
  const record = { calls: [] as string[], light: 0 };
  return new Proxy(record as MuralPen & typeof record, {
    get(target, name) {
      if (name === 'calls' || name === 'light') return target[name];
      return (...args: number[]) => {
        if (name === 'fillStyle') alpha = args[1] ?? 1;
        if (name === 'fillCircle') target.light += Math.PI * (args[2] ?? 0) ** 2 * alpha;
        target.calls.push(`${String(name)}(${args.map((a) => a.toFixed(3)).join(',')})`);
      };
    },
  });
}

/** The living layer `since` seconds after a pulse (null: no pulse at all). */
function life(since: number | null, motion: number, seconds = 3.7) {
  const pen = recordingPen();
  const swell = since === null ? 0 : muralSwell(since, motion);
  new MuralPainter().paintLife(pen, look, frame, seconds, motion, swell);
  return pen;
}

describe('a mural pulse over time', () => {
  it('rises to its peak and falls back to nothing, once', () => {
    expect(muralSwell(-0.1, 1)).toBe(0);
    expect(muralSwell(0, 1)).toBe(0);
    expect(muralSwell(0.3, 1)).toBeCloseTo(1, 5);
    const samples = Array.from({ length: 15 }, (_, i) => muralSwell(0.3 + i * 0.075, 1));
    for (let i = 1; i < samples.length; i += 1) {
      expect(samples[i]).toBeLessThanOrEqual(samples[i - 1] as number);
    }
    expect(muralSwell(PULSE_SECONDS, 1)).toBe(0);
    expect(muralSwell(60, 1)).toBe(0);
    expect(muralSwell(Number.POSITIVE_INFINITY, 1)).toBe(0);
  });

  it('holds still with reduced motion: one steady highlight, then none', () => {
    expect(muralSwell(0, 0)).toBe(STILL_HIGHLIGHT);
    expect(muralSwell(HOLD_SECONDS * 0.9, 0)).toBe(STILL_HIGHLIGHT);
    expect(muralSwell(HOLD_SECONDS, 0)).toBe(0);
  });
});

describe('what a pulse paints', () => {
  it('makes the colonies bigger and brighter at its peak', () => {
    const calm = life(null, 1);
    const peak = life(0.3, 1);
    expect(peak.calls).not.toEqual(calm.calls);
    expect(peak.light).toBeGreaterThan(calm.light * 1.3);
  });

  it('leaves the wall exactly as it was once it is over', () => {
    expect(life(PULSE_SECONDS + 0.01, 1).calls).toEqual(life(null, 1).calls);
    expect(life(HOLD_SECONDS + 0.01, 0).calls).toEqual(life(null, 0).calls);
  });

  it('with reduced motion lights the wall without moving it', () => {
    const early = life(0.1, 0, 1);
    const late = life(HOLD_SECONDS - 0.1, 0, 2.3);
    expect(early.calls).toEqual(late.calls);
    expect(early.light).toBeGreaterThan(life(null, 0).light * 1.2);
  });
});
