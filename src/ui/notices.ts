// One place for what the player must be told: an unreadable save, a story that changed, a
// browser that will not store progress, an error in the story. On the title a notice stands
// at the top of the panel; in play it stands just above the choices, where the player looks.
import { element } from './dom';

export interface Notices {
  say(text: string, actions?: HTMLElement[]): void;
  clear(): void;
  /** Something went wrong in the story: told in words, and logged for the writer. */
  report(error: unknown): void;
  /** Moves the notice to the title's panel or above the play screen's choices. */
  place(where: 'title' | 'play'): void;
}

export function mountNotices(
  box: HTMLElement,
  spots: { title: HTMLElement; play: HTMLElement },
): Notices {
  const notices: Notices = {
    say(text, actions = []) {
      box.hidden = false;
      box.replaceChildren(
        document.createTextNode(text),
        ...(actions.length > 0 ? [element('span', { className: 'problem-actions' }, actions)] : []),
      );
    },
    clear() {
      box.hidden = true;
      box.replaceChildren();
    },
    report(error) {
      notices.say(
        `Something went wrong in the story: ${error instanceof Error ? error.message : String(error)}`,
      );
      console.error(error);
    },
    place(where) {
      if (where === 'title') spots.title.prepend(box);
      else spots.play.before(box);
    },
  };
  return notices;
}
