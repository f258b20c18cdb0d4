// The three manual save slots, in a native modal <dialog>: "Save" while playing writes
// the game into a slot (asking before it replaces another game), "Load a saved game" on
// the title lists the slots and the autosave to resume one. Each slot says who played,
// the chapter and when it was saved. A slot that cannot be read is explained and offered
// for download; saving over it first puts it aside (saveSlots.ts), never silently away.
// Without web storage the dialog says so and points to save files instead.
// Any save can be deleted, one by one or all at once (a class leaving a shared computer),
// always after a question that names what goes (confirmDeletion.ts).
import type { GameState } from '../session/gameState';
import type { SaveFile } from '../session/saveFile';
import {
  deleteAllSaves,
  deleteKeptSave,
  deleteSlot,
  hasAnySave,
  type KeptSave,
  keptSaves,
  type SaveStorage,
  type SlotId,
  type SlotStatus,
  slotStatus,
  storeSave,
} from '../session/saveSlots';
import { confirmDeletion } from './confirmDeletion';
import { deleteAllQuestion, keptQuestion, SLOT_NAMES, slotQuestion } from './deleteSaves';
import { element } from './dom';
import { modalDialog } from './modalDialog';
import { downloadText, formatSavedTime } from './saveControls';
import './reading.css';

/** The title's "Delete all saves" asks the same question as this dialog. */
export { confirmDeleteAll } from './deleteSaves';

export interface SaveSlotsOptions {
  storage: SaveStorage;
  /** False when the browser refused storage: slots would vanish with the page. */
  persistent: boolean;
  /** Who played, in words: a role's name, or an ensemble's cast. */
  who(game: GameState): string;
  /** The accent of who played (a role's colour), if any. */
  colour(game: GameState): string | undefined;
  /** The game now being played, as a save; null on the title. */
  current(): SaveFile | null;
  /** Resumes a save (through the same path as Continue and loaded files). */
  /** Resumes a save; `text` is the save as stored, for a byte-for-byte copy if kept. */
  load(save: SaveFile, text: string): void;
  /** "Download save": the game as a file. */
  download(): void;
  /** "Load a save file": asks for a file and resumes it. */
  loadFile(): void;
  /** After saves were deleted here: whatever shows them elsewhere (the title's Continue) redraws. */
  onDeleted?(): void;
}

export interface SaveSlotsDialog {
  openSave(opener: HTMLElement | null): void;
  openLoad(opener: HTMLElement | null): void;
  readonly isOpen: boolean;
}

const MANUAL: readonly SlotId[] = ['slot-1', 'slot-2', 'slot-3'];

type Mode = 'save' | 'load';

