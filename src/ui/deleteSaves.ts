// Deleting saves in words: the question that names what goes before any save is deleted,
// for the saves dialog and for the title's "Delete all saves" (a class leaving a shared
// computer, so the next class sees nothing of it).
import { castWords } from '../session/ensemble';
import type { GameState } from '../session/gameState';
import { readSave } from '../session/saveGame';
import {
  deleteAllSaves,
  type KeptSave,
  keptSaves,
  listSlots,
  type SaveStorage,
  type SlotId,
  type SlotStatus,
} from '../session/saveSlots';
import { confirmDeletion, type DeletionQuestion } from './confirmDeletion';
import { formatSavedTime } from './saveControls';

/** Each slot's name as the player reads it. */
export const SLOT_NAMES: Record<SlotId, string> = {
  auto: 'Autosave',
  'slot-1': 'Slot 1',
  'slot-2': 'Slot 2',
  'slot-3': 'Slot 3',
};

/** A saved game in words: who played and how far ("Cy and Ana, Chapter 3"). */
function gameWords(game: GameState, who: (game: GameState) => string): string {
  return `${who(game)}, ${game.chapter ?? 'before the first chapter'}`;
}

const CANNOT_UNDO = 'This cannot be undone.';

export function slotQuestion(slot: SlotStatus, who: (game: GameState) => string): DeletionQuestion {
  if (slot.state === 'ready') {
    return {
      question: `Delete the save of ${gameWords(slot.save.game, who)}?`,
      note: `It is in ${SLOT_NAMES[slot.slot]}, saved ${formatSavedTime(slot.save.savedAt)}. ${CANNOT_UNDO}`,
      confirm: 'Delete it',
    };
  }
  return {
    question: `Delete the unreadable save in ${SLOT_NAMES[slot.slot]}?`,
    note: `It cannot be loaded; download it first to keep a copy. ${CANNOT_UNDO}`,
    confirm: 'Delete it',
  };
}

export function keptQuestion(
  kept: KeptSave,
  words: string,
  who: (game: GameState) => string,
): DeletionQuestion {
  const read = readSave(kept.text);
  return {
    question: read.ok
      ? `Delete the save of ${gameWords(read.save.game, who)} kept aside?`
      : 'Delete this save kept aside?',
    note: `${words} ${CANNOT_UNDO}`,
    confirm: 'Delete it',
  };
}

/** Everything "Delete all saves" takes away, one line each. */
export function deleteAllQuestion(
  storage: SaveStorage,
  who: (game: GameState) => string,
): DeletionQuestion {
  const items = listSlots(storage).flatMap((slot) => {
    if (slot.state === 'ready')
      return [`${SLOT_NAMES[slot.slot]}: ${gameWords(slot.save.game, who)}`];
    if (slot.state === 'unreadable')
      return [`${SLOT_NAMES[slot.slot]}: a save that cannot be read`];
    return [];
  });
  const kept = keptSaves(storage).length;
  if (kept > 0) items.push(kept === 1 ? '1 save kept aside' : `${kept} saves kept aside`);
  return {
    question: 'Delete all saved games in this browser?',
    items,
    note:
      items.length === 0
        ? 'No saved games are stored here now.'
        : `The record of which lines were read goes too; the settings stay. ${CANNOT_UNDO}`,
    confirm: 'Delete all saves',
    keep: items.length > 1 ? 'Keep them' : 'Keep it',
  };
}

/**
 * The title's "Delete all saves": the same question as in the saves dialog, over the page.
 * `onDone(deleted)` runs when the question closes, `deleted` false if the player kept them.
 */
export function confirmDeleteAll(
  storage: SaveStorage,
  onDone: (deleted: boolean) => void = () => {},
): void {
  confirmDeletion(
    deleteAllQuestion(storage, (game) => castWords(game.role, game.ensemble)),
    () => {
      deleteAllSaves(storage);
    },
    onDone,
  );
}
