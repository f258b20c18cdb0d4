// Settings apply live: text size, font, text speed and motion through <html>, the mural's
// motion through the stage, the number keys through their handler. Volumes follow in the
// audio adapter (audio/audioSettings.ts). Both Settings buttons open the one dialog.

import { applySettingsToDocument } from './applySettings';
import { keepChoicesInView } from './choicesInView';
import { byId } from './dom';
import type { ChoiceKeys } from './keyboard';
import { deviceReducedMotion, pageSettings } from './pageSettings';
import { mountSettingsDialog } from './settingsDialog';
import type { SettingsStore } from './settingsStore';

export interface LiveSettings {
  readonly store: SettingsStore;
  /** Whether the mural and the tapestry may move (the setting and the system's wish). */
  motion(): boolean;
  /** Tells a view that draws motion (the stage) whenever the answer changes. */
  onMotion(listener: (motion: boolean) => void): void;
}

export function mountLiveSettings(keys: ChoiceKeys, openers: readonly string[]): LiveSettings {
  const reducedMotion = deviceReducedMotion;
  const store = pageSettings;
  const motionListeners: Array<(motion: boolean) => void> = [];
  let motion = true;
  const apply = (current = store.current) => {
    motion = !applySettingsToDocument(document.documentElement, current, reducedMotion.matches)
      .reducedMotion;
    for (const listener of motionListeners) listener(motion);
    keys.setEnabled(current.shortcuts);
  };
  store.subscribe(apply);
  reducedMotion.addEventListener('change', () => apply());
  // Built the first time it opens: its form is most of this module's start-up work, and
  // none of it is on the way from the title to the first choice (issue #14).
  let dialog: ReturnType<typeof mountSettingsDialog> | null = null;
  const openDialog = (opener: HTMLElement) => {
    dialog ??= mountSettingsDialog(byId<HTMLDialogElement>('settings'), store, {
      reducesMotion: () => reducedMotion.matches,
      onChange: (listener) => reducedMotion.addEventListener('change', listener),
    });
    dialog.open(opener);
  };
  // Where the story's box cannot fit with its choices (large text, small screens).
  keepChoicesInView(byId('choices'));
  for (const id of openers) {
    const button = byId(id);
    button.addEventListener('click', () => openDialog(button));
  }
  return {
    store,
    motion: () => motion,
    onMotion: (listener) => motionListeners.push(listener),
  };
}
