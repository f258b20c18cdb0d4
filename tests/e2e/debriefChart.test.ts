// The debrief's chart as a class reads it after a whole game: pH minute by minute with its
// dips and their lowest values, the choices numbered on the axis and listed beside the
// chart in words, and turning points that never say "by 0%".
import { describe, expect } from 'vitest';
import { choiceButtons, it, seriousViolations } from './browser';

describe('the debrief chart', () => {
  it('shows every acid dip with its lowest value, numbers the choices and lists them in words', async ({
    open,
  }) => {
    const game = await open({ viewport: { width: 1920, height: 1080 }, reducedMotion: true });
    const { page } = game;
    await page.getByRole('button', { name: /Play as Kara Femir/ }).click();
    // The first choice each time: this path feasts on sugar in the first act.
    let choices = 0;
    const playAgain = page.getByRole('button', { name: 'Play again' });
    while (!(await playAgain.isVisible())) {
      await choiceButtons(page).first().click();
      choices += 1;
      expect(choices).toBeLessThan(60);
    }
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await page.getByRole('heading', { level: 1, name: /Debrief/ }).waitFor();
    const figure = page.locator('figure.timeline');

    // Numbered on the axis and in the list beside the chart, one per choice.
    const numbers = await figure.locator('.timeline-number').allTextContents();
    expect(numbers.length).toBeGreaterThan(choices / 2);
    expect(numbers.at(-1)).toBe(String(choices));
    const list = figure.getByRole('list', { name: 'The choices on the chart, by number' });
    const items = await list.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(choices);
    for (const item of items) {
      expect(item).toMatch(/Over the next \d+ (h|min), pH (fell|stayed)|No time passed/);
    }
    // The list sits beside the chart at a projector's width, not under it.
    const chartBox = await figure.locator('svg.timeline-chart').boundingBox();
    const listBox = await list.boundingBox();
    expect(listBox && chartBox && listBox.x > chartBox.x + chartBox.width - 1).toBe(true);

    // pH minute by minute: far more points than choices, each dip dotted and its value written.
    const phPoints = await figure
      .locator('polyline.timeline-ph')
      .evaluate((line) => (line.getAttribute('points') ?? '').split(' ').length);
    expect(phPoints).toBeGreaterThan(choices * 5);
    const dips = await figure.locator('circle.timeline-dip').count();
    const labels = await figure.locator('.timeline-dip-label').allTextContents();
    expect(dips).toBeGreaterThan(0);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^\d\.\d\d?$/);
    await expect(figure.locator('.timeline-critical').textContent()).resolves.toBe(
      'pH 5.5: enamel dissolves below',
    );
    await expect(figure.locator('figcaption').textContent()).resolves.toMatch(
      /first went below 5\.5 after choice \d+/,
    );
    expect(await figure.locator('polyline.timeline-biomass').count()).toBe(1);

    // Why this ending: no "by 0%", no 0 points.
    const why = await page.locator('.turning-points').textContent();
    expect(why ?? '').not.toMatch(/by 0%|\b0 points?\b/);
    await figure.scrollIntoViewIfNeeded();
    await game.screenshot('debrief-chart-1920');
    expect(await seriousViolations(page)).toEqual([]);
    expect(game.problems).toEqual([]);
  });
});
