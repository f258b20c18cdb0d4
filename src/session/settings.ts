// The player's settings as plain data: defaults, validation and the migration of what a
// browser stored earlier. No DOM here: reading and writing storage lives in src/ui.

export const SETTINGS_KEY = 'dental-biocalypse:settings';
export const SETTINGS_VERSION = 1;

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const FONTS = ['atkinson', 'system'] as const;
export type FontChoice = (typeof FONTS)[number];

/** `system` follows the device's `prefers-reduced-motion`; the others override it. */
export const MOTION_CHOICES = ['system', 'reduce', 'full'] as const;
export type MotionChoice = (typeof MOTION_CHOICES)[number];

/** How new lines arrive. None of them is ever a time limit: choices wait for the player. */
export const TEXT_SPEEDS = ['instant', 'fast', 'normal'] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];

/** How much of the screen the mural takes; it is always said in words in the panel too. */
export const MURAL_SIZES = ['large', 'small', 'hidden'] as const;
export type MuralSize = (typeof MURAL_SIZES)[number];

export interface Settings {
  /** 0-100 */
  musicVolume: number;
  /** 0-100 */
  effectsVolume: number;
  muted: boolean;
  textSize: TextSize;
  font: FontChoice;
  motion: MotionChoice;
  textSpeed: TextSpeed;
  /** Lines read before (in any playthrough) appear at once instead of fading in again. */
  skipRead: boolean;
  /**
   * Single-key shortcuts (1-9 pick a choice, H opens the history, B goes back one choice);
   * WCAG 2.1.4 lets players turn them off.
   */
  shortcuts: boolean;
  /** Projector mode: text for the back of a classroom (28 px and more at 1920 wide). */
  projector: boolean;
  mural: MuralSize;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  musicVolume: 60,
  effectsVolume: 80,
  muted: false,
  textSize: 100,
  font: 'atkinson',
  motion: 'system',
  textSpeed: 'normal',
  skipRead: true,
  shortcuts: true,
  projector: false,
  mural: 'large',
});

/** What was read, and why anything was dropped (for a console warning, never an error). */
export interface LoadedSettings {
  settings: Settings;
  problems: string[];
}

type Check = (value: unknown) => boolean;

const isVolume: Check = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
const isBoolean: Check = (value) => typeof value === 'boolean';
const oneOf =
  (options: readonly unknown[]): Check =>
  (value) =>
    options.includes(value);

const CHECKS: { [K in keyof Settings]: Check } = {
  musicVolume: isVolume,
  effectsVolume: isVolume,
  muted: isBoolean,
  textSize: oneOf(TEXT_SIZES),
  font: oneOf(FONTS),
  motion: oneOf(MOTION_CHOICES),
  textSpeed: oneOf(TEXT_SPEEDS),
  skipRead: isBoolean,
  shortcuts: isBoolean,
  projector: isBoolean,
  mural: oneOf(MURAL_SIZES),
};

/** Keeps every valid field of `candidate`, fills the rest from the defaults. */
export function validateSettings(candidate: unknown): LoadedSettings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    return { settings, problems: ['settings are not an object'] };
  }
  const record = candidate as Record<string, unknown>;
  for (const key of Object.keys(CHECKS) as (keyof Settings)[]) {
    if (!(key in record)) continue;
    const value = record[key];
    if (CHECKS[key](value)) (settings as unknown as Record<string, unknown>)[key] = value;
    else problems.push(`ignored ${key}: ${JSON.stringify(value)}`);
  }
  return { settings, problems };
}

/**
 * What the page's address asks for: `?projector` (or `?projector=1`) switches projector
 * mode on, `?projector=0` off; anything else changes nothing. A teacher's link or bookmark
 * sets the classroom machine up in one step; the choice is then kept like any setting.
 */
export function settingsFromAddress(search: string): Partial<Settings> {
  // Read by hand: the session layer has no DOM, so no URLSearchParams.
  const pair = search
    .replace(/^\?/, '')
    .split('&')
    .map((part) => part.split('='))
    .find(([key]) => key === 'projector');
  if (!pair) return {};
  let value = '';
  try {
    value = decodeURIComponent((pair[1] ?? '').replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return {};
  }
  if (['', '1', 'on', 'true', 'yes'].includes(value)) return { projector: true };
  if (['0', 'off', 'false', 'no'].includes(value)) return { projector: false };
  return {};
}

/**
 * Migrations from older stored shapes, by the version they upgrade from. Version 1 is the
 * first; a future version 2 adds `1: (old) => new` here and bumps SETTINGS_VERSION.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/** Reads the stored text: anything unreadable gives the defaults and says why. */
export function parseStoredSettings(raw: string | null): LoadedSettings {
  if (raw === null) return { settings: { ...DEFAULT_SETTINGS }, problems: [] };
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['stored settings are not JSON'] };
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['stored settings are not an object'] };
  }
  let { version, settings } = stored as { version?: unknown; settings?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['stored settings have no version'] };
  }
  if (version > SETTINGS_VERSION) {
    return {
      settings: { ...DEFAULT_SETTINGS },
      problems: [`stored settings are from a newer version (${version})`],
    };
  }
  while (version < SETTINGS_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate || typeof settings !== 'object' || settings === null) {
      return {
        settings: { ...DEFAULT_SETTINGS },
        problems: [`no migration from version ${version}`],
      };
    }
    settings = migrate(settings as Record<string, unknown>);
    version += 1;
  }
  return validateSettings(settings);
}

export function serializeSettings(settings: Settings): string {
  return JSON.stringify({ version: SETTINGS_VERSION, settings });
}

/** Applies a change, keeping only valid values (an invalid field keeps its old value). */
export function updateSettings(current: Settings, patch: Partial<Settings>): Settings {
  const next: Settings = { ...current };
  for (const key of Object.keys(patch) as (keyof Settings)[]) {
    const value = patch[key];
    if (key in CHECKS && CHECKS[key](value)) {
      (next as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return next;
}

/** Whether motion is reduced, given the setting and the device's preference. */
export function motionReduced(settings: Settings, deviceReducesMotion: boolean): boolean {
  if (settings.motion === 'reduce') return true;
  if (settings.motion === 'full') return false;
  return deviceReducesMotion;
}
