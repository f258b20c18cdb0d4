// Shows the story as accessible HTML over the canvas: new lines go into one polite live
// region (only the new lines are announced), choices are real numbered buttons.
import { captionFor } from '../audio/captions';
import type { Passage, StoryChoice, StoryLine } from '../narrative/narrative';
import { cueValue } from '../narrative/tags';
import type { GameEvent } from '../session/currentGame';
import { turnOf } from '../session/ensemble';
import {
  type GameState,
  lastChoiceOf,
  passageOf,
  type TranscriptEntry,
} from '../session/gameState';
import { ROLES, type RoleId } from '../session/roles';
import { element } from './dom';
import { ENDING_WORDS } from './endingWords';
import { illustrationFor } from './illustrations';
import { showSpeaker } from './portraits';

export interface StoryViewElements {
  log: HTMLElement;
  choices: HTMLElement;
  chapter: HTMLElement;
}

export interface StoryViewActions {
  choose(index: number): void;
  playAgain(): void;
  /** Whether a line was read before, so it appears at once (see ui/readingTools.ts). */
  readBefore?(line: StoryLine): boolean;
  /** Opens the debrief from the ending. */
  debrief?(): void;
  /** The picture of the whole playthrough for the ending (the tapestry), if ready. */
  endingPicture?(): HTMLElement | null;
  /** Ensemble play: the words that hand a role's part to its player. */
  turnWords?(role: RoleId): string;
}

/** How long a redrawn backlog keeps its live region quiet, so it is not announced. */
const LIVE_AGAIN_MS = 400;

/** Lines of one passage past this many all arrive together, so nobody waits long. */
const MAX_STAGGER = 6;

export class StoryView {
  /** Position of the next new line within the passage being shown (for the reveal). */
  private reveal = 0;
  /** Whether the line being shown was read before: its parts skip the fade. */
  private lineRead = false;
  /** Whether the whole backlog is being drawn again (after a load or a rewind). */
  private redrawing = false;

  constructor(
    private readonly parts: StoryViewElements,
    private readonly actions: StoryViewActions,
  ) {
    // The log scrolls in a box of its own, so a keyboard user must be able to reach it to
    // scroll it (axe: scrollable-region-focusable). Set here rather than in index.html,
    // where the linter reads a tabindex on a log as a mistake.
    parts.log.tabIndex = 0;
  }

  /**
   * Draws what changed: a new game's opening fades in, a loaded or rewound game appears
   * whole at once, and a choice is echoed before the lines it led to.
   */
  render(event: GameEvent): void {
    if (event.kind === 'none') {
      this.reset();
      return;
    }
    if (event.kind === 'hold' || event.kind === 'stroke') return;
    const { state } = event;
    const passage = passageOf(state);
    const ending = endingWords(state);
    if (event.kind === 'begun') {
      this.reset();
      // A solo game's first passage comes on the click that showed the play screen; its
      // focus waits for that screen's first frame (see `offer`). A workshop may open a
      // discussion over it at once, which remembers where focus was: it gets it now.
      this.show(passage, ending, state.mode === 'solo');
    } else if (event.kind === 'shown') {
      this.showTranscript(state.transcript, passage, ending);
    } else {
      this.echoChoice(lastChoiceOf(state) ?? '');
      this.show(passage, ending);
    }
  }

  reset(): void {
    this.parts.log.replaceChildren();
    this.parts.choices.replaceChildren();
    this.parts.chapter.textContent = '';
  }

  /** The choice the player just made, echoed into the log so the history reads whole. */
  private echoChoice(text: string): void {
    // The echo opens the next passage: it shows first, the new lines fade in after it.
    if (!this.redrawing) this.reveal = 0;
    this.append(element('p', { className: 'line echo', text }));
  }

  private show(
    passage: Passage,
    ending: { title: string; summary: string } | null,
    focusNextFrame = false,
  ): void {
    // Straight after the echo of the choice, which took the first place in the stagger.
    this.reveal = Math.min(this.reveal, 1);
    for (const line of passage.lines) this.showLine(line);
    this.offer(passage, ending, focusNextFrame);
  }

  /** Redraws the whole backlog, e.g. after the story was swapped and replayed. */
  private showTranscript(
    transcript: readonly TranscriptEntry[],
    passage: Passage,
    ending: { title: string; summary: string } | null,
  ): void {
    const { log } = this.parts;
    // The backlog is the past, not news: it appears at once and is not read out again.
    // The live region comes back once the redraw has settled, for the lines to come.
    log.setAttribute('aria-live', 'off');
    this.reset();
    this.reveal = 0;
    this.redrawing = true;
    for (const entry of transcript) {
      if (entry.kind === 'line') this.showLine(entry.line);
      else this.echoChoice(entry.text);
    }
    this.redrawing = false;
    this.offer(passage, ending);
    setTimeout(() => log.setAttribute('aria-live', 'polite'), LIVE_AGAIN_MS);
  }

