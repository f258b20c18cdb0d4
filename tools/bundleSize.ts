// Sizes of a built dist/: what the page loads before the first choice (index.html's
// module script and its modulepreloads; Phaser and howler come later), all JavaScript,
// and the audio (every format shipped). Shared by the Node and the browser benchmarks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  initial: Size;
  initialFiles: string[];
  all: Size;
  audioKb: number;
}

export function measureBundle(outDir: string): BundleSizes {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const match of html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)) {
    if (match[1]) initial.add(match[1]);
  }
  const assets = readdirSync(path.join(outDir, 'assets'));
  const sizeOf = (files: Iterable<string>): Size => {
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const bytes = readFileSync(path.join(outDir, file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { raw: raw / 1024, gzip: gzip / 1024 };
  };
  return {
    initial: sizeOf(initial),
    initialFiles: [...initial],
    all: sizeOf(assets.filter((file) => file.endsWith('.js')).map((file) => `assets/${file}`)),
    audioKb:
      assets
        .filter((file) => /\.(ogg|mp3|wav)$/.test(file))
        .reduce((sum, file) => sum + statSync(path.join(outDir, 'assets', file)).size, 0) / 1024,
  };
}

export const kb = (size: Size) => `${size.raw.toFixed(0)} KB raw, ${size.gzip.toFixed(0)} KB gzip`;
