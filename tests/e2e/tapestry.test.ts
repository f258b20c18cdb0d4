// The ending's tapestry in real Chromium: src/ui/tapestry.ts on a page of its own
// (tests/e2e/tapestry.html, served from source by Vite), with a six-chapter playthrough
// whose chapters end in the mural's six states. Looks at the canvas's pixels: one
// distinct panel per chapter, sharp at 2x density, fitting 320 to 900 px, still without
// motion and alive with it, and every panel said in the caption.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tapestryLayout } from '../../src/scenes/mural/tapestry';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from '../../tools/chromium';
import { afterFrames } from './browser';

const root = path.resolve(import.meta.dirname, '../..');
const shots = path.join(root, 'test-results/e2e/tapestry');
/** Colour buckets a living panel shows at least; The Scouring's scorched wall is emptied by
 * design (a bleached, bare wall, issue #13), so it only has to be more than a flat fill. */
const minColours = (panel: number) => (panel === 4 ? 3 : 20);
const CHAPTERS = [
  'The Festival of Shared Mouths',
  'The Outbreak',
  'The Gel',
  'The Ritual',
  'The Scouring',
  'The Aftermath',
];

let server: ViteDevServer;
let base = '';
let context: BrowserContext;
let profile = '';
const problems: string[] = [];