  private offer(
    passage: Passage,
    ending: { title: string; summary: string } | null,
    focusNextFrame = false,
  ): void {
    this.showChoices(passage.choices);
    if (passage.ended && ending) this.showEnding(ending);
    const first = this.parts.choices.querySelector('button');
    // Focus follows the story so keyboard players never have to hunt for the choices;
    // the live region still announces the new lines. Focusing needs the screen's style
    // and layout: on a screen just shown (20-25 ms on a slow machine) it is asked for in
    // the next frame, which computes them anyway, so the click is answered sooner.
    if (focusNextFrame) {
      requestAnimationFrame(() => {
        if (first?.isConnected && !document.querySelector('dialog[open]')) {
          first.focus({ preventScroll: true });
        }
      });
    } else {
      first?.focus({ preventScroll: true });
    }
    // Scrolling needs the new layout: asked for in the next frame, where the browser lays
    // out anyway, it does not make the click that showed the passage wait for a layout.
    const last = this.parts.log.lastElementChild;
    requestAnimationFrame(() => {
      if (last?.isConnected) last.scrollIntoView({ block: 'nearest' });
    });
  }

  private showLine(line: StoryLine): void {
    this.lineRead = this.actions.readBefore?.(line) ?? false;
    if (line.cues.some((cue) => cue.kind === 'clear')) this.parts.log.replaceChildren();
    const chapter = cueValue(line.cues, 'chapter');
    if (chapter) {
      this.parts.chapter.textContent = chapter;
      this.append(element('h2', { className: 'chapter-heading', text: chapter }));
    }
    const turn = turnOf(line.cues);
    if (turn && line.text !== '') {
      // A role's part begins: the screen passes to that role's player.
      const heading = element('h3', {
        className: 'turn-heading',
        text: this.actions.turnWords?.(turn) ?? line.text,
      });
      heading.style.setProperty('--turn-colour', ROLES[turn].colour);
      this.append(heading);
      return;
    }
    if (line.text !== '') {
      const speaker = cueValue(line.cues, 'speaker');
      const paragraph = element('p', { className: speaker ? 'line dialogue' : 'line' });
      if (speaker) showSpeaker(paragraph, speaker, line.cues);
      paragraph.append(document.createTextNode(line.text));
      this.append(paragraph);
    }
    const picture = illustrationFor(line);
    if (picture) this.append(picture);
    // Meaningful sounds are captioned in the log, with sound on or off.
    for (const cue of line.cues) {
      if (cue.kind !== 'sfx') continue;
      const caption = captionFor(cue.value);
      if (caption) this.append(element('p', { className: 'line caption', text: caption }));
    }
    if (line.text === '') return;
    this.note(line, 'fact', 'Science note: ');
    // A question for the reader; in a workshop it also stops play for the group.
    this.note(line, 'discuss', 'Something to talk about: ');
  }

  /** A line's science notes or questions, set apart under it with their label. */
  private note(line: StoryLine, kind: 'fact' | 'discuss', label: string): void {
    // Every one of them: a line may ask two questions, and the discussion asks both.
    for (const cue of line.cues) {
      if (cue.kind !== kind) continue;
      this.append(
        element('aside', { className: `line ${kind}` }, [
          element('span', { className: `${kind}-label`, text: label }),
          document.createTextNode(cue.value),
        ]),
      );
    }
  }

  /** Adds to the log; new lines of a passage fade in one after another (see styles.css). */
  private append(node: HTMLElement): void {
    if (this.lineRead || this.redrawing) {
      // Text read before appears at once and takes no turn in the stagger (reading.css).
      node.classList.add('read-before');
    } else {
      node.style.setProperty('--reveal', String(Math.min(this.reveal, MAX_STAGGER)));
      this.reveal += 1;
    }
    this.parts.log.append(node);
  }

  private showChoices(choices: StoryChoice[]): void {
    this.parts.choices.replaceChildren(
      ...choices.map((choice, position) => {
        const button = element('button', { className: 'choice', attributes: { type: 'button' } }, [
          element('span', {
            className: 'choice-key',
            text: position < 9 ? `${position + 1}` : '',
            attributes: { 'aria-hidden': 'true' },
          }),
          element('span', { className: 'choice-text', text: choice.text }),
        ]);
        button.addEventListener('click', () => this.actions.choose(choice.index));
        return button;
      }),
    );
  }

  private showEnding(ending: { title: string; summary: string }): void {
    const again = element('button', {
      className: 'choice play-again',
      text: 'Play again',
      attributes: { type: 'button' },
    });
    again.addEventListener('click', () => this.actions.playAgain());
    const buttons = [again];
    if (this.actions.debrief) {
      const debrief = element('button', {
        className: 'choice see-debrief',
        text: 'See the debrief',
        attributes: { type: 'button' },
      });
      debrief.addEventListener('click', () => this.actions.debrief?.());
      buttons.unshift(debrief);
    }
    this.parts.log.append(
      element('section', { className: 'ending', attributes: { 'aria-label': 'Ending' } }, [
        element('h2', { className: 'ending-title', text: ending.title }),
        element('p', { className: 'ending-summary', text: ending.summary }),
        ...[this.actions.endingPicture?.()].filter((node) => node instanceof HTMLElement),
      ]),
    );
    this.parts.choices.replaceChildren(...buttons);
  }
}

/** The ending's title and summary, once the session has judged it. */
function endingWords(state: GameState): { title: string; summary: string } | null {
  return state.ending ? ENDING_WORDS[state.ending.name] : null;
}
