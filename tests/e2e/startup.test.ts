// Into the story without a wait (issue #14), counted rather than timed: the first passage
// of a role needs neither the compiled story nor Phaser, so nothing long (inkjs reading the
// story, Phaser starting) can sit between the title and the first choice. The story chunk
// is held back by the test until the first choice is on screen; what the page fetched by
// then is listed.
import { chromium, type Page, type Route } from 'playwright-core';
import { describe, expect } from 'vitest';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from '../../tools/chromium';
import { afterFrames, it } from './browser';

describe('into the story', () => {
  it('shows a role’s first choice before the story or Phaser has arrived, and plays a quick choice once the story has', async ({
    gameUrl,
  }) => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(NO_CHROMIUM);
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    try {
      // No service worker: the test must see (and hold) every request the page makes.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      const held: Route[] = [];
      await page.route(/\/assets\/story-[^/]+\.js$/, (route) => {
        held.push(route);
      });
      await page.goto(gameUrl);

      await page.getByRole('button', { name: /Play as Kara Femir/ }).click();
      const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
      await choices.first().waitFor();
      const opening = await choices.allTextContents();
      expect(opening.length).toBeGreaterThan(1);
      // The page asked for the story (after the title's first paint), and waits for it still.
      expect(held).toHaveLength(1);
      // Phaser was not even requested, and the stage shows its still.
      expect(fetched.filter((name) => /\/assets\/(phaser|stage)-/.test(name))).toEqual([]);
      expect(await page.locator('#stage canvas.stage-still').count()).toBe(1);
      expect(await page.locator('#stage').getAttribute('data-renderer')).toBeNull();

      // A quick player picks the second choice, twice, before the story has arrived.
      await choices.nth(1).click();
      await choices.nth(1).click();
      // Thirty frames later (idle time enough for anything waiting on it) the choice still
      // waits for the story, and Phaser, which comes after the story, is still not asked for.
      await afterFrames(page, 30);
      expect(await choices.allTextContents()).toEqual(opening);
      expect(fetched.filter((name) => /\/assets\/(phaser|stage)-/.test(name))).toEqual([]);

      for (const route of held) await route.continue();
      // The story arrives, is read, and the choice made meanwhile is played, once.
      await expect.poll(() => choices.allTextContents(), { timeout: 30_000 }).not.toEqual(opening);
      const log = await page.locator('#story-log').textContent();
      expect(log).toContain(opening[1]?.replace(/^\d/, ''));
      const turns = await page.evaluate(
        () =>
          JSON.parse(localStorage.getItem('dental-biocalypse:save:auto') ?? '{}').game?.log?.length,
      );
      expect(turns).toBe(1);
      // And the live stage takes over from the still once the story is on screen.
      await page.locator('#stage[data-renderer]').waitFor({ timeout: 60_000 });
      expect(await page.locator('#stage canvas').count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('continues a saved game on its saved passage before the story has arrived, and plays a choice made meanwhile once it has', async ({
    gameUrl,
  }) => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(NO_CHROMIUM);
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const problems: string[] = [];
      const autosaved = (page: Page) =>
        page.evaluate(
          () =>
            JSON.parse(localStorage.getItem('dental-biocalypse:save:auto') ?? '{}').game?.log
              ?.length,
        );
      // First visit: Kara, one choice, autosaved.
      const first = await context.newPage();
      first.on('pageerror', (error) => problems.push(error.message));
      await first.goto(gameUrl);
      await first.getByRole('button', { name: /Play as Kara Femir/ }).click();
      const firstChoices = first.getByRole('group', { name: 'Choices' }).getByRole('button');
      const opening = await firstChoices.allTextContents();
      await firstChoices.first().click();
      await expect.poll(() => autosaved(first), { timeout: 30_000 }).toBe(1);
      const saved = await firstChoices.allTextContents();
      expect(saved).not.toEqual(opening);
      await first.close();

      // Second visit, with the compiled story held back: Continue shows the saved passage.
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(error.message));
      const held: Route[] = [];
      await page.route(/\/assets\/story-[^/]+\.js$/, (route) => {
        held.push(route);
      });
      await page.goto(gameUrl);
      await page.getByRole('button', { name: /^Continue as Kara/ }).click();
      const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
      await expect.poll(() => choices.allTextContents(), { timeout: 30_000 }).toEqual(saved);
      expect(held).toHaveLength(1);
      await choices.nth(1).click();
      await afterFrames(page, 10);
      expect(await choices.allTextContents()).toEqual(saved);

      for (const route of held) await route.continue();
      await expect.poll(() => choices.allTextContents(), { timeout: 30_000 }).not.toEqual(saved);
      expect(await page.locator('#story-log').textContent()).toContain(
        saved[1]?.replace(/^\d/, ''),
      );
      await expect.poll(() => autosaved(page), { timeout: 30_000 }).toBe(2);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
