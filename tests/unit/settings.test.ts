import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  motionReduced,
  parseStoredSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  serializeSettings,
  settingsFromAddress,
  updateSettings,
} from '../../src/session/settings';
import { type SettingsStorage, SettingsStore } from '../../src/ui/settingsStore';

/** A plain-object stand-in for localStorage. */
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: SettingsStorage & { data: Map<string, string> } = {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
  return storage;
}

/** A storage that throws on every access, like a browser that blocks it. */
const blockedStorage: SettingsStorage = {
  getItem() {
    throw new Error('SecurityError: access denied');
  },
  setItem() {
    throw new Error('SecurityError: access denied');
  },
};

describe('settings data', () => {
  it('defaults to music at 60 and effects at 80, Atkinson, normal speed, shortcuts on, device motion', () => {
    expect(parseStoredSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(DEFAULT_SETTINGS).toMatchObject({
      musicVolume: 60,
      effectsVolume: 80,
      textSize: 100,
      font: 'atkinson',
      motion: 'system',
      textSpeed: 'normal',
      skipRead: true,
      shortcuts: true,
      muted: false,
    });
  });

  it('skips text already read unless the player turns it off, also for settings stored before', () => {
    const before = JSON.stringify({
      version: 1,
      settings: { textSpeed: 'fast', shortcuts: false },
    });
    expect(parseStoredSettings(before)).toEqual({
      settings: { ...DEFAULT_SETTINGS, textSpeed: 'fast', shortcuts: false, skipRead: true },
      problems: [],
    });
    const off = updateSettings(DEFAULT_SETTINGS, { skipRead: false });
    expect(parseStoredSettings(serializeSettings(off)).settings.skipRead).toBe(false);
    expect(updateSettings(off, { skipRead: 'yes' as never }).skipRead).toBe(false);
    expect(parseStoredSettings(JSON.stringify({ version: 1, settings: { skipRead: 1 } }))).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: ['ignored skipRead: 1'],
    });
  });

  it('round-trips through its versioned JSON', () => {
    const changed = updateSettings(DEFAULT_SETTINGS, {
      musicVolume: 20,
      textSize: 175,
      font: 'system',
      shortcuts: false,
    });
    const raw = serializeSettings(changed);
    expect(JSON.parse(raw).version).toBe(SETTINGS_VERSION);
    expect(parseStoredSettings(raw)).toEqual({ settings: changed, problems: [] });
  });

  it.each([
    ['not JSON', '{oops'],
    ['not an object', '"loud"'],
    ['an array', '[1,2]'],
    ['no version', JSON.stringify({ settings: { musicVolume: 10 } })],
    ['a newer version', JSON.stringify({ version: SETTINGS_VERSION + 1, settings: {} })],
  ])('ignores a stored value that is %s, with a reason', (_why, raw) => {
    const loaded = parseStoredSettings(raw);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problems.length).toBe(1);
  });

  it('keeps the valid fields of a partly broken value and names the rest', () => {
    const raw = JSON.stringify({
      version: 1,
      settings: { musicVolume: 30, effectsVolume: 400, textSize: 130, font: 'system', extra: 1 },
    });
    const loaded = parseStoredSettings(raw);
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, musicVolume: 30, font: 'system' });
    expect(loaded.problems).toEqual(['ignored effectsVolume: 400', 'ignored textSize: 130']);
  });

  it('refuses invalid updates and keeps the old value', () => {
    const next = updateSettings(DEFAULT_SETTINGS, {
      musicVolume: Number.NaN,
      textSpeed: 'slow' as never,
      muted: true,
    });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, muted: true });
  });

  it('follows the device for motion unless the player chose', () => {
    const system = DEFAULT_SETTINGS;
    expect(motionReduced(system, true)).toBe(true);
    expect(motionReduced(system, false)).toBe(false);
    expect(motionReduced({ ...system, motion: 'reduce' }, false)).toBe(true);
    expect(motionReduced({ ...system, motion: 'full' }, true)).toBe(false);
  });
});

