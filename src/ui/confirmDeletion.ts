// Asks before saves are deleted, in a modal <dialog> of its own over whatever opened it
// (the saves dialog, or the title): a question that names what goes, the list of it, and
// two answers, with the safe one focused so an Enter pressed by habit deletes nothing.
// Escape is the safe answer too. Used by the saves dialog and the title's "Delete all saves".
import { element } from './dom';
import './reading.css';

export interface DeletionQuestion {
  /** What goes, in a sentence ending in "?" ("Delete the save of Cy and Ana, Chapter 3?"). */
  question: string;
  /** Each thing that goes, one line each; empty for a single save the question names. */
  items?: string[];
  /** A sentence under the list: what stays, or what cannot be undone. */
  note?: string;
  /** The deleting answer's words ("Delete it", "Delete all saves"). */
  confirm: string;
  /** The safe answer's words; "Keep it" unless said. */
  keep?: string;
}

let asked = 0;

/**
 * Opens the question over the page; `onDelete` runs only on the deleting answer, `onClose`
 * after the dialog has closed either way (deleted or not), for focus and redraws.
 */
export function confirmDeletion(
  ask: DeletionQuestion,
  onDelete: () => void,
  onClose: (deleted: boolean) => void = () => {},
  host: HTMLElement = document.body,
): void {
  asked += 1;
  const id = `delete-question-${asked}`;
  const keep = element('button', {
    className: 'tool-button',
    text: ask.keep ?? 'Keep it',
    attributes: { type: 'button' },
  });
  const remove = element('button', {
    className: 'tool-button delete-button',
    text: ask.confirm,
    attributes: { type: 'button' },
  });
  const described = [`${id}-items`, `${id}-note`];
  const dialog = element(
    'dialog',
    {
      className: 'reading-dialog delete-dialog',
      attributes: {
        role: 'alertdialog',
        'aria-labelledby': id,
        'aria-describedby': described.join(' '),
      },
    },
    [
      element('h2', { className: 'reading-dialog-title', text: ask.question, attributes: { id } }),
      element(
        'ul',
        { className: 'delete-items', attributes: { id: `${id}-items` } },
        (ask.items ?? []).map((item) => element('li', { text: item })),
      ),
      element('p', {
        className: 'delete-note',
        text: ask.note ?? '',
        attributes: { id: `${id}-note` },
      }),
      element('div', { className: 'slot-confirm' }, [remove, keep]),
    ],
  );
  let deleted = false;
  keep.addEventListener('click', () => dialog.close());
  remove.addEventListener('click', () => {
    deleted = true;
    dialog.close();
  });
  // Deletes once the question has gone and the browser has put focus back, so what the
  // caller redraws and focuses afterwards is not undone by the closing dialog.
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (deleted) onDelete();
    onClose(deleted);
  });
  host.append(dialog);
  dialog.showModal();
  keep.focus();
}
