// The offline service worker's behaviour, run in Node against an in-memory network and
// Cache Storage: what it keeps, what it deletes, and where each request is answered from.
import { describe, expect, it } from 'vitest';
import {
  type FetchRequestEvent,
  type LifecycleEvent,
  runServiceWorker,
  type WorkerScope,
} from '../../src/offline/serviceWorker';

const FOLDER = 'https://school.example/games/dental-biocalypse/';
const PREFIX = 'dental-biocalypse-';
const URLS = ['./assets/index-a1.js', './assets/phaser-b2.js', './index.html'];

type Listener = (event: never) => void;

/** A fake network, Cache Storage and worker scope; `online` cuts the network. */
function fakeWorker(cacheName = `${PREFIX}new`) {
  const files = new Map<string, string>([
    [`${FOLDER}index.html`, '<!doctype html><p>build A</p>'],
    [`${FOLDER}assets/index-a1.js`, 'game code'],
    [`${FOLDER}assets/phaser-b2.js`, 'phaser'],
    [`${FOLDER}icons/icon-192.png`, 'png'],
  ]);
  const fetched: { url: string; cache: string }[] = [];
  const stores = new Map<string, Map<string, Response>>();
  const listeners = new Map<string, Listener>();
  const calls: string[] = [];
  const world = { online: true, files, fetched, stores, calls };

  const fetch = async (input: Request | string) => {
    const request = typeof input === 'string' ? new Request(input) : input;
    fetched.push({ url: request.url, cache: request.cache });
    if (!world.online) throw new TypeError('Failed to fetch');
    const url = new URL(request.url);
    url.search = '';
    const body = files.get(url.href) ?? files.get(`${url.href}index.html`);
    return body === undefined ? new Response('missing', { status: 404 }) : new Response(body);
  };

  const storeFor = (name: string) => {
    let store = stores.get(name);
    if (!store) {
      store = new Map();
      stores.set(name, store);
    }
    return store;
  };

  const caches = {
    async open(name: string) {
      const store = storeFor(name);
      return {
        // Like the real addAll: every file or none.
        async addAll(requests: Request[]) {
          const responses = await Promise.all(requests.map((request) => fetch(request)));
          if (responses.some((response) => !response.ok)) throw new TypeError('bad response');
          for (const [k, response] of responses.entries()) {
            store.set((requests[k] as Request).url, response);
          }
        },
        async match(request: Request | string) {
          const url = typeof request === 'string' ? request : request.url;
          return store.get(url)?.clone();
        },
      };
    },
    async keys() {
      return [...stores.keys()];
    },
    async delete(name: string) {
      return stores.delete(name);
    },
  };

  const scope = {
    location: { href: `${FOLDER}sw.js` },
    caches: caches as unknown as CacheStorage,
    fetch,
    async skipWaiting() {
      calls.push('skipWaiting');
    },
    clients: {
      async claim() {
        calls.push('claim');
      },
    },
    addEventListener(type: string, listener: Listener) {
      listeners.set(type, listener);
    },
  } as WorkerScope;

  runServiceWorker(scope, { cacheName, urls: URLS, prefix: PREFIX, index: 'index.html' });

  async function lifecycle(type: 'install' | 'activate') {
    const work: Promise<unknown>[] = [];
    const event: LifecycleEvent = { waitUntil: (promise) => work.push(promise) };
    (listeners.get(type) as (event: LifecycleEvent) => void)(event);
    await Promise.all(work);
  }

  /** Where the worker answers `request` from; `undefined` when it lets the browser go. */
  async function request(
    url: string,
    init: { mode?: RequestMode; method?: string } = {},
  ): Promise<string | undefined> {
    // Node refuses to build a navigation Request, so navigations are plain look-alikes.
    const request = (
      init.mode === 'navigate'
        ? { url, method: 'GET', mode: 'navigate', cache: 'default' }
        : new Request(url, init)
    ) as Request;
    let answer: Promise<Response> | undefined;
    const event: FetchRequestEvent = { request, respondWith: (response) => (answer = response) };
    (listeners.get('fetch') as (event: FetchRequestEvent) => void)(event);
    return answer && (await answer).text();
  }

  return { world, lifecycle, request };
}

