// The facilitator's side of ensemble play on one screen: the prompt that hands each
// choice to a player by name and colour, the pause that freezes play, and the discussion
// prompts that fill the screen until the facilitator continues.
import './workshop.css';
import { type Chooser, chooserColour, chooserWords, type Ensemble } from '../session/ensemble';
import type { Discussion, GameState } from '../session/gameState';

export interface WorkshopParts {
  /** The line above the choices saying whose turn it is. */
  prompt: HTMLElement;
  pause: HTMLDialogElement;
  discuss: HTMLDialogElement;
  question: HTMLElement;
  /** Where the discussion's question count goes ("Question 1 of 2"). */
  progress: HTMLElement;
  /** The pause dialog's "Resume" and the discussion's "Continue". */
  resume: HTMLElement;
  continue: HTMLElement;
}

export interface WorkshopActions {
  setPaused(paused: boolean): void;
  continueDiscussion(): void;
}

/**
 * Renders the hold on play from the game state: the turn prompt, the pause and the
 * discussion. It keeps nothing of the game itself; closing a dialog asks the session.
 */
export class Workshop {
  private returnFocus: HTMLElement | null = null;
  private paused = false;

  constructor(
    private readonly parts: WorkshopParts,
    actions: WorkshopActions,
  ) {
    parts.resume.addEventListener('click', () => actions.setPaused(false));
    parts.continue.addEventListener('click', () => actions.continueDiscussion());
    // Escape resumes from a pause, but never skips a discussion by accident: the
    // facilitator continues with the button.
    parts.discuss.addEventListener('cancel', (event) => event.preventDefault());
    parts.pause.addEventListener('close', () => {
      // Escape closes the dialog itself: tell the session, which renders the rest.
      if (this.paused) actions.setPaused(false);
      this.restoreFocus();
    });
    parts.discuss.addEventListener('close', () => this.restoreFocus());
  }

  render(state: GameState | null): void {
    this.showTurn(state?.turn ?? null, state?.ensemble ?? null);
    this.paused = state?.paused ?? false;
    this.showDiscussion(state?.discussion ?? null);
    const { pause } = this.parts;
    if (this.paused && !pause.open && !this.parts.discuss.open) {
      this.remember();
      pause.showModal();
    } else if (!this.paused && pause.open) pause.close();
  }

  /** Says whose choice is waiting; no chooser, or solo play, clears the prompt. */
  private showTurn(chooser: Chooser | null, ensemble: Ensemble | null): void {
    const { prompt } = this.parts;
    // The choices below take the chooser's colour too (see workshop.css).
    const screen = prompt.parentElement;
    if (!ensemble || !chooser) {
      prompt.hidden = true;
      prompt.textContent = '';
      screen?.style.removeProperty('--turn-colour');
      return;
    }
    prompt.hidden = false;
    prompt.textContent =
      chooser === 'group'
        ? 'The group decides together.'
        : `${chooserWords(chooser, ensemble)}: your choice.`;
    prompt.dataset.chooser = chooser;
    screen?.style.setProperty('--turn-colour', chooserColour(chooser));
  }

  /** The question on screen fills it until the facilitator continues. */
  private showDiscussion(discussion: Discussion | null): void {
    const { discuss, question, progress } = this.parts;
    if (!discussion) {
      if (discuss.open) discuss.close();
      return;
    }
    const { questions, current } = discussion;
    question.textContent = questions[current] ?? '';
    progress.textContent =
      questions.length > 1 ? `Question ${current + 1} of ${questions.length}` : '';
    if (!discuss.open) {
      this.remember();
      discuss.showModal();
    }
  }

  private remember(): void {
    this.returnFocus =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }

  private restoreFocus(): void {
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
  }
}
