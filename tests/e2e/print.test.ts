// Paper (issue #13, item 6): Chromium prints the debrief of a whole game to an A4 PDF of at
// most two pages, black on white, with the chart, the ending, the choice log and three
// questions with space to answer; the class handout prints on one page.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { choiceButtons, it } from './browser';

const images = path.resolve(import.meta.dirname, '../../docs/images');

/** Pages in a PDF that Chromium wrote: its page objects (`/Type /Page`, not `/Pages`). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

const printA4 = (page: Page) =>
  page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });

describe('printing', () => {
  it('the debrief of a whole game prints as a two-page worksheet, black on white', async ({
    open,
  }) => {
    const game = await open({ reducedMotion: true });
    const { page } = game;
    await page.getByRole('button', { name: /Play as Jalen Rynn/ }).click();
    let choices = 0;
    const playAgain = page.getByRole('button', { name: 'Play again' });
    while (!(await playAgain.isVisible())) {
      await choiceButtons(page).last().click();
      choices += 1;
      expect(choices).toBeLessThan(60);
    }
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await page.getByRole('heading', { level: 1, name: /Debrief/ }).waitFor();

    const pdf = await printA4(page);
    expect(pageCount(pdf)).toBeGreaterThan(0);
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);

    // What the paper holds, as the print stylesheet lays it out.
    await page.emulateMedia({ media: 'print' });
    const paper = await page.evaluate(() => {
      const shown = (node: Element | null) =>
        node instanceof HTMLElement && node.offsetParent !== null;
      const screen = document.querySelector('#debrief-screen');
      const texts = [
        ...(screen?.querySelectorAll<HTMLElement>('h1, h2, p, li, td, th, figcaption') ?? []),
      ]
        .filter(shown)
        .map((node) => getComputedStyle(node).color);
      return {
        chart: shown(document.querySelector('.timeline-chart')?.closest('figure') ?? null),
        ending: document.querySelector('.debrief-lead')?.textContent ?? '',
        logRows: document.querySelectorAll('.worksheet-log tbody tr').length,
        questions: [...document.querySelectorAll('.worksheet-questions > li')].filter(shown).length,
        answerLines: [...document.querySelectorAll('.answer-lines span')].filter(
          (line) => (line as HTMLElement).offsetHeight >= 20,
        ).length,
        buttons: [...document.querySelectorAll('button')].filter(shown).length,
        colours: [...new Set(texts)],
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(paper.chart).toBe(true);
    expect(paper.ending.length).toBeGreaterThan(20);
    expect(paper.logRows).toBe(choices);
    expect(paper.questions).toBe(3);
    expect(paper.answerLines).toBe(9);
    expect(paper.buttons).toBe(0);
    expect(paper.colours).toEqual(['rgb(0, 0, 0)']);
    expect(paper.background).toBe('rgb(255, 255, 255)');

    // The worksheet as it prints, for the docs (A4's width at 96 dpi).
    await page.setViewportSize({ width: 794, height: 1123 });
    mkdirSync(images, { recursive: true });
    await page.screenshot({ path: path.join(images, 'worksheet.png'), fullPage: true });
    expect(game.problems).toEqual([]);
  });

  it('the class handout (roles and the mural key) prints on one page', async ({
    open,
    gameUrl,
  }) => {
    const game = await open({ address: `${gameUrl}handout.html` });
    const { page } = game;
    await page.getByRole('heading', { name: /before you play/ }).waitFor();
    expect(await page.locator('.handout-roles li').count()).toBe(4);
    expect(await page.locator('.handout-key tbody tr').count()).toBe(7);
    expect(pageCount(await printA4(page))).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: path.join(images, 'handout.png'), fullPage: true });
    expect(game.problems).toEqual([]);
  });
});
