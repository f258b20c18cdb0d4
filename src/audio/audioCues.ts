// Sound follows the game: the scene's music loop is state (saved with the game, so a resumed
// game sounds as it did); effects belong to the lines just shown. One small handler each.
import type { Cue } from '../narrative/tags';
import type { AudioPort } from './audioPort';

/** Plays the `# sfx:` cues of lines just shown. */
export function playEffects(audio: AudioPort, cues: readonly Cue[]): void {
  for (const cue of cues) if (cue.kind === 'sfx') audio.playEffect(cue.value);
}

/** Plays the scene's music, or silence when it has none. */
export function playMusic(audio: AudioPort, music: string | null): void {
  if (music) audio.playMusic(music);
  else audio.stopMusic();
}
