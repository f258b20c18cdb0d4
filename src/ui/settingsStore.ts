// Keeps the player's settings for the page: loads them once from storage, saves every
// change and tells the views. Storage may be missing or throw (private modes, blocked
// cookies): then the settings still work for this visit and are simply not kept.
import {
  parseStoredSettings,
  SETTINGS_KEY,
  type Settings,
  serializeSettings,
  updateSettings,
} from '../session/settings';

/** The part of the Web Storage API the store uses; tests hand in a plain object. */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type SettingsListener = (settings: Settings, previous: Settings) => void;

/** The page's localStorage, or null when the browser refuses access to it. */
export function browserStorage(): SettingsStorage | null {
  try {
    const storage = window.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

export class SettingsStore {
  private settings: Settings;
  private readonly listeners = new Set<SettingsListener>();

  constructor(
    private readonly storage: SettingsStorage | null,
    private readonly warn: (message: string) => void = (message) => console.warn(message),
  ) {
    let raw: string | null = null;
    try {
      raw = storage?.getItem(SETTINGS_KEY) ?? null;
    } catch (error) {
      this.warn(`Settings could not be read, using the defaults: ${String(error)}`);
    }
    const loaded = parseStoredSettings(raw);
    if (loaded.problems.length > 0) {
      this.warn(`Some stored settings were ignored: ${loaded.problems.join('; ')}`);
    }
    this.settings = loaded.settings;
  }

  get current(): Settings {
    return this.settings;
  }

  update(patch: Partial<Settings>): void {
    const previous = this.settings;
    const next = updateSettings(previous, patch);
    if (JSON.stringify(next) === JSON.stringify(previous)) return;
    this.settings = next;
    try {
      this.storage?.setItem(SETTINGS_KEY, serializeSettings(next));
    } catch (error) {
      this.warn(`Settings could not be saved, they last for this visit: ${String(error)}`);
    }
    for (const listener of this.listeners) listener(next, previous);
  }

  /** Calls `listener` now and after every change; returns the way to stop listening. */
  subscribe(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    listener(this.settings, this.settings);
    return () => this.listeners.delete(listener);
  }
}
