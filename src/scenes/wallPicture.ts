// The wall as the players left it, outside Phaser: the mural at rest with the players'
// strokes over it, painted on a plain 2D canvas by the stage's own painters (the debrief's
// picture of the aftermath's open canvas, ui/playersWall.ts).
import type { MuralStroke } from '../session/muralStrokes';
import type { MuralDescriptor } from '../session/science';
import { canvasPen } from './mural/canvasPen';
import { lookOf } from './mural/muralBlend';
import { MuralPainter } from './mural/muralPainter';
import { paintStrokes } from './strokePainter';

/** Paints the wall to fill `canvas` (CSS size `width` x `height`, at `scale` pixels each). */
export function paintWallPicture(
  canvas: HTMLCanvasElement,
  mural: MuralDescriptor,
  strokes: readonly MuralStroke[],
  size: { width: number; height: number; scale: number },
): void {
  canvas.width = Math.round(size.width * size.scale);
  canvas.height = Math.round(size.height * size.scale);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(size.scale, 0, 0, size.scale, 0, 0);
  const frame = { x: 0, y: 0, width: size.width, height: size.height };
  new MuralPainter().paint(canvasPen(context), lookOf(mural), frame, 0, 0);
  paintStrokes(context, strokes, frame);
}
