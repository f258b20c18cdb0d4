// What the game asks of sound. The howler adapter plays it in the browser; tests and
// terminal tools hand in a fake. Cue names come straight from `# music:` / `# sfx:` tags.

/** Volumes from 0 to 1; `muted` silences everything without losing the levels. */
export interface Volumes {
  music: number;
  effects: number;
  muted: boolean;
}

export interface AudioPort {
  /** Start (or keep) a music loop; an unknown name stops the music rather than failing. */
  playMusic(name: string): void;
  stopMusic(): void;
  playEffect(name: string): void;
  setVolumes(volumes: Volumes): void;
}

/** Records what was asked of it: the test double, and the silent port for tools. */
export class RecordingAudio implements AudioPort {
  readonly calls: string[] = [];
  music: string | null = null;

  playMusic(name: string): void {
    this.music = name;
    this.calls.push(`music:${name}`);
  }

  stopMusic(): void {
    this.music = null;
    this.calls.push('music:stop');
  }

  playEffect(name: string): void {
    this.calls.push(`sfx:${name}`);
  }

  setVolumes(volumes: Volumes): void {
    this.calls.push(`volumes:${volumes.music}/${volumes.effects}${volumes.muted ? '/muted' : ''}`);
  }
}
