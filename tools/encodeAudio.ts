// Compresses one synthesised WAV into the two files the game ships: Ogg Vorbis, which
// Chromium, Firefox and recent Safari play, and MP3 for the browsers (older Safari, so
// older classroom iPads) that cannot play Ogg. Howler takes the first its browser plays.
//
// Why Vorbis, not Opus: at the same size (~19 kbit/s over 16 kHz mono) libvorbis kept
// these synthesised pads and noises closer to the original (about 21-24 dB SNR on the
// music against 16-17 for Opus at 16 kbit/s) and kept the noisy effects' loudness, where
// Opus lost 1.6 dB on the crowd. Both decode to the exact length in Chromium, so the
// music loops stay gapless. MP3 does not: decoders add about 0.1 s of silence (encoder
// delay and padding) that Chromium does not trim even with lame's Info header, so a loop
// played from the MP3 breathes 0.1 s longer at its seam, inside the loop's own 50 ms
// fade-out and fade-in (no click). Only browsers without Ogg play the MP3.
//
// Why these encoders: the Debian packages `vorbis-tools` (oggenc) and `lame`. The npm
// encoders tried (wasm-media-encoders) write MP3 without the LAME/Info header that tells a
// decoder how much padding to drop; lame's own does. Only this script needs them: the
// encoded files are committed, so `npm install`, the tests and CI never run an encoder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The settings are set by the hosted build's budget (dist/ <= 2.5 MB, both formats
 * shipped and precached): Vorbis quality -0.5 is about 17 kbit/s on this 16 kHz mono
 * material (the music 20-22 dB SNR against the WAV, loudness within 0.1 dB); MP3 at a
 * constant 16 kbit/s (MPEG-2 layer III at 16 kHz) keeps the music as close as 24 did
 * (23-25 dB) but its low-pass dulls the hiss of `pour` (2.6 dB quieter). The MP3 is
 * only the fallback.
 */
const VORBIS_QUALITY = '-0.5';
const MP3_KBPS = '16';

/**
 * A fixed Ogg stream serial number: oggenc otherwise picks a random one, and the same
 * recipe would give different bytes on every run.
 */
const OGG_SERIAL = '1';

const INSTALL_HINT =
  'npm run audio needs the encoders oggenc and lame. On Debian or Ubuntu:\n' +
  '  apt-get install -y vorbis-tools lame\n' +
  '(macOS: brew install vorbis-tools lame). The game itself never needs them.';

/** Stops with the install line when an encoder is missing, before anything is written. */
export function requireEncoders(): void {
  for (const [command, versionFlag] of [
    ['oggenc', '--version'],
    ['lame', '--version'],
  ] as const) {
    try {
      execFileSync(command, [versionFlag], { stdio: 'ignore' });
    } catch {
      throw new Error(`${command} was not found.\n${INSTALL_HINT}`);
    }
  }
}

/** The versions that made the files: the same versions give the same bytes. */
export function encoderVersions(): string {
  const first = (command: string) =>
    execFileSync(command, ['--version'], { encoding: 'utf8' }).split('\n')[0]?.trim() ?? '';
  return `${first('oggenc')}; ${first('lame')}`;
}

/** The Ogg Vorbis and MP3 bytes of one WAV. */
export function encodeSound(wav: Buffer): { ogg: Buffer; mp3: Buffer } {
  const folder = mkdtempSync(path.join(tmpdir(), 'dental-audio-'));
  try {
    const source = path.join(folder, 'sound.wav');
    const ogg = path.join(folder, 'sound.ogg');
    const mp3 = path.join(folder, 'sound.mp3');
    writeFileSync(source, wav);
    execFileSync('oggenc', [
      '--quiet',
      '--quality',
      VORBIS_QUALITY,
      '--serial',
      OGG_SERIAL,
      '--output',
      ogg,
      source,
    ]);
    // --noreplaygain: no loudness analysis in the header; the synthesiser sets the level.
    execFileSync('lame', ['--quiet', '--noreplaygain', '-b', MP3_KBPS, source, mp3]);
    return { ogg: readFileSync(ogg), mp3: readFileSync(mp3) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
