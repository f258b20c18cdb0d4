import { describe, expect, it } from 'vitest';
import { RecordingAudio } from '../../src/audio/audioPort';
import { followVolumes, volumesFor } from '../../src/audio/audioSettings';
import { captionFor, SFX_CAPTIONS } from '../../src/audio/captions';
import {
  CROSS_FADE_MS,
  type MusicDeck,
  MusicMixer,
  VOLUME_RAMP_MS,
  type Voice,
} from '../../src/audio/musicMixer';
import { DEFAULT_SETTINGS } from '../../src/session/settings';
import type { SettingsStorage } from '../../src/ui/settingsStore';
import { SettingsStore } from '../../src/ui/settingsStore';

/** A deck that records what the mixer asked of it, as a howler stand-in. */
class FakeDeck implements MusicDeck {
  readonly log: string[] = [];
  private next = 1;
  private readonly names = new Map<Voice, string>();
  constructor(private readonly known: string[]) {}

  start(name: string): Voice | null {
    if (!this.known.includes(name)) {
      this.log.push(`unknown ${name}`);
      return null;
    }
    const voice = this.next++;
    this.names.set(voice, name);
    this.log.push(`start ${name}#${voice}`);
    return voice;
  }

  fade(voice: Voice, volume: number, ms: number): void {
    this.log.push(`fade ${this.names.get(voice)}#${voice} to ${volume} in ${ms}`);
  }

  fadeOut(voice: Voice, ms: number): void {
    this.log.push(`fade out ${this.names.get(voice)}#${voice} in ${ms}`);
  }
}

function memoryStorage(): SettingsStorage {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('music cross-fades', () => {
  it('fades the next loop in while the last one fades out', () => {
    const deck = new FakeDeck(['festival', 'outbreak']);
    const mixer = new MusicMixer(deck, 0.5);
    mixer.play('festival');
    mixer.play('outbreak');
    expect(deck.log).toEqual([
      'start festival#1',
      `fade festival#1 to 0.5 in ${CROSS_FADE_MS}`,
      'start outbreak#2',
      `fade out festival#1 in ${CROSS_FADE_MS}`,
      `fade outbreak#2 to 0.5 in ${CROSS_FADE_MS}`,
    ]);
    expect(mixer.current).toBe('outbreak');
  });

  it('keeps a loop that is asked for again, and can come back to an earlier one', () => {
    const deck = new FakeDeck(['festival', 'outbreak']);
    const mixer = new MusicMixer(deck);
    mixer.play('festival');
    mixer.play('festival');
    mixer.play('outbreak');
    mixer.play('festival');
    expect(deck.log.filter((entry) => entry.startsWith('start'))).toEqual([
      'start festival#1',
      'start outbreak#2',
      'start festival#3',
    ]);
    expect(deck.log).toContain(`fade out outbreak#2 in ${CROSS_FADE_MS}`);
  });

  it('fades out on stop and on an unknown loop, rather than failing', () => {
    const deck = new FakeDeck(['festival']);
    const mixer = new MusicMixer(deck);
    mixer.play('festival');
    mixer.play('no-such-loop');
    expect(mixer.current).toBeNull();
    mixer.stop();
    expect(deck.log.slice(-2)).toEqual([
      'unknown no-such-loop',
      `fade out festival#1 in ${CROSS_FADE_MS}`,
    ]);
  });

  it('ramps the playing loop to a new music volume', () => {
    const deck = new FakeDeck(['ritual']);
    const mixer = new MusicMixer(deck, 0.6);
    mixer.setVolume(0.3);
    mixer.play('ritual');
    mixer.setVolume(0.1);
    expect(deck.log).toEqual([
      'start ritual#1',
      `fade ritual#1 to 0.3 in ${CROSS_FADE_MS}`,
      `fade ritual#1 to 0.1 in ${VOLUME_RAMP_MS}`,
    ]);
  });
  // Tags to what is heard, through the real howler adapter: tests/unit/howlerAudio.test.ts.
});

describe('volumes from the settings', () => {
  it('turn percentages into the port’s 0-1 volumes', () => {
    expect(volumesFor({ ...DEFAULT_SETTINGS, musicVolume: 25, effectsVolume: 100 })).toEqual({
      music: 0.25,
      effects: 1,
      muted: false,
    });
  });

  it('reach the port at once and after every sound change, and survive a reload', () => {
    const storage = memoryStorage();
    const store = new SettingsStore(storage, () => {});
    const audio = new RecordingAudio();
    followVolumes(audio, store);
    store.update({ musicVolume: 40 });
    store.update({ muted: true });
    store.update({ textSize: 150 }); // not a sound setting: no call
    expect(audio.calls).toEqual(['volumes:0.6/0.8', 'volumes:0.4/0.8', 'volumes:0.4/0.8/muted']);

    const afterReload = new RecordingAudio();
    followVolumes(afterReload, new SettingsStore(storage, () => {}));
    expect(afterReload.calls).toEqual(['volumes:0.4/0.8/muted']);
  });
});

describe('captions', () => {
  it('has a caption for every sound effect file the game ships', async () => {
    const { readdirSync } = await import('node:fs');
    // Each effect ships twice (Ogg and its MP3 fallback): one caption per effect.
    const files = new Set(
      readdirSync(new URL('../../assets/audio/sfx/', import.meta.url)).map((file) =>
        file.replace(/\.(ogg|mp3)$/, ''),
      ),
    );
    expect(files.size).toBeGreaterThan(0);
    for (const effect of files) expect(SFX_CAPTIONS[effect], effect).toBeTruthy();
  });

  it('puts the words in brackets, whatever the tag’s case', () => {
    expect(captionFor('alarm')).toBe('[An alarm rises from every implant]');
    expect(captionFor(' Alarm ')).toBe('[An alarm rises from every implant]');
    expect(captionFor('silence')).toBeNull();
  });
});
