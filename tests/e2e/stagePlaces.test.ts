// The stage as a game engine: the story's five places come on as the story moves there,
// each drawn as a scene of its own; the aftermath's wall takes the players' strokes by
// mouse and by keyboard, and they are saved and come back after a reload; reduced motion
// stills every place; a high-DPI screen gets a canvas at its own resolution.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { muralFrame } from '../../src/scenes/mural/muralFrame';
import { choiceButtons, holdsStill, it, measurePixels, waitForPaintedStage } from './browser';

const AUTOSAVE = 'dental-biocalypse:save:auto';

/** Which place scene each `# bg:` of the story is drawn with; the rest show the hub alone. */
const PLACE_OF: Record<string, string> = {
  festival: 'place-commons',
  gathering: 'place-story-circle',
  workshop: 'place-workshop',
  ritual: 'place-ritual',
  aftermath: 'place-aftermath',
};

interface Saved {
  scene: { backdrop: string | null };
  strokes: { colour: string; points: [number, number][] }[];
}

async function saved(page: Page): Promise<Saved | null> {
  const text = await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE);
  return text ? (JSON.parse(text).game as Saved) : null;
}

/** The place the story is in, by the autosave, once the stage shows that place's scene. */
async function placeShown(page: Page): Promise<string> {
  let place = '';
  await expect
    .poll(
      async () => {
        const game = await saved(page);
        const expected = PLACE_OF[game?.scene.backdrop ?? 'festival'] ?? '';
        place = (await page.locator('#stage').getAttribute('data-place')) ?? 'none yet';
        return place === expected;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return place;
}

/** The strip of stage below the wall, where each place's people stand. */
async function groundPixels(page: Page): Promise<string> {
  const box = await page.locator('#stage').boundingBox();
  if (!box) throw new Error('no stage');
  const frame = muralFrame(box.width, box.height);
  const top = frame.y + frame.height * 0.9;
  const clip = { x: box.x, y: box.y + top, width: box.width, height: box.height - top };
  return (await page.screenshot({ clip })).toString('base64');
}

async function choose(page: Page): Promise<void> {
  const before = await page.locator('#story-log').textContent();
  await choiceButtons(page).first().click();
  await page.waitForFunction(
    (text) => document.querySelector('#story-log')?.textContent !== text,
    before,
  );
  await choiceButtons(page).first().waitFor();
}

/** Plays Kara's first choices until the story reaches the aftermath; returns each place's ground. */
async function playToAftermath(page: Page, stilled: boolean): Promise<Map<string, string>> {
  await page.getByRole('button', { name: /Kara Femir/ }).click();
  await choiceButtons(page).first().waitFor();
  const grounds = new Map<string, string>();
  for (let step = 0; step < 40; step += 1) {
    const place = await placeShown(page);
    if (place && !grounds.has(place)) {
      // The place's people and things are in; with reduced motion the whole stage (its
      // lanterns, flames, bubbles, people) then holds still. With motion, it need not.
      if (stilled) {
        const settled = await holdsStill(page);
        expect(settled.still, `${place}: ${settled.differences}`).toBe(true);
      }
      grounds.set(place, await groundPixels(page));
    }
    if (place === 'place-aftermath') return grounds;
    await choose(page);
  }
  throw new Error(`never reached the aftermath; places seen: ${[...grounds.keys()].join(', ')}`);
}

/** The colour of the stage at a point of the wall (0-1 across and down its frame). */
async function wallColour(page: Page, [x, y]: [number, number]): Promise<number[]> {
  const box = await page.locator('#stage').boundingBox();
  if (!box) throw new Error('no stage');
  const frame = muralFrame(box.width, box.height);
  const clip = {
    x: Math.round(box.x + frame.x + x * frame.width) - 1,
    y: Math.round(box.y + frame.y + y * frame.height) - 1,
    width: 3,
    height: 3,
  };
  const shot = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    return [...context.getImageData(1, 1, 1, 1).data.slice(0, 3)];
  }, shot);
}

const near = (colour: number[], hex: string) => {
  const target = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return Math.max(...colour.map((v, i) => Math.abs(v - (target[i] ?? 0)))) <= 40;
};

