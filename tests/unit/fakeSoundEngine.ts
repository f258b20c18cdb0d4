// A stand-in for howler behind `HowlerAudio`'s constructor seam: it keeps what howler would
// (each sound's options, every playing id with its volume, fades in flight, the mute) and
// logs each call, so a test can drive the real adapter and see what would be heard.
import type { Sound, SoundEngine } from '../../src/audio/howlerAudio';

type Options = Parameters<SoundEngine['createSound']>[0];

export class FakeSound {
  /** Volume of each playing id; howler's sound ids start at 1000 and count up. */
  readonly playing = new Map<number, number>();
  private readonly fadeListeners = new Map<number, Array<() => void>>();
  private readonly fading = new Map<number, number>();
  private volumeOfNew: number;

  constructor(
    readonly options: Options,
    private readonly engine: FakeSoundEngine,
    /** 'loaded' once the file has arrived: howler then takes a volume for new plays. */
    public loaded = false,
  ) {
    this.volumeOfNew = options.volume;
  }

  state(): 'unloaded' | 'loading' | 'loaded' {
    return this.loaded ? 'loaded' : 'loading';
  }

  play(): number {
    const id = this.engine.nextId++;
    this.playing.set(id, this.volumeOfNew);
    this.engine.log.push(`play ${this.options.src[0]} #${id} at ${this.volumeOfNew}`);
    return id;
  }

  volume(volume?: number, id?: number): number | this {
    if (volume === undefined) return this.volumeOfNew;
    if (id === undefined && !this.playing.has(volume)) {
      // As howler does: the sound's own volume, for what plays next and what plays now.
      this.volumeOfNew = volume;
      for (const playing of this.playing.keys()) this.playing.set(playing, volume);
      this.engine.log.push(`volume ${this.options.src[0]} ${volume}`);
      return this;
    }
    // volume(id): that sound's volume.
    if (id === undefined) return this.playing.get(volume) ?? 0;
    this.playing.set(id, volume);
    return this;
  }

  fade(from: number, to: number, ms: number, id?: number): this {
    if (id === undefined) throw new Error('the adapter fades one voice at a time');
    this.engine.log.push(`fade #${id} ${from} -> ${to} in ${ms}`);
    this.fading.set(id, to);
    return this;
  }

  once(event: string, listener: () => void, id?: number): this {
    if (event !== 'fade' || id === undefined) throw new Error(`unexpected once(${event})`);
    this.fadeListeners.set(id, [...(this.fadeListeners.get(id) ?? []), listener]);
    return this;
  }

  stop(id?: number): this {
    if (id === undefined) throw new Error('the adapter stops one voice at a time');
    this.playing.delete(id);
    this.engine.log.push(`stop #${id}`);
    return this;
  }

  /** Lets the fades in flight run to their end, as howler's timers would. */
  finishFades(): void {
    for (const [id, to] of this.fading) {
      if (this.playing.has(id)) this.playing.set(id, to);
      const listeners = this.fadeListeners.get(id) ?? [];
      this.fadeListeners.delete(id);
      for (const listener of listeners) listener();
    }
    this.fading.clear();
  }
}

export class FakeSoundEngine implements SoundEngine {
  readonly log: string[] = [];
  readonly sounds: FakeSound[] = [];
  muted: boolean | null = null;
  nextId = 1000;

  createSound(options: Options): Sound {
    const sound = new FakeSound(options, this);
    this.sounds.push(sound);
    this.log.push(`load ${options.src[0]}${options.loop ? ' looping' : ''} at ${options.volume}`);
    // The structural type of howler's overloaded methods is wider than a fake needs.
    return sound as unknown as Sound;
  }

  mute(muted: boolean): void {
    this.muted = muted;
    this.log.push(`mute ${muted}`);
  }

  sound(src: string): FakeSound {
    const found = this.sounds.find((s) => s.options.src[0] === src);
    if (!found) throw new Error(`no sound was loaded from ${src}`);
    return found;
  }

  finishFades(): void {
    for (const sound of this.sounds) sound.finishFades();
  }

  /** What is audible now: every playing id above silence, as `src#id@volume`. */
  audible(): string[] {
    return this.sounds.flatMap((sound) =>
      [...sound.playing]
        .filter(([, volume]) => volume > 0)
        .map(([id, volume]) => `${sound.options.src[0]}#${id}@${volume}`),
    );
  }
}
