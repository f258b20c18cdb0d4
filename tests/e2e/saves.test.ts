// Saves that never lose a player's story: Continue after a reload, a corrupt save kept
// and downloadable, play without storage, and a downloaded save uploaded again.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { discussionOrChoices, type GamePage, it, playChoices, seriousViolations } from './browser';

const AUTOSAVE = 'dental-biocalypse:save:auto';

async function snapshot(current: GamePage) {
  const { page } = current;
  return {
    lastLine: await page.locator('#story-log p.line').last().textContent(),
    choices: await page
      .getByRole('group', { name: 'Choices' })
      .getByRole('button')
      .allTextContents(),
    mural: await page.locator('#mural-words').textContent(),
  };
}

describe('saves', () => {
  it('continues after a reload at the same text, choices and simulation', async ({ open }) => {
    const game = await open();
    const { page } = game;
    await page.getByRole('button', { name: /Play as Kara Femir/ }).click();
    await playChoices(game.page, 3);
    const before = await snapshot(game);
    const saved = JSON.parse(
      (await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE)) ?? '{}',
    );
    await page.reload();
    await page.getByRole('button', { name: /Continue as Kara Femir/ }).click();
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().waitFor();
    expect(await snapshot(game)).toEqual(before);
    const again = JSON.parse(
      (await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE)) ?? '{}',
    );
    expect(again.game.microbiome).toEqual(saved.game.microbiome);
    await game.screenshot('continued');
    expect(game.problems).toEqual([]);
  });

  it('explains a corrupt save, keeps it downloadable, and still starts a game', async ({
    open,
  }) => {
    const game = await open();
    const { page } = game;
    // Let the first load finish (Phaser arrives after the title) before reloading.
    await page.waitForFunction(() => document.querySelector('#stage canvas') !== null);
    await page.evaluate((key) => localStorage.setItem(key, '{ torn save'), AUTOSAVE);
    await page.reload();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /could not be read: it is not a save file/,
    );
    await game.screenshot('corrupt');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the unreadable save' }).click(),
    ]);
    expect(readFileSync((await download.path()) as string, 'utf8')).toBe('{ torn save');
    await page.getByRole('button', { name: /Play as Jalen Rynn/ }).click();
    await playChoices(game.page, 1);
    // The torn save was moved aside, not lost, when the new autosave was written.
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('dental-biocalypse:kept:')),
    );
    expect(kept).toHaveLength(1);
    expect(game.problems).toEqual([]);
  });

  it('goes on from the nearest point of a save whose story changed, keeping the old save', async ({
    open,
  }) => {
    const older = readFileSync(
      path.resolve(import.meta.dirname, '../fixtures/saves/skeleton-e7bbfa3-torus.json'),
      'utf8',
    ).trim();
    const game = await open();
    const { page } = game;
    await page.waitForFunction(() => document.querySelector('#stage canvas') !== null);
    await page.evaluate(({ key, text }) => localStorage.setItem(key, text), {
      key: AUTOSAVE,
      text: older,
    });
    await page.reload();
    await page.getByRole('button', { name: /Continue as Torus Kline/ }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /is no longer offered here, so play goes on from the last point that still exists \(after \d of your 6 choices\)\. Your old save is kept\./,
    );
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().waitFor();
    await game.screenshot('older story');
    // The longer game is kept in the browser and offered as a file, byte for byte.
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('dental-biocalypse:kept:older')),
    );
    expect(kept).toHaveLength(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the old save' }).click(),
    ]);
    expect(readFileSync((await download.path()) as string, 'utf8')).toBe(older);
    // Or a fresh start, from the title.
    await page.getByRole('button', { name: 'Start afresh' }).click();
    await page.getByRole('heading', { name: 'Who will you be?' }).waitFor();
    expect(await page.getByRole('alert').isVisible()).toBe(false);
    // Later too: the title's saved games list what was kept aside, to download.
    await page.getByRole('button', { name: 'Load a saved game' }).click();
    const dialog = page.getByRole('dialog', { name: 'Load a saved game' });
    await expect(dialog.getByText(/A game from before the story changed/).count()).resolves.toBe(1);
    await game.screenshot('kept aside');
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download it Kept aside' }).click(),
    ]);
    expect(readFileSync((await again.path()) as string, 'utf8')).toBe(older);
    expect(game.problems).toEqual([]);
  });

  it('plays to an ending with storage disabled, and says where progress lives', async ({
    open,
  }) => {
    const game = await open({ blockStorage: true });
    const { page } = game;
    await expect(page.getByText('This browser will not keep saves').textContent()).resolves.toMatch(
      /download while playing/,
    );
    await page.getByRole('button', { name: /Play as Torus Kline/ }).click();
    const playAgain = page.getByRole('button', { name: 'Play again' });
    const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
    for (let turn = 0; !(await playAgain.isVisible()); turn += 1) {
      expect(turn).toBeLessThan(60);
      await choices.first().click();
    }
    await game.screenshot('ending-without-storage');
    expect(game.problems).toEqual([]);
  });

  it('downloads a save, and after storage is cleared, uploads it and resumes', async ({ open }) => {
    const game = await open();
    const { page } = game;
    await page.getByRole('button', { name: /Play as Elara Drosin/ }).click();
    await playChoices(game.page, 2);
    const before = await snapshot(game);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download save' }).click(),
    ]);
    const file = (await download.path()) as string;
    expect(JSON.parse(readFileSync(file, 'utf8')).kind).toBe('dental-biocalypse-save');
    await page.evaluate(() => localStorage.clear());
    await page.waitForFunction(() => document.querySelector('#stage canvas') !== null);
    await page.reload();
    // Continue is offered with the saved-game buttons, once the runtime has read the saves:
    // counting it before they are there would pass whatever was kept.
    await page.getByRole('button', { name: 'Load a save file' }).waitFor();
    expect(await page.getByRole('button', { name: /Continue as/ }).count()).toBe(0);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Load a save file' }).click(),
    ]);
    await chooser.setFiles(file);
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().waitFor();
    expect(await snapshot(game)).toEqual(before);
    expect(game.problems).toEqual([]);
  });
});

