// The synthesised sound files (tools/synthesize-audio.ts), keyed by the names writers use
// in `# music:` and `# sfx:` tags. Each sound comes as Ogg Vorbis and an MP3 fallback;
// howler loads the first its browser can play, so Chromium and Firefox fetch only the Ogg.
// Vite turns each file into a hashed URL in the build; `no-inline` keeps even the smallest
// a file of its own, so no browser downloads a format it will not play inside the script.
const oggFiles = import.meta.glob('../../assets/audio/*/*.ogg', {
  eager: true,
  query: '?url&no-inline',
  import: 'default',
}) as Record<string, string>;

const mp3Files = import.meta.glob('../../assets/audio/*/*.mp3', {
  eager: true,
  query: '?url&no-inline',
  import: 'default',
}) as Record<string, string>;

/** `../../assets/audio/music/festival.ogg` -> `music/festival` */
const soundName = (file: string) => file.replace(/^.*\/audio\/|\.(ogg|mp3)$/g, '');

/** Each sound in `folder` by its tag name, with its URLs in the order howler should try. */
function library(folder: 'music' | 'sfx'): Record<string, string[]> {
  const fallbacks = new Map(Object.entries(mp3Files).map(([file, url]) => [soundName(file), url]));
  const sounds: Record<string, string[]> = {};
  for (const [file, ogg] of Object.entries(oggFiles)) {
    const name = soundName(file);
    if (!name.startsWith(`${folder}/`)) continue;
    const mp3 = fallbacks.get(name);
    sounds[name.slice(folder.length + 1)] = mp3 ? [ogg, mp3] : [ogg];
  }
  return sounds;
}

export const SOUNDS = { music: library('music'), effects: library('sfx') };
