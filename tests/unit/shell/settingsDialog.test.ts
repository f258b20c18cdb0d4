// @vitest-environment happy-dom
// The settings dialog on the game's own page markup (index.html): it shows the settings it
// is given, each control updates the store, and it gives focus back to its opener.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/session/settings';
import { mountSettingsDialog } from '../../../src/ui/settingsDialog';
import { type SettingsStorage, SettingsStore } from '../../../src/ui/settingsStore';

const page = readFileSync(path.resolve(import.meta.dirname, '../../../index.html'), 'utf8');
// The page's markup without its script: the module under test is mounted by the test.
const body = page
  .slice(page.indexOf('<body'), page.lastIndexOf('</body>'))
  .replace(/<script[\s\S]*?<\/script>/g, '');

let store: SettingsStore;
let reduces = false;
let deviceChanged: () => void = () => {};
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

beforeEach(() => {
  document.body.innerHTML = body.slice(body.indexOf('>') + 1);
  const data = new Map<string, string>();
  const storage: SettingsStorage = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
  store = new SettingsStore(storage, () => {});
  reduces = false;
});

const mount = () =>
  mountSettingsDialog(byId<HTMLDialogElement>('settings'), store, {
    reducesMotion: () => reduces,
    onChange: (listener) => {
      deviceChanged = listener;
    },
  });

describe('the settings dialog', () => {
  it('shows the settings it is given, volumes said in words too', () => {
    store.update({
      musicVolume: 35,
      effectsVolume: 70,
      muted: true,
      font: 'system',
      shortcuts: false,
    });
    const dialog = mount();
    dialog.open(document.body);
    expect(dialog.isOpen).toBe(true);
    expect(byId<HTMLInputElement>('music-volume').value).toBe('35');
    expect(byId<HTMLInputElement>('music-volume').getAttribute('aria-valuetext')).toBe('35%');
    expect(byId('music-volume-value').textContent).toBe('35%');
    expect(byId('effects-volume-value').textContent).toBe('70%');
    expect(byId<HTMLInputElement>('muted').checked).toBe(true);
    expect(byId<HTMLSelectElement>('font').value).toBe('system');
    expect(byId<HTMLInputElement>('shortcuts').checked).toBe(false);
    expect(document.activeElement).toBe(byId('music-volume'));
  });

  it('turns each control into a settings update, and shows what the store then holds', () => {
    mount().open(document.body);
    const music = byId<HTMLInputElement>('music-volume');
    music.value = '20';
    music.dispatchEvent(new Event('input'));
    expect(store.current.musicVolume).toBe(20);
    expect(byId('music-volume-value').textContent).toBe('20%');
    const motion = byId<HTMLSelectElement>('motion');
    motion.value = 'reduce';
    motion.dispatchEvent(new Event('change'));
    const skipRead = byId<HTMLInputElement>('skip-read');
    skipRead.checked = false;
    skipRead.dispatchEvent(new Event('change'));
    const textSize = byId<HTMLSelectElement>('text-size');
    textSize.value = '200';
    textSize.dispatchEvent(new Event('change'));
    expect(store.current).toEqual({
      ...DEFAULT_SETTINGS,
      musicVolume: 20,
      motion: 'reduce',
      skipRead: false,
      textSize: 200,
    });
  });

  it("says what the device's own motion setting is now, and follows it as it changes", () => {
    mount();
    const follow = () => byId('motion').querySelector('option[value="system"]')?.textContent;
    expect(follow()).toBe('Follow my device (now: full)');
    reduces = true;
    deviceChanged();
    expect(follow()).toBe('Follow my device (now: reduced)');
  });

  it('closes with Done and gives focus back to the button that opened it', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    const dialog = mount();
    dialog.open(opener);
    byId<HTMLButtonElement>('settings-done').click();
    expect(dialog.isOpen).toBe(false);
    expect(document.activeElement).toBe(opener);
  });
});
