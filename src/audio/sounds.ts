// The synthesised sound files (tools/synthesize-audio.ts), keyed by the names writers use
// in `# music:` and `# sfx:` tags. Vite turns each into a hashed URL in the build.
const musicFiles = import.meta.glob('../../assets/audio/music/*.wav', {
  eager: true,
  query: '?url',
  import: 'default',
}) as Record<string, string>;

const effectFiles = import.meta.glob('../../assets/audio/sfx/*.wav', {
  eager: true,
  query: '?url',
  import: 'default',
}) as Record<string, string>;

function byName(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([file, url]) => [file.replace(/^.*\/|\.wav$/g, ''), url]),
  );
}

export const SOUNDS = { music: byName(musicFiles), effects: byName(effectFiles) };
