// The projector's mural: Kara's wall painted by the game's own painter (scenes/mural) on a
// plain 2D canvas, as the ending's tapestry does, so a room needs no Phaser. Each new state
// from the server is eased into, as the stage eases its wall; reduced motion stills the idle
// life and shows a new state at once.
import { canvasPen } from '../../scenes/mural/canvasPen';
import { blendLook, easeFraction, lookOf, type MuralLook } from '../../scenes/mural/muralBlend';
import { muralFrame } from '../../scenes/mural/muralFrame';
import { MuralPainter } from '../../scenes/mural/muralPainter';
import type { MuralDescriptor } from '../../session/science';

/** Enough frames to see the wall breathe on a projector's laptop, cheap on two cores. */
const FRAMES_PER_SECOND = 15;
/** How quickly the wall turns to a new state: half the way in this many ms. */
const HALF_LIFE_MS = 600;

export interface RoomMural {
  readonly canvas: HTMLCanvasElement;
  show(descriptor: MuralDescriptor): void;
}

export function roomMural(options: { motion: () => boolean }): RoomMural {
  const canvas = document.createElement('canvas');
  canvas.className = 'room-mural-canvas';
  // The words beside it (the mural's description) say what it shows.
  canvas.setAttribute('aria-hidden', 'true');
  const context = canvas.getContext('2d');
  const painter = new MuralPainter();
  let target: MuralLook | null = null;
  let shown: MuralLook | null = null;
  let last = 0;
  let running = false;
  const started = performance.now();

  const paint = (now: number) => {
    if (!context || !target) return;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (width === 0 || height === 0) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
    }
    const motion = options.motion();
    shown =
      shown && motion ? blendLook(shown, target, easeFraction(now - last, HALF_LIFE_MS)) : target;
    const pen = canvasPen(context);
    context.setTransform(dpr, 0, 0, dpr, 0, 0);
    pen.clear();
    painter.paint(pen, shown, muralFrame(width, height), (now - started) / 1000, motion ? 1 : 0);
  };

  const tick = (now: number) => {
    if (!canvas.isConnected) {
      running = false;
      return;
    }
    if (now - last >= 1000 / FRAMES_PER_SECOND) {
      paint(now);
      last = now;
    }
    if (options.motion()) requestAnimationFrame(tick);
    else running = false;
  };

  new ResizeObserver(() => paint(performance.now())).observe(canvas);

  return {
    canvas,
    show(descriptor) {
      target = lookOf(descriptor);
      if (!options.motion()) {
        paint(performance.now());
        return;
      }
      if (!running) {
        running = true;
        requestAnimationFrame(tick);
      }
    },
  };
}
