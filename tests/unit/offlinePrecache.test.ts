import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type BuiltFile, CACHE_PREFIX, cacheName, precacheUrls } from '../../src/offline/precache';
import { workerScript } from '../../src/offline/vitePlugin';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

const build: BuiltFile[] = [
  { fileName: 'index.html', source: '<!doctype html><script src="./assets/index-a1.js">' },
  { fileName: 'assets/index-a1.js', source: 'import("./phaser-b2.js")' },
  { fileName: 'assets/phaser-b2.js', source: 'export const Phaser = {}' },
  { fileName: 'assets/festival-c3.wav', source: new Uint8Array([82, 73, 70, 70]) },
  { fileName: 'assets/font-d4.woff2', source: new Uint8Array([119, 79, 70, 50]) },
  { fileName: 'manifest.webmanifest', source: '{"name":"Dental Biocalypse"}' },
  { fileName: 'icons/icon-192.png', source: new Uint8Array([137, 80, 78, 71]) },
];

describe('precache list', () => {
  it('holds every file of the build, lazily loaded chunks, audio and fonts included', () => {
    expect(precacheUrls(build)).toEqual([
      './assets/festival-c3.wav',
      './assets/font-d4.woff2',
      './assets/index-a1.js',
      './assets/phaser-b2.js',
      './icons/icon-192.png',
      './index.html',
      './manifest.webmanifest',
    ]);
  });

  it('leaves out the worker itself, source maps and build metadata', () => {
    const urls = precacheUrls([
      ...build,
      { fileName: 'sw.js', source: 'self.addEventListener()' },
      { fileName: 'assets/index-a1.js.map', source: '{}' },
      { fileName: '.vite/manifest.json', source: '{}' },
    ]);
    expect(urls).toEqual(precacheUrls(build));
  });

  it('is relative, so the game plays offline from any folder of any host', () => {
    for (const url of precacheUrls(build)) expect(url).toMatch(/^\.\/[^/]/);
  });

  it('is the same whatever order the build lists its files in', () => {
    expect(precacheUrls([...build].reverse())).toEqual(precacheUrls(build));
  });

  it('refuses a build without index.html, which offline visits are answered with', () => {
    expect(() => precacheUrls(build.filter((file) => file.fileName !== 'index.html'))).toThrow(
      /no index.html/,
    );
  });
});

describe('cache name', () => {
  const name = cacheName(build, sha256);

  it('belongs to the game and is stable for the same build', () => {
    expect(name.startsWith(CACHE_PREFIX)).toBe(true);
    expect(name).toMatch(/^dental-biocalypse-[0-9a-f]{16}$/);
    expect(cacheName([...build].reverse(), sha256)).toBe(name);
  });

  it('changes when any precached file changes, unhashed ones included', () => {
    const edit = (fileName: string, source: string) =>
      cacheName(
        build.map((file) => (file.fileName === fileName ? { fileName, source } : file)),
        sha256,
      );
    expect(edit('index.html', '<!doctype html><title>new deploy</title>')).not.toBe(name);
    expect(edit('manifest.webmanifest', '{"name":"Renamed"}')).not.toBe(name);
    expect(edit('icons/icon-192.png', 'redrawn')).not.toBe(name);
    expect(cacheName([...build, { fileName: 'assets/new-e5.js', source: '' }], sha256)).not.toBe(
      name,
    );
  });

  it('ignores files that are not precached', () => {
    expect(
      cacheName([...build, { fileName: 'assets/index-a1.js.map', source: '{}' }], sha256),
    ).toBe(name);
  });
});

describe('worker script', () => {
  it('is a classic script: the worker function and one call with this build', async () => {
    const urls = precacheUrls(build);
    const name = cacheName(build, sha256);
    const script = await workerScript({ cacheName: name, urls });
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
    expect(script).not.toMatch(/: (string|Request|Response|WorkerScope)\b/);
    const call = script.match(/^runServiceWorker\(self, ([\s\S]*)\);\n$/m);
    expect(call).not.toBeNull();
    expect(JSON.parse(call?.[1] ?? '')).toEqual({
      cacheName: name,
      urls,
      prefix: CACHE_PREFIX,
      index: 'index.html',
    });
  });
});
