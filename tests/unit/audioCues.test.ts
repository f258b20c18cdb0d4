import { describe, expect, it } from 'vitest';
import { playEffects, playMusic } from '../../src/audio/audioCues';
import { RecordingAudio } from '../../src/audio/audioPort';
import { parseTags } from '../../src/narrative/tags';
import { sceneAfter } from '../../src/session/gameState';

describe('sound cues', () => {
  it('plays a line’s effect tags, including Inky’s alias, and nothing else', () => {
    const audio = new RecordingAudio();
    playEffects(
      audio,
      parseTags(['music: festival', 'AUDIO: chime', 'speaker: Kara', 'sfx: pour']),
    );
    expect(audio.calls).toEqual(['sfx:chime', 'sfx:pour']);
  });

  it('music follows the scene: a loop, its Inky alias, and `music: none` stopping it', () => {
    const audio = new RecordingAudio();
    let scene = { backdrop: null, music: null } as ReturnType<typeof sceneAfter>;
    for (const tags of [['AUDIOLOOP: outbreak'], ['bg: night', 'weather: rain'], ['music: none']]) {
      scene = sceneAfter(scene, parseTags(tags));
      playMusic(audio, scene.music);
    }
    expect(audio.calls).toEqual(['music:outbreak', 'music:outbreak', 'music:stop']);
    expect(scene).toEqual({ backdrop: 'night', music: null });
  });
});
