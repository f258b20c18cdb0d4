// The stage's own paint timing, for the browser bench (tools/benchBrowser.ts): how long
// each painted frame takes, from the start of Phaser's step (the scene's update) to the end
// of its render. Frame intervals seen from outside cannot show this, because the stage
// paints only every few refreshes (its fps limit) and a slow paint hides between them.
// Present only when the page's address has `?bench`, so players pay nothing for it.
//
// A Canvas 2D draw call may only record what to draw: the pixels can be filled later, when
// the frame is committed, outside this timing. `?bench=flush` reads one pixel back after
// each render, which makes the browser fill them all then, inside the timing: the figure
// then includes the rasterisation (an upper bound; the read itself costs a little).
import Phaser from 'phaser';

/** One painted frame: when it started (page clock, ms) and how long it took (ms). */
export interface PaintSample {
  at: number;
  ms: number;
}

/** What the bench reads: the last painted frames, oldest first. */
export interface PaintTimes {
  samples(): PaintSample[];
}

declare global {
  interface Window {
    __bioHubPaintTimes?: PaintTimes;
  }
}

/** Enough for well over a minute at the stage's 20-30 frames a second. */
const CAPACITY = 2048;

export function wantsPaintTiming(search: string): boolean {
  return new URLSearchParams(search).has('bench');
}

/** Whether each timed frame is rasterised before its timing ends (`?bench=flush`). */
export function wantsFlush(search: string): boolean {
  return new URLSearchParams(search).get('bench') === 'flush';
}

/** Times every step of `game` into a ring buffer published as `window.__bioHubPaintTimes`. */
export function timePaints(game: Phaser.Game, options: { flush: boolean }): void {
  const context = game.canvas.getContext('2d');
  const at = new Float64Array(CAPACITY);
  const ms = new Float64Array(CAPACITY);
  let count = 0;
  let started = 0;
  game.events.on(Phaser.Core.Events.PRE_STEP, () => {
    started = performance.now();
  });
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    if (options.flush) context?.getImageData(0, 0, 1, 1);
    const slot = count % CAPACITY;
    at[slot] = started;
    ms[slot] = performance.now() - started;
    count += 1;
  });
  window.__bioHubPaintTimes = {
    samples: () => {
      const first = Math.max(0, count - CAPACITY);
      return Array.from({ length: count - first }, (_, k) => {
        const slot = (first + k) % CAPACITY;
        return { at: at[slot] ?? 0, ms: ms[slot] ?? 0 };
      });
    },
  };
}