describe('service worker install', () => {
  it('keeps every file of the build, fetched fresh past the HTTP cache, then takes over', async () => {
    const { world, lifecycle } = fakeWorker();
    await lifecycle('install');
    expect([...(world.stores.get(`${PREFIX}new`)?.keys() ?? [])].sort()).toEqual([
      `${FOLDER}assets/index-a1.js`,
      `${FOLDER}assets/phaser-b2.js`,
      `${FOLDER}index.html`,
    ]);
    expect(world.fetched.every((request) => request.cache === 'reload')).toBe(true);
    expect(world.calls).toEqual(['skipWaiting']);
  });

  it('fails as a whole when one file cannot be downloaded, so no half game is kept', async () => {
    const { world, lifecycle } = fakeWorker();
    world.files.delete(`${FOLDER}assets/phaser-b2.js`);
    await expect(lifecycle('install')).rejects.toThrow();
    expect(world.stores.get(`${PREFIX}new`)?.size ?? 0).toBe(0);
    expect(world.calls).toEqual([]);
  });
});

describe('service worker activation', () => {
  it("deletes older builds' caches, keeps other caches, and controls open pages", async () => {
    const { world, lifecycle } = fakeWorker();
    await lifecycle('install');
    world.stores.set(`${PREFIX}old`, new Map());
    world.stores.set('another-app', new Map());
    await lifecycle('activate');
    expect([...world.stores.keys()].sort()).toEqual(['another-app', `${PREFIX}new`]);
    expect(world.calls).toEqual(['skipWaiting', 'claim']);
  });
});

describe('service worker fetch', () => {
  async function installed() {
    const worker = fakeWorker();
    await worker.lifecycle('install');
    await worker.lifecycle('activate');
    worker.world.files.set(`${FOLDER}index.html`, '<!doctype html><p>build B</p>');
    worker.world.fetched.length = 0;
    return worker;
  }

  it('serves the page from the network when online, so a new deploy is picked up', async () => {
    const { world, request } = await installed();
    expect(await request(FOLDER, { mode: 'navigate' })).toContain('build B');
    // The cached page stays the one that matches the cached assets.
    expect(await world.stores.get(`${PREFIX}new`)?.get(`${FOLDER}index.html`)?.text()).toContain(
      'build A',
    );
  });

  it('answers every navigation with the cached page when the network is cut', async () => {
    const { world, request } = await installed();
    world.online = false;
    for (const address of [FOLDER, `${FOLDER}index.html`, `${FOLDER}?class=7b#mural=acidic`]) {
      expect(await request(address, { mode: 'navigate' })).toContain('build A');
    }
  });

  it("serves the build's files from the cache without touching the network", async () => {
    const { world, request } = await installed();
    expect(await request(`${FOLDER}assets/phaser-b2.js`)).toBe('phaser');
    world.online = false;
    expect(await request(`${FOLDER}assets/index-a1.js`)).toBe('game code');
    expect(world.fetched).toEqual([]);
  });

  it('fetches files it does not keep from the network', async () => {
    const { world, request } = await installed();
    expect(await request(`${FOLDER}icons/icon-192.png`)).toBe('png');
    expect(world.fetched.map((entry) => entry.url)).toEqual([`${FOLDER}icons/icon-192.png`]);
  });

  it('leaves other origins and anything but GET to the browser', async () => {
    const { request } = await installed();
    expect(await request('https://elsewhere.example/assets/index-a1.js')).toBeUndefined();
    expect(await request(`${FOLDER}assets/index-a1.js`, { method: 'POST' })).toBeUndefined();
  });
});
