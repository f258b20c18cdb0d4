// The stage before Phaser: the same sky, domes and wall, painted once and still by the same
// painters, so the title shows the mural at once while Phaser (one long start-up task) waits
// until the player is in the story. The painting itself (tens of ms of Canvas 2D on a CPU
// without a GPU) happens in a worker on an OffscreenCanvas, so the main thread only makes
// the canvas: a click on the title never waits for it.
import type { MuralDescriptor } from '../session/science';
import { BACKDROPS, type BackdropPalette } from './backdropPainter';

/** What the still's worker (stageStillPainter.ts) is sent. */
export interface StillRequest {
  canvas: OffscreenCanvas;
  mural: MuralDescriptor | null;
  /** The stage's size in CSS pixels, and how many canvas pixels make one. */
  width: number;
  height: number;
  scale: number;
}

const css = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;

/**
 * Puts the still into `parent` (the `#stage`): the sky at once, the whole picture once
 * `paintWhen` resolves (after the title's first paint: starting a worker is not free either).
 * `remove` takes it away for the live stage.
 */
export function showStageStill(
  parent: HTMLElement,
  mural: MuralDescriptor | null,
  paintWhen: Promise<unknown>,
): { remove(): void } {
  const canvas = document.createElement('canvas');
  canvas.className = 'stage-still';
  // The sky at once, as CSS, until the worker has painted the whole picture over it. The
  // canvas fills the stage by CSS (page.css): measuring the stage here, in the module's own
  // task before the title is painted, would lay the whole page out once more just for this.
  const sky = BACKDROPS.title as BackdropPalette;
  canvas.style.background = `linear-gradient(${css(sky.skyTop)}, ${css(sky.skyBottom)})`;
  parent.append(canvas);
  // A browser without OffscreenCanvas, or a stage laid out of sight: the CSS sky stays.
  // The worker lives as long as the still: a worker that ends at once can take its
  // painted frame with it before the page has shown it.
  let worker: Worker | null = null;
  if ('transferControlToOffscreen' in canvas) {
    void paintWhen.then(() => {
      if (!canvas.isConnected) return;
      // After the first paint the layout is done: reading the size costs nothing now.
      const width = parent.clientWidth;
      const height = parent.clientHeight;
      if (width <= 0 || height <= 0) return;
      const scale = Math.min(2, window.devicePixelRatio || 1);
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const offscreen = canvas.transferControlToOffscreen();
      worker = new Worker(new URL('./stageStillPainter.ts', import.meta.url), {
        type: 'module',
      });
      const request: StillRequest = { canvas: offscreen, mural, width, height, scale };
      worker.postMessage(request, [offscreen]);
    });
  }
  return {
    remove: () => {
      worker?.terminate();
      canvas.remove();
    },
  };
}