describe('projector mode and the mural size', () => {
  it('are off and large by default, also for settings stored before they existed', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ projector: false, mural: 'large' });
    const stored = JSON.stringify({ version: 1, settings: { textSize: 150 } });
    expect(parseStoredSettings(stored)).toEqual({
      settings: { ...DEFAULT_SETTINGS, textSize: 150 },
      problems: [],
    });
  });

  it('keep valid values, refuse others with a reason, and round-trip', () => {
    const chosen = updateSettings(DEFAULT_SETTINGS, { projector: true, mural: 'hidden' });
    expect(parseStoredSettings(serializeSettings(chosen)).settings).toEqual(chosen);
    expect(updateSettings(chosen, { mural: 'tiny' as never, projector: 'yes' as never })).toEqual(
      chosen,
    );
    const stored = JSON.stringify({ version: 1, settings: { projector: 1, mural: 'huge' } });
    expect(parseStoredSettings(stored).problems).toEqual([
      'ignored projector: 1',
      'ignored mural: "huge"',
    ]);
  });

  it('?projector in the address switches projector mode on, ?projector=0 off, nothing else changes', () => {
    expect(settingsFromAddress('?projector')).toEqual({ projector: true });
    expect(settingsFromAddress('?projector=1')).toEqual({ projector: true });
    expect(settingsFromAddress('?lang=en&projector=ON')).toEqual({ projector: true });
    expect(settingsFromAddress('?projector=0')).toEqual({ projector: false });
    expect(settingsFromAddress('?projector=off')).toEqual({ projector: false });
    expect(settingsFromAddress('?projector=maybe')).toEqual({});
    expect(settingsFromAddress('')).toEqual({});
    expect(settingsFromAddress('?projectors')).toEqual({});
    // A broken escape in a pasted link changes nothing rather than throwing.
    expect(settingsFromAddress('?projector=%E0')).toEqual({});
  });
});

describe('the settings store', () => {
  it('persists every change and reloads it in a new store', () => {
    const storage = memoryStorage();
    const first = new SettingsStore(storage, () => {});
    first.update({ effectsVolume: 35, motion: 'reduce', textSpeed: 'instant', skipRead: false });
    expect(JSON.parse(storage.data.get(SETTINGS_KEY) ?? '')).toMatchObject({
      version: 1,
      settings: { effectsVolume: 35, motion: 'reduce', textSpeed: 'instant', skipRead: false },
    });
    const reloaded = new SettingsStore(storage, () => {});
    expect(reloaded.current).toEqual(first.current);
    expect(reloaded.current.effectsVolume).toBe(35);
  });

  it('warns about and ignores a corrupt stored value, without throwing', () => {
    const warnings: string[] = [];
    const store = new SettingsStore(memoryStorage({ [SETTINGS_KEY]: 'not json at all' }), (w) =>
      warnings.push(w),
    );
    expect(store.current).toEqual(DEFAULT_SETTINGS);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/ignored.*not JSON/);
  });

  it('works for the session when storage throws on every access', () => {
    const warnings: string[] = [];
    const store = new SettingsStore(blockedStorage, (w) => warnings.push(w));
    expect(store.current).toEqual(DEFAULT_SETTINGS);
    expect(() => store.update({ textSize: 200 })).not.toThrow();
    expect(store.current.textSize).toBe(200);
    expect(warnings.length).toBe(2);
  });

  it('works with no storage at all', () => {
    const store = new SettingsStore(null, () => {
      throw new Error('no warning expected');
    });
    store.update({ muted: true });
    expect(store.current.muted).toBe(true);
  });

  it('tells subscribers now and on every real change only', () => {
    const store = new SettingsStore(memoryStorage(), () => {});
    const seen: number[] = [];
    const stop = store.subscribe((settings) => seen.push(settings.textSize));
    store.update({ textSize: 150 });
    store.update({ textSize: 150 });
    store.update({ textSize: 42 as never });
    stop();
    store.update({ textSize: 200 });
    expect(seen).toEqual([100, 150]);
  });
});
