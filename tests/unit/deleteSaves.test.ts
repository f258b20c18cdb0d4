// @vitest-environment happy-dom
// Deleting saves in the saved games dialog: a Delete button per filled slot and per kept
// save, named by its slot; a question that names whose game goes, with the safe answer
// focused; keeping deletes nothing; deleting redraws the list and says so.
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { makeSave } from '../../src/session/saveGame';
import { listSlots, memoryStorage, type SaveStorage, storeSave } from '../../src/session/saveSlots';
import { type CompiledStoryModule, Session } from '../../src/session/session';
import { confirmDeleteAll, mountSaveSlots } from '../../src/ui/saveSlotsDialog';

let fixture: CompiledStoryModule;
let storage: SaveStorage;

beforeAll(() => {
  fixture = compileInk(path.resolve(import.meta.dirname, '../fixtures/ink/good/main.ink'));
});

beforeEach(() => {
  document.body.replaceChildren();
  storage = memoryStorage();
  const session = Session.begin(fixture, 'torus');
  session.choose(0);
  const save = makeSave(session.state(), new Date('2147-05-01T10:00:00Z'));
  storeSave(storage, 'auto', save, new Date());
  storeSave(storage, 'slot-2', save, new Date());
  storage.setItem('dental-biocalypse:kept:slot-1:2147-05-02T08:00:00.000Z', '{ torn');
});

function openSavedGames() {
  const slots = mountSaveSlots({
    storage,
    persistent: true,
    who: () => 'Cy and Ana',
    colour: () => undefined,
    current: () => null,
    load: () => {},
    download: () => {},
    loadFile: () => {},
  });
  slots.openLoad(null);
}

/** A button by its accessible name as aria-labelledby spells it. */
function buttonNamed(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((button) => {
    const ids = button.getAttribute('aria-labelledby');
    const words = ids
      ? ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? '')
      : [button.textContent ?? ''];
    return words.join(' ') === name;
  });
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}

const question = () => document.querySelector('[role="alertdialog"]');
/** The question closes by its `close` event; let it run. */
const closed = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('deleting saves in the saved games dialog', () => {
  it('offers Delete on filled slots and kept saves only, each named by its slot', () => {
    openSavedGames();
    expect(() => buttonNamed('Delete Autosave')).not.toThrow();
    expect(() => buttonNamed('Delete Slot 2')).not.toThrow();
    expect(() => buttonNamed('Delete Slot 1')).toThrow();
    expect(() => buttonNamed('Delete Slot 3')).toThrow();
    expect(() =>
      buttonNamed(
        'Delete Kept aside An unreadable save from Slot 1, put aside, ' +
          new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
            new Date('2147-05-02T08:00:00.000Z'),
          ) +
          ' so a new save could take its place.',
      ),
    ).not.toThrow();
  });

  it('asks whose game goes, keeps it on Keep, and deletes it on Delete it', async () => {
    openSavedGames();
    buttonNamed('Delete Slot 2').click();
    expect(question()?.querySelector('h2')?.textContent).toBe(
      'Delete the save of Cy and Ana, Test?',
    );
    expect(document.activeElement?.textContent).toBe('Keep it');
    (document.activeElement as HTMLButtonElement).click();
    await closed();
    expect(question()).toBeNull();
    expect(listSlots(storage)[2]?.state).toBe('ready');

    buttonNamed('Delete Slot 2').click();
    const remove = [...(question()?.querySelectorAll('button') ?? [])].find(
      (button) => button.textContent === 'Delete it',
    );
    remove?.click();
    await closed();
    expect(listSlots(storage).map((slot) => slot.state)).toEqual([
      'ready',
      'empty',
      'empty',
      'empty',
    ]);
    expect(document.querySelector('[data-slot="slot-2"]')?.textContent).toContain('Empty');
    expect(document.querySelector('[role="status"]')?.textContent).toBe(
      'Deleted the save in Slot 2.',
    );
  });

  it("the title's Delete all lists every save, and deletes them all", async () => {
    let done: boolean | null = null;
    confirmDeleteAll(storage, (deleted) => {
      done = deleted;
    });
    expect(question()?.querySelector('h2')?.textContent).toBe(
      'Delete all saved games in this browser?',
    );
    expect([...(question()?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Autosave: Torus Kline, Test',
      'Slot 2: Torus Kline, Test',
      '1 save kept aside',
    ]);
    [...(question()?.querySelectorAll('button') ?? [])]
      .find((button) => button.textContent === 'Delete all saves')
      ?.click();
    await closed();
    expect(done).toBe(true);
    expect(storage.keys()).toEqual([]);
  });
});
