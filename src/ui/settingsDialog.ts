// The settings dialog: a native modal <dialog>, so focus stays inside while it is open,
// Escape closes it and the rest of the page is inert. Every control applies at once
// through the store; closing returns focus to the button that opened it.
import type { Settings } from '../session/settings';
import { byId } from './dom';
import type { SettingsStore } from './settingsStore';

export interface SettingsDialog {
  open(opener: HTMLElement): void;
  close(): void;
  readonly isOpen: boolean;
}

export function mountSettingsDialog(
  dialog: HTMLDialogElement,
  store: SettingsStore,
  device: { reducesMotion(): boolean; onChange(listener: () => void): void },
): SettingsDialog {
  const music = byId<HTMLInputElement>('music-volume');
  const musicValue = byId<HTMLOutputElement>('music-volume-value');
  const effects = byId<HTMLInputElement>('effects-volume');
  const effectsValue = byId<HTMLOutputElement>('effects-volume-value');
  const muted = byId<HTMLInputElement>('muted');
  const textSize = byId<HTMLSelectElement>('text-size');
  const font = byId<HTMLSelectElement>('font');
  const textSpeed = byId<HTMLSelectElement>('text-speed');
  const skipRead = byId<HTMLInputElement>('skip-read');
  const motion = byId<HTMLSelectElement>('motion');
  const shortcuts = byId<HTMLInputElement>('shortcuts');
  const projector = byId<HTMLInputElement>('projector');
  const mural = byId<HTMLSelectElement>('mural-size');
  const followDevice = motion.querySelector<HTMLOptionElement>('option[value="system"]');
  let opener: HTMLElement | null = null;

  const show = (settings: Settings) => {
    music.value = String(settings.musicVolume);
    music.setAttribute('aria-valuetext', `${settings.musicVolume}%`);
    musicValue.textContent = `${settings.musicVolume}%`;
    effects.value = String(settings.effectsVolume);
    effects.setAttribute('aria-valuetext', `${settings.effectsVolume}%`);
    effectsValue.textContent = `${settings.effectsVolume}%`;
    muted.checked = settings.muted;
    textSize.value = String(settings.textSize);
    font.value = settings.font;
    textSpeed.value = settings.textSpeed;
    skipRead.checked = settings.skipRead;
    motion.value = settings.motion;
    shortcuts.checked = settings.shortcuts;
    projector.checked = settings.projector;
    mural.value = settings.mural;
  };
  const describeDevice = () => {
    if (followDevice) {
      followDevice.textContent = `Follow my device (now: ${device.reducesMotion() ? 'reduced' : 'full'})`;
    }
  };
  store.subscribe(show);
  describeDevice();
  device.onChange(describeDevice);

  music.addEventListener('input', () => store.update({ musicVolume: Number(music.value) }));
  effects.addEventListener('input', () => store.update({ effectsVolume: Number(effects.value) }));
  muted.addEventListener('change', () => store.update({ muted: muted.checked }));
  textSize.addEventListener('change', () =>
    store.update({ textSize: Number(textSize.value) as Settings['textSize'] }),
  );
  font.addEventListener('change', () => store.update({ font: font.value as Settings['font'] }));
  textSpeed.addEventListener('change', () =>
    store.update({ textSpeed: textSpeed.value as Settings['textSpeed'] }),
  );
  skipRead.addEventListener('change', () => store.update({ skipRead: skipRead.checked }));
  motion.addEventListener('change', () =>
    store.update({ motion: motion.value as Settings['motion'] }),
  );
  shortcuts.addEventListener('change', () => store.update({ shortcuts: shortcuts.checked }));
  projector.addEventListener('change', () => store.update({ projector: projector.checked }));
  mural.addEventListener('change', () => store.update({ mural: mural.value as Settings['mural'] }));

  byId('settings-done').addEventListener('click', () => dialog.close());
  // Escape fires `cancel` and closes the dialog natively; both paths end in `close`.
  dialog.addEventListener('close', () => {
    const back = opener;
    opener = null;
    if (back?.isConnected && !back.closest('[hidden]')) back.focus();
  });

  return {
    open(from) {
      if (dialog.open) return;
      opener = from;
      show(store.current);
      dialog.showModal();
      music.focus();
    },
    close() {
      if (dialog.open) dialog.close();
    },
    get isOpen() {
      return dialog.open;
    },
  };
}
