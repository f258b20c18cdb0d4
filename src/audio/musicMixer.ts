// Music that cross-fades: a new loop fades in while the old one fades out, the same loop
// asked for again keeps playing, and volume changes reach the loop that is playing. The
// decisions live here, apart from howler, so tests can check them with a fake deck.

/** One playing copy of a loop on the deck. */
export type Voice = number;

/** What the mixer needs from a sound library: howler in the browser, a fake in tests. */
export interface MusicDeck {
  /** Starts `name` looping at volume 0; null when there is no such loop. */
  start(name: string): Voice | null;
  /** Moves the voice's volume to `volume` over `ms`. */
  fade(voice: Voice, volume: number, ms: number): void;
  /** Fades the voice to silence over `ms`, then stops it. */
  fadeOut(voice: Voice, ms: number): void;
}

export const CROSS_FADE_MS = 1200;
/** Volume changes from the settings follow quickly but without a click. */
export const VOLUME_RAMP_MS = 150;

export class MusicMixer {
  private playing: { name: string; voice: Voice } | null = null;
  private volume: number;

  constructor(
    private readonly deck: MusicDeck,
    volume = 0.6,
  ) {
    this.volume = volume;
  }

  get current(): string | null {
    return this.playing?.name ?? null;
  }

  play(name: string): void {
    if (this.playing?.name === name) return;
    const voice = this.deck.start(name);
    this.stop();
    if (voice === null) return;
    this.playing = { name, voice };
    this.deck.fade(voice, this.volume, CROSS_FADE_MS);
  }

  stop(): void {
    if (!this.playing) return;
    this.deck.fadeOut(this.playing.voice, CROSS_FADE_MS);
    this.playing = null;
  }

  setVolume(volume: number): void {
    if (volume === this.volume) return;
    this.volume = volume;
    if (this.playing) this.deck.fade(this.playing.voice, volume, VOLUME_RAMP_MS);
  }
}
