// Where a class plays (issue #13, item 5): at 1920x1080, 1280x800 and 390x844, at 100% and
// 150% text, the current choices are fully on screen after every passage, with no scrolling
// by the player, and no story line that can be seen sits under the header. Projector mode
// (Settings or ?projector): text at least 28 px at 1920x1080, the mural smaller or hidden on
// demand, the debrief's chart on one screen.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { afterFrames, choiceButtons, it } from './browser';

const images = path.resolve(import.meta.dirname, '../../docs/images');

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

interface Fit {
  choices: number;
  /** Choices whose box leaves the window or whose middle is covered by something else. */
  hidden: string[];
  /** Story lines that can be seen (inside the story's box and the window) and touch the header. */
  underHeader: string[];
}

/** What a person sees of the choices and the story now, measured in the page. */
function measureFit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const height = window.innerHeight;
    const buttons = [...document.querySelectorAll<HTMLElement>('#choices button')];
    const hidden = buttons
      .filter((button) => {
        const box = button.getBoundingClientRect();
        const outside = box.top < 0 || box.left < 0 || box.bottom > height || box.right > width;
        const middle = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return outside || !middle || !button.contains(middle);
      })
      .map((button) => button.textContent ?? '');
    const header = document.querySelector('.play-header')?.getBoundingClientRect();
    const log = document.querySelector('#story-log')?.getBoundingClientRect();
    const underHeader: string[] = [];
    if (header && log && header.height > 0) {
      for (const line of document.querySelectorAll<HTMLElement>('#story-log > *')) {
        const box = line.getBoundingClientRect();
        // The part of the line a person can see: inside the story's box and the window.
        const top = Math.max(box.top, log.top, 0);
        const bottom = Math.min(box.bottom, log.bottom, height);
        if (bottom - top < 1) continue;
        if (top < header.bottom - 0.5 && bottom > header.top + 0.5) {
          underHeader.push((line.textContent ?? '').slice(0, 60));
        }
      }
    }
    return { choices: buttons.length, hidden, underHeader };
  });
}

async function setTextSize(page: Page, size: number): Promise<void> {
  await page.evaluate((textSize) => {
    localStorage.setItem(
      'dental-biocalypse:settings',
      JSON.stringify({ version: 1, settings: { textSize } }),
    );
  }, size);
  await page.reload();
}

/**
 * Plays `turns` passages, measuring after each once the page has laid it out and scrolled;
 * `shoot` saves a screenshot of the third passage (for the docs).
 */
async function playAndMeasure(
  page: Page,
  role: RegExp,
  turns: number,
  shoot?: string,
): Promise<Fit[]> {
  // Each passage is judged as soon as it is measured, so a broken layout fails on what a
  // person would see, not later on a click it made impossible.
  const judge = (fit: Fit, turn: number) => {
    expect(fit.choices, `passage ${turn + 1}`).toBeGreaterThan(0);
    expect(fit.hidden, `passage ${turn + 1}: choices not fully visible`).toEqual([]);
    expect(fit.underHeader, `passage ${turn + 1}: lines under the header`).toEqual([]);
  };
  await page.getByRole('button', { name: role }).click();
  const fits: Fit[] = [];
  for (let turn = 0; turn < turns; turn += 1) {
    await choiceButtons(page).first().waitFor();
    // The story view and the layout scroll in the frame after a passage is drawn.
    await afterFrames(page, 3);
    const fit = await measureFit(page);
    judge(fit, turn);
    fits.push(fit);
    if (shoot && turn === 2) await page.screenshot({ path: shoot });
    if (await page.getByRole('button', { name: 'Play again' }).isVisible()) break;
    const before = await page.locator('#story-log').textContent();
    await choiceButtons(page).last().click();
    await page.waitForFunction(
      (text) => document.querySelector('#story-log')?.textContent !== text,
      before,
    );
  }
  return fits;
}

describe('choices on screen at the sizes classes use', () => {
  for (const viewport of SIZES) {
    for (const textSize of [100, 150]) {
      it(`${viewport.width}x${viewport.height} at ${textSize}% text: every choice whole, no line under the header`, async ({
        open,
      }) => {
        const game = await open({ viewport, reducedMotion: true });
        const { page } = game;
        if (textSize !== 100) await setTextSize(page, textSize);
        const fits = await playAndMeasure(page, /Play as Jalen Rynn/, 8);
        await game.screenshot(`${viewport.width}x${viewport.height}-${textSize}`);
        expect(fits.length).toBeGreaterThanOrEqual(8);
        expect(game.problems).toEqual([]);
      });
    }
  }
});

describe('projector mode', () => {
  it('?projector: 28 px text at 1920x1080, choices whole, the mural small or hidden from Settings, the chart on one screen', async ({
    open,
  }) => {
    const viewport = { width: 1920, height: 1080 };
    const game = await open({ viewport, reducedMotion: true, hash: '?projector' });
    const { page } = game;
    mkdirSync(images, { recursive: true });
    const fits = await playAndMeasure(
      page,
      /Play as Kara Femir/,
      60,
      path.join(images, 'projector.png'),
    );
    const lineSize = await page
      .locator('#story-log .line')
      .first()
      .evaluate((line) => Number.parseFloat(getComputedStyle(line).fontSize));
    expect(lineSize).toBeGreaterThanOrEqual(28);
    expect(fits.length).toBeGreaterThan(8);
    await game.screenshot('projector-ending');

    // The mode is a setting like any other: the dialog shows it on, and the mural's size.
    const stageWidth = () =>
      page.locator('#stage').evaluate((stage) => stage.getBoundingClientRect().width);
    const large = await stageWidth();
    await page.getByRole('button', { name: 'Settings' }).filter({ visible: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    expect(await dialog.getByRole('checkbox', { name: /Projector mode/ }).isChecked()).toBe(true);
    await dialog.getByRole('combobox', { name: 'Mural' }).selectOption({ label: 'Small' });
    await expect.poll(stageWidth).toBeLessThan(large * 0.75);
    await dialog.getByRole('combobox', { name: 'Mural' }).selectOption({ label: 'Hidden' });
    await expect.poll(stageWidth).toBeLessThan(1);
    await dialog.getByRole('button', { name: 'Done' }).click();
    expect((await measureFit(page)).hidden).toEqual([]);
    await game.screenshot('projector-mural-hidden');

    // The debrief's chart fits the screen with room to spare for its heading.
    await page.getByRole('button', { name: 'See the debrief' }).click();
    const chart = page.locator('.timeline-chart').first();
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    expect(box?.height ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(viewport.height);
    await game.screenshot('projector-debrief-chart');
    expect(game.problems).toEqual([]);
  });

  it('switched off in Settings, the text returns to its normal size at once', async ({ open }) => {
    const game = await open({ viewport: { width: 1920, height: 1080 }, hash: '?projector' });
    const { page } = game;
    const rootSize = () =>
      page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
    await page.getByRole('button', { name: /Play as Elara/ }).waitFor();
    expect(await rootSize()).toBeGreaterThanOrEqual(28);
    await page.getByRole('button', { name: 'Settings' }).filter({ visible: true }).click();
    await page.getByRole('checkbox', { name: /Projector mode/ }).uncheck();
    await expect.poll(rootSize).toBe(18);
    expect(game.problems).toEqual([]);
  });
});
