// The mural's key, as a class meets it in the teacher's gallery and in play: all seven groups
// named with their role and share, each group's identity card opened by keyboard, by a click
// on the key and by a click on the colony itself on the stage, with its microscope painted.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import {
  afterFrames,
  holdsStill,
  it,
  measurePixels,
  STILL,
  seriousViolations,
  stagePixels,
  waitForPaintedStage,
  waitForStageChange,
} from './browser';

const GROUP_NAMES = [
  'Commensal streptococci',
  'Streptococcus mutans',
  'Lactobacilli',
  'Veillonella',
  'Fusobacterium nucleatum',
  'Porphyromonas gingivalis',
  'Candida albicans',
];

/** Where a colony's home is on the page: scenes/mural/muralFrame.ts and colonies.ts. */
async function colonyPoint(page: Page, home: { x: number; y: number }) {
  const box = await page.locator('#stage').boundingBox();
  if (!box) throw new Error('no stage on screen');
  const size = Math.min(box.width * 0.86, box.height * 0.8);
  let width = size * 1.2;
  let x = (box.width - width) / 2;
  if (width > box.width * 0.94) {
    width = box.width * 0.94;
    x = box.width * 0.03;
  }
  const y = (box.height - size) / 2;
  return { x: box.x + x + width * home.x, y: box.y + y + size * home.y };
}

const key = (page: Page) => page.locator('#gallery-screen .mural-key');
const card = (page: Page) => key(page).locator('.colony-card');

