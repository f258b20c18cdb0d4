import { describe, expect, it } from 'vitest';
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

  it('keeps the wall still: its layer does not change with time or motion', () => {
    const painter = new MuralPainter();
    const at = (seconds: number) => {
      const pen = recordingPen();
      painter.paintWall(pen, look('acidic'), frame);
      painter.paintLife(recordingPen(), look('acidic'), frame, seconds, 1);
      return pen.calls;
    };
    expect(at(0)).toEqual(at(9.7));
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
