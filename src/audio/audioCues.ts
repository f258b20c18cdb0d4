// Sends a line's sound cues to the audio port: one small handler table, as in atrament.
import type { Cue } from '../narrative/tags';
import type { AudioPort } from './audioPort';

export function playCues(audio: AudioPort, cues: readonly Cue[]): void {
  for (const cue of cues) {
    if (cue.kind === 'music') {
      if (cue.value === 'none' || cue.value === 'stop') audio.stopMusic();
      else audio.playMusic(cue.value);
    } else if (cue.kind === 'sfx') {
      audio.playEffect(cue.value);
    }
  }
}
