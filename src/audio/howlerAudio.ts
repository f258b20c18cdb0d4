// The browser's audio: howler plays the project's synthesised sounds. This module is
// loaded on the player's first gesture (picking a role), which is also when browsers allow
// sound to start; howler unlocks the audio context on that gesture by itself.
import { Howl, Howler } from 'howler';
import type { AudioPort, Volumes } from './audioPort';
import { type MusicDeck, MusicMixer, type Voice } from './musicMixer';

/**
 * Each sound's file, or its files in the order to try (e.g. Ogg, then an MP3 fallback):
 * howler plays the first its browser can, telling formats by the URL's extension.
 */
export type SoundLibrary = Record<string, string | readonly string[]>;

/** The parts of a howler sound the adapter uses. */
export type Sound = Pick<Howl, 'play' | 'state' | 'volume' | 'fade' | 'once' | 'stop'>;

/** What the adapter asks of howler: the real library in the browser, a fake in unit tests. */
export interface SoundEngine {
  createSound(options: {
    src: string[];
    loop: boolean;
    volume: number;
    preload: boolean;
    html5: boolean;
  }): Sound;
  mute(muted: boolean): void;
}

const howler: SoundEngine = {
  createSound: (options) => new Howl(options),
  mute: (muted) => Howler.mute(muted),
};

export class HowlerAudio implements AudioPort {
  private readonly sounds = new Map<string, Sound>();
  private readonly voices = new Map<Voice, Sound>();
  private readonly mixer: MusicMixer;
  private volumes: Volumes;

  constructor(
    private readonly musicFiles: SoundLibrary,
    private readonly effectFiles: SoundLibrary,
    volumes: Volumes = { music: 0.6, effects: 0.8, muted: false },
    private readonly engine: SoundEngine = howler,
  ) {
    this.volumes = volumes;
    engine.mute(volumes.muted);
    this.mixer = new MusicMixer(this.deck(), volumes.music);
  }

  playMusic(name: string): void {
    this.mixer.play(name);
  }

  stopMusic(): void {
    this.mixer.stop();
  }

  playEffect(name: string): void {
    const src = this.effectFiles[name];
    if (!src) return;
    const howl = this.load(`sfx:${name}`, src, false, this.volumes.effects);
    // A new sound takes the howl's volume; set it first so no effect starts too loud.
    if (howl.state() === 'loaded') howl.volume(this.volumes.effects);
    howl.play();
  }

  setVolumes(volumes: Volumes): void {
    this.volumes = volumes;
    this.engine.mute(volumes.muted);
    this.mixer.setVolume(volumes.music);
  }

  /** Each music voice is one howler sound id, so two copies of a loop can cross-fade. */
  private deck(): MusicDeck {
    return {
      start: (name) => {
        const src = this.musicFiles[name];
        if (!src) return null;
        // Music howls are made at volume 0, so every new voice starts silent and fades in.
        const howl = this.load(`music:${name}`, src, true, 0);
        const id = howl.play();
        this.voices.set(id, howl);
        return id;
      },
      fade: (voice, volume, ms) => {
        const howl = this.voices.get(voice);
        if (!howl) return;
        howl.fade(howl.volume(voice) as number, volume, ms, voice);
      },
      fadeOut: (voice, ms) => {
        const howl = this.voices.get(voice);
        if (!howl) return;
        this.voices.delete(voice);
        howl.once('fade', () => howl.stop(voice), voice);
        howl.fade(howl.volume(voice) as number, 0, ms, voice);
      },
    };
  }

  private load(key: string, src: string | readonly string[], loop: boolean, volume: number): Sound {
    let howl = this.sounds.get(key);
    if (!howl) {
      const files = typeof src === 'string' ? [src] : [...src];
      howl = this.engine.createSound({ src: files, loop, volume, preload: true, html5: false });
      this.sounds.set(key, howl);
    }
    return howl;
  }
}
