// The sound files the game ships (tools/synthesize-audio.ts writes them): each sound as Ogg
// Vorbis and an MP3 fallback, handed to howler in that order, and small, since every byte
// counts against the hosted build's 2.5 MB (the whole build is checked in
// tests/e2e/payload.test.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HowlerAudio } from '../../src/audio/howlerAudio';
import { SOUNDS } from '../../src/audio/sounds';
import { FakeSoundEngine } from './fakeSoundEngine';

const AUDIO = path.join(import.meta.dirname, '../../assets/audio');
const files = readdirSync(AUDIO, { recursive: true, encoding: 'utf8' })
  .map((entry) => entry.split(path.sep).join('/'))
  .filter((entry) => statSync(path.join(AUDIO, entry)).isFile());

/** All the audio together: the Ogg and the MP3 of six 8 s loops and seven effects. */
const AUDIO_BUDGET_BYTES = 280_000;

describe('the sound files', () => {
  it('gives howler each sound as Ogg first, then its MP3 fallback', () => {
    for (const library of [SOUNDS.music, SOUNDS.effects]) {
      expect(Object.keys(library).length).toBeGreaterThan(0);
      for (const [name, src] of Object.entries(library)) {
        // The dev server keeps Vite's `?no-inline` on the URL; howler reads the format
        // from the path before any query.
        expect(src, name).toEqual([
          expect.stringMatching(new RegExp(`/${name}\\.ogg(\\?|$)`)),
          expect.stringMatching(new RegExp(`/${name}\\.mp3(\\?|$)`)),
        ]);
      }
    }
    expect(Object.keys(SOUNDS.music)).toContain('festival');
    expect(Object.keys(SOUNDS.effects)).toContain('alarm');
  });

  it('are compressed: Ogg Vorbis and MP3 only, no WAV, within the audio budget', () => {
    expect(files.filter((file) => !/\.(ogg|mp3)$/.test(file))).toEqual([]);
    for (const file of files) {
      const head = readFileSync(path.join(AUDIO, file)).subarray(0, 40);
      if (file.endsWith('.ogg')) {
        expect(head.subarray(0, 4).toString('latin1'), file).toBe('OggS');
        expect(head.toString('latin1'), file).toContain('vorbis');
      } else {
        // An MPEG audio frame starts with 11 set bits (no ID3 tag in front).
        expect(head[0], file).toBe(0xff);
        expect((head[1] ?? 0) & 0xe0, file).toBe(0xe0);
      }
    }
    const total = files.reduce((sum, file) => sum + statSync(path.join(AUDIO, file)).size, 0);
    expect(total).toBeLessThanOrEqual(AUDIO_BUDGET_BYTES);
  });

  it('hands howler every file of a sound, in order, and one file alone as before', () => {
    const engine = new FakeSoundEngine();
    const audio = new HowlerAudio(
      { festival: ['music/festival.ogg', 'music/festival.mp3'] },
      { chime: 'sfx/chime.ogg' },
      { music: 0.6, effects: 0.8, muted: false },
      engine,
    );
    audio.playMusic('festival');
    audio.playEffect('chime');
    expect(engine.sounds.map((sound) => sound.options.src)).toEqual([
      ['music/festival.ogg', 'music/festival.mp3'],
      ['sfx/chime.ogg'],
    ]);
  });
});
