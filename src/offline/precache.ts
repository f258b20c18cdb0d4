// What the service worker keeps for offline play, and the name of the cache that keeps
// it. Pure functions: the build plugin feeds them the emitted files and a hash function.

/** The service worker's own file; the browser fetches it itself to look for updates. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Every cache this game owns starts with this, so activation deletes only its own. */
export const CACHE_PREFIX = 'dental-biocalypse-';

export interface BuiltFile {
  /** Path inside the build folder, with forward slashes, e.g. `assets/index-3f2a.js`. */
  fileName: string;
  /** The file's bytes or text, as the build wrote it. */
  source: string | Uint8Array;
}

/** The document the service worker answers navigations with when offline. */
export const INDEX_FILE = 'index.html';

// Source maps are for developers with a network; dotfiles (e.g. `.vite/manifest.json`)
// are build metadata, never requested by the game.
/** Room mode's page and the chunks only it loads: it needs the room server, so never offline. */
const ROOM_MODE = /^(room\.html|assets\/(room|compareGroups)-[\w-]+\.(js|css))$/;

function isPrecached(fileName: string): boolean {
  if (fileName === SERVICE_WORKER_FILE) return false;
  if (ROOM_MODE.test(fileName)) return false;
  if (fileName.endsWith('.map')) return false;
  return !fileName.split('/').some((part) => part.startsWith('.'));
}

/**
 * The URLs to precache, relative to the service worker (so the game plays from any
 * folder), sorted so the same build always yields the same list. Everything else the
 * build wrote is included: the lazily loaded Phaser, inkjs and howler chunks, audio and
 * fonts, because a player offline may reach any of them.
 */
export function precacheUrls(files: readonly BuiltFile[]): string[] {
  const names = new Set(files.map((file) => file.fileName.replaceAll('\\', '/')));
  if (!names.has(INDEX_FILE)) {
    throw new Error(`precache: the build has no ${INDEX_FILE} to answer offline visits`);
  }
  return [...names]
    .filter(isPrecached)
    .sort()
    .map((name) => `./${name}`);
}

/**
 * The cache's name: a hash over every precached file's name and content, so any change
 * to any file (index.html and the unhashed icons too) makes a new cache, and the new
 * service worker's activation deletes the old one. `hash` turns text into hex.
 */
export function cacheName(
  files: readonly BuiltFile[],
  hash: (data: string | Uint8Array) => string,
): string {
  const included = new Set(precacheUrls(files));
  const digests = files
    .map((file) => ({ url: `./${file.fileName.replaceAll('\\', '/')}`, source: file.source }))
    .filter((file) => included.has(file.url))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((file) => `${file.url} ${hash(file.source)}`);
  return `${CACHE_PREFIX}${hash(digests.join('\n')).slice(0, 16)}`;
}
