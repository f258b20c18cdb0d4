// Every state the mural can take, each from a short simulated history (the teacher's
// gallery at #mural=<state>): screenshots are saved and each differs visibly from the rest.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { type GamePage, measurePixels, openGame, stagePixels } from './browser';

const url = inject('gameUrl');
const STATES = ['vibrant', 'serene', 'anxious', 'acidic', 'inflamed', 'scorched'];
let game: GamePage | undefined;

afterEach(async () => {
  await game?.close();
  game = undefined;
});

describe('the mural gallery', () => {
  it('paints six visibly different states, each named in words', async () => {
    // Reduced motion stills the idle animation, so differences come from the states.
    game = await openGame(`${url}#mural=vibrant`, 'mural states', { reducedMotion: true });
    const { page } = game;
    await page.getByRole('heading', { name: "The mural's six states" }).waitFor();
    await page.waitForFunction(() => document.querySelector('#stage canvas') !== null);
    const shots: string[] = [];
    for (const state of STATES) {
      await page
        .getByRole('group', { name: 'Mural states' })
        .getByRole('button', { name: state })
        .click();
      await expect(page.locator('#gallery-words').textContent()).resolves.toMatch(
        new RegExp(`^${state}, after `),
      );
      // Let the eased transition settle before looking.
      await page.waitForTimeout(2500);
      await game.screenshot(state);
      shots.push(await stagePixels(page));
    }
    // Compare every state with every other: shots[i] against shots[j].
    for (let i = 0; i < shots.length; i += 1) {
      for (let j = i + 1; j < shots.length; j += 1) {
        const { differences } = await measurePixels(page, [shots[i] as string, shots[j] as string]);
        expect(differences[0], `${STATES[i]} vs ${STATES[j]}`).toBeGreaterThan(3);
      }
    }
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await page.getByRole('heading', { name: 'Who will you be?' }).waitFor();
    expect(game.problems).toEqual([]);
  });
});
