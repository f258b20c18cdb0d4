// The service worker that lets the game play offline after the first visit.
//
// The build (src/offline/vitePlugin.ts) strips the types from this file and writes it as
// `sw.js` beside index.html, followed by one call:
//   runServiceWorker(self, { cacheName: 'dental-biocalypse-<hash>', urls: ['./index.html', ...] })
// So this file must stay self-contained: no imports, one exported function.
//
// - install: download every file of this build into one cache named after the build's
//   content hash. If any download fails, installation fails and the previous version keeps
//   serving, so a player is never left with half a game.
// - activate: delete the caches of older builds, then take control of open pages at once
//   (the first visit too, so it works offline without a second reload).
// - fetch: the page (index.html, any navigation) goes to the network first, so a new
//   deploy is picked up when online, and falls back to the cached copy offline. Every
//   other file of the build has a content hash in its name (or changes the cache name
//   when it changes), so it is served from the cache first.

/** The parts of the service worker global scope this worker uses. */
export interface WorkerScope {
  readonly location: { readonly href: string };
  readonly caches: CacheStorage;
  fetch(request: Request | string): Promise<Response>;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchRequestEvent) => void): void;
}

export interface LifecycleEvent {
  waitUntil(work: Promise<unknown>): void;
}

export interface FetchRequestEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

export interface Precache {
  /** Versioned by the build's content: a new build gets a new name. */
  cacheName: string;
  /** Relative to this worker's own URL, e.g. `./assets/index-3f2a.js`. */
  urls: readonly string[];
  /** Caches starting with this belong to the game; older ones are deleted. */
  prefix: string;
  /** The precached page offline navigations are answered with. */
  index: string;
}

export function runServiceWorker(scope: WorkerScope, precache: Precache): void {
  const base = scope.location.href;
  const absolute = (url: string) => new URL(url, base).href;
  const indexUrl = absolute(precache.index);
  const origin = new URL(base).origin;

  scope.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        const cache = await scope.caches.open(precache.cacheName);
        // `reload` skips the HTTP cache: an index.html cached by the browser from an older
        // deploy would otherwise be stored next to this build's assets.
        await cache.addAll(
          precache.urls.map((url) => new Request(absolute(url), { cache: 'reload' })),
        );
        // A new build takes over without waiting for every tab to close; pages already
        // open keep their loaded code, and fetch what they still need from the network.
        await scope.skipWaiting();
      })(),
    );
  });

  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        const names = await scope.caches.keys();
        await Promise.all(
          names
            .filter((name) => name.startsWith(precache.prefix) && name !== precache.cacheName)
            .map((name) => scope.caches.delete(name)),
        );
        await scope.clients.claim();
      })(),
    );
  });

  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    // Anything not a plain read of our own files (another origin, a POST, the browser's
    // own requests) is left to the browser as if this worker did not exist.
    if (request.method !== 'GET' || new URL(request.url).origin !== origin) return;
    const url = new URL(request.url);
    url.hash = '';
    const isPage = request.mode === 'navigate' || url.href === indexUrl;
    event.respondWith(isPage ? networkFirst(request) : cacheFirst(request));
  });

  async function networkFirst(request: Request): Promise<Response> {
    try {
      // The fresh page is not written to the cache: the cached index.html must always
      // match the cached assets of the same build, or an offline visit would ask for
      // files this cache does not have.
      return await scope.fetch(request);
    } catch (error) {
      const cache = await scope.caches.open(precache.cacheName);
      // Query strings and `#mural=...` addresses are read by the page's own code.
      const cached = await cache.match(indexUrl);
      if (cached) return cached;
      throw error;
    }
  }

  async function cacheFirst(request: Request): Promise<Response> {
    const cache = await scope.caches.open(precache.cacheName);
    // Static files from one build do not vary by request header; a host's `Vary` must not
    // turn a cached file into a miss offline.
    const cached = await cache.match(request, { ignoreVary: true });
    return cached ?? scope.fetch(request);
  }
}
