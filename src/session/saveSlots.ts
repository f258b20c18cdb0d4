// Where saves live: an autosave after every choice and three manual slots, kept in a
// key-value store the shell provides (the browser's web storage, a Map in tests). A
// slot whose contents cannot be read is never overwritten: it is moved aside first, so
// the player can still download it.
import { READING_KEY } from './readingMemory';
import { readSave, type SaveFile, writeSave } from './saveGame';
import type { SaveStorage } from './saveStorage';

export { memoryStorage, type SaveStorage } from './saveStorage';

export const SLOTS = ['auto', 'slot-1', 'slot-2', 'slot-3'] as const;
export type SlotId = (typeof SLOTS)[number];

const PREFIX = 'dental-biocalypse:save:';
const KEPT = 'dental-biocalypse:kept:';

export type SlotStatus =
  | { slot: SlotId; state: 'empty' }
  /** `text` is the save as stored, so a copy kept or downloaded is the same to the byte. */
  | { slot: SlotId; state: 'ready'; save: SaveFile; text: string }
  | { slot: SlotId; state: 'unreadable'; reason: string; text: string };

export function slotStatus(storage: SaveStorage, slot: SlotId): SlotStatus {
  const text = storage.getItem(PREFIX + slot);
  if (text === null) return { slot, state: 'empty' };
  const read = readSave(text);
  return read.ok
    ? { slot, state: 'ready', save: read.save, text }
    : { slot, state: 'unreadable', reason: read.reason, text };
}

export function listSlots(storage: SaveStorage): SlotStatus[] {
  return SLOTS.map((slot) => slotStatus(storage, slot));
}

/**
 * The text `storeSave` last wrote into each slot of a storage, in this page. A slot that
 * still holds it is readable (it was written from a live game), so the autosave after each
 * change need not check the previous save again: checking it whole, down to every number,
 * took a task of its own size in every choice. Another tab's text is checked as before.
 */
const written = new WeakMap<SaveStorage, Map<SlotId, string>>();

/**
 * Writes a save into a slot. An unreadable save already there is first kept under its
 * own key (see `keptSaves`), never lost. Throws what the storage throws (quota, disabled).
 */
export function storeSave(storage: SaveStorage, slot: SlotId, save: SaveFile, now: Date): void {
  const ours = written.get(storage) ?? new Map<SlotId, string>();
  const existing = storage.getItem(PREFIX + slot);
  if (existing !== null && existing !== ours.get(slot)) {
    const status = slotStatus(storage, slot);
    if (status.state === 'unreadable') {
      storage.setItem(`${KEPT}${slot}:${now.toISOString()}`, status.text);
    }
  }
  const text = writeSave(save);
  storage.setItem(PREFIX + slot, text);
  ours.set(slot, text);
  written.set(storage, ours);
}

/** Deletes the save in a slot (the autosave or a manual one), readable or not. */
export function deleteSlot(storage: SaveStorage, slot: SlotId): void {
  storage.removeItem(PREFIX + slot);
}

/**
 * Keeps a save the game could only partly restore (its story has changed since), so
 * the autosave that follows never takes the player's only copy of the longer game.
 */
export function keepSave(storage: SaveStorage, save: SaveFile | string, now: Date): void {
  const text = typeof save === 'string' ? save : writeSave(save);
  storage.setItem(`${KEPT}older-story:${now.toISOString()}`, text);
}

/** A save moved aside, and why: unreadable in a slot, or longer than its changed story. */
export interface KeptSave {
  key: string;
  text: string;
  /** The slot an unreadable save came from; null for a save from an older story. */
  from: SlotId | null;
  /** ISO time it was put aside. */
  at: string;
}

/** Saves moved aside (unreadable, or from an older story), newest first. */
export function keptSaves(storage: SaveStorage): KeptSave[] {
  return storage
    .keys()
    .filter((key) => key.startsWith(KEPT))
    .sort()
    .reverse()
    .map((key) => {
      // Keys read `kept:<slot or older-story>:<ISO time>`; the time has colons of its own.
      const [why = '', ...time] = key.slice(KEPT.length).split(':');
      const from = (SLOTS as readonly string[]).includes(why) ? (why as SlotId) : null;
      return { key, text: storage.getItem(key) ?? '', from, at: time.join(':') };
    });
}

/** Deletes one save kept aside (see `keptSaves`); any other key is left alone. */
export function deleteKeptSave(storage: SaveStorage, key: string): void {
  if (key.startsWith(KEPT)) storage.removeItem(key);
}

/**
 * Deletes every game this browser remembers, so the next class at a shared computer sees
 * nothing of the last one: the slots and autosave (players' names, their choices), the
 * saves kept aside, and the memory of lines read (which paths were played; it would also
 * show the next players lines as already read). Settings are not personal and stay.
 * Returns how many entries were deleted.
 */
export function deleteAllSaves(storage: SaveStorage): number {
  const doomed = storage
    .keys()
    .filter((key) => key.startsWith(PREFIX) || key.startsWith(KEPT) || key === READING_KEY);
  for (const key of doomed) storage.removeItem(key);
  return doomed.length;
}

/** Whether any save (a slot, the autosave or one kept aside) is stored. */
export function hasAnySave(storage: SaveStorage): boolean {
  return storage.keys().some((key) => key.startsWith(PREFIX) || key.startsWith(KEPT));
}
