// The worker that paints the stage's still (stageStill.ts) with the stage's own painters,
// off the main thread. The page ends it when the live stage takes over.
import { BACKDROPS, type BackdropPalette, paintSky } from './backdropPainter';
import { canvasPen } from './mural/canvasPen';
import { lookOf } from './mural/muralBlend';
import { muralFrame } from './mural/muralFrame';
import { MuralPainter } from './mural/muralPainter';
import type { StillRequest } from './stageStill';

self.onmessage = (event: MessageEvent<StillRequest>) => {
  const { canvas, mural, width, height, scale } = event.data;
  // An OffscreenCanvas context draws with the same calls the painters make on a page canvas.
  const context = canvas.getContext('2d') as unknown as CanvasRenderingContext2D | null;
  if (context) {
    context.setTransform(scale, 0, 0, scale, 0, 0);
    paintSky(context, BACKDROPS.title as BackdropPalette, width, height);
    // The wall and its colonies at rest: no time, no motion.
    if (mural) {
      new MuralPainter().paint(canvasPen(context), lookOf(mural), muralFrame(width, height), 0, 0);
    }
  }
};
