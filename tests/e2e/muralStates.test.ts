// Every state the mural can take, each from a short simulated history (the teacher's
// gallery at #mural=<state>): screenshots are saved and each differs visibly from the rest.
//
// The measure: the mean absolute difference per RGB channel (0-255) between two states'
// screenshots of the wall's inner 70% (`muralPixels`: the backdrop around the wall is left
// out, it is the same for all six). Every pair must differ by at least DISTINCT. For scale:
// two shots of one still state differ by under 0.05 (STILL), and a difference of 18 is a
// change a class sees across a room (a tint of the whole wall, or colonies gone).
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { holdsStill, it, measurePixels, muralPixels } from './browser';

const STATES = ['vibrant', 'serene', 'anxious', 'acidic', 'inflamed', 'scorched'];
const DISTINCT = 18;

/** Mean colourfulness (max - min channel, 0-255) of a shot: a bleached wall has little. */
function chroma(page: Page, shot: string): Promise<number> {
  return page.evaluate(async (png) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let sum = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const r = pixels[i] ?? 0;
      const g = pixels[i + 1] ?? 0;
      const b = pixels[i + 2] ?? 0;
      sum += Math.max(r, g, b) - Math.min(r, g, b);
    }
    return sum / (pixels.length / 4);
  }, shot);
}

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
      shots.push(await muralPixels(page));
    }
    // Compare every state with every other: shots[i] against shots[j].
    const pairs: string[] = [];
    let least = Number.POSITIVE_INFINITY;
    for (let i = 0; i < shots.length; i += 1) {
      for (let j = i + 1; j < shots.length; j += 1) {
        const { differences } = await measurePixels(page, [shots[i] as string, shots[j] as string]);
        const difference = differences[0] ?? 0;
        pairs.push(`${STATES[i]}/${STATES[j]} ${difference.toFixed(1)}`);
        least = Math.min(least, difference);
      }
    }
    expect(least, pairs.join(', ')).toBeGreaterThanOrEqual(DISTINCT);
    // Scorched looks emptied: a bleached, bare wall with little colour left on it.
    const colour = await Promise.all(shots.map((shot) => chroma(page, shot)));
    const scorched = colour[STATES.indexOf('scorched')] as number;
    const others = colour.filter((_, i) => STATES[i] !== 'scorched');
    expect(scorched, `colourfulness ${colour.map((c) => c.toFixed(1))}`).toBeLessThan(
      Math.min(...others) / 2,
    );
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await page.getByRole('heading', { name: 'Who will you be?' }).waitFor();
    expect(game.problems).toEqual([]);
  });
});
