import { describe, expect, it, vi } from 'vitest';
import { blendLook, lookOf } from '../../src/scenes/mural/muralBlend';
import { MuralPainter, type MuralPen } from '../../src/scenes/mural/muralPainter';
import { exampleMicrobiome, type MuralStateName, muralState } from '../../src/sim';

const look = (state: MuralStateName) => lookOf(muralState(exampleMicrobiome(state)));
const frame = { x: 20, y: 40, width: 600, height: 500 };

function recordingPen(): MuralPen & { calls: string[] } {
  const calls: string[] = [];
  const pen = new Proxy({ calls } as MuralPen & { calls: string[] }, {
    get(target, name) {
      if (name === 'calls') return target.calls;
      return (...args: number[]) => {
        calls.push(`${String(name)}(${args.map((a) => a.toFixed(3)).join(',')})`);
      };
    },
  });
  return pen;
}

describe('the mural painter in two layers', () => {
  it('paints the same picture as the wall under the life, in that order', () => {
    const painter = new MuralPainter();
    const whole = recordingPen();
    painter.paint(whole, look('inflamed'), frame, 4.2, 1);
    const layered = recordingPen();
    painter.paintWall(layered, look('inflamed'), frame);
    painter.paintLife(layered, look('inflamed'), frame, 4.2, 1);
    expect(layered.calls).toEqual(whole.calls);
  });

  it('keeps the wall still over many frames of real time, while the life on it moves', () => {
    // As the stage does: the wall painted once into its cached layer, then the life painted
    // every frame, 20 a second, on a clock that really advances (the painter may read
    // performance.now or Date.now, and keeps state between frames). Ten seconds later the
    // wall must paint the same, so the cache the stage keeps for it is never stale.
    vi.useFakeTimers({ toFake: ['performance', 'Date'] });
    try {
      const painter = new MuralPainter();
      const wallNow = () => {
        const pen = recordingPen();
        painter.paintWall(pen, look('acidic'), frame);
        return pen.calls;
      };
      const first = wallNow();
      const key = painter.wallKey(look('acidic'), frame);
      const lives = new Set<string>();
      const started = performance.now();
      for (let step = 1; step <= 200; step += 1) {
        vi.advanceTimersByTime(50);
        const seconds = (performance.now() - started) / 1000;
        const life = recordingPen();
        painter.paintLife(life, look('acidic'), frame, seconds, 1, step % 40 === 0 ? 1 : 0);
        lives.add(life.calls.join());
      }
      expect(performance.now() - started).toBe(10_000);
      // The frames did take time: the life moved from frame to frame.
      expect(lives.size).toBeGreaterThan(150);
      expect(wallNow()).toEqual(first);
      expect(painter.wallKey(look('acidic'), frame)).toBe(key);
    } finally {
      vi.useRealTimers();
    }
  });

  it('changes the wall key with the state and the frame, not with invisible easing steps', () => {
    const painter = new MuralPainter();
    const keys = new Set(
      (['vibrant', 'serene', 'anxious', 'acidic', 'inflamed', 'scorched'] as const).map((state) =>
        painter.wallKey(look(state), frame),
      ),
    );
    expect(keys.size).toBe(6);
    expect(painter.wallKey(look('acidic'), { ...frame, width: 610 })).not.toBe(
      painter.wallKey(look('acidic'), frame),
    );
    // An easing towards acidic that has all but arrived paints the same wall as acidic.
    const nearly = blendLook(look('serene'), look('acidic'), 1 - 1e-6);
    expect(painter.wallKey(nearly, frame)).toBe(painter.wallKey(look('acidic'), frame));
    // Halfway there, it does not.
    const halfway = blendLook(look('serene'), look('acidic'), 0.5);
    expect(painter.wallKey(halfway, frame)).not.toBe(painter.wallKey(look('acidic'), frame));
  });
});
