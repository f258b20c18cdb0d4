import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { READING_KEY } from '../../src/session/readingMemory';
import { makeSave, writeSave } from '../../src/session/saveGame';
import {
  deleteAllSaves,
  deleteKeptSave,
  deleteSlot,
  hasAnySave,
  keepSave,
  keptSaves,
  listSlots,
  memoryStorage,
  type SaveStorage,
  storeSave,
} from '../../src/session/saveSlots';
import { type CompiledStoryModule, Session } from '../../src/session/session';
import { SETTINGS_KEY } from '../../src/session/settings';

let fixture: CompiledStoryModule;

beforeAll(() => {
  fixture = compileInk(path.resolve(import.meta.dirname, '../fixtures/ink/good/main.ink'));
});

describe('save slots', () => {
  it('lists the autosave and three manual slots with what is in them', () => {
    const storage = memoryStorage();
    const session = Session.begin(fixture, 'torus');
    session.choose(0);
    storeSave(
      storage,
      'slot-2',
      makeSave(session.state(), new Date('2147-05-01T10:00:00Z')),
      new Date(),
    );
    const slots = listSlots(storage);
    expect(slots.map((s) => `${s.slot}:${s.state}`)).toEqual([
      'auto:empty',
      'slot-1:empty',
      'slot-2:ready',
      'slot-3:empty',
    ]);
    const ready = slots[2];
    if (ready?.state !== 'ready') throw new Error('slot-2 should be ready');
    expect(ready.save.game).toMatchObject({ role: 'torus', chapter: 'Test' });
    expect(ready.save.savedAt).toBe('2147-05-01T10:00:00.000Z');
  });

  it('never overwrites an unreadable save: it is kept aside for download', () => {
    const storage = memoryStorage();
    storage.setItem('dental-biocalypse:save:auto', '{ torn save');
    expect(listSlots(storage)[0]).toMatchObject({ state: 'unreadable' });
    const save = makeSave(Session.begin(fixture, 'kara').state(), new Date());
    storeSave(storage, 'auto', save, new Date('2147-05-02T08:00:00Z'));
    expect(listSlots(storage)[0]).toMatchObject({ state: 'ready' });
    expect(keptSaves(storage)).toEqual([
      {
        key: 'dental-biocalypse:kept:auto:2147-05-02T08:00:00.000Z',
        text: '{ torn save',
        from: 'auto',
        at: '2147-05-02T08:00:00.000Z',
      },
    ]);
  });

  it('does not read again the save it wrote itself, but checks one written elsewhere', () => {
    const storage = memoryStorage();
    const save = makeSave(Session.begin(fixture, 'kara').state(), new Date());
    storeSave(storage, 'auto', save, new Date());
    // Reading a save starts with JSON.parse: count those in the autosaves that follow.
    const parse = vi.spyOn(JSON, 'parse');
    try {
      storeSave(storage, 'auto', save, new Date());
      storeSave(storage, 'auto', save, new Date());
      expect(parse).not.toHaveBeenCalled();
      // Another tab wrote the slot meanwhile: its text is checked, and kept as unreadable.
      storage.setItem('dental-biocalypse:save:auto', '{ torn by another tab');
      storeSave(storage, 'auto', save, new Date('2147-05-02T08:00:00Z'));
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
    expect(keptSaves(storage).map((kept) => kept.text)).toEqual(['{ torn by another tab']);
    expect(listSlots(storage)[0]).toMatchObject({ state: 'ready' });
  });

  it('keeps a save from an older story beside the autosave that replaces it', () => {
    const storage = memoryStorage();
    const session = Session.begin(fixture, 'jalen');
    session.choose(0);
    const older = makeSave(session.state(), new Date('2147-05-01T10:00:00Z'));
    keepSave(storage, older, new Date('2147-05-03T09:00:00Z'));
    storeSave(
      storage,
      'auto',
      makeSave(Session.begin(fixture, 'jalen').state(), new Date()),
      new Date(),
    );
    expect(keptSaves(storage)).toEqual([
      {
        key: 'dental-biocalypse:kept:older-story:2147-05-03T09:00:00.000Z',
        text: writeSave(older),
        from: null,
        at: '2147-05-03T09:00:00.000Z',
      },
    ]);
  });

  describe('deleting', () => {
    const SAVE = 'dental-biocalypse:save:';
    const KEPT = 'dental-biocalypse:kept:slot-3:2147-05-02T08:00:00.000Z';
    /**
     * A browser after a class: the autosave, two slots, a kept save, read lines, settings.
     * Written as raw entries: deleting must not depend on a save being readable.
     */
    const usedStorage = (): SaveStorage => {
      const storage = memoryStorage();
      for (const slot of ['auto', 'slot-1', 'slot-3']) {
        storage.setItem(`${SAVE}${slot}`, `{"game":{"ensemble":["Cy","Ana"]},"at":"${slot}"}`);
      }
      storage.setItem(KEPT, '{ torn save of Cy and Ana');
      storage.setItem(READING_KEY, '{"version":1,"order":["abc"]}');
      storage.setItem(SETTINGS_KEY, '{"volume":0.6}');
      storage.setItem('another-site-thing', 'left alone');
      return storage;
    };
    const saveKeys = (storage: SaveStorage) =>
      storage
        .keys()
        .filter((key) => key.startsWith(SAVE))
        .sort();

    it('deletes one slot and leaves the others', () => {
      const storage = usedStorage();
      deleteSlot(storage, 'slot-1');
      expect(saveKeys(storage)).toEqual([`${SAVE}auto`, `${SAVE}slot-3`]);
      deleteSlot(storage, 'auto');
      expect(saveKeys(storage)).toEqual([`${SAVE}slot-3`]);
      expect(keptSaves(storage).map((kept) => kept.key)).toEqual([KEPT]);
    });

    it('deletes one kept save, and nothing that is not a kept save', () => {
      const storage = usedStorage();
      deleteKeptSave(storage, `${SAVE}auto`);
      deleteKeptSave(storage, SETTINGS_KEY);
      expect(saveKeys(storage)).toHaveLength(3);
      expect(storage.getItem(SETTINGS_KEY)).not.toBeNull();
      deleteKeptSave(storage, KEPT);
      expect(keptSaves(storage)).toEqual([]);
      expect(storage.getItem(KEPT)).toBeNull();
    });

    it('deletes every save, the kept ones and the lines read, but keeps the settings', () => {
      const storage = usedStorage();
      expect(hasAnySave(storage)).toBe(true);
      expect(deleteAllSaves(storage)).toBe(5);
      expect(listSlots(storage).every((slot) => slot.state === 'empty')).toBe(true);
      expect(keptSaves(storage)).toEqual([]);
      expect(hasAnySave(storage)).toBe(false);
      expect(storage.keys().sort()).toEqual(['another-site-thing', SETTINGS_KEY]);
      expect(deleteAllSaves(storage)).toBe(0);
    });
  });
});
