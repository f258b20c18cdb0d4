// Registers the service worker that the build writes beside index.html, so the game plays
// offline after the first visit and can be installed. Never in the dev server, where a
// cache would fight hot reload; a failure only means no offline play, never a broken game.

export interface ServiceWorkerHost {
  /** `import.meta.env.PROD`: only the built game has a `sw.js`. */
  production: boolean;
  /** `navigator.serviceWorker`, missing in old browsers and some private modes. */
  container: Pick<ServiceWorkerContainer, 'register'> | undefined;
  /** The document's base address; the worker sits beside index.html, in any folder. */
  baseUrl: string;
  /** Resolves once the page has loaded, so downloading the whole game for offline use
   * does not compete with the first screen and its lazily loaded chunks. */
  loaded: Promise<void>;
  warn: (message: string) => void;
}

/** Resolves to whether a worker was registered; never rejects. */
export async function registerServiceWorker(host: ServiceWorkerHost): Promise<boolean> {
  if (!host.production || !host.container) return false;
  try {
    await host.loaded;
    // `updateViaCache: 'none'`: a host's HTTP caching must not hide a new sw.js, or a new
    // deploy would wait for the browser's cache to expire.
    await host.container.register(new URL('sw.js', host.baseUrl).href, {
      updateViaCache: 'none',
    });
    return true;
  } catch (error) {
    host.warn(
      `Offline play is not available: the service worker did not register (${
        error instanceof Error ? error.message : String(error)
      }). The game still plays online.`,
    );
    return false;
  }
}
