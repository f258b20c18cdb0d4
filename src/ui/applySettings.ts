// Applies the player's settings to the page: CSS custom properties and data attributes on
// <html> (styles.css reads them), so every change shows at once without a reload.
import { motionReduced, type Settings } from '../session/settings';

export function applySettingsToDocument(
  root: HTMLElement,
  settings: Settings,
  deviceReducesMotion: boolean,
): { reducedMotion: boolean } {
  const reducedMotion = motionReduced(settings, deviceReducesMotion);
  root.style.setProperty('--text-scale', String(settings.textSize / 100));
  root.dataset.textSize = String(settings.textSize);
  root.dataset.font = settings.font;
  root.dataset.motion = reducedMotion ? 'reduce' : 'full';
  root.dataset.textSpeed = settings.textSpeed;
  root.dataset.shortcuts = settings.shortcuts ? 'on' : 'off';
  root.dataset.projector = settings.projector ? 'on' : 'off';
  root.dataset.mural = settings.mural;
  return { reducedMotion };
}
