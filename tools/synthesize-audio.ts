// Synthesises every sound of the game, so the project owns its audio outright, then
// compresses each into assets/audio/ as Ogg Vorbis plus an MP3 fallback (tools/encodeAudio.ts
// says why those and with what). Run `npm run audio` after changing a recipe here and commit
// the files it writes. Deterministic: the synthesis is seeded, the Ogg serial fixed, and
// neither encoder stamps a date, so the same encoder versions write the same bytes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encoderVersions, encodeSound, requireEncoders } from './encodeAudio.ts';

const RATE = 16000;
const OUT = path.resolve(import.meta.dirname, '../assets/audio');

type Voice = (t: number, i: number) => number;

function render(seconds: number, voice: Voice): Float32Array {
  const samples = new Float32Array(Math.round(seconds * RATE));
  for (let i = 0; i < samples.length; i += 1) samples[i] = voice(i / RATE, i);
  return samples;
}

function wav(samples: Float32Array, peak = 0.8): Buffer {
  let max = 1e-9;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => {
    data.writeInt16LE(Math.round((s / max) * peak * 32767), i * 2);
  });
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

function noise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2147483648 - 1;
  };
}

const TAU = Math.PI * 2;
const sine = (f: number, t: number) => Math.sin(TAU * f * t);
const note = (semitonesFromA4: number) => 440 * 2 ** (semitonesFromA4 / 12);
/** Smooth attack and release so a loop or an effect never clicks. */
const envelope = (t: number, length: number, attack = 0.01, release = 0.2) =>
  Math.min(1, t / attack, Math.max(0, (length - t) / release));

/** A pad of chords, each `bar` seconds, that loops seamlessly after `bars * bar` seconds. */
function pad(chords: number[][], bar: number, shimmer: number): Voice {
  const length = chords.length * bar;
  return (t) => {
    const bar_ = Math.floor(t / bar) % chords.length;
    const local = t - Math.floor(t / bar) * bar;
    const swell = Math.sin((Math.PI * local) / bar) ** 2;
    let s = 0;
    for (const semis of chords[bar_] ?? []) {
      const f = note(semis);
      s += (sine(f, t) + 0.3 * sine(f * 2, t) + shimmer * sine(f * 3.01, t)) * swell;
    }
    return s * Math.min(1, t / 0.05, (length - t) / 0.05);
  };
}

