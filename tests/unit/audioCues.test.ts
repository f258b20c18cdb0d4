import { describe, expect, it } from 'vitest';
import { playCues } from '../../src/audio/audioCues';
import { RecordingAudio } from '../../src/audio/audioPort';
import { parseTags } from '../../src/narrative/tags';

describe('sound cues', () => {
  it('sends music and effect tags, including Inky aliases, to the audio port', () => {
    const audio = new RecordingAudio();
    playCues(audio, parseTags(['music: festival', 'AUDIO: chime', 'speaker: Kara', 'sfx: pour']));
    expect(audio.calls).toEqual(['music:festival', 'sfx:chime', 'sfx:pour']);
    expect(audio.music).toBe('festival');
  });

  it('stops the music on `music: none` and ignores lines without sound', () => {
    const audio = new RecordingAudio();
    playCues(audio, parseTags(['AUDIOLOOP: outbreak']));
    playCues(audio, parseTags(['bg: night', 'weather: rain']));
    playCues(audio, parseTags(['music: none']));
    expect(audio.calls).toEqual(['music:outbreak', 'music:stop']);
    expect(audio.music).toBeNull();
  });
});
