// Settings apply live: text size, font, text speed and motion through <html>, the mural's
// motion through the stage, the number keys through their handler. Volumes follow in the
// audio adapter (audio/audioSettings.ts). Both Settings buttons open the one dialog.

import './layout.css';
import { settingsFromAddress } from '../session/settings';
import { applySettingsToDocument } from './applySettings';
import { keepChoicesInView } from './choicesInView';
import { byId } from './dom';
import type { ChoiceKeys } from './keyboard';
import { mountSettingsDialog } from './settingsDialog';
import { browserStorage, SettingsStore } from './settingsStore';

export interface LiveSettings {
  readonly store: SettingsStore;
  /** Whether the mural and the tapestry may move (the setting and the system's wish). */
  motion(): boolean;
  /** Tells a view that draws motion (the stage) whenever the answer changes. */
  onMotion(listener: (motion: boolean) => void): void;
}

export function mountLiveSettings(keys: ChoiceKeys, openers: readonly string[]): LiveSettings {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const store = new SettingsStore(browserStorage());
  // `?projector` in the address: a teacher's link sets the classroom machine up.
  const asked = settingsFromAddress(window.location.search);
  if (Object.keys(asked).length > 0) store.update(asked);
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
  const dialog = mountSettingsDialog(byId<HTMLDialogElement>('settings'), store, {
    reducesMotion: () => reducedMotion.matches,
    onChange: (listener) => reducedMotion.addEventListener('change', listener),
  });
  // Where the story's box cannot fit with its choices (large text, small screens).
  keepChoicesInView(byId('choices'));
  for (const id of openers) {
    const button = byId(id);
    button.addEventListener('click', () => dialog.open(button));
  }
  return {
    store,
    motion: () => motion,
    onMotion: (listener) => motionListeners.push(listener),
  };
}
