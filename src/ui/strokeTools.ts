// The wall's paint box, shown while the wall is an open canvas (the aftermath): the paints
// to choose from, a way to paint with the keyboard alone, and how full the wall is. The
// stage takes pointer strokes itself (scenes/places/aftermathScene.ts); this is the
// keyboard's way and the words for both. It holds only what the hand is doing (the paint
// picked, a stroke being made); the strokes themselves are the game's.
import {
  MAX_STROKES,
  type MuralStroke,
  STROKE_COLOUR_IDS,
  STROKE_COLOURS,
  type StrokeColour,
  strokeFrom,
  type WallPoint,
} from '../session/muralStrokes';
import { element } from './dom';
import './strokeTools.css';

export interface StrokeToolsActions {
  /** A finished stroke, for the game. */
  paint(stroke: MuralStroke): void;
  /** The paint picked, for the stage's pointer strokes. */
  brush(colour: StrokeColour): void;
  /** The keyboard's stroke so far (null: none), for the stage to show. */
  preview(points: readonly WallPoint[] | null): void;
}

/** How far one arrow press moves the brush, as a share of the wall (Shift: three times). */
const STEP = 0.03;

const percent = (v: number) => `${Math.round(v * 100)}%`;

export class StrokeTools {
  readonly root: HTMLElement;
  private readonly status: HTMLElement;
  private readonly keys: HTMLButtonElement;
  private colour: StrokeColour = 'moss';
  private path: WallPoint[] | null = null;
  private brushAt: WallPoint = [0.5, 0.5];
  private count = 0;

  constructor(private readonly actions: StrokeToolsActions) {
    const paints = element('fieldset', { className: 'stroke-paints' }, [
      element('legend', { text: 'Paint' }),
    ]);
    for (const id of STROKE_COLOUR_IDS) {
      const input = element('input', {
        attributes: { type: 'radio', name: 'stroke-paint', value: id },
      });
      input.checked = id === this.colour;
      input.addEventListener('change', () => {
        if (!input.checked) return;
        this.colour = id;
        this.actions.brush(id);
        if (this.path) this.actions.preview(this.path);
      });
      const swatch = element('span', { className: 'stroke-swatch' });
      swatch.style.background = STROKE_COLOURS[id].hex;
      paints.append(
        element('label', { className: 'stroke-paint' }, [
          input,
          swatch,
          document.createTextNode(STROKE_COLOURS[id].words),
        ]),
      );
    }
    const help = element('p', {
      className: 'stroke-help',
      text: 'Arrow keys move the brush and paint as it goes (Shift for longer moves); Enter or Space puts the stroke on the wall; Escape lifts the brush without painting.',
      attributes: { id: 'stroke-keys-help' },
    });
    this.keys = element('button', {
      className: 'tool-button',
      text: 'Paint with the keys',
      attributes: { type: 'button', 'aria-describedby': 'stroke-keys-help' },
    });
    this.keys.addEventListener('keydown', (event) => this.key(event));
    this.keys.addEventListener('click', (event) => {
      // A mouse or touch press on the button only says how to paint with the keys.
      if (event.detail > 0 && !this.path) this.say(help.textContent ?? '');
      else this.finish();
    });
    this.keys.addEventListener('blur', () => this.lift());
    this.status = element('p', {
      className: 'stroke-status',
      attributes: { 'aria-live': 'polite' },
    });
    this.root = element(
      'section',
      { className: 'stroke-tools', attributes: { 'aria-labelledby': 'stroke-tools-title' } },
      [
        element('h2', { text: 'Paint on the wall', attributes: { id: 'stroke-tools-title' } }),
        element('p', {
          text: 'The wall is an open canvas now: draw on it with a mouse, a finger or a pen, or with the keys. What you paint stays on the wall and in the debrief.',
        }),
        paints,
        this.keys,
        help,
        this.status,
      ],
    );
    this.root.hidden = true;
  }

  /** Shows the box while the wall is open, with how many strokes it holds. */
  render(open: boolean, strokes: number): void {
    const changed = strokes !== this.count;
    this.count = strokes;
    this.root.hidden = !open;
    this.keys.disabled = strokes >= MAX_STROKES;
    if (!open) this.lift();
    if (changed || this.status.textContent === '') this.say(this.fullness());
  }

  /** Says something about painting (a refused stroke's reason). */
  say(text: string): void {
    this.status.textContent = text;
  }

  private fullness(): string {
    if (this.count >= MAX_STROKES) return `The wall is full: ${MAX_STROKES} strokes.`;
    const strokes = this.count === 1 ? '1 stroke' : `${this.count} strokes`;
    return `The wall holds ${strokes} from the players (room for ${MAX_STROKES - this.count} more).`;
  }

  private key(event: KeyboardEvent): void {
    const moves: Record<string, WallPoint> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    if (event.key === 'Escape' && this.path) {
      event.preventDefault();
      this.lift();
      this.say('Brush lifted; nothing painted.');
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const step = event.shiftKey ? STEP * 3 : STEP;
    this.path ??= [this.brushAt];
    const clamp = (v: number) => Math.min(1, Math.max(0, v));
    this.brushAt = [
      clamp(this.brushAt[0] + move[0] * step),
      clamp(this.brushAt[1] + move[1] * step),
    ];
    this.path.push(this.brushAt);
    this.actions.preview(this.path);
    this.say(
      `Brush at ${percent(this.brushAt[0])} across, ${percent(this.brushAt[1])} down, painting ${STROKE_COLOURS[this.colour].words}.`,
    );
  }

  /** Enter or Space: the stroke so far goes on the wall (a dab where the brush is, if none). */
  private finish(): void {
    const path = this.path ?? [this.brushAt];
    this.path = null;
    this.actions.preview(null);
    this.actions.paint(strokeFrom(this.colour, path));
  }

  private lift(): void {
    if (!this.path) return;
    this.path = null;
    this.actions.preview(null);
  }
}
