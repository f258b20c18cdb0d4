import { describe, expect } from 'vitest';
import {
  holdsStill,
  it,
  measurePixels,
  muralPixels,
  stagePixels,
  waitForPaintedStage,
} from './browser';

describe('playing the slice in Chromium', () => {
  it('plays from the title to an ending with the mouse, by role and name', async ({ open }) => {
    const game = await open();
    const { page } = game;
    // The title a person sees: the game's name as the page's visible main heading.
    const title = page.getByRole('heading', { level: 1 }).filter({ visible: true });
    await title.waitFor();
    expect(await title.textContent()).toBe('Dental Biocalypse');
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

  it('plays to an ending with the keyboard only', async ({ open }) => {
    const game = await open();
    const { page } = game;
    await page.getByRole('button', { name: /Play as Elara Drosin/ }).waitFor();
    // Tab to the third role (Kara) and press Enter, as a keyboard player would.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toMatch(/Kara Femir/);
    await page.keyboard.press('Enter');
    const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
    await choices.first().waitFor();
    // After each passage the first choice has focus (with the new screen's first frame),
    // so Enter picks it and 1-9 pick any.
    await page.waitForFunction(() => document.activeElement?.classList.contains('choice'));
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

  it('paints a mural that visibly changes after choices, and only because of them', async ({
    open,
  }) => {
    // Reduced motion stills the idle animation (tests/e2e/accessibility.test.ts shows it
    // moving otherwise), so what changes on the wall is the choices' doing.
    const game = await open({ reducedMotion: true });
    const { page } = game;
    await page.getByRole('button', { name: /Play as Torus Kline/ }).click();
    await waitForPaintedStage(page);
    const before = await holdsStill(page, 40, muralPixels);
    expect(before.still, `before the choices: ${before.differences}`).toBe(true);
    await game.screenshot('mural-before');
    // Play the sweetest path: choices that feed sugar move the mural towards acid.
    const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
    for (let i = 0; i < 3; i += 1) {
      await choices.first().click();
      await choices.first().waitFor();
    }
    // Once its easing is over, the wall itself (not the backdrop, which follows the scene)
    // looks different.
    const after = await holdsStill(page, 40, muralPixels);
    expect(after.still, `after the choices: ${after.differences}`).toBe(true);
    await game.screenshot('mural-after');
    const [byChoices = 0] = (await measurePixels(page, [before.shot, after.shot])).differences;
    expect(byChoices).toBeGreaterThan(1.5);
    for (const stats of (await measurePixels(page, [await stagePixels(page)])).stats) {
      expect(stats.colours).toBeGreaterThan(40);
      expect(stats.varied).toBeGreaterThan(0.2);
    }
    expect(game.problems).toEqual([]);
  });
});
