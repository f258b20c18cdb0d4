// A resumed game looks and sounds exactly as it did: the backdrop and the mural on the
// stage, and the music loop howler plays, at several points of a solo and a group game.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { discussionOrChoices, it, measurePixels, playChoices, stagePixels } from './browser';

const AUTOSAVE = 'dental-biocalypse:save:auto';

/** The music loop howler is playing once any cross-fade has finished, by its file's name. */
async function musicPlaying(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      type Howl = { playing(): boolean; _loop: boolean; _src: string | string[] };
      const howls = (window as unknown as { Howler?: { _howls: Howl[] } }).Howler?._howls ?? [];
      const loops = howls.filter((howl) => howl._loop && howl.playing());
      if (loops.length !== 1) return null;
      const file =
        String((loops[0] as Howl)._src)
          .split('/')
          .pop() ?? '';
      return file.split('-')[0];
    },
    null,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as string;
}

/**
 * The stage once it has stopped changing for longer than anything it shows for a moment
 * (a mural pulse's still highlight lasts 2.5 s with reduced motion, which stills the rest).
 */
async function settledStage(page: Page): Promise<string> {
  const STILL_FOR_MS = 3_000;
  let shot = await stagePixels(page);
  let stillSince = Date.now();
  const giveUp = Date.now() + 30_000;
  while (Date.now() < giveUp) {
    const next = await stagePixels(page);
    const [difference] = (await measurePixels(page, [shot, next])).differences;
    shot = next;
    if ((difference ?? 1) >= 0.05) stillSince = Date.now();
    else if (Date.now() - stillSince >= STILL_FOR_MS) return shot;
  }
  throw new Error('the stage never settled');
}

async function savedScene(page: Page): Promise<{ backdrop: string | null; music: string | null }> {
  const save = JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE)) ?? '{}',
  );
  return save.game.scene;
}

interface Look {
  stage: string;
  music: string;
  scene: { backdrop: string | null; music: string | null };
}

async function look(page: Page): Promise<Look> {
  return {
    stage: await settledStage(page),
    music: await musicPlaying(page),
    scene: await savedScene(page),
  };
}

/** Reloads, continues from the autosave, and compares what is seen and heard. */
async function expectResumedAsBefore(page: Page, before: Look, continueAs: RegExp) {
  expect(before.music).toBe(before.scene.music);
  await page.reload();
  await page.getByRole('button', { name: continueAs }).click();
  await discussionOrChoices(page);
  const after = await look(page);
  expect(after.scene).toEqual(before.scene);
  expect(after.music).toBe(before.music);
  const [difference] = (await measurePixels(page, [before.stage, after.stage])).differences;
  expect(difference).toBeLessThan(1);
}

describe('a resumed game', () => {
  it('shows the same backdrop and plays the same music at several points of a solo game', async ({
    open,
  }) => {
    const game = await open({ reducedMotion: true });
    const { page } = game;
    await page.getByRole('button', { name: /Play as Kara Femir/ }).click();
    const seen: Look[] = [];
    for (const choices of [1, 3, 4]) {
      await playChoices(page, choices);
      const before = await look(page);
      seen.push(before);
      await expectResumedAsBefore(page, before, /Continue as Kara Femir/);
      await game.screenshot(`resumed-after-${seen.length}`);
    }
    // The measure can tell places apart: the festival and the gathering look different.
    const backdrops = new Set(seen.map((look) => look.scene.backdrop));
    expect(backdrops.size).toBeGreaterThan(1);
    const [apart] = (await measurePixels(page, [seen[0]?.stage ?? '', seen[2]?.stage ?? '']))
      .differences;
    expect(apart).toBeGreaterThan(1);
    expect(game.problems).toEqual([]);
  });

  it('shows the same backdrop and plays the same music in a workshop, held discussion included', async ({
    open,
  }) => {
    const game = await open({ reducedMotion: true });
    const { page } = game;
    await page.getByRole('button', { name: /Play together/ }).click();
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    for (let step = 0; step < 2; step += 1) {
      for (let n = 0; n < 3; n += 1) {
        await discussionOrChoices(page);
        const talk = page.getByRole('button', { name: 'Continue the story' });
        if (await talk.isVisible()) await talk.click();
        else await playChoices(page, 1);
      }
      await discussionOrChoices(page);
      const discussing = await page.getByRole('dialog', { name: 'Talk it over' }).isVisible();
      const before = await look(page);
      await expectResumedAsBefore(page, before, /Continue as Workshop/);
      // A discussion the group had not finished is still on screen after the reload.
      expect(await page.getByRole('dialog', { name: 'Talk it over' }).isVisible()).toBe(discussing);
    }
    expect(game.problems).toEqual([]);
  });
});
