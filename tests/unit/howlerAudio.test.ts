// @vitest-environment happy-dom
// The browser's sound adapter, src/audio/howlerAudio.ts, driven through its constructor seam
// with a fake howler (tests/unit/fakeSoundEngine.ts): which files load, looping or not, at
// which volume, which voices play, fade and stop. The last test loads the real howler under
// happy-dom, where (as on a machine with no sound) nothing can be decoded.
import { describe, expect, it } from 'vitest';
import { playEffects, playMusic } from '../../src/audio/audioCues';
import { HowlerAudio } from '../../src/audio/howlerAudio';
import { CROSS_FADE_MS, VOLUME_RAMP_MS } from '../../src/audio/musicMixer';
import { parseTags } from '../../src/narrative/tags';
import { type Scene, sceneAfter } from '../../src/session/gameState';
import { FakeSoundEngine } from './fakeSoundEngine';

const MUSIC = { festival: 'music/festival.ogg', outbreak: 'music/outbreak.ogg' };
const EFFECTS = { alarm: 'sfx/alarm.ogg', chime: 'sfx/chime.ogg' };
const VOLUMES = { music: 0.6, effects: 0.8, muted: false };

describe('the howler adapter', () => {
  it('follows the story tags end to end: a loop fades in, cross-fades, an effect plays, it stops', () => {
    const engine = new FakeSoundEngine();
    const audio = new HowlerAudio(MUSIC, EFFECTS, VOLUMES, engine);
    let scene: Scene = { backdrop: null, music: null };
    const heard: string[][] = [];
    for (const tags of [
      ['music: festival'],
      ['CLEAR', 'music: outbreak', 'sfx: alarm'],
      ['music: none'],
    ]) {
      const cues = parseTags(tags);
      const next = sceneAfter(scene, cues);
      if (next.music !== scene.music) playMusic(audio, next.music);
      playEffects(audio, cues);
      scene = next;
      engine.finishFades();
      heard.push(engine.audible());
    }
    expect(heard).toEqual([
      ['music/festival.ogg#1000@0.6'],
      // The festival faded out and was stopped; the alarm plays at the effects volume.
      ['music/outbreak.ogg#1001@0.6', 'sfx/alarm.ogg#1002@0.8'],
      ['sfx/alarm.ogg#1002@0.8'],
    ]);
    expect(engine.log).toEqual([
      'mute false',
      // Music loops load silent and fade in, so no voice ever starts loud.
      'load music/festival.ogg looping at 0',
      'play music/festival.ogg #1000 at 0',
      `fade #1000 0 -> 0.6 in ${CROSS_FADE_MS}`,
      'load music/outbreak.ogg looping at 0',
      'play music/outbreak.ogg #1001 at 0',
      `fade #1000 0.6 -> 0 in ${CROSS_FADE_MS}`,
      `fade #1001 0 -> 0.6 in ${CROSS_FADE_MS}`,
      'load sfx/alarm.ogg at 0.8',
      'play sfx/alarm.ogg #1002 at 0.8',
      'stop #1000',
      `fade #1001 0.6 -> 0 in ${CROSS_FADE_MS}`,
      'stop #1001',
    ]);
  });

  it('keeps one loaded file per cue and plays it again, at the volume of the moment', () => {
    const engine = new FakeSoundEngine();
    const audio = new HowlerAudio(MUSIC, EFFECTS, VOLUMES, engine);
    audio.playEffect('chime');
    engine.sound('sfx/chime.ogg').loaded = true;
    audio.setVolumes({ ...VOLUMES, effects: 0.25 });
    audio.playEffect('chime');
    expect(engine.sounds).toHaveLength(1);
    expect(engine.sounds[0]?.options).toEqual({
      src: ['sfx/chime.ogg'],
      loop: false,
      volume: 0.8,
      preload: true,
      html5: false,
    });
    expect(engine.log.slice(-2)).toEqual([
      'volume sfx/chime.ogg 0.25',
      'play sfx/chime.ogg #1001 at 0.25',
    ]);
  });

  it('moves the playing loop to a new music volume quickly, and mutes through howler', () => {
    const engine = new FakeSoundEngine();
    const audio = new HowlerAudio(MUSIC, EFFECTS, { ...VOLUMES, muted: true }, engine);
    expect(engine.muted).toBe(true);
    audio.playMusic('festival');
    engine.finishFades();
    audio.setVolumes({ music: 0.2, effects: 0.8, muted: false });
    expect(engine.muted).toBe(false);
    expect(engine.log.at(-1)).toBe(`fade #1000 0.6 -> 0.2 in ${VOLUME_RAMP_MS}`);
    engine.finishFades();
    expect(engine.audible()).toEqual(['music/festival.ogg#1000@0.2']);
  });

  it('asks for the same loop again without restarting it, and ignores cues it has no file for', () => {
    const engine = new FakeSoundEngine();
    const audio = new HowlerAudio(MUSIC, EFFECTS, VOLUMES, engine);
    audio.playMusic('festival');
    audio.playMusic('festival');
    audio.playEffect('thunder');
    engine.finishFades();
    expect(engine.audible()).toEqual(['music/festival.ogg#1000@0.6']);
    // A loop with no file stops the music rather than failing.
    audio.playMusic('silence');
    engine.finishFades();
    expect(engine.audible()).toEqual([]);
  });

  it('plays on without a sound where the browser can decode none (the real howler)', () => {
    const audio = new HowlerAudio(MUSIC, EFFECTS, VOLUMES);
    expect(() => {
      audio.playMusic('festival');
      audio.playEffect('alarm');
      audio.setVolumes({ music: 0.1, effects: 0.1, muted: true });
      audio.stopMusic();
    }).not.toThrow();
  });
});
