import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { makeSave, writeSave } from '../../src/session/saveGame';
import {
  keepSave,
  keptSaves,
  listSlots,
  memoryStorage,
  storeSave,
} from '../../src/session/saveSlots';
import { type CompiledStoryModule, Session } from '../../src/session/session';

let fixture: CompiledStoryModule;

beforeAll(() => {
  fixture = compileInk(path.resolve(import.meta.dirname, '../fixtures/ink/good/main.ink'));
});

describe('save slots', () => {
  it('lists the autosave and three manual slots with what is in them', () => {
    const storage = memoryStorage();
    const session = Session.begin(fixture, 'torus');
    session.choose(0);
    storeSave(storage, 'slot-2', makeSave(session, new Date('2147-05-01T10:00:00Z')), new Date());
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
    const save = makeSave(Session.begin(fixture, 'kara'), new Date());
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

  it('keeps a save from an older story beside the autosave that replaces it', () => {
    const storage = memoryStorage();
    const session = Session.begin(fixture, 'jalen');
    session.choose(0);
    const older = makeSave(session, new Date('2147-05-01T10:00:00Z'));
    keepSave(storage, older, new Date('2147-05-03T09:00:00Z'));
    storeSave(storage, 'auto', makeSave(Session.begin(fixture, 'jalen'), new Date()), new Date());
    expect(keptSaves(storage)).toEqual([
      {
        key: 'dental-biocalypse:kept:older-story:2147-05-03T09:00:00.000Z',
        text: writeSave(older),
        from: null,
        at: '2147-05-03T09:00:00.000Z',
      },
    ]);
  });
});
