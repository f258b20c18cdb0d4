// The speaker's portrait beside their lines: a real picture, loaded, next to the name,
// hidden from screen readers, a different face for a different expression, and small
// enough on a phone to leave the words their room.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { it, measurePixels } from './browser';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface SpokenLine {
  name: string;
  role: string;
  expression: string;
  src: string;
  alt: string | null;
  hidden: string | null;
  loaded: boolean;
  naturalWidth: number;
  image: { left: number; right: number; top: number; bottom: number; width: number };
  label: { left: number; top: number; bottom: number };
}

/** Every dialogue line with a portrait now in the story log, once its picture has loaded. */
async function portraitLines(page: Page): Promise<SpokenLine[]> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLImageElement>('#story-log img.portrait')].every(
      (image) => image.complete,
    ),
  );
  return page.evaluate(() =>
    [...document.querySelectorAll('#story-log .line.with-portrait')].map((line) => {
      const image = line.querySelector('img') as HTMLImageElement;
      const name = line.querySelector('.speaker') as HTMLElement;
      const box = image.getBoundingClientRect();
      // The name's first line of text, not its block (which spans the whole column).
      const range = document.createRange();
      range.selectNodeContents(name.firstChild as Node);
      const label = range.getBoundingClientRect();
      return {
        name: name.firstChild?.textContent ?? '',
        role: image.dataset.role ?? '',
        expression: image.dataset.expression ?? '',
        src: image.currentSrc,
        alt: image.getAttribute('alt'),
        hidden: image.getAttribute('aria-hidden'),
        loaded: image.complete,
        naturalWidth: image.naturalWidth,
        image: {
          left: box.left,
          right: box.right,
          top: box.top,
          bottom: box.bottom,
          width: box.width,
        },
        label: { left: label.left, top: label.top, bottom: label.bottom },
      };
    }),
  );
}

/** Brings a line to the middle of the log, clear of the sticky header, for a screenshot. */
async function showInMiddle(page: Page, which: 'first' | 'last'): Promise<void> {
  await page.evaluate((end) => {
    const lines = document.querySelectorAll('#story-log .line.with-portrait');
    const line = end === 'first' ? lines[0] : lines[lines.length - 1];
    line?.scrollIntoView({ block: 'center' });
  }, which);
}

/**
 * axe-core's serious and critical WCAG A/AA findings inside the story log (contrast of the
 * names, the pictures' alternative text). Installed through the DevTools protocol, which
 * the page's CSP does not govern (see accessibility.test.ts).
 */
async function logViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run('#story-log', {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function chooseFirst(page: Page): Promise<void> {
  const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
  await choices.first().waitFor();
  const before = await page.locator('#story-log').textContent();
  await choices.first().click();
  await page.waitForFunction(
    (text) => document.querySelector('#story-log')?.textContent !== text,
    before,
  );
  await choices.first().waitFor();
}

function expectBesideItsName(line: SpokenLine): void {
  expect(line.alt).toBe('');
  expect(line.hidden).toBe('true');
  expect(line.loaded).toBe(true);
  expect(line.naturalWidth).toBeGreaterThan(0);
  // Left of the name, and level with it.
  expect(line.image.right).toBeLessThanOrEqual(line.label.left);
  expect(line.label.left - line.image.right).toBeLessThan(24);
  expect(line.image.top).toBeLessThan(line.label.bottom);
  expect(line.image.bottom).toBeGreaterThan(line.label.top);
}

describe('portraits beside dialogue', () => {
  it("shows the speaker's portrait and name, and a new face for a new expression", async ({
    open,
  }) => {
    const game = await open({ reducedMotion: true });
    const { page } = game;
    await page.getByRole('button', { name: /Play as Torus Kline/ }).click();
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().waitFor();

    // Someone without a portrait (Mirela, at the festival, after Torus's showcase choice)
    // keeps the plain name.
    await chooseFirst(page);
    const plain = page.locator('#story-log .line.dialogue:not(.with-portrait)').first();
    await plain.waitFor();
    expect(await plain.locator('img').count()).toBe(0);
    expect(await plain.locator('.speaker').textContent()).toMatch(/^\w+: $/);

    // Play on until one character has spoken with two different faces.
    const seen = new Map<string, SpokenLine>();
    let pair: [SpokenLine, SpokenLine] | undefined;
    for (let turn = 0; turn < 30 && !pair; turn += 1) {
      const lines = await portraitLines(page);
      if (lines.length > 0 && seen.size === 0) {
        await showInMiddle(page, 'first');
        await game.screenshot('first-portrait');
      }
      for (const line of lines) {
        expectBesideItsName(line);
        expect(line.name.toLowerCase()).toBe(line.role);
        const earlier = [...seen.values()].find(
          (other) => other.role === line.role && other.expression !== line.expression,
        );
        if (earlier) pair = [earlier, line];
        seen.set(`${line.role}-${line.expression}`, line);
      }
      if (!pair) await chooseFirst(page);
    }
    expect(pair, `faces seen: ${[...seen.keys()].join(', ')}`).toBeDefined();
    const [before, after] = pair as [SpokenLine, SpokenLine];
    expect(after.src).not.toBe(before.src);
    await showInMiddle(page, 'last');
    await game.screenshot('expression-change');

    // The two faces really look different: draw each picture and compare the pixels.
    const shots = await page.evaluate(
      async (sources) =>
        Promise.all(
          sources.map(async (source) => {
            const image = new Image();
            image.src = source;
            await image.decode();
            const canvas = document.createElement('canvas');
            canvas.width = 120;
            canvas.height = 120;
            const context = canvas.getContext('2d');
            if (!context) throw new Error('no 2d context');
            context.drawImage(image, 0, 0, 120, 120);
            return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
          }),
        ),
      [before.src, after.src],
    );
    expect(await logViolations(page)).toEqual([]);
    const report = await measurePixels(page, shots);
    expect(report.differences[0]).toBeGreaterThan(0.5);
    for (const stats of report.stats) expect(stats.colours).toBeGreaterThan(12);
    expect(game.problems).toEqual([]);
  });

  it('keeps the portrait small on a 360 x 640 phone, with nothing sticking out', async ({
    open,
  }) => {
    const game = await open({
      viewport: { width: 360, height: 640 },
      reducedMotion: true,
    });
    const { page } = game;
    await page.getByRole('button', { name: /Play as Jalen Rynn/ }).click();
    let lines: SpokenLine[] = [];
    for (let turn = 0; turn < 30 && lines.length === 0; turn += 1) {
      await chooseFirst(page);
      lines = await portraitLines(page);
    }
    expect(lines.length).toBeGreaterThan(0);
    await showInMiddle(page, 'first');
    await game.screenshot('phone-portrait');
    for (const line of lines) {
      expectBesideItsName(line);
      expect(line.image.width).toBeLessThanOrEqual(56);
      expect(line.image.width).toBeGreaterThanOrEqual(40);
    }
    const width = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    expect(width.page).toBeLessThanOrEqual(width.view);
    expect(game.problems).toEqual([]);
  });
});
