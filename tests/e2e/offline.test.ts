// Offline play and install: after one visit, the game reloads and plays with the network
// cut and its server gone, and its web manifest is one Chromium would install.
import path from 'node:path';
import type { Response } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterEach, describe, expect, inject } from 'vitest';
import { type GamePage, it, waitForPaintedStage } from './browser';

const root = path.resolve(import.meta.dirname, '../..');
let server: PreviewServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * A server of its own for the build the global setup made (the shared one must stay up
 * for other tests), so this test can take the whole origin away.
 */
async function serveOwnCopy(): Promise<string> {
  server = await preview({
    root,
    logLevel: 'warn',
    base: '/games/dental-biocalypse/',
    build: { outDir: inject('gameDist') },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return `http://127.0.0.1:${address.port}/games/dental-biocalypse/`;
}

/** Waits until a service worker is active and controls this page. */
async function waitForServiceWorker(current: GamePage): Promise<string> {
  await current.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
  return current.page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.scriptURL ?? '';
  });
}

describe('offline play', () => {
  it('reloads and plays with the network cut after the first visit', async ({ open }) => {
    const url = await serveOwnCopy();
    const game = await open({ address: url });
    const { page } = game;
    // The first visit: wait for everything to be stored for offline play.
    expect(await waitForServiceWorker(game)).toBe(`${url}sw.js`);
    await page.waitForFunction(() => document.querySelector('#stage canvas') !== null);

    // Cut the network. It must cut the worker's own fetches too (checked while the server
    // is still up), or the worker could quietly reach the server and prove nothing.
    await page.context().setOffline(true);
    const [worker] = page.context().serviceWorkers();
    expect(worker?.url()).toBe(`${url}sw.js`);
    const reached = await worker?.evaluate(
      (address) =>
        fetch(address, { cache: 'no-store' }).then(
          (response) => `status ${response.status}`,
          () => 'unreachable',
        ),
      `${url}index.html`,
    );
    expect(reached).toBe('unreachable');
    // And take the server away, so nothing at all answers at the game's address.
    await server?.close();
    server = undefined;
    await expect(fetch(url)).rejects.toThrow();

    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.reload();
    await game.screenshot('offline-title');
    await page.getByRole('button', { name: /Play as Kara Femir/ }).click();
    const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
    await choices.first().waitFor();
    const before = (await page.locator('#story-log').textContent()) ?? '';
    expect(before.trim().length).toBeGreaterThan(40);
    await choices.first().click();
    await page.waitForFunction(
      (text) => (document.querySelector('#story-log')?.textContent ?? '') !== text,
      before,
    );
    await choices.first().waitFor();
    const after = (await page.locator('#story-log p.line').last().textContent()) ?? '';
    expect(after.trim().length).toBeGreaterThan(0);

    // The mural paints offline (many colours, not a flat fill): Phaser came from the cache
    // like everything else.
    await waitForPaintedStage(page);
    await game.screenshot('offline-after-choice');

    const ours = responses.filter((response) => response.url().startsWith(url));
    expect(ours.map((response) => response.url())).toEqual(
      expect.arrayContaining([url, expect.stringMatching(/\/assets\/phaser-[\w-]+\.js$/)]),
    );
    // Everything came from the worker's cache, and all of it was there.
    const notFromWorker = ours.filter((response) => !response.fromServiceWorker());
    expect(notFromWorker.map((response) => response.url())).toEqual([]);
    const failed = ours.filter((response) => !response.ok());
    expect(failed.map((response) => `${response.status()} ${response.url()}`)).toEqual([]);
    expect(game.problems).toEqual([]);
  });
});

describe('installing', () => {
  it('serves a valid web manifest whose icons load, and Chromium finds it installable', async ({
    open,
    gameUrl: url,
  }) => {
    const game = await open();
    const { page } = game;
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifestUrl = new URL(href ?? '', url).href;
    expect(manifestUrl).toBe(`${url}manifest.webmanifest`);

    const response = await page.request.get(manifestUrl);
    expect(response.ok()).toBe(true);
    const manifest = JSON.parse(await response.text());
    expect(manifest).toMatchObject({ name: 'Dental Biocalypse', display: 'standalone' });
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, new URL(icon.src, manifestUrl).href);
      if (icon.sizes !== 'any') expect(size).toBe(icon.sizes);
    }

    // Chromium's own reading of the manifest, as the install prompt uses it.
    await waitForServiceWorker(game);
    const cdp = await page.context().newCDPSession(page);
    const app = await cdp.send('Page.getAppManifest');
    expect(app.url).toBe(manifestUrl);
    expect(app.errors).toEqual([]);
    const installability = await cdp.send('Page.getInstallabilityErrors');
    expect(installability.installabilityErrors).toEqual([]);
    await game.screenshot('installable');
    expect(game.problems).toEqual([]);
  });
});
