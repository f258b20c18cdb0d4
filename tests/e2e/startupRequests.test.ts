// Issue #14: what the title waits for. Chromium opens at most six connections to a host; a
// request past them waits for one to free, so the game's page asks for few files before its
// title (vite.config.ts, startupChunk), and the script for pages opened from a disk never
// holds up the parser. And the title needs neither the story runtime (inkjs) nor the save
// schemas (zod): both are asked for after the title is interactive (ui/sessionRuntime.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from '../../tools/chromium';
import { it } from './browser';

const dist = inject('gameDist');
const page = (name: string) => readFileSync(path.join(dist, name), 'utf8');
const scripts = (html: string) =>
  [
    ...html.matchAll(
      /<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\.\/assets\/([^"]+)"/g,
    ),
  ].map((match) => match[1]);

/** Text only each package's own code holds (an error message of inkjs, zod 4's `_zod`). */
const PACKAGES = { inkjs: 'Version of ink used to build story', zod: '_zod' } as const;
type Package = keyof typeof PACKAGES;

/** The built scripts that hold a package. */
function chunksHolding(name: Package): string[] {
  const assets = path.join(dist, 'assets');
  return readdirSync(assets).filter(
    (file) =>
      file.endsWith('.js') &&
      readFileSync(path.join(assets, file), 'utf8').includes(PACKAGES[name]),
  );
}

/** The scripts a page's module needs before it runs: its own, and what they import statically. */
function staticScripts(html: string): string[] {
  const found = new Set<string>();
  const queue = scripts(html).filter((file): file is string => file !== undefined);
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (found.has(file)) continue;
    found.add(file);
    const code = page(path.join('assets', file));
    for (const match of code.matchAll(
      /(?:^|[;}\s])import\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      if (match[1]) queue.push(match[1]);
    }
  }
  return [...found];
}

describe("the game page's first requests", () => {
  it('are at most six: three scripts, two stylesheets and the file:// note, loaded async', () => {
    const html = page('index.html');
    expect(scripts(html).length).toBeLessThanOrEqual(3);
    expect([...html.matchAll(/<link rel="stylesheet"/g)].length).toBeLessThanOrEqual(2);
    expect(html).toMatch(/<script src="[^"]*opened-from-disk\.js" async><\/script>/);
  });

  it("keep the room's and the handout's pages from loading the game's own chunks", () => {
    const game = scripts(page('index.html')).filter((file) => /^(index|engine)-/.test(file ?? ''));
    expect(game.length).toBe(2);
    for (const other of ['room.html', 'handout.html']) {
      for (const file of game) expect(page(other)).not.toContain(file);
    }
  });

  it('hold neither inkjs nor zod: no script the page loads before its module runs does', () => {
    const before = staticScripts(page('index.html'));
    expect(before.length).toBeGreaterThan(0);
    for (const name of Object.keys(PACKAGES) as Package[]) {
      const holding = chunksHolding(name);
      // The check means something only if the build holds the package somewhere.
      expect(holding, name).not.toEqual([]);
      expect(
        before.filter((file) => holding.includes(file)),
        name,
      ).toEqual([]);
    }
  });

  it('ask for inkjs and zod only after the title is interactive', async ({ gameUrl }) => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(NO_CHROMIUM);
    const holding = Object.fromEntries(
      (Object.keys(PACKAGES) as Package[]).map((name) => [name, chunksHolding(name)]),
    ) as Record<Package, string[]>;
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    try {
      // No service worker, no cache: every request the page makes is a real one.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      // Stamped, on the page's own clock, in the very task that makes "Play as Kara" usable
      // (as tools/benchStartup.ts marks the title interactive).
      await context.addInitScript(() => {
        const marks = window as unknown as { titleAt?: number };
        const observer = new MutationObserver(() => {
          const kara = document.querySelector('[aria-label^="Play as Kara"]');
          if (kara instanceof HTMLButtonElement && !kara.disabled && kara.checkVisibility()) {
            marks.titleAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      });
      const tab = await context.newPage();
      await tab.goto(gameUrl);
      await tab.getByRole('button', { name: /Play as Kara Femir/ }).waitFor();
      // The page asks for them soon after the title: wait until it has, then compare times.
      const wanted = [...holding.inkjs, ...holding.zod];
      const requests = await tab
        .waitForFunction(
          (files) => {
            const entries = performance.getEntriesByType('resource').map((entry) => ({
              file: entry.name.split('/').pop() ?? '',
              start: entry.startTime,
            }));
            return files.every((file) => entries.some((entry) => entry.file === file))
              ? entries
              : null;
          },
          wanted,
          { timeout: 30_000 },
        )
        .then(async (handle) => (await handle.jsonValue()) ?? []);
      const titleAt = await tab.evaluate(() => (window as unknown as { titleAt?: number }).titleAt);
      expect(titleAt).toBeGreaterThan(0);
      for (const name of Object.keys(PACKAGES) as Package[]) {
        const early = requests.filter(
          (request) => holding[name].includes(request.file) && request.start < (titleAt ?? 0),
        );
        expect(early, `${name} asked for before the title (at ${titleAt?.toFixed(0)} ms)`).toEqual(
          [],
        );
      }
    } finally {
      await browser.close();
    }
  });
});