/** The microscope's lens has been painted: many colours, not one flat fill. */
async function lensPainted(page: Page) {
  await expect
    .poll(
      async () => {
        const shot = (await card(page).locator('canvas.microscope').screenshot()).toString(
          'base64',
        );
        return (await measurePixels(page, [shot])).stats[0]?.colours ?? 0;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(30);
}

describe("the mural's key", () => {
  it('names all seven groups with role and share, and opens each card by keyboard, click and a tap on the wall', async ({
    open,
  }) => {
    const game = await open({ hash: '#mural=vibrant', reducedMotion: true });
    const { page } = game;
    await page.getByRole('heading', { name: "The mural's six states" }).waitFor();
    const groups = key(page).getByRole('list', { name: 'Groups on the wall' }).getByRole('button');
    await expect.poll(() => groups.count()).toBe(7);
    const names = await groups.evaluateAll((buttons) =>
      buttons.map((b) => b.querySelector('.mural-key-name')?.textContent ?? ''),
    );
    expect(names).toEqual(GROUP_NAMES);
    // Each names its role and its share of the plaque, in words.
    const lines = await groups.allTextContents();
    expect(lines[1]).toMatch(/acid-maker/);
    expect(lines[2]).toMatch(/acid-lover/);
    expect(lines[0]).toMatch(
      /acid- and alkali-makers.*acid after sugar, alkali between.*teal chains of round beads.*\d+% of the plaque/,
    );

    // Keyboard: Tab from the state buttons to the first group, Enter opens its card.
    await page.getByRole('button', { name: 'vibrant' }).focus();
    for (let i = 0; i < 20; i += 1) {
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused.startsWith('Commensal streptococci')) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect(card(page).getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Commensal streptococci',
    );
    await expect(groups.first().getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(card(page).textContent()).resolves.toMatch(/What feeds it.*What it does to pH/);
    await lensPainted(page);
    await game.screenshot('commensal-card');
    // Escape closes it, and focus goes back to the group it came from.
    await card(page).getByRole('button', { name: 'Close card' }).focus();
    await page.keyboard.press('Escape');
    await expect(card(page).isHidden()).resolves.toBe(true);
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-group')),
    ).resolves.toBe('C');

    // Pointer on the key: Lactobacilli's card.
    await groups.nth(2).click();
    await expect(card(page).getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Lactobacilli',
    );
    await expect(card(page).textContent()).resolves.toMatch(/acid-lover/);

    // Pointer on the wall itself: Veillonella's colony (home 0.46, 0.60 of the wall).
    await page.waitForFunction(() => document.querySelector('#stage canvas') !== null);
    const veillonella = await colonyPoint(page, { x: 0.46, y: 0.6 });
    await page.mouse.click(veillonella.x, veillonella.y);
    await expect(card(page).getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Veillonella',
    );
    // Focus follows the tap to the card, so a screen reader hears what opened.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Veillonella',
    );
    await lensPainted(page);
    // A click on the bare corner of the stage opens nothing new.
    const box = await page.locator('#stage').boundingBox();
    if (!box) throw new Error('no stage');
    await page.mouse.click(box.x + 4, box.y + 4);
    await expect(card(page).getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Veillonella',
    );
    expect(await seriousViolations(page)).toEqual([]);
    expect(game.problems).toEqual([]);
  });

  it('microscope mode zooms the stage into a colony by keyboard, cuts with reduced motion, and back', async ({
    open,
  }) => {
    const game = await open({ hash: '#mural=vibrant', reducedMotion: true });
    const { page } = game;
    await page.getByRole('heading', { name: "The mural's six states" }).waitFor();
    await waitForPaintedStage(page);
    const whole = (await holdsStill(page)).shot;
    const stage = page.locator('#stage');
    const groups = key(page).getByRole('list', { name: 'Groups on the wall' }).getByRole('button');
    await groups.first().click();
    const zoom = card(page).getByRole('button', { name: 'Look through the microscope' });
    await expect(zoom.getAttribute('aria-pressed')).resolves.toBe('false');
    await zoom.focus();
    await page.keyboard.press('Enter');
    await expect(stage.getAttribute('data-microscope')).resolves.toBe('C');
    await expect(zoom.getAttribute('aria-pressed')).resolves.toBe('true');
    // Reduced motion: a cut. Two frames on, the stage already shows the magnified plaque
    // and holds it (with motion it would still be gliding in for 0.8 s).
    await afterFrames(page, 2);
    const early = await stagePixels(page);
    const zoomed = await holdsStill(page, 20);
    expect(zoomed.still).toBe(true);
    const [settled = 1] = (await measurePixels(page, [early, zoomed.shot])).differences;
    expect(settled).toBeLessThan(STILL);
    // The whole stage is the plaque now: far from the picture of sky and wall.
    const [change = 0] = (await measurePixels(page, [whole, zoomed.shot])).differences;
    expect(change).toBeGreaterThan(12);
    await game.screenshot('microscope-commensals');
    // A tap on the magnified view is a tap on the colony under it: the middle of the view is
    // the commensals' home (without the zoom, the stage's middle is Fusobacterium's).
    const box = await stage.boundingBox();
    if (!box) throw new Error('no stage');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(card(page).getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Commensal streptococci',
    );
    // Pressed again: the whole stage, as it was.
    await zoom.focus();
    await page.keyboard.press('Enter');
    await expect(stage.getAttribute('data-microscope')).resolves.toBeNull();
    await expect(zoom.getAttribute('aria-pressed')).resolves.toBe('false');
    const back = await holdsStill(page, 20);
    const [restored = 1] = (await measurePixels(page, [whole, back.shot])).differences;
    expect(restored).toBeLessThan(1);
    // Under the microscope, another group's card moves the zoom there; Escape ends both.
    await zoom.click();
    await groups.nth(2).click();
    await expect(stage.getAttribute('data-microscope')).resolves.toBe('L');
    await waitForStageChange(page, zoomed.shot, 5);
    await card(page).getByRole('button', { name: 'Close card' }).focus();
    await page.keyboard.press('Escape');
    await expect(stage.getAttribute('data-microscope')).resolves.toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    expect(game.problems).toEqual([]);
  });

  it('sits folded under the mural words in play, and a tap on the wall unfolds it to a card', async ({
    open,
  }) => {
    const game = await open({ reducedMotion: true });
    const { page } = game;
    await page.getByRole('button', { name: /Kara Femir/ }).click();
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().waitFor();
    const playKey = page.locator('#play-screen .mural-key');
    await expect(playKey.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(playKey.locator('summary').textContent()).resolves.toBe(
      "The mural's key: who lives on the wall",
    );
    await page.waitForFunction(() => document.querySelector('#stage canvas') !== null);
    const commensals = await colonyPoint(page, { x: 0.3, y: 0.34 });
    await page.mouse.click(commensals.x, commensals.y);
    await expect(playKey.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(
      playKey.locator('.colony-card').getByRole('heading', { level: 2 }).textContent(),
    ).resolves.toBe('Commensal streptococci');
    expect(await seriousViolations(page)).toEqual([]);
    expect(game.problems).toEqual([]);
  });

  // The README's pictures of the key and a card, at a projector's and a phone's size.
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ]) {
    it(`shows the key and a card at ${size.width}x${size.height} (docs/images)`, async ({
      open,
    }) => {
      const folder = path.resolve(import.meta.dirname, '../../docs/images');
      mkdirSync(folder, { recursive: true });
      const game = await open({ hash: '#mural=acidic', viewport: size, reducedMotion: true });
      const { page } = game;
      await page.getByRole('heading', { name: "The mural's six states" }).waitFor();
      await page.waitForFunction(() => document.querySelector('#stage canvas') !== null);
      const list = key(page).getByRole('list', { name: 'Groups on the wall' });
      await list.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(folder, `mural-key-${size.width}.png`) });
      await list.getByRole('button').nth(2).click();
      await lensPainted(page);
      await card(page).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(folder, `colony-card-${size.width}.png`) });
      expect(await seriousViolations(page)).toEqual([]);
      expect(game.problems).toEqual([]);
    });
  }
});
