// The tapestry: the whole playthrough as one picture, for the ending and the debrief. Every
// chapter's mural is painted by the living mural's own painter onto a plain 2D canvas (no
// Phaser), woven side by side, and said in words in the figure's caption.
import { canvasPen } from '../scenes/mural/canvasPen';
import { MuralPainter } from '../scenes/mural/muralPainter';
import { describePanels, paintTapestry, tapestryLayout } from '../scenes/mural/tapestry';
import type { ChapterMural } from '../session/gameState';
import { element } from './dom';
import './tapestry.css';

/** The idle life repaints at this rate: enough to see the walls breathe, cheap on a laptop. */
const FRAMES_PER_SECOND = 12;
/** Before the figure is laid out, it is painted for a width the ending's panel often has. */
const FIRST_WIDTH = 600;

/**
 * A `<figure>` with the tapestry on a canvas and, in its `<figcaption>`, each panel said in
 * words. `motion: false` paints it once, still; with motion the walls pulse and sway as the
 * big mural does, until the figure leaves the page. It fits any width and stays sharp on
 * high-DPI screens.
 */
export function renderTapestry(
  tapestry: readonly ChapterMural[],
  options: { motion: boolean },
): HTMLElement {
  const murals = tapestry.map((panel) => panel.mural);
  const words = describePanels(tapestry);
  const canvas = element('canvas', {
    className: 'tapestry-canvas',
    // The caption says everything the canvas shows.
    attributes: { 'aria-hidden': 'true' },
  });
  const caption = element('figcaption', { className: 'tapestry-caption' }, [
    element('p', {
      className: 'tapestry-lead',
      text:
        words.length === 0
          ? 'The tapestry is still empty: no chapter has ended yet.'
          : words.length === 1
            ? 'The tapestry of this playthrough, one chapter so far:'
            : `The tapestry of this playthrough, ${words.length} chapters, the mural at the end of each:`,
    }),
    element(
      'ol',
      { className: 'tapestry-panels' },
      words.map((text) => element('li', { text })),
    ),
  ]);
  const figure = element('figure', { className: 'tapestry' }, [canvas, caption]);
  if (murals.length === 0) {
    canvas.hidden = true;
    return figure;
  }

  const context = canvas.getContext('2d');
  if (!context) return figure;
  const pen = canvasPen(context);
  const painter = new MuralPainter();
  let layout = tapestryLayout(murals.length, FIRST_WIDTH);
  let scale = 0;
  const started = performance.now();

  const paint = (seconds: number) => {
    context.setTransform(scale, 0, 0, scale, 0, 0);
    paintTapestry(pen, painter, layout, murals, seconds, options.motion ? 1 : 0);
    numberPanels(context, layout.panels);
  };

  const resizeTo = (width: number) => {
    const dpr = Math.min(3, window.devicePixelRatio || 1);
    if (width <= 0 || (width === layout.width && dpr === scale)) return false;
    layout = tapestryLayout(murals.length, width);
    scale = dpr;
    // The backing store in device pixels, so lines stay sharp at any zoom or density.
    canvas.width = Math.round(layout.width * dpr);
    canvas.height = Math.round(layout.height * dpr);
    canvas.style.height = `${layout.height}px`;
    return true;
  };

  const clock = () => (options.motion ? (performance.now() - started) / 1000 : 0);
  resizeTo(FIRST_WIDTH);
  paint(0);

  let animating = false;
  let last = 0;
  const tick = (now: number) => {
    // Leaving the page, or a hidden screen (the ending's tapestry behind the debrief), ends
    // the loop; showing it again resizes it from nothing, and the observer below restarts it.
    if (!figure.isConnected || canvas.clientWidth === 0) {
      animating = false;
      return;
    }
    if (now - last >= 1000 / FRAMES_PER_SECOND) {
      last = now;
      paint(clock());
    }
    requestAnimationFrame(tick);
  };

  // Width changes (the window, the text size setting, rotation) re-lay and repaint it.
  new ResizeObserver(() => {
    // Resizing the canvas blanks it: repaint at once rather than at the next tick.
    if (resizeTo(canvas.clientWidth)) paint(clock());
    if (options.motion && !animating && figure.isConnected) {
      animating = true;
      requestAnimationFrame(tick);
    }
  }).observe(figure);
  return figure;
}

/** Small numbers in each panel's corner, matching the caption's numbered list. */
function numberPanels(
  context: CanvasRenderingContext2D,
  panels: ReadonlyArray<{ x: number; y: number; width: number; height: number }>,
): void {
  panels.forEach((frame, i) => {
    const size = Math.max(11, Math.min(16, frame.width * 0.075));
    const x = frame.x + size * 1.1;
    const y = frame.y + size * 1.1;
    context.fillStyle = 'rgba(7, 22, 27, 0.8)';
    context.beginPath();
    context.arc(x, y, size * 0.8, 0, Math.PI * 2);
    context.fill();
    context.fillStyle = '#e9f5f1';
    context.font = `700 ${size}px "Atkinson Hyperlegible", system-ui, sans-serif`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(String(i + 1), x, y + size * 0.05);
  });
}