describe('deleting saves', () => {
  // Names no story line uses, so finding one in storage can only mean a class's save.
  const CLASS = ['Yevgenia', 'Oyelaran', 'Thaddeus', 'Ingeborg'];
  const stored = (page: GamePage['page']) =>
    page.evaluate(() =>
      Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key) ?? ''}`),
    );

  it('deletes every save of a class after asking, so the next class finds no trace', async ({
    open,
  }) => {
    const game = await open();
    const { page } = game;
    await page.getByRole('button', { name: /Play together/ }).click();
    for (const [i, name] of CLASS.entries()) {
      await page.getByLabel(`Player ${i + 1}'s name`).fill(name);
    }
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
    // The short session may stop for a discussion before its first choice and after it.
    const talkOver = async () => {
      await discussionOrChoices(page);
      if (await page.getByRole('dialog', { name: 'Talk it over' }).isVisible()) {
        await page.getByRole('button', { name: 'Continue the story' }).click();
      }
    };
    await talkOver();
    const logBefore = await page.locator('#story-log').textContent();
    await choices.first().click();
    // The choice's passage and any discussion it opens are drawn in one render.
    await page.waitForFunction(
      (text) => document.querySelector('#story-log')?.textContent !== text,
      logBefore,
    );
    await talkOver();
    // Into a slot as well as the autosave.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Save here Slot 2' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved in Slot 2.' }).waitFor();
    await page.getByRole('button', { name: 'Save here Slot 3' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved in Slot 3.' }).waitFor();
    await page.keyboard.press('Escape');
    const before = (await stored(page)).join('\n');
    for (const name of CLASS) expect(before).toContain(name);

    await page.reload();
    await page.getByRole('button', { name: /Continue as/ }).waitFor();
    await page.getByRole('button', { name: 'Load a saved game' }).click();
    const slots = page.getByRole('dialog', { name: 'Load a saved game' });
    // One save alone first: its button says which slot, its question whose game it is.
    await slots.getByRole('button', { name: 'Delete Slot 3' }).click();
    const one = page.getByRole('alertdialog', { name: /^Delete the save of Workshop: Yevgenia/ });
    await one.getByRole('button', { name: 'Delete it' }).click();
    await slots.getByRole('status').filter({ hasText: 'Deleted the save in Slot 3.' }).waitFor();
    await expect(slots.locator('[data-slot="slot-3"]').textContent()).resolves.toContain('Empty');
    await expect(slots.evaluate((dialog) => dialog.contains(document.activeElement))).resolves.toBe(
      true,
    );
    await slots.getByRole('button', { name: 'Delete all saves' }).click();
    const question = page.getByRole('alertdialog', {
      name: 'Delete all saved games in this browser?',
    });
    // It names what goes, and the safe answer has the focus.
    await expect(question.getByRole('listitem').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Autosave: Workshop: Yevgenia, Oyelaran, Thaddeus and Ingeborg, /),
      expect.stringMatching(/^Slot 2: Workshop: Yevgenia, Oyelaran, Thaddeus and Ingeborg, /),
    ]);
    await expect(
      question
        .getByRole('button', { name: 'Keep them' })
        .evaluate((b) => b === document.activeElement),
    ).resolves.toBe(true);
    const remaining = (await stored(page)).join('\n');
    expect(await seriousViolations(page)).toEqual([]);
    await game.screenshot('delete all question');
    // Keeping them deletes nothing.
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'detached' });
    expect((await stored(page)).join('\n')).toBe(remaining);

    await slots.getByRole('button', { name: 'Delete all saves' }).click();
    await question.getByRole('button', { name: 'Delete all saves' }).click();
    await slots.getByRole('status').filter({ hasText: 'Deleted all saves.' }).waitFor();
    await expect(slots.getByText('Empty').count()).resolves.toBe(4);
    // The title behind the dialog follows at once: nothing to continue.
    await page.keyboard.press('Escape');
    await slots.waitFor({ state: 'hidden' });
    expect(await page.getByRole('button', { name: /Continue as/ }).count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Who will you be?' }).waitFor();
    await page.waitForFunction(() => document.querySelector('#stage canvas') !== null);
    await page.getByRole('button', { name: 'Load a saved game' }).waitFor();
    expect(await page.getByRole('button', { name: /Continue as/ }).count()).toBe(0);
    const after = (await stored(page)).join('\n');
    for (const name of CLASS) expect(after).not.toContain(name);
    expect(game.problems).toEqual([]);
  });

  it('deletes every save from the title too, after asking, and leaves nothing to continue', async ({
    open,
  }) => {
    const game = await open();
    const { page } = game;
    await page.getByRole('button', { name: /Play as Jalen Rynn/ }).click();
    await playChoices(page, 1);
    await page.reload();
    await page.getByRole('button', { name: /Continue as Jalen Rynn/ }).waitFor();
    await page.getByRole('button', { name: 'Delete all saves' }).click();
    const question = page.getByRole('alertdialog', {
      name: 'Delete all saved games in this browser?',
    });
    await question.getByRole('button', { name: 'Delete all saves' }).click();
    await question.waitFor({ state: 'detached' });
    // Waited for as a person would see it: in 3 of about 40 loaded runs the Continue button
    // was still counted the moment the question went (cause not found; see the closing
    // note of 2026-12-06). A Continue that stays fails here after expect.poll's 5 s.
    await expect.poll(() => page.getByRole('button', { name: /Continue as/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete all saves' }).count()).toBe(0);
    expect((await stored(page)).filter((entry) => entry.includes(':save:'))).toEqual([]);
    expect(game.problems).toEqual([]);
  });
});
