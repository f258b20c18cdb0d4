// The facilitator's side of ensemble play on one screen: the prompt that hands each
// choice to a player by name and colour, the pause that freezes play, and the discussion
// prompts that fill the screen until the facilitator continues.
import './workshop.css';
import { type Chooser, chooserColour, chooserWords, type Ensemble } from '../session/ensemble';

export interface WorkshopParts {
  /** The line above the choices saying whose turn it is. */
  prompt: HTMLElement;
  pause: HTMLDialogElement;
  discuss: HTMLDialogElement;
  question: HTMLElement;
  /** Where the discussion's question count goes ("Question 1 of 2"). */
  progress: HTMLElement;
}

export class Workshop {
  private pending: Array<() => void> = [];

  constructor(private readonly parts: WorkshopParts) {
    // Escape resumes from a pause, but never skips a discussion by accident: the
    // facilitator continues with the button.
    parts.discuss.addEventListener('cancel', (event) => event.preventDefault());
    parts.pause.addEventListener('close', () => this.restoreFocus());
    parts.discuss.addEventListener('close', () => this.restoreFocus());
  }

  /** Says whose choice is waiting; no chooser, or solo play, clears the prompt. */
  showTurn(chooser: Chooser | null, ensemble: Ensemble | null): void {
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

  get paused(): boolean {
    return this.parts.pause.open;
  }

  togglePause(opener?: HTMLElement): void {
    if (this.parts.pause.open) this.parts.pause.close();
    else if (!this.parts.discuss.open) {
      this.returnFocus = opener ?? (document.activeElement as HTMLElement | null);
      this.parts.pause.showModal();
    }
  }

  /**
   * Shows each question full-screen in turn and resolves when the facilitator has
   * continued past the last one. Nothing to ask resolves at once.
   */
  discuss(questions: readonly string[]): Promise<void> {
    if (questions.length === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const ask = (i: number) => {
        const question = questions[i];
        if (question === undefined) {
          this.parts.discuss.close();
          resolve();
          return;
        }
        this.parts.question.textContent = question;
        this.parts.progress.textContent =
          questions.length > 1 ? `Question ${i + 1} of ${questions.length}` : '';
        this.pending.push(() => ask(i + 1));
        if (!this.parts.discuss.open) this.parts.discuss.showModal();
      };
      ask(0);
    });
  }

  /** The facilitator moves on: the next question in place, or back to the story. */
  continueDiscussion(): void {
    const next = this.pending.shift();
    if (next) next();
    else this.parts.discuss.close();
  }

  private returnFocus: HTMLElement | null = null;

  private restoreFocus(): void {
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
  }
}
