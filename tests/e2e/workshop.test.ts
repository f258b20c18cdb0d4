// A workshop at one screen: four players set up an ensemble game, the story hands each
// tagged choice to its player by name, discussion prompts stop play until the facilitator
// continues, the pause freezes play, and the debrief draws the chart and exports one CSV
// row per choice with the right roles.
import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { describe, expect } from 'vitest';
import { discussionOrChoices, it, seriousViolations } from './browser';

const CAST = { elara: 'Ana', torus: 'Ben', kara: 'Cy', jalen: 'Dee' } as const;
const NAMES: Record<string, keyof typeof CAST> = {
  Ana: 'elara',
  Ben: 'torus',
  Cy: 'kara',
  Dee: 'jalen',
};

/** How many distinct colours a canvas shows: a blank one shows one or two. */
async function tapestryInk(canvas: Locator): Promise<number> {
  await canvas.waitFor();
  return canvas.evaluate((node: HTMLCanvasElement) => {
    const context = node.getContext('2d');
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, node.width, node.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) {
      colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    }
    return colours.size;
  });
}

describe('workshop', () => {
  it('plays a four-player game to the debrief, with turns, discussion, pause and a CSV', async ({
    open,
  }) => {
    const game = await open();
    const { page } = game;
    await page.getByRole('button', { name: /Play together/ }).click();
    await expect(page.getByLabel('How many people are playing?').inputValue()).resolves.toBe('4');
    for (const [i, name] of Object.keys(NAMES).entries()) {
      await page.getByLabel(`Player ${i + 1}'s name`).fill(name);
    }
    // Defaults seat the players in role order; check one select says so.
    await expect(
      page.getByRole('combobox', { name: /Torus Kline .* is played by/ }).inputValue(),
    ).resolves.toBe('1');
    await page.getByLabel(/Short, about \d+ minutes/).check();
    expect(await seriousViolations(page)).toEqual([]);
    await game.screenshot('workshop setup');
    await page.getByRole('button', { name: 'Start the workshop' }).click();

    const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
    const prompt = page.locator('#turn-prompt');
    const discuss = page.getByRole('dialog', { name: 'Talk it over' });
    const prompted: Array<{ who: string; choice: string }> = [];
    let discussions = 0;
    let paused = false;
    let handedOver = false;
    for (let turn = 0; turn < 80; turn += 1) {
      // Either a discussion waits for the facilitator, or the choices do.
      await discussionOrChoices(page);
      if (await discuss.isVisible()) {
        discussions += 1;
        await expect(discuss.locator('#discuss-question').textContent()).resolves.toMatch(/\?/);
        if (discussions === 1) {
          expect(await seriousViolations(page)).toEqual([]);
          await game.screenshot('workshop discussion');
        }
        // Escape must not skip the group's discussion.
        await page.keyboard.press('Escape');
        expect(await discuss.isVisible()).toBe(true);
        await page.getByRole('button', { name: 'Continue the story' }).click();
        continue;
      }
      if (await page.getByRole('button', { name: 'See the debrief' }).isVisible()) break;
      if (!paused && turn === 3) {
        paused = true;
        await page.keyboard.press('p');
        const pause = page.getByRole('dialog', { name: 'Paused' });
        await pause.waitFor();
        await game.screenshot('workshop paused');
        await page.getByRole('button', { name: 'Resume play' }).click();
        await pause.waitFor({ state: 'hidden' });
      }
      const who = (await prompt.textContent()) ?? '';
      const choice = ((await choices.first().locator('.choice-text').textContent()) ?? '').trim();
      if (/, as /.test(who) && !prompted.some((p) => /, as /.test(p.who))) {
        await game.screenshot('workshop turn');
      }
      prompted.push({ who, choice });
      // A new chapter clears the log, so a role's hand-over is looked for while it is on screen.
      handedOver ||=
        (await page.getByRole('heading', { name: "Kara Femir's part, played by Cy" }).count()) > 0;
      const before = await page.locator('#story-log').textContent();
      await choices.first().click();
      await page.waitForFunction(
        (text) => document.querySelector('#story-log')?.textContent !== text,
        before,
      );
    }
    expect(discussions).toBeGreaterThanOrEqual(3);
    expect(paused).toBe(true);
    // Every player was handed at least one choice by name, and the group decided others.
    const named = new Set(prompted.map((p) => /^(\w+), as /.exec(p.who)?.[1]).filter(Boolean));
    expect(named).toEqual(new Set(Object.keys(NAMES)));
    expect(prompted.some((p) => p.who === 'The group decides together.')).toBe(true);
    // The log hands each role's part over in words.
    expect(handedOver).toBe(true);

    await page.getByRole('button', { name: 'See the debrief' }).click();
    await page.getByRole('heading', { name: /^Debrief: / }).waitFor();
    const chart = page.getByRole('img', { name: /Over \d+ choices, community health/ });
    await chart.waitFor();
    await expect(chart.locator('circle.timeline-marker').count()).resolves.toBe(prompted.length);
    await expect(chart.locator('polygon').count()).resolves.toBe(7);
    // The story's memory of the group's votes, read back (src/session/groupDecisions.ts).
    const decided = page.locator('section.debrief-section', {
      has: page.getByRole('heading', { name: 'What the group decided' }),
    });
    await expect(decided.locator('dt').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['The implant feeds in the outbreak', 'The everyday rule']),
    );
    expect(await seriousViolations(page)).toEqual([]);
    await game.screenshot('workshop debrief');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download choices (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8')
      .trim()
      .split('\r\n');
    const [header, ...rows] = csv;
    expect(header?.split(',').slice(0, 6)).toEqual([
      'turn',
      'day',
      'time',
      'role',
      'player',
      'chapter',
    ]);
    expect(rows).toHaveLength(prompted.length);
    for (const [i, row] of rows.entries()) {
      const [, , , role, player] = row.split(',');
      const who = prompted[i]?.who ?? '';
      const name = /^(\w+), as /.exec(who)?.[1];
      if (name) {
        expect([role, player]).toEqual([NAMES[name], name]);
      } else {
        expect([role, player]).toEqual(['group', 'Ana + Ben + Cy + Dee']);
      }
    }
    expect(game.problems).toEqual([]);
  });

  it('offers pause only in workshop play, and a solo ending leads to the debrief', async ({
    open,
  }) => {
    const game = await open();
    const { page } = game;
    await page.getByRole('button', { name: /Play as Jalen Rynn/ }).click();
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().waitFor();
    expect(await page.getByRole('button', { name: 'Pause' }).isVisible()).toBe(false);
    await page.keyboard.press('p');
    expect(await page.getByRole('dialog', { name: 'Paused' }).isVisible()).toBe(false);
    for (let n = 0; n < 60; n += 1) {
      if (await page.getByRole('button', { name: 'See the debrief' }).isVisible()) break;
      const before = await page.locator('#story-log').textContent();
      await page.keyboard.press('1');
      await page.waitForFunction(
        (text) => document.querySelector('#story-log')?.textContent !== text,
        before,
      );
    }
    // The ending shows the tapestry: one painted panel per chapter, said in words.
    const ending = page.getByRole('region', { name: 'Ending' });
    await expect(tapestryInk(ending.locator('canvas.tapestry-canvas'))).resolves.toBeGreaterThan(
      50,
    );
    await expect(ending.locator('figcaption').textContent()).resolves.toMatch(
      /The tapestry of this playthrough, \d+ chapters.*The Festival: \w+/s,
    );
    await game.screenshot('ending tapestry');
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await page.getByRole('heading', { name: /^Debrief: / }).waitFor();
    await expect(
      tapestryInk(page.locator('#debrief-screen canvas.tapestry-canvas')),
    ).resolves.toBeGreaterThan(50);
    await expect(
      page.getByRole('heading', { name: 'Questions to talk about' }).count(),
    ).resolves.toBe(1);
    await expect(
      page.getByRole('heading', { name: 'What you decided for the hub' }).count(),
    ).resolves.toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download session (JSON)' }).click(),
    ]);
    const session = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    expect(session.game).toMatchObject({ mode: 'solo', role: 'jalen', ended: true });
    await page.emulateMedia({ media: 'print' });
    await game.screenshot('debrief print');
    expect(await page.locator('#stage').isVisible()).toBe(false);
    expect(game.problems).toEqual([]);
  });
});
