// What a hosted build weighs: every file a player can download (dist/ without source maps),
// its audio by format, and what the service worker precaches for offline play. Shared by
// `npm run bench` and the browser tests' budget check (tests/e2e/payload.test.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Issue #13: the hosted build, everything in dist/ but source maps (room mode's page and
 * chunks included), at most 2.5 MB (decimal); the offline precache (a part of it) too.
 */
export const PAYLOAD_BUDGET_BYTES = 2_500_000;

const AUDIO = /\.(ogg|mp3|wav|opus|m4a)$/;
/** Room mode's page and the chunks only it loads. */
const ROOM_FILES = /^(room\.html|assets\/(room|compareGroups)-[\w-]+\.(js|css))$/;
/**
 * Room mode's own files (its page, the Colyseus SDK, Compare groups), uncompressed: within
 * the total, and held to a share of their own so the room page cannot grow unseen.
 */
export const ROOM_BUDGET_BYTES = 300_000;

export interface Payload {
  /** Every file in the build folder but source maps (room mode's included), in bytes. */
  totalBytes: number;
  /**
   * Room mode's own files (room.html, its chunk with the Colyseus SDK, Compare groups): in
   * the total; served only with the room server and never precached.
   */
  roomBytes: number;
  /** Audio files by extension (`ogg`, `mp3`, ...), in bytes. */
  audioBytes: Record<string, number>;
  /** The files sw.js precaches, added up, in bytes. */
  precacheBytes: number;
  /** How many files sw.js precaches. */
  precacheFiles: number;
}

function filesIn(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => statSync(path.join(outDir, entry)).isFile());
}

/** The URLs the built service worker lists, e.g. `./assets/festival-3f2a.ogg`. */
export function precachedUrls(outDir: string): string[] {
  const worker = readFileSync(path.join(outDir, 'sw.js'), 'utf8');
  const urls = /"urls":\s*(\[[^\]]*\])/.exec(worker)?.[1];
  if (!urls) throw new Error(`no precache list in ${outDir}/sw.js`);
  return JSON.parse(urls) as string[];
}

export function measurePayload(outDir: string): Payload {
  const size = (file: string) => statSync(path.join(outDir, file)).size;
  const shipped = filesIn(outDir).filter((file) => !file.endsWith('.map'));
  const audioBytes: Record<string, number> = {};
  for (const file of shipped.filter((name) => AUDIO.test(name))) {
    const format = path.extname(file).slice(1);
    audioBytes[format] = (audioBytes[format] ?? 0) + size(file);
  }
  const precached = precachedUrls(outDir).map((url) => url.replace(/^\.\//, ''));
  return {
    totalBytes: shipped.reduce((sum, file) => sum + size(file), 0),
    roomBytes: shipped
      .filter((file) => ROOM_FILES.test(file))
      .reduce((sum, file) => sum + size(file), 0),
    audioBytes,
    precacheBytes: precached.reduce((sum, file) => sum + size(file), 0),
    precacheFiles: precached.length,
  };
}

/** `2.49 MB (2,486,789 bytes)` */
export const megabytes = (bytes: number) =>
  `${(bytes / 1e6).toFixed(2)} MB (${bytes.toLocaleString('en')} bytes)`;
