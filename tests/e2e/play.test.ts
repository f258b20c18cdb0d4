import { afterEach, describe, expect, inject, it } from 'vitest';
import { type GamePage, measurePixels, openGame, stagePixels } from './browser';

const url = inject('gameUrl');
let game: GamePage | undefined;

afterEach(async () => {
  await game?.close();
  game = undefined;
});

/** Waits for the stage to have painted more than a flat background. */
async function waitForMural(current: GamePage) {
  await current.page.waitForFunction(() => document.querySelector('#stage canvas') !== null);
  await current.page.waitForTimeout(1500);
}

describe('playing the slice in Chromium', () => {
  it('plays from the title to an ending with the mouse, by role and name', async () => {
    game = await openGame(url, 'mouse playthrough');
    const { page } = game;
    await expect(page.getByRole('heading', { name: 'Dental Biocalypse' })).toBeTruthy();
    await game.screenshot('title');
    await page.getByRole('button', { name: /Play as Elara Drosin/ }).click();
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().waitFor();
    await game.screenshot('first-choice');

    let turns = 0;
    const playAgain = page.getByRole('button', { name: 'Play again' });
    while (!(await playAgain.isVisible())) {
      const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
      expect(await choices.count()).toBeGreaterThan(0);
      // Always the last choice: a different path from the keyboard test's first choices.
      await choices.last().click();
      turns += 1;
      await game.screenshot(`after-choice-${turns}`);
      expect(turns).toBeLessThan(60);
    }
    expect(turns).toBeGreaterThanOrEqual(3);
    const ending = page.getByRole('region', { name: 'Ending' });
    await ending.waitFor();
    expect(await ending.getByRole('heading').textContent()).toMatch(/Balance|Tide|Gums|Garden/);
    await game.screenshot('ending');
    await playAgain.click();
    await page.getByRole('heading', { name: 'Who will you be?' }).waitFor();
    expect(game.problems).toEqual([]);
  });

  it('plays to an ending with the keyboard only', async () => {
    game = await openGame(url, 'keyboard playthrough');
    const { page } = game;
    await page.getByRole('button', { name: /Play as Elara Drosin/ }).waitFor();
    // Tab to the third role (Kara) and press Enter, as a keyboard player would.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toMatch(/Kara Femir/);
    await page.keyboard.press('Enter');
    const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
    await choices.first().waitFor();
    // After each passage the first choice has focus, so Enter picks it and 1-9 pick any.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('choice'))).toBe(
      true,
    );
    await game.screenshot('kara-first-choice');
    let turns = 0;
    const playAgain = page.getByRole('button', { name: 'Play again' });
    while (!(await playAgain.isVisible())) {
      const before = await page.locator('#story-log').textContent();
      const count = await choices.count();
      if (turns % 2 === 0) await page.keyboard.press('Enter');
      else await page.keyboard.press(String(Math.min(count, 2)));
      await page.waitForFunction(
        (text) => document.querySelector('#story-log')?.textContent !== text,
        before,
      );
      turns += 1;
      await game.screenshot(`key-${turns}`);
      expect(turns).toBeLessThan(60);
    }
    await expect(page.getByRole('region', { name: 'Ending' }).isVisible()).resolves.toBe(true);
    expect(game.problems).toEqual([]);
  });

  it('paints a living mural that visibly changes after a choice', async () => {
    game = await openGame(url, 'mural pixels');
    const { page } = game;
    await page.getByRole('button', { name: /Play as Torus Kline/ }).click();
    await waitForMural(game);
    const idleA = await stagePixels(page);
    await page.waitForTimeout(600);
    const idleB = await stagePixels(page);
    await game.screenshot('mural-before');
    // Play the sweetest path: choices that feed sugar move the mural towards acid.
    const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
    for (let i = 0; i < 3; i += 1) {
      await choices.first().click();
      await choices.first().waitFor();
    }
    await page.waitForTimeout(2500);
    const after = await stagePixels(page);
    await game.screenshot('mural-after');
    const report = await measurePixels(page, [idleA, idleB, after]);
    const [idle = 0, byChoice = 0] = [report.differences[0], report.differences[1]];
    for (const stats of report.stats) {
      expect(stats.colours).toBeGreaterThan(40);
      expect(stats.varied).toBeGreaterThan(0.2);
    }
    // The idle animation moves a little; the choices must move it much more.
    expect(byChoice).toBeGreaterThan(Math.max(1.5, idle * 3));
    expect(game.problems).toEqual([]);
  });
});
