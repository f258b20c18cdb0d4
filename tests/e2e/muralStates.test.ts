// Every state the mural can take, each from a short simulated history (the teacher's
// gallery at #mural=<state>): screenshots are saved and each differs visibly from the rest.
import { describe, expect } from 'vitest';
import { holdsStill, it, measurePixels } from './browser';

const STATES = ['vibrant', 'serene', 'anxious', 'acidic', 'inflamed', 'scorched'];

describe('the mural gallery', () => {
  it('paints six visibly different states, each named in words', async ({ open }) => {
    // Reduced motion stills the idle animation, so differences come from the states.
    const game = await open({ hash: '#mural=vibrant', reducedMotion: true });
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
      // Look once the eased transition has settled: the picture holds still.
      const settled = await holdsStill(page);
      expect(settled.still, `${state}: ${settled.differences}`).toBe(true);
      await game.screenshot(state);
      shots.push(settled.shot);
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
