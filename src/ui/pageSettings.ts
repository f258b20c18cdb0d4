// The page's one settings store, read and applied when this module is evaluated, before the
// title's first paint, so the player's text size, font, contrast and the projector layout
// hold from the first frame. liveSettings.ts keeps them live and builds the dialog lazily.
import './layout.css';
import { settingsFromAddress } from '../session/settings';
import { applySettingsToDocument } from './applySettings';
import { browserStorage, SettingsStore } from './settingsStore';

export const deviceReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
export const pageSettings = new SettingsStore(browserStorage());
// `?projector` in the address: a teacher's link sets the classroom machine up.
const asked = settingsFromAddress(window.location.search);
if (Object.keys(asked).length > 0) pageSettings.update(asked);
applySettingsToDocument(
  document.documentElement,
  pageSettings.current,
  deviceReducedMotion.matches,
);
