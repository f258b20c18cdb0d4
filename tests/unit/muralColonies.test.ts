import { describe, expect, it } from 'vitest';
import {
  COLONY_GROUPS,
  cellCount,
  colonyAt,
  colonyHome,
  survivors,
} from '../../src/scenes/mural/colonies';
import { lookOf } from '../../src/scenes/mural/muralBlend';
import { MuralPainter, type MuralPen } from '../../src/scenes/mural/muralPainter';
import { exampleMicrobiome, type MuralStateName, muralState } from '../../src/sim';

const frame = { x: 20, y: 40, width: 600, height: 500 };
const look = (state: MuralStateName) => lookOf(muralState(exampleMicrobiome(state)));
const everyone = Object.fromEntries(COLONY_GROUPS.map((g) => [g, 1 / 7]));

/** Counts drawing calls and the colours filled, to see how much of the wall is alive. */
function countingPen() {
  const fills: number[] = [];
  let shapes = 0;
  const pen = new Proxy({} as MuralPen, {
    get(_, name) {
      return (...args: number[]) => {
        if (name === 'fillStyle') fills.push(args[0] as number);
        if (name === 'fillCircle' || name === 'fillEllipse' || name === 'lineBetween') shapes += 1;
      };
    },
  });
  return { pen, fills, shapes: () => shapes };
}

const lightness = (colour: number) =>
  (Math.max(colour >> 16, (colour >> 8) & 255, colour & 255) +
    Math.min(colour >> 16, (colour >> 8) & 255, colour & 255)) /
  510;
const chroma = (colour: number) =>
  (Math.max(colour >> 16, (colour >> 8) & 255, colour & 255) -
    Math.min(colour >> 16, (colour >> 8) & 255, colour & 255)) /
  255;

describe('which colony a tap lands on', () => {
  it('finds every shown colony at its home, and nothing off the wall', () => {
    for (const group of COLONY_GROUPS) {
      const home = colonyHome(group, frame);
      expect(colonyAt(everyone, frame, home.x, home.y), group).toBe(group);
    }
    expect(colonyAt(everyone, frame, frame.x - 1, frame.y + 10)).toBeNull();
    expect(colonyAt(everyone, frame, frame.x + frame.width + 1, frame.y + 10)).toBeNull();
  });

  it('never names a group the wall does not show', () => {
    const onlyCommensals = { C: 1 };
    const mutansHome = colonyHome('M', frame);
    expect(colonyAt(onlyCommensals, frame, mutansHome.x, mutansHome.y)).toBeNull();
    const home = colonyHome('C', frame);
    expect(colonyAt(onlyCommensals, frame, home.x, home.y)).toBe('C');
  });
});

describe('a scorched wall looks emptied', () => {
  it('keeps about a fifth of the cells after a wash of 0.7, all of them without one', () => {
    expect(survivors(0)).toBe(1);
    expect(survivors(0.7)).toBeCloseTo(0.164, 2);
    expect(cellCount('C', 0.8, 0)).toBe(30);
    expect(cellCount('C', 0.8, 0.7)).toBe(5);
    // However washed out, a colony that is there shows at least one cell.
    expect(cellCount('P', 0.003, 1)).toBe(1);
  });

  it('paints under a third of the shapes of a healthy wall, in pale greys', () => {
    const painter = new MuralPainter();
    const healthy = countingPen();
    painter.paintLife(healthy.pen, look('vibrant'), frame, 0, 0);
    const scorched = countingPen();
    painter.paintLife(scorched.pen, look('scorched'), frame, 0, 0);
    expect(scorched.shapes()).toBeLessThan(healthy.shapes() / 3);
    // Colony colours: the scorched wall's have little colour left.
    const meanChroma = (fills: number[]) => fills.reduce((a, c) => a + chroma(c), 0) / fills.length;
    expect(meanChroma(scorched.fills)).toBeLessThan(meanChroma(healthy.fills) / 2);
    // The bare wall itself is bleached light.
    const wall = (state: MuralStateName) => {
      const p = countingPen();
      painter.paintWall(p.pen, look(state), frame);
      return p.fills[0] as number;
    };
    expect(lightness(wall('scorched'))).toBeGreaterThan(0.45);
    expect(lightness(wall('vibrant'))).toBeLessThan(0.3);
  });
});
