// Paints the players' strokes (session/muralStrokes.ts) over a wall's frame on a Canvas 2D
// context: the stage's stroke layer, and any picture of the wall outside Phaser (the
// debrief's), so the paint looks the same wherever the wall is shown.
import type { MuralStroke } from '../session/muralStrokes';
import { STROKE_COLOURS } from '../session/muralStrokes';
import type { MuralFrame } from './mural/muralPainter';

/** A stroke's width as a share of the wall's width: a broad brush on any screen. */
export const STROKE_WIDTH = 0.014;

export function strokeColour(stroke: Pick<MuralStroke, 'colour'>): string {
  return STROKE_COLOURS[stroke.colour].hex;
}

export function paintStrokes(
  c: CanvasRenderingContext2D,
  strokes: readonly MuralStroke[],
  frame: MuralFrame,
): void {
  const width = Math.max(2, frame.width * STROKE_WIDTH);
  c.save();
  c.lineCap = 'round';
  c.lineJoin = 'round';
  c.lineWidth = width;
  c.globalAlpha = 0.9;
  for (const stroke of strokes) {
    const [first, ...rest] = stroke.points;
    if (!first) continue;
    const at = ([x, y]: readonly [number, number]) =>
      [frame.x + x * frame.width, frame.y + y * frame.height] as const;
    c.fillStyle = strokeColour(stroke);
    c.strokeStyle = strokeColour(stroke);
    const [x0, y0] = at(first);
    if (rest.length === 0) {
      c.beginPath();
      c.arc(x0, y0, width * 0.8, 0, Math.PI * 2);
      c.fill();
      continue;
    }
    c.beginPath();
    c.moveTo(x0, y0);
    for (const point of rest) c.lineTo(...at(point));
    c.stroke();
  }
  c.restore();
}
