// The player's sound settings, as the audio port takes them.
import type { Settings } from '../session/settings';
import type { AudioPort, Volumes } from './audioPort';

export function volumesFor(settings: Settings): Volumes {
  return {
    music: settings.musicVolume / 100,
    effects: settings.effectsVolume / 100,
    muted: settings.muted,
  };
}

/** Gives the port the current volumes now and after every change; returns the unsubscribe. */
export function followVolumes(
  audio: AudioPort,
  settings: { subscribe(listener: (settings: Settings) => void): () => void },
): () => void {
  let last = '';
  return settings.subscribe((current) => {
    const volumes = volumesFor(current);
    const key = JSON.stringify(volumes);
    if (key === last) return;
    last = key;
    audio.setVolumes(volumes);
  });
}
