import { describe, expect, it } from 'vitest';
import { MuralPainter, type MuralPen } from '../../src/scenes/mural/muralPainter';
import {
  describePanels,
  MIN_PANEL_WIDTH,
  PANEL_ASPECT,
  paintTapestry,
  tapestryLayout,
} from '../../src/scenes/mural/tapestry';
import type { ChapterMural } from '../../src/session/gameState';
import {
  exampleMicrobiome,
  MURAL_DESCRIPTIONS,
  type MuralStateName,
  muralState,
} from '../../src/sim';

const mural = (state: MuralStateName) => muralState(exampleMicrobiome(state));

const PLAYTHROUGH: ChapterMural[] = [
  { chapter: 'The Festival of Shared Mouths', mural: mural('vibrant') },
  { chapter: 'The Outbreak', mural: mural('anxious') },
  { chapter: 'The Gel', mural: mural('acidic') },
  { chapter: 'The Ritual', mural: mural('acidic') },
  { chapter: 'The Aftermath', mural: mural('serene') },
  { chapter: null, mural: mural('inflamed') },
];

/** Records every drawing call with its numeric arguments. */
function recordingPen(): MuralPen & { calls: Array<[string, number[]]> } {
  const calls: Array<[string, number[]]> = [];
  const record =
    (name: string) =>
    (...args: number[]) => {
      calls.push([name, args]);
    };
  return {
    calls,
    clear: record('clear'),
    fillStyle: record('fillStyle'),
    lineStyle: record('lineStyle'),
    fillRect: record('fillRect'),
    fillRoundedRect: record('fillRoundedRect'),
    strokeRoundedRect: record('strokeRoundedRect'),
    fillCircle: record('fillCircle'),
    fillEllipse: record('fillEllipse'),
    lineBetween: record('lineBetween'),
    beginPath: record('beginPath'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    strokePath: record('strokePath'),
  };
}

describe('the tapestry layout', () => {
  it('keeps every panel inside the width, in reading order, none overlapping', () => {
    for (const count of [1, 2, 5, 6, 7, 9]) {
      for (const width of [320, 360, 480, 600, 750, 900]) {
        const layout = tapestryLayout(count, width);
        expect(layout.panels).toHaveLength(count);
        for (const [i, panel] of layout.panels.entries()) {
          expect(panel.x).toBeGreaterThanOrEqual(layout.margin - 1e-9);
          expect(panel.x + panel.width).toBeLessThanOrEqual(width - layout.margin + 1e-9);
          expect(panel.y + panel.height).toBeLessThanOrEqual(layout.height - layout.margin + 1e-9);
          expect(panel.width / panel.height).toBeCloseTo(PANEL_ASPECT, 10);
          const next = layout.panels[i + 1];
          if (!next) continue;
          // Reading order: to the right on the same row, or further down.
          if (Math.abs(next.y - panel.y) < 1e-9) {
            expect(next.x).toBeGreaterThanOrEqual(panel.x + panel.width + layout.gap - 1e-9);
          } else {
            expect(next.y).toBeGreaterThanOrEqual(panel.y + panel.height + layout.gap - 1e-9);
          }
        }
      }
    }
  });

  it('puts a playthrough on one strip when it fits and wraps it on a phone', () => {
    const wide = tapestryLayout(5, 900);
    expect(wide.rows).toBe(1);
    expect(wide.panels.every((panel) => panel.width >= MIN_PANEL_WIDTH)).toBe(true);
    // One more chapter than fits: two even rows rather than a strip of five and one.
    const six = tapestryLayout(6, 900);
    expect([six.columns, six.rows]).toEqual([3, 2]);
    const phone = tapestryLayout(6, 320);
    expect(phone.columns).toBe(2);
    expect(phone.rows).toBe(3);
    expect(phone.panels.every((panel) => panel.width >= MIN_PANEL_WIDTH)).toBe(true);
  });

  it('balances the rows and centres a shorter last row', () => {
    const layout = tapestryLayout(7, 900);
    expect([layout.columns, layout.rows]).toEqual([4, 2]);
    const lastRow = layout.panels.slice(4);
    expect(lastRow).toHaveLength(3);
    const left = lastRow[0]?.x ?? 0;
    const right = layout.width - ((lastRow[2]?.x ?? 0) + (lastRow[2]?.width ?? 0));
    expect(left).toBeCloseTo(right, 6);
  });

  it('gives a panel the whole width when even one panel is narrower than the minimum', () => {
    const layout = tapestryLayout(3, 150);
    expect(layout.columns).toBe(1);
    expect(layout.rows).toBe(3);
    expect(layout.panels[0]?.width).toBeCloseTo(150 - 2 * layout.margin, 6);
  });

  it('has nothing to lay out before the first chapter ends', () => {
    const layout = tapestryLayout(0, 600);
    expect(layout.panels).toEqual([]);
    expect(layout.height).toBe(0);
  });
});

describe('painting the tapestry', () => {
  it('paints each chapter inside its own panel, and the loom around them', () => {
    const layout = tapestryLayout(PLAYTHROUGH.length, 480);
    const pen = recordingPen();
    paintTapestry(
      pen,
      new MuralPainter(),
      layout,
      PLAYTHROUGH.map((p) => p.mural),
      3.2,
      1,
    );
    expect(pen.calls[0]?.[0]).toBe('clear');
    // Each wall starts with its rounded frame, exactly where the layout put its panel.
    const walls = pen.calls.filter(([name]) => name === 'fillRoundedRect').map(([, a]) => a);
    for (const panel of layout.panels) {
      expect(walls).toContainEqual([
        panel.x,
        panel.y,
        panel.width,
        panel.height,
        expect.any(Number),
      ]);
    }
    // Nothing is drawn outside the tapestry.
    for (const [name, args] of pen.calls) {
      if (!['fillCircle', 'fillEllipse', 'lineBetween', 'moveTo', 'lineTo'].includes(name))
        continue;
      const [x = 0, y = 0] = args;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(layout.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(layout.height);
    }
  });

  it('holds still without motion and moves with it', () => {
    const layout = tapestryLayout(PLAYTHROUGH.length, 600);
    const murals = PLAYTHROUGH.map((p) => p.mural);
    const paintAt = (seconds: number, motion: number) => {
      const pen = recordingPen();
      paintTapestry(pen, new MuralPainter(), layout, murals, seconds, motion);
      return pen.calls;
    };
    expect(paintAt(1, 0)).toEqual(paintAt(7.5, 0));
    expect(paintAt(1, 1)).not.toEqual(paintAt(7.5, 1));
  });

  it('paints different chapters differently', () => {
    const layout = tapestryLayout(1, 300);
    const paintOne = (state: MuralStateName) => {
      const pen = recordingPen();
      paintTapestry(pen, new MuralPainter(), layout, [mural(state)], 0, 0);
      return JSON.stringify(pen.calls);
    };
    const pictures = new Set(
      (['vibrant', 'serene', 'anxious', 'acidic', 'inflamed', 'scorched'] as const).map(paintOne),
    );
    expect(pictures.size).toBe(6);
  });
});

describe('the tapestry in words', () => {
  it('names each chapter and its mural, and does not repeat a state that carries on', () => {
    const words = describePanels(PLAYTHROUGH);
    expect(words).toHaveLength(PLAYTHROUGH.length);
    expect(words[0]).toBe(`The Festival of Shared Mouths: vibrant. ${MURAL_DESCRIPTIONS.vibrant}`);
    expect(words[2]).toBe(`The Gel: acidic. ${MURAL_DESCRIPTIONS.acidic}`);
    expect(words[3]).toBe('The Ritual: still acidic.');
    // A chapter the story never named still gets a place in the list.
    expect(words[5]).toBe(`Chapter 6: inflamed. ${MURAL_DESCRIPTIONS.inflamed}`);
  });
});