describe('the stage', () => {
  it('shows each of the five places as the story reaches it, stilled with reduced motion', async ({
    open,
  }) => {
    const game = await open({ reducedMotion: true });
    const { page } = game;
    const grounds = await playToAftermath(page, true);
    expect([...grounds.keys()].sort()).toEqual(Object.values(PLACE_OF).sort());
    await game.screenshot('aftermath-stilled');
    // Each place draws its own people and things: every pair of places looks different.
    const places = [...grounds.keys()];
    const shots = [...grounds.values()];
    for (let i = 0; i < shots.length; i += 1) {
      for (let j = i + 1; j < shots.length; j += 1) {
        const { differences } = await measurePixels(page, [shots[i] as string, shots[j] as string]);
        expect(differences[0], `${places[i]} vs ${places[j]}`).toBeGreaterThan(8);
      }
    }
    // Reduced motion: no lantern sways, no spore drifts; the whole stage holds still.
    const settled = await holdsStill(page);
    expect(settled.still, String(settled.differences)).toBe(true);
    expect(game.problems).toEqual([]);
  });

  it('takes strokes on the aftermath wall by mouse and by keyboard, and keeps them over a reload', async ({
    open,
  }) => {
    const game = await open();
    const { page } = game;
    await playToAftermath(page, false);
    const tools = page.getByRole('region', { name: 'Paint on the wall' });
    await expect(tools.getByText(/holds 0 strokes/).isVisible()).resolves.toBe(true);

    // A mouse stroke across the upper wall, in moss green (the paint first offered).
    const box = await page.locator('#stage').boundingBox();
    if (!box) throw new Error('no stage');
    const frame = muralFrame(box.width, box.height);
    const at = (x: number, y: number) =>
      [box.x + frame.x + x * frame.width, box.y + frame.y + y * frame.height] as const;
    await page.mouse.move(...at(0.25, 0.3));
    await page.mouse.down();
    for (let k = 1; k <= 20; k += 1) await page.mouse.move(...at(0.25 + k * 0.02, 0.3));
    await page.mouse.up();
    await tools.getByText(/holds 1 stroke /).waitFor();

    // A keyboard stroke in lantern gold: from the middle, right and then down.
    await tools.getByRole('radio', { name: 'lantern gold' }).check();
    const keys = tools.getByRole('button', { name: 'Paint with the keys' });
    await keys.focus();
    for (let k = 0; k < 5; k += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await tools.getByText(/Brush at 65% across, 59% down, painting lantern gold/).waitFor();
    await page.keyboard.press('Enter');
    await tools.getByText(/holds 2 strokes/).waitFor();
    // Escape lifts the brush: nothing more is painted.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await tools.getByText(/nothing painted/).waitFor();
    await game.screenshot('painted');

    const before = await saved(page);
    expect(before?.strokes.map((stroke) => stroke.colour)).toEqual(['moss', 'lantern']);
    expect(before?.strokes[1]?.points).toEqual([
      [0.5, 0.5],
      [0.53, 0.5],
      [0.56, 0.5],
      [0.59, 0.5],
      [0.62, 0.5],
      [0.65, 0.5],
      [0.65, 0.59],
    ]);

    await page.reload();
    await page.getByRole('button', { name: /Continue as Kara Femir/ }).click();
    await choiceButtons(page).first().waitFor();
    await placeShown(page);
    await page
      .getByRole('region', { name: 'Paint on the wall' })
      .getByText(/holds 2 strokes/)
      .waitFor();
    expect((await saved(page))?.strokes).toEqual(before?.strokes);
    // The game read back keeps them too: a dab added now joins them.
    await page.getByRole('button', { name: 'Paint with the keys' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('region', { name: 'Paint on the wall' })
      .getByText(/holds 3 strokes/)
      .waitFor();
    await expect.poll(async () => (await saved(page))?.strokes.length).toBe(3);
    expect((await saved(page))?.strokes.slice(0, 2)).toEqual(before?.strokes);
    // The paint is on the wall again, where it was put, in its colours. The stage repaints
    // after the reload once Phaser has started, which on a loaded machine took over 20 s:
    // first the wall as a person sees it painted, then its two strokes.
    await waitForPaintedStage(page);
    await expect
      .poll(() => wallColour(page, [0.45, 0.3]).then((c) => near(c, '#7fe0c4')), {
        timeout: 20_000,
      })
      .toBe(true);
    await expect
      .poll(() => wallColour(page, [0.575, 0.5]).then((c) => near(c, '#ffc46b')), {
        timeout: 20_000,
      })
      .toBe(true);
    await game.screenshot('painted-after-reload');

    // On to the ending: the debrief shows the wall with the players' paint, said in words.
    const playAgain = page.getByRole('button', { name: 'Play again' });
    for (let step = 0; !(await playAgain.isVisible()); step += 1) {
      expect(step).toBeLessThan(30);
      await choose(page).catch(() => undefined);
    }
    await page.getByRole('button', { name: 'See the debrief' }).click();
    const wall = page.locator('figure.players-wall');
    await expect
      .poll(() => wall.locator('figcaption').textContent())
      .toBe(
        'The wall as the players left it in the aftermath: 3 strokes of their own (2 in moss green, 1 in lantern gold) over the final mural.',
      );
    await expect
      .poll(async () => {
        const shot = (await wall.locator('canvas').screenshot()).toString('base64');
        return (await measurePixels(page, [shot])).stats[0]?.colours ?? 0;
      })
      .toBeGreaterThan(40);
    await wall.scrollIntoViewIfNeeded();
    await game.screenshot('debrief-wall');
    expect(game.problems).toEqual([]);
  });

  it('paints at the screen resolution on a high-DPI phone', async ({ open }) => {
    const game = await open({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const { page } = game;
    await page.getByRole('button', { name: /Kara Femir/ }).click();
    await choiceButtons(page).first().waitFor();
    await placeShown(page);
    const sizes = await page
      .locator('#stage canvas')
      .last()
      .evaluate((canvas: HTMLCanvasElement) => ({
        pixels: canvas.width,
        css: canvas.getBoundingClientRect().width,
      }));
    expect(sizes.pixels).toBe(Math.round(sizes.css * 2));
    await game.screenshot('phone-commons');
    expect(game.problems).toEqual([]);
  });
});