export function mountSaveSlots(
  options: SaveSlotsOptions,
  host: HTMLElement = document.body,
): SaveSlotsDialog {
  const title = element('h2', {
    className: 'reading-dialog-title',
    attributes: { id: 'slots-title' },
  });
  const intro = element('p', { className: 'reading-dialog-intro' });
  const list = element('ul', {
    className: 'slot-list',
    attributes: { 'aria-labelledby': 'slots-title' },
  });
  // Polite, and inside the dialog, so "Saved in Slot 2" is heard while the list updates.
  const status = element('p', {
    className: 'slot-status',
    attributes: { role: 'status', id: 'slots-status' },
  });
  const deleteAll = element('button', {
    className: 'tool-button delete-button slots-delete-all',
    text: 'Delete all saves',
    attributes: { type: 'button', 'aria-haspopup': 'dialog' },
  });
  deleteAll.addEventListener('click', () =>
    confirmDeletion(
      deleteAllQuestion(options.storage, options.who),
      () => {
        const count = deleteAllSaves(options.storage);
        afterDeleting(count > 0 ? 'Deleted all saves.' : 'There were no saves to delete.');
      },
      (deleted) => {
        if (!deleted) deleteAll.focus();
      },
    ),
  );
  const { dialog, close, show } = modalDialog({
    className: 'slots-dialog',
    labelledBy: 'slots-title',
    host,
    children: [title, intro, list, deleteAll, status],
  });
  let mode: Mode = 'save';

  const open = (next: Mode, from: HTMLElement | null) => {
    if (dialog.open) return;
    mode = next;
    status.textContent = '';
    title.textContent = mode === 'save' ? 'Save the game' : 'Load a saved game';
    render();
    show(from);
    (list.querySelector<HTMLElement>('button:not([disabled])') ?? close).focus();
  };

  /** Draws the slots as they are in storage now; `focusSlot` puts focus back in a row. */
  function render(focusSlot?: SlotId): void {
    deleteAll.hidden = !options.persistent || !hasAnySave(options.storage);
    if (!options.persistent) {
      renderWithoutStorage();
      return;
    }
    intro.textContent =
      mode === 'save'
        ? 'Save into one of three slots in this browser. Your game is also saved automatically after every choice.'
        : 'Games saved in this browser. Loading one leaves the slot as it is.';
    const slots = mode === 'save' ? MANUAL : (['auto', ...MANUAL] as const);
    list.replaceChildren(...slots.map((slot) => row(slotStatus(options.storage, slot))));
    if (mode === 'load') list.append(...keptSaves(options.storage).map(keptRow));
    if (focusSlot) list.querySelector<HTMLElement>(`[data-slot="${focusSlot}"] button`)?.focus();
  }

  function renderWithoutStorage(): void {
    list.replaceChildren();
    const action = element('button', {
      className: 'tool-button',
      text: mode === 'save' ? 'Download save' : 'Load a save file',
      attributes: { type: 'button' },
    });
    action.addEventListener('click', () => {
      if (mode === 'save') {
        options.download();
      } else {
        dialog.close();
        options.loadFile();
      }
    });
    intro.textContent =
      mode === 'save'
        ? 'This browser will not keep saves, so the save slots cannot be used here. "Download save" gives you a file you can load again from the title screen, on any device.'
        : 'This browser will not keep saves, so there are no saved games here. If you downloaded a save file while playing, load it instead.';
    list.append(element('li', { className: 'slot slot-unavailable' }, [action]));
  }

  function row(slot: SlotStatus): HTMLLIElement {
    const id = `save-${slot.slot}`;
    const name = element('h3', {
      className: 'slot-name',
      text: SLOT_NAMES[slot.slot],
      attributes: { id: `${id}-name` },
    });
    const details = element('div', {
      className: 'slot-details',
      attributes: { id: `${id}-details` },
    });
    const actions = element('div', { className: 'slot-actions' });
    const item = element(
      'li',
      { className: `slot slot-${slot.state}`, attributes: { 'data-slot': slot.slot } },
      [element('div', { className: 'slot-info' }, [name, details]), actions],
    );
    if (slot.state === 'ready') {
      const { game, savedAt } = slot.save;
      const colour = options.colour(game);
      if (colour) item.style.setProperty('--role-colour', colour);
      details.append(
        element('p', { className: 'slot-who', text: options.who(game) }),
        element('p', {
          className: 'slot-where',
          text: `${game.chapter ?? 'Before the first chapter'}${game.ended ? ', ending reached' : ''} · ${choiceCount(game.log.length)}`,
        }),
        element('p', { className: 'slot-when' }, [
          document.createTextNode('Saved '),
          element('time', { text: formatSavedTime(savedAt), attributes: { datetime: savedAt } }),
        ]),
      );
    } else if (slot.state === 'empty') {
      details.append(element('p', { className: 'slot-empty-words', text: 'Empty' }));
    } else {
      details.append(
        element('p', {
          className: 'slot-problem',
          text: `This save cannot be read: ${slot.reason}. It is kept as it is; download it to keep a copy.`,
        }),
      );
      actions.append(
        button('Download it', `${id}`, () =>
          downloadText(`dental-biocalypse-unreadable-${slot.slot}.json`, slot.text),
        ),
      );
    }
    if (mode === 'save') {
      actions.prepend(
        button('Save here', id, () => {
          if (slot.state === 'empty') save(slot.slot);
          else confirmReplace(slot, actions);
        }),
      );
    } else if (slot.state === 'ready') {
      actions.prepend(
        button('Load', id, () => {
          dialog.close();
          options.load(slot.save, slot.text);
        }),
      );
    }
    if (slot.state !== 'empty') {
      const remove = button('Delete', id, () =>
        confirmDeletion(
          slotQuestion(slot, options.who),
          () => {
            deleteSlot(options.storage, slot.slot);
            afterDeleting(`Deleted the save in ${SLOT_NAMES[slot.slot]}.`, slot.slot);
          },
          (deleted) => {
            if (!deleted) remove.focus();
          },
        ),
      );
      remove.setAttribute('aria-haspopup', 'dialog');
      actions.append(remove);
    }
    return item;
  }

  /**
   * A save the game put aside (unreadable when a new save needed its place, or longer
   * than its story allows after an edit): never offered to load here, always to download.
   */
  function keptRow(kept: KeptSave, index: number): HTMLLIElement {
    const id = `kept-${index}`;
    const when = Number.isNaN(Date.parse(kept.at)) ? '' : `, ${formatSavedTime(kept.at)}`;
    const words = kept.from
      ? `An unreadable save from ${SLOT_NAMES[kept.from]}, put aside${when} so a new save could take its place.`
      : `A game from before the story changed${when}. The game went on from the nearest point; this is the whole of it.`;
    // Named by its words as well: every kept save is headed "Kept aside".
    const remove = button(
      'Delete',
      id,
      () =>
        confirmDeletion(
          keptQuestion(kept, words, options.who),
          () => {
            deleteKeptSave(options.storage, kept.key);
            afterDeleting('Deleted the save kept aside.');
          },
          (deleted) => {
            if (!deleted) remove.focus();
          },
        ),
      `${id}-words`,
    );
    remove.setAttribute('aria-haspopup', 'dialog');
    return element('li', { className: 'slot slot-kept' }, [
      element('div', { className: 'slot-info' }, [
        element('h3', {
          className: 'slot-name',
          text: 'Kept aside',
          attributes: { id: `${id}-name` },
        }),
        element('p', { className: 'slot-where', text: words, attributes: { id: `${id}-words` } }),
      ]),
      element('div', { className: 'slot-actions' }, [
        button('Download it', id, () =>
          downloadText(`dental-biocalypse-kept-${index + 1}.json`, kept.text),
        ),
        remove,
      ]),
    ]);
  }

  /** Asks in the slot's own row, with the safe answer focused. */
  function confirmReplace(slot: SlotStatus, actions: HTMLElement): void {
    const id = `save-${slot.slot}`;
    const question =
      slot.state === 'ready'
        ? `Replace the game saved here (${options.who(slot.save.game)}, ${slot.save.game.chapter ?? 'before the first chapter'})?`
        : 'Save here? The unreadable save is put aside in this browser, not deleted; download it first to keep a copy you can open.';
    const keep = button('Keep it', id, () => render(slot.slot));
    const replace = button('Replace it', id, () => save(slot.slot));
    for (const answer of [replace, keep]) answer.setAttribute('aria-describedby', `${id}-question`);
    actions.replaceChildren(
      element('p', {
        className: 'slot-question',
        text: question,
        attributes: { id: `${id}-question` },
      }),
      element('div', { className: 'slot-confirm' }, [replace, keep]),
    );
    keep.focus();
  }

  /** Redraws what is left, says what went, and keeps focus inside the dialog. */
  function afterDeleting(said: string, slot?: SlotId): void {
    render(slot);
    status.textContent = said;
    // Focus stays in the dialog: on the row's next button, or the first one left.
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !dialog.contains(active) || active.hidden) {
      (list.querySelector<HTMLElement>('button:not([disabled])') ?? close).focus();
    }
    options.onDeleted?.();
  }

  function save(slot: SlotId): void {
    const current = options.current();
    if (!current) return;
    try {
      storeSave(options.storage, slot, current, new Date());
      render(slot);
      status.textContent = `Saved in ${SLOT_NAMES[slot]}.`;
    } catch (error) {
      render(slot);
      status.textContent = `This browser would not store the save (${
        error instanceof Error ? error.message : 'storage refused'
      }). Use "Download save" to keep your game as a file.`;
    }
  }

  return {
    openSave: (from) => open('save', from),
    openLoad: (from) => open('load', from),
    get isOpen() {
      return dialog.open;
    },
  };
}

/**
 * A button named with its slot ("Save here, Slot 2"), so each one is told apart; `more`
 * is the id of further words in its name, where the slot's name alone is not unique.
 */
function button(
  text: string,
  slotId: string,
  action: () => void,
  more?: string,
): HTMLButtonElement {
  const id = `${slotId}-${text.toLowerCase().replace(/\W+/g, '-')}`;
  const names = [id, `${slotId}-name`, ...(more ? [more] : [])].join(' ');
  const node = element('button', {
    className: 'tool-button',
    text,
    attributes: { type: 'button', id, 'aria-labelledby': names },
  });
  node.addEventListener('click', action);
  return node;
}

function choiceCount(count: number): string {
  return count === 1 ? '1 choice' : `${count} choices`;
}
