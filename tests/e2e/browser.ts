// Drives the built game in real Chromium the way a person would, and looks at pixels.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { test as baseTest, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from '../../tools/chromium';

const resultsRoot = path.resolve(import.meta.dirname, '../../test-results/e2e');

/** Console noise from headless Chromium and SwiftShader that says nothing about the game. */
const KNOWN_NOISE = [/GPU stall due to ReadPixels/, /Automatic fallback to software WebGL/];

export interface GamePage {
  page: Page;
  /** Console errors, page errors and failed requests, minus known browser noise. */
  problems: string[];
  screenshot(step: string): Promise<void>;
  close(): Promise<void>;
}

export async function openGame(
  url: string,
  testName: string,
  options: {
    viewport?: { width: number; height: number };
    /** Device pixels per CSS pixel (a high-DPI screen); 1 unless told. */
    deviceScaleFactor?: number;
    reducedMotion?: boolean;
    /** Make localStorage throw, as private modes and locked-down school machines do. */
    blockStorage?: boolean;
  } = {},
): Promise<GamePage> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  const profile = mkdtempSync(path.join(tmpdir(), 'biocalypse-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  if (options.blockStorage) {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('storage is disabled', 'SecurityError');
        },
      });
    });
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = message.text();
    if (KNOWN_NOISE.some((noise) => noise.test(text))) return;
    if (message.type() === 'error' || /Content Security Policy|Refused/.test(text)) {
      problems.push(`console.${message.type()}: ${text}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A reload or navigation the test asks for cuts whatever the old page was still fetching
  // (the story chunk, Phaser, the favicon): Chromium reports each as ERR_ABORTED, which
  // says nothing about the game. Any other failure, or an abort at any other time, counts.
  let navigating = 0;
  for (const name of ['reload', 'goto'] as const) {
    const navigate = page[name].bind(page) as (...args: unknown[]) => Promise<unknown>;
    (page as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      navigating += 1;
      try {
        return await navigate(...args);
      } finally {
        navigating -= 1;
      }
    };
  }
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    if (navigating > 0 && error === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} ${error}`);
  });
  const folder = path.join(resultsRoot, testName.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
  mkdirSync(folder, { recursive: true });
  let step = 0;
  await page.goto(url);
  return {
    page,
    problems,
    async screenshot(name) {
      step += 1;
      await page.screenshot({
        path: path.join(folder, `${String(step).padStart(2, '0')}-${name}.png`),
      });
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type OpenOptions = NonNullable<Parameters<typeof openGame>[2]> & {
  /** Appended to the game's address: a hash such as `#mural=vibrant`. */
  hash?: string;
  /** Another address than the shared server's (a test's own server of the build). */
  address?: string;
};

/**
 * The browser tests' one harness: `it('...', async ({ open }) => ...)` with `it` from here.
 * `open(options)` opens the built game (the URL the global setup serves) in a fresh Chromium,
 * screenshots go to a folder named after the test, and every game a test opened is closed
 * after it, passed or failed. `gameUrl` is the game's address for tests that need it.
 */
export const it = baseTest.extend<{
  gameUrl: string;
  open: (options?: OpenOptions) => Promise<GamePage>;
}>({
  // biome-ignore lint/correctness/noEmptyPattern: Vitest reads a fixture's needs from this pattern.
  gameUrl: async ({}, use) => {
    await use(inject('gameUrl'));
  },
  open: async ({ gameUrl, task }, use) => {
    const opened: GamePage[] = [];
    await use(async ({ hash = '', address = gameUrl, ...options } = {}) => {
      const name = opened.length === 0 ? task.name : `${task.name} ${opened.length + 1}`;
      const game = await openGame(`${address}${hash}`, name, options);
      opened.push(game);
      return game;
    });
    for (const game of opened) await game.close();
  },
});

/** Resolves once the page has rendered `count` more animation frames: time as the page lives it. */
export function afterFrames(page: Page, count: number): Promise<void> {
  return page.evaluate(
    (frames) =>
      new Promise<void>((resolve) => {
        let left = frames;
        const tick = () => {
          left -= 1;
          if (left <= 0) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    count,
  );
}

/** Mean per-channel difference (0-255) under which two shots count as the same picture. */
export const STILL = 0.05;

/**
 * Waits until the stage shows a painted mural as a person sees it (many colours, most of the
 * picture not background), and returns that shot.
 */
export async function waitForPaintedStage(page: Page): Promise<string> {
  await page.locator('#stage canvas').waitFor();
  let shot = '';
  await expect
    .poll(
      async () => {
        shot = await stagePixels(page);
        return (await measurePixels(page, [shot])).stats[0];
      },
      { timeout: 30_000, interval: 250 },
    )
    .toMatchObject({
      colours: expect.toSatisfy((n: number) => n > 40),
      varied: expect.toSatisfy((v: number) => v > 0.2),
    });
  return shot;
}

/**
 * Screenshots the middle of the mural's wall only, without the backdrop around it (which
 * changes with the scene): the inner 70% of the frame that `muralFrame` in
 * src/scenes/bioHubScene.ts lays out on the stage (Phaser's RESIZE mode: scene = CSS pixels).
 */
export async function muralPixels(page: Page): Promise<string> {
  const box = await page.locator('#stage canvas').boundingBox();
  if (!box) throw new Error('the stage has no canvas on screen');
  const size = Math.min(box.width * 0.86, box.height * 0.8);
  let width = size * 1.2;
  let x = (box.width - width) / 2;
  if (width > box.width * 0.94) {
    width = box.width * 0.94;
    x = box.width * 0.03;
  }
  const y = (box.height - size) / 2;
  const clip = {
    x: box.x + x + width * 0.15,
    y: box.y + y + size * 0.15,
    width: width * 0.7,
    height: size * 0.7,
  };
  return (await page.screenshot({ clip })).toString('base64');
}

/**
 * Waits until the stage differs from `from` by more than `atLeast` (mean per channel, 0-255)
 * and returns the difference seen; fails if it never does within the timeout.
 */
export async function waitForStageChange(
  page: Page,
  from: string,
  atLeast: number,
  shoot: (page: Page) => Promise<string> = stagePixels,
): Promise<number> {
  let difference = 0;
  await expect
    .poll(
      async () => {
        [difference = 0] = (await measurePixels(page, [from, await shoot(page)])).differences;
        return difference;
      },
      { timeout: 20_000, interval: 200 },
    )
    .toBeGreaterThan(atLeast);
  return difference;
}

/**
 * Whether the stage holds still: shots `frames` animation frames apart, until two in a row
 * are the same picture as the one before. Changes of scene and mural ease in on the scene's
 * own clock, so it allows up to 12 comparisons for them to end first; a stage that keeps
 * moving never passes. Returns every difference seen, for the message.
 */
export async function holdsStill(
  page: Page,
  frames = 40,
  shoot: (page: Page) => Promise<string> = stagePixels,
): Promise<{ still: boolean; differences: number[]; shot: string }> {
  const differences: number[] = [];
  let previous = await shoot(page);
  let calm = 0;
  for (let i = 0; i < 12 && calm < 2; i += 1) {
    await afterFrames(page, frames);
    const next = await shoot(page);
    const [difference = Number.POSITIVE_INFINITY] = (await measurePixels(page, [previous, next]))
      .differences;
    differences.push(Number(difference.toFixed(3)));
    calm = difference < STILL ? calm + 1 : 0;
    previous = next;
  }
  return { still: calm >= 2, differences, shot: previous };
}

export interface PixelStats {
  /** Number of distinct colours, quantised to 4 bits per channel. */
  colours: number;
  /** Share of pixels that differ from the most common colour. */
  varied: number;
}

export interface PixelReport {
  stats: PixelStats[];
  /** Mean absolute difference per channel (0-255) between shot k and shot k + 1. */
  differences: number[];
}

/** Screenshots the mural stage as a person sees it (base64 PNG). */
export async function stagePixels(page: Page): Promise<string> {
  const png = await page.locator('#stage').screenshot();
  return png.toString('base64');
}

/** Decodes screenshots in the page (the browser is the PNG decoder) and measures them. */
export async function measurePixels(page: Page, shots: string[]): Promise<PixelReport> {
  return page.evaluate(async (pngs) => {
    const decode = async (base64: string) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height).data;
    };
    const images = await Promise.all(pngs.map(decode));
    const stats = images.map((pixels) => {
      const counts = new Map<number, number>();
      for (let i = 0; i < pixels.length; i += 4) {
        const key =
          ((pixels[i] ?? 0) >> 4) * 256 +
          ((pixels[i + 1] ?? 0) >> 4) * 16 +
          ((pixels[i + 2] ?? 0) >> 4);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return {
        colours: counts.size,
        varied: 1 - Math.max(...counts.values()) / (pixels.length / 4),
      };
    });
    const differences = images.slice(1).map((next, k) => {
      const previous = images[k] as Uint8ClampedArray;
      const length = Math.min(previous.length, next.length);
      let sum = 0;
      for (let i = 0; i < length; i += 1) {
        if (i % 4 !== 3) sum += Math.abs((previous[i] ?? 0) - (next[i] ?? 0));
      }
      return sum / ((length / 4) * 3);
    });
    return { stats, differences };
  }, shots);
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core on the page as it is and returns its serious and critical violations.
 *
 * The game's Content-Security-Policy (script-src 'self', no inline script, no eval) blocks
 * `page.addScriptTag({ content })`, which adds an inline <script>. `page.evaluate(source)`
 * instead runs the source through the DevTools protocol (Runtime.evaluate), which the page's
 * CSP does not govern, so axe is installed as `window.axe` without weakening the policy
 * under test (as `bypassCSP: true` would).
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      }));
  });
}

export const choiceButtons = (page: Page) =>
  page.getByRole('group', { name: 'Choices' }).getByRole('button');

/** Picks a choice `count` times, waiting each time for the story to move on. */
export async function playChoices(page: Page, count: number, pick: 'first' | 'last' = 'last') {
  const choices = choiceButtons(page);
  for (let i = 0; i < count; i += 1) {
    await choices.first().waitFor();
    const before = await page.locator('#story-log').textContent();
    await (pick === 'first' ? choices.first() : choices.last()).click();
    await page.waitForFunction(
      (text) => document.querySelector('#story-log')?.textContent !== text,
      before,
    );
  }
  await choices.first().waitFor();
}

/** In a workshop, what waits for the group next: a discussion to continue, or choices. */
export function discussionOrChoices(page: Page) {
  return page.waitForFunction(
    () =>
      document.querySelector('#discuss-dialog[open]') !== null ||
      document.querySelector('#choices button') !== null,
  );
}
