// Microscope mode's arithmetic: what part of the stage the zoomed camera shows around a
// colony, and where a tap on the magnified view lands on the wall.
import { describe, expect, it } from 'vitest';
import { COLONIES, COLONY_GROUPS } from '../../src/scenes/mural/colonies';
import {
  MICROSCOPE_ZOOM,
  microscopeGroup,
  microscopeView,
  throughMicroscope,
} from '../../src/scenes/mural/microscopeView';
import { muralFrame } from '../../src/scenes/mural/muralFrame';

const stages = [
  { width: 1280, height: 800 },
  { width: 700, height: 800 },
  { width: 390, height: 180 },
];

describe('microscope view', () => {
  it('magnifies the stage MICROSCOPE_ZOOM times and keeps the view on the wall', () => {
    for (const stage of stages) {
      const frame = muralFrame(stage.width, stage.height);
      for (const group of COLONY_GROUPS) {
        const view = microscopeView(frame, stage, group);
        expect(view.zoom).toBe(MICROSCOPE_ZOOM);
        const width = stage.width / view.zoom;
        const height = stage.height / view.zoom;
        // Inside the wall wherever the view is smaller than the wall, centred on it if not.
        if (width <= frame.width) {
          expect(view.left).toBeGreaterThanOrEqual(frame.x - 1e-9);
          expect(view.left + width).toBeLessThanOrEqual(frame.x + frame.width + 1e-9);
        } else {
          expect(view.left + width / 2).toBeCloseTo(frame.x + frame.width / 2);
        }
        if (height <= frame.height) {
          expect(view.top).toBeGreaterThanOrEqual(frame.y - 1e-9);
          expect(view.top + height).toBeLessThanOrEqual(frame.y + frame.height + 1e-9);
        }
      }
    }
  });

  it('centres the colony where the wall allows, and moves it off centre only at the edge', () => {
    const stage = { width: 1280, height: 800 };
    const frame = muralFrame(stage.width, stage.height);
    const home = (group: keyof typeof COLONIES) => ({
      x: frame.x + frame.width * COLONIES[group].x,
      y: frame.y + frame.height * COLONIES[group].y,
    });
    // Fusobacterium grows near the wall's middle: its home is the view's middle.
    const middle = microscopeView(frame, stage, 'F');
    const centre = throughMicroscope(middle, stage.width / 2, stage.height / 2);
    expect(centre.x).toBeCloseTo(home('F').x);
    expect(centre.y).toBeCloseTo(home('F').y);
    // P. gingivalis lives at the gum line: the view rests on the wall's foot, the colony
    // below the middle but in sight.
    const gum = microscopeView(frame, stage, 'P');
    expect(gum.top + stage.height / gum.zoom).toBeCloseTo(frame.y + frame.height);
    const seen = (home('P').y - gum.top) * gum.zoom;
    expect(seen).toBeGreaterThan(stage.height / 2);
    expect(seen).toBeLessThan(stage.height);
  });

  it('maps a tap on the magnified view back to the wall', () => {
    const view = { left: 100, top: 50, zoom: 4 };
    expect(throughMicroscope(view, 0, 0)).toEqual({ x: 100, y: 50 });
    expect(throughMicroscope(view, 400, 200)).toEqual({ x: 200, y: 100 });
  });

  it('reads only a group the wall grows from the stage attribute', () => {
    expect(microscopeGroup('L')).toBe('L');
    for (const junk of [null, undefined, '', 'X', 'toString', 'constructor']) {
      expect(microscopeGroup(junk)).toBeNull();
    }
  });
});
