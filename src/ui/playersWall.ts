// The debrief's picture of the aftermath's open canvas: the wall as the players left it,
// their strokes over the final mural, and in words how many strokes in which paints (the
// canvas is hidden from screen readers; the caption says what it shows). Nothing when no
// one painted. The painters load with the picture, not with the page.
import type { GameState } from '../session/gameState';
import { STROKE_COLOUR_IDS, STROKE_COLOURS } from '../session/muralStrokes';
import { muralState } from '../session/science';
import { element } from './dom';

/** The picture's size in CSS pixels: the wall's own proportions (1.2 wide to 1 high). */
const WIDTH = 360;
const HEIGHT = 300;

export function renderPlayersWall(game: GameState): HTMLElement | null {
  const { strokes } = game;
  if (strokes.length === 0) return null;
  const byPaint = STROKE_COLOUR_IDS.map((id) => ({
    words: STROKE_COLOURS[id].words,
    count: strokes.filter((stroke) => stroke.colour === id).length,
  })).filter((paint) => paint.count > 0);
  const counted = byPaint.map((paint) => `${paint.count} in ${paint.words}`).join(', ');
  const canvas = element('canvas', {
    className: 'players-wall-canvas',
    attributes: { 'aria-hidden': 'true' },
  });
  canvas.style.width = `${WIDTH}px`;
  canvas.style.maxWidth = '100%';
  canvas.style.aspectRatio = `${WIDTH} / ${HEIGHT}`;
  const total = strokes.length === 1 ? '1 stroke' : `${strokes.length} strokes`;
  const figure = element('figure', { className: 'players-wall' }, [
    canvas,
    element('figcaption', {
      text: `The wall as the players left it in the aftermath: ${total} of their own (${counted}) over the final mural.`,
    }),
  ]);
  const scale = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
  void import('../scenes/wallPicture').then(({ paintWallPicture }) => {
    paintWallPicture(canvas, muralState(game.microbiome), strokes, {
      width: WIDTH,
      height: HEIGHT,
      scale,
    });
  });
  return figure;
}