const sounds: Record<string, { seconds: number; voice: Voice }> = {
  // Music loops: one per act of the slice.
  'music/festival': {
    seconds: 8,
    voice: (() => {
      const chords = pad(
        [
          [-9, -5, -2, 3],
          [-7, -4, 0, 5],
          [-12, -5, -0, 4],
          [-10, -5, -1, 2],
        ],
        2,
        0.15,
      );
      const arp = [3, 7, 10, 15, 12, 10, 7, 5];
      return (t: number) => {
        const step = Math.floor(t * 4) % arp.length;
        const local = (t * 4) % 1;
        const pluck = sine(note(arp[step] ?? 0), t) * Math.exp(-local * 5) * 0.6;
        return chords(t, 0) * 0.5 + pluck;
      };
    })(),
  },
  'music/outbreak': {
    seconds: 8,
    voice: (() => {
      const drone = pad(
        [
          [-21, -14, -9],
          [-21, -13, -9],
        ],
        4,
        0.05,
      );
      return (t: number) => {
        const beat = (t * 1.5) % 1;
        const pulse = Math.exp(-beat * 9) * sine(note(-33), t);
        return drone(t, 0) * 0.55 + pulse * 0.8;
      };
    })(),
  },
  'music/ending': {
    seconds: 8,
    voice: pad(
      [
        [-12, -5, 0, 4],
        [-8, -1, 4, 7],
        [-10, -3, 2, 5],
        [-12, -5, 0, 7],
      ],
      2,
      0.25,
    ),
  },
  'music/workshop': {
    seconds: 8,
    voice: (() => {
      const bed = pad(
        [
          [-14, -7, -2],
          [-12, -7, -3],
        ],
        4,
        0.1,
      );
      const ticks = [0, 7, 3, 10, 5, 12, 3, 7];
      return (t: number) => {
        const step = Math.floor(t * 3) % ticks.length;
        const local = (t * 3) % 1;
        const tick = sine(note((ticks[step] ?? 0) - 2), t) * Math.exp(-local * 9) * 0.45;
        return bed(t, 0) * 0.5 + tick;
      };
    })(),
  },
  'music/ritual': {
    seconds: 8,
    voice: (() => {
      const choir = pad(
        [
          [-17, -10, -5, 2],
          [-15, -8, -3, 4],
          [-17, -12, -5, 0],
          [-19, -10, -7, 2],
        ],
        2,
        0.2,
      );
      return (t: number) => {
        const beat = (t * 1) % 1;
        const drum = Math.exp(-beat * 7) * sine(70 - beat * 30, t);
        return choir(t, 0) * 0.5 + drum * 0.7;
      };
    })(),
  },
  'music/aftermath': {
    seconds: 8,
    voice: pad(
      [
        [-9, -2, 3, 7],
        [-7, 0, 5, 8],
        [-5, 2, 7, 10],
        [-9, -2, 3, 10],
      ],
      2,
      0.3,
    ),
  },
  // Effects named by `# sfx:` tags.
  'sfx/chime': {
    seconds: 1.6,
    voice: (t) =>
      (sine(note(15), t) + 0.5 * sine(note(22), t) + 0.25 * sine(note(27), t)) *
      Math.exp(-t * 3) *
      envelope(t, 1.6, 0.005, 0.3),
  },
  'sfx/crowd': {
    seconds: 2.5,
    voice: (() => {
      const n = noise(7);
      let low = 0;
      return (t: number) => {
        low += (n() - low) * 0.08;
        const murmur = 0.6 + 0.4 * Math.sin(TAU * 3.1 * t) * Math.sin(TAU * 1.7 * t);
        return low * murmur * envelope(t, 2.5, 0.4, 0.8);
      };
    })(),
  },
  'sfx/alarm': {
    seconds: 1.6,
    voice: (t) => {
      const tone = Math.floor(t * 2.5) % 2 === 0 ? note(7) : note(3);
      return (sine(tone, t) + 0.3 * sine(tone * 2, t)) * envelope(t, 1.6, 0.02, 0.2) * 0.7;
    },
  },
  'sfx/pour': {
    seconds: 1.8,
    voice: (() => {
      const n = noise(11);
      let band = 0;
      let prev = 0;
      return (t: number) => {
        const raw = n();
        band += (raw - band) * 0.35;
        const high = band - prev;
        prev = band;
        const gurgle = 0.5 + 0.5 * Math.sin(TAU * (9 + 5 * t) * t);
        return high * gurgle * envelope(t, 1.8, 0.1, 0.5);
      };
    })(),
  },
  'sfx/bubble': {
    seconds: 1.2,
    voice: (t) => {
      let s = 0;
      for (const [at, f] of [
        [0.05, 420],
        [0.3, 560],
        [0.5, 380],
        [0.8, 640],
      ] as const) {
        if (t > at) s += sine(f * (1 + (t - at) * 2), t - at) * Math.exp(-(t - at) * 25);
      }
      return s;
    },
  },
  'sfx/drum': {
    seconds: 1.4,
    voice: (t) => sine(60 + 40 * Math.exp(-t * 20), t) * Math.exp(-t * 4) * envelope(t, 1.4, 0.003),
  },
  'sfx/heartbeat': {
    seconds: 1.5,
    voice: (t) => {
      const thump = (at: number) => (t > at ? sine(55, t - at) * Math.exp(-(t - at) * 18) : 0);
      return thump(0.05) + 0.7 * thump(0.33);
    },
  },
};

requireEncoders();
console.log(`encoders: ${encoderVersions()}`);
for (const [name, { seconds, voice }] of Object.entries(sounds)) {
  const base = path.join(OUT, name);
  mkdirSync(path.dirname(base), { recursive: true });
  const { ogg, mp3 } = encodeSound(wav(render(seconds, voice)));
  writeFileSync(`${base}.ogg`, ogg);
  writeFileSync(`${base}.mp3`, mp3);
  // The uncompressed files of earlier versions of this script are no longer shipped.
  rmSync(`${base}.wav`, { force: true });
  const kb = (bytes: Buffer) => (bytes.length / 1024).toFixed(1);
  console.log(`${path.relative(process.cwd(), base)}  ogg ${kb(ogg)} KB  mp3 ${kb(mp3)} KB`);
}