beforeAll(async () => {
  // The game's own config would build the ink story too; the tapestry needs none of it.
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    // Nothing to pre-bundle: a dependency scan could reload the page under the test.
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('dev server has no port');
  base = `http://127.0.0.1:${address.port}/tests/e2e/tapestry.html`;
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  profile = mkdtempSync(path.join(tmpdir(), 'biocalypse-tapestry-'));
  // Twice the pixel density of a plain screen: the canvas must be drawn at that density.
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1000, height: 900 },
    deviceScaleFactor: 2,
  });
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function open(query: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${base}?${query}`);
  await page.getByRole('figure').waitFor();
  // The first paint is for a guessed width; wait for the one at the real width.
  await page.waitForFunction(() => {
    const canvas = document.querySelector('canvas');
    return canvas !== null && canvas.width === Math.round(canvas.clientWidth * devicePixelRatio);
  });
  return page;
}

/** The canvas: its sizes and each panel's mean colour and pixel spread (device pixels). */
function readCanvas(page: Page, panels: Array<{ x: number; y: number; w: number; h: number }>) {
  return page.evaluate((boxes) => {
    const canvas = document.querySelector('canvas') as HTMLCanvasElement;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    const scale = canvas.width / canvas.clientWidth;
    const all = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const regions = boxes.map(({ x, y, w, h }) => {
      const pixels = context.getImageData(
        Math.round(x * scale),
        Math.round(y * scale),
        Math.round(w * scale),
        Math.round(h * scale),
      ).data;
      const mean = [0, 0, 0];
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4) {
        for (let c = 0; c < 3; c += 1) mean[c] = (mean[c] ?? 0) + (pixels[i + c] ?? 0);
        colours.add(
          ((pixels[i] ?? 0) >> 4) * 256 +
            ((pixels[i + 1] ?? 0) >> 4) * 16 +
            ((pixels[i + 2] ?? 0) >> 4),
        );
      }
      return { mean: mean.map((sum) => sum / (pixels.length / 4)), colours: colours.size };
    });
    let checksum = 0;
    for (let i = 0; i < all.length; i += 1) checksum = (checksum * 31 + (all[i] ?? 0)) >>> 0;
    return {
      width: canvas.width,
      height: canvas.height,
      cssWidth: canvas.clientWidth,
      cssHeight: canvas.clientHeight,
      pageWidth: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      regions,
      checksum,
    };
  }, panels);
}

/** Each panel's inner part (the rim and the number badge left out). */
function innerBoxes(count: number, width: number) {
  return tapestryLayout(count, width).panels.map((p) => ({
    x: p.x + p.width * 0.25,
    y: p.y + p.height * 0.1,
    w: p.width * 0.65,
    h: p.height * 0.85,
  }));
}

describe('the tapestry', () => {
  it('paints one distinct panel per chapter, sharp at 2x, and says each in words', async () => {
    const page = await open('width=900&motion=0');
    const canvas = await readCanvas(page, innerBoxes(6, 900));
    await page.locator('figure').screenshot({ path: path.join(shots, '01-900px-still.png') });
    expect(canvas.cssWidth).toBe(900);
    // Backing store at the screen's density: two device pixels per CSS pixel each way.
    expect(canvas.width).toBe(1800);
    expect(canvas.height).toBe(Math.round(canvas.cssHeight * 2));
    expect(Math.abs(canvas.cssHeight - tapestryLayout(6, 900).height)).toBeLessThanOrEqual(1);
    for (const [i, region] of canvas.regions.entries()) {
      // A painted wall with colonies on it, not an empty rectangle.
      expect(region.colours, `panel ${i + 1} colours`).toBeGreaterThan(minColours(i));
    }
    for (let i = 0; i < canvas.regions.length; i += 1) {
      for (let j = i + 1; j < canvas.regions.length; j += 1) {
        const a = canvas.regions[i]?.mean ?? [];
        const b = canvas.regions[j]?.mean ?? [];
        const difference = a.reduce((sum, value, c) => sum + Math.abs(value - (b[c] ?? 0)), 0) / 3;
        expect(difference, `${CHAPTERS[i]} vs ${CHAPTERS[j]}`).toBeGreaterThan(3);
      }
    }
    const items = await page.getByRole('figure').getByRole('listitem').allTextContents();
    expect(items).toHaveLength(6);
    for (const [i, chapter] of CHAPTERS.entries()) expect(items[i]).toMatch(`${chapter}: `);
    expect(items[2]).toMatch(/^The Gel: acidic\. Red and orange swarms/);
    // The figure is named by its caption, so the picture is never only a picture.
    await expect(
      page.getByRole('figure', { name: /^The tapestry of this playthrough, 6 chapters/ }).count(),
    ).resolves.toBe(1);
    expect(await page.locator('canvas').getAttribute('aria-hidden')).toBe('true');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('fits a 320 px phone in rows of two, and follows its container when it resizes', async () => {
    const page = await open('width=320&motion=0');
    const narrow = await readCanvas(page, innerBoxes(6, 320));
    await page.locator('figure').screenshot({ path: path.join(shots, '02-320px-still.png') });
    expect(narrow.cssWidth).toBe(320);
    expect(narrow.width).toBe(640);
    expect(Math.abs(narrow.cssHeight - tapestryLayout(6, 320).height)).toBeLessThanOrEqual(1);
    expect(tapestryLayout(6, 320).columns).toBe(2);
    for (const [i, region] of narrow.regions.entries())
      expect(region.colours).toBeGreaterThan(minColours(i));
    // Wider: laid out again for the new width, at the same density.
    await page.evaluate(() => {
      (document.getElementById('holder') as HTMLElement).style.width = '600px';
    });
    await page.waitForFunction(() => document.querySelector('canvas')?.width === 1200);
    const wide = await readCanvas(page, innerBoxes(6, 600));
    expect(Math.abs(wide.cssHeight - tapestryLayout(6, 600).height)).toBeLessThanOrEqual(1);
    for (const [i, region] of wide.regions.entries())
      expect(region.colours).toBeGreaterThan(minColours(i));
    await page.locator('figure').screenshot({ path: path.join(shots, '03-600px-still.png') });
    await page.close();
    expect(problems).toEqual([]);
  });

  it('holds still without motion and breathes with it', async () => {
    const boxes = innerBoxes(6, 600);
    const checksum = async (page: Page) => (await readCanvas(page, boxes)).checksum;
    const widen = async (page: Page, width: number) => {
      await page.evaluate((css) => {
        (document.getElementById('holder') as HTMLElement).style.width = `${css}px`;
      }, width);
      await page.waitForFunction(
        (device) => document.querySelector('canvas')?.width === device,
        width * 2,
      );
    };
    const still = await open('width=600&motion=0');
    const first = await checksum(still);
    // Without motion nothing repaints by itself, so a still picture would prove nothing:
    // make it repaint, later. A change of width repaints at once; narrow it, let 30 frames
    // of real time pass, and widen it back. The new paint must be the same picture.
    await widen(still, 590);
    await afterFrames(still, 30);
    await widen(still, 600);
    expect(await checksum(still)).toBe(first);
    await still.close();

    // With motion it repaints by itself, and the picture changes from frame to frame.
    const moving = await open('width=600&motion=1');
    const before = await checksum(moving);
    await expect.poll(() => checksum(moving), { timeout: 10_000 }).not.toBe(before);
    await moving.locator('figure').screenshot({ path: path.join(shots, '04-600px-moving.png') });
    // Taken off the page, it stops repainting.
    const detachedChecksum = () =>
      moving.evaluate(() => {
        const kept = (window as unknown as { kept: HTMLCanvasElement }).kept;
        const pixels = (kept.getContext('2d') as CanvasRenderingContext2D).getImageData(
          0,
          0,
          kept.width,
          kept.height,
        ).data;
        let checksum = 0;
        for (let i = 0; i < pixels.length; i += 1)
          checksum = (checksum * 31 + (pixels[i] ?? 0)) >>> 0;
        return checksum;
      });
    await moving.evaluate(() => {
      const figure = document.querySelector('figure');
      (window as unknown as { kept: unknown }).kept = figure?.querySelector('canvas');
      figure?.remove();
    });
    // The loop sees it is gone at its next frame; after that, 30 more frames change nothing.
    await afterFrames(moving, 2);
    const detached = await detachedChecksum();
    await afterFrames(moving, 30);
    expect(await detachedChecksum()).toBe(detached);
    await moving.close();
    expect(problems).toEqual([]);
  });
});
