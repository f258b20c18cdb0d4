// The browser's audio: howler plays the project's synthesised sounds. Browsers only
// start audio after a user gesture; howler unlocks on the first one by itself.
import { Howl, Howler } from 'howler';
import type { AudioPort } from './audioPort';

export type SoundLibrary = Record<string, string>;

const FADE_MS = 1200;

export class HowlerAudio implements AudioPort {
  private readonly sounds = new Map<string, Howl>();
  private musicName: string | null = null;
  private music: Howl | null = null;
  private volumes = { music: 0.6, effects: 0.8, muted: false };

  constructor(
    private readonly musicFiles: SoundLibrary,
    private readonly effectFiles: SoundLibrary,
  ) {}

  playMusic(name: string): void {
    if (name === this.musicName) return;
    const src = this.musicFiles[name];
    this.stopMusic();
    if (!src) return;
    const howl = this.load(`music:${name}`, src, true);
    this.musicName = name;
    this.music = howl;
    howl.volume(0);
    howl.play();
    howl.fade(0, this.volumes.music, FADE_MS);
  }

  stopMusic(): void {
    const old = this.music;
    this.music = null;
    this.musicName = null;
    if (!old) return;
    // Cross-fade: the old loop fades out while the next one fades in.
    old.fade(old.volume() as number, 0, FADE_MS);
    old.once('fade', () => old.stop());
  }

  playEffect(name: string): void {
    const src = this.effectFiles[name];
    if (!src) return;
    const howl = this.load(`sfx:${name}`, src, false);
    howl.volume(this.volumes.effects);
    howl.play();
  }

  setVolumes(volumes: { music: number; effects: number; muted: boolean }): void {
    this.volumes = volumes;
    Howler.mute(volumes.muted);
    this.music?.volume(volumes.music);
  }

  private load(key: string, src: string, loop: boolean): Howl {
    let howl = this.sounds.get(key);
    if (!howl) {
      howl = new Howl({ src: [src], loop, preload: true, html5: false });
      this.sounds.set(key, howl);
    }
    return howl;
  }
}
