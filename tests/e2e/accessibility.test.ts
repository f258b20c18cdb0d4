// Play for everyone, checked in real Chromium: automated WCAG scans (axe-core) of every
// screen, keyboard-only play with the number keys off, reduced motion that really stills
// the mural, a phone-sized screen at 200% text, settings that survive a reload, and
// captions for the sounds.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { SFX_CAPTIONS } from '../../src/audio/captions';
import { SETTINGS_KEY } from '../../src/session/settings';
import {
  afterFrames,
  choiceButtons,
  discussionOrChoices,
  holdsStill,
  it,
  seriousViolations,
  stagePixels,
  waitForPaintedStage,
  waitForStageChange,
} from './browser';

/** Waits until no CSS animation (the lines' fade-in) is running. */
const settled = (page: Page) =>
  page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState === 'finished'),
  );

async function openSettings(page: Page) {
  await page.locator('button:visible', { hasText: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).waitFor();
}

/** What the focused element is, and whether it shows a focus ring. */
function focusInfo(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const style = active ? getComputedStyle(active) : null;
    return {
      id: active?.id ?? '',
      className: active?.className ?? '',
      text: active?.textContent?.trim() ?? '',
      ring: style
        ? style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2
        : false,
    };
  });
}

/** Elements sticking out of the viewport, and boxes whose text overflows them. */
function overflowReport(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && !el.closest('[hidden], [aria-hidden="true"]');
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
        el.classList.length ? `.${[...el.classList].join('.')}` : ''
      } "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const sticking = [...document.querySelectorAll('body *')]
      .filter((el) => visible(el) && !el.closest('.visually-hidden'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map(name);
    const boxes = document.querySelectorAll<HTMLElement>(
      '#panel, button, select, .settings, .setting, .line, .mural-words',
    );
    const overflowing = [...boxes]
      .filter((el) => visible(el) && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${name(el)} ${el.scrollWidth}>${el.clientWidth}`);
    const small = [
      ...document.querySelectorAll<HTMLElement>('button, select, input[type="range"], label'),
    ]
      .filter((el) => visible(el))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width < 44 || box.height < 44;
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        return `${name(el)} ${Math.round(box.width)}x${Math.round(box.height)}`;
      });
    return {
      pageWidth: document.documentElement.scrollWidth,
      width,
      sticking,
      overflowing,
      small,
    };
  });
}

async function expectNoOverflow(page: Page) {
  const report = await overflowReport(page);
  expect(report.pageWidth).toBeLessThanOrEqual(report.width);
  expect(report.sticking).toEqual([]);
  expect(report.overflowing).toEqual([]);
  // Touch targets: every button, select, slider and control label at least 44 x 44 CSS px.
  expect(report.small).toEqual([]);
}

/**
 * Whether the stage moves by itself: it differs from how it looked a moment ago by more
 * than `0.2` (mean per channel, 0-255) within the poll's time. Returns the difference.
 */
async function moves(page: Page): Promise<number> {
  return waitForStageChange(page, await stagePixels(page), 0.2);
}

describe('accessibility in Chromium', () => {
  it('has no serious or critical axe violations on the title, settings and play screens', async ({
    open,
  }) => {
    const game = await open();
    const { page } = game;
    await page.getByRole('button', { name: /Play as Elara Drosin/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await game.screenshot('title');

    const opener = page.locator('#title-settings');
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await game.screenshot('settings');
    // Escape closes the dialog and focus returns to the button that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await focusInfo(page)).id).toBe('title-settings');

    await page.getByRole('button', { name: /Play as Jalen Rynn/ }).click();
    await choiceButtons(page).first().waitFor();
    await settled(page); // lines fading in would be checked at half their contrast
    expect(await seriousViolations(page)).toEqual([]);
    await game.screenshot('play');
    // The mural is also said in words, and kept up to date.
    expect(await page.locator('#mural-words').textContent()).toMatch(/^The mural is \w+: /);

    // The settings are reachable during play too, and Done returns focus the same way.
    await page.locator('#play-settings').click();
    await dialog.waitFor();
    await page.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await focusInfo(page)).id).toBe('play-settings');
    expect(game.problems).toEqual([]);
  });

  it('plays to an ending with Tab, Space and Enter only, number keys switched off', async ({
    open,
  }) => {
    const game = await open();
    const { page } = game;
    await page.getByRole('button', { name: /Play as Elara Drosin/ }).waitFor();
    // The title's saved-game buttons come with the session's runtime, in idle time just
    // after the roles (issue #14): the whole title, as a person sees it, before the Tabs.
    await page.getByRole('button', { name: 'Load a save file' }).waitFor();
    // Tab order on the title: the four roles, playing together, the class room, loading a
    // saved game or a save file, then Settings.
    const order: string[] = [];
    for (let i = 0; i < 9; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await focusInfo(page);
      expect(focus.ring, `focus ring on ${focus.text}`).toBe(true);
      order.push(focus.id || focus.text.slice(0, 20));
    }
    expect(order.slice(0, 4).join('|')).toMatch(/^Elara.*\|Torus.*\|Kara.*\|Jalen/);
    expect(order.slice(4)).toEqual([
      'open-workshop',
      'open-room',
      expect.stringMatching(/^Load a saved game/),
      expect.stringMatching(/^Load a save file/),
      'title-settings',
    ]);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    // Tab through the dialog to the number-keys checkbox and switch it off with Space.
    for (let i = 0; i < 12; i += 1) {
      if ((await focusInfo(page)).id === 'shortcuts') break;
      await page.keyboard.press('Tab');
    }
    expect((await focusInfo(page)).id).toBe('shortcuts');
    await page.keyboard.press('Space');
    expect(await page.locator('#shortcuts').isChecked()).toBe(false);
    await game.screenshot('shortcuts-off');
    await page.keyboard.press('Escape');
    expect((await focusInfo(page)).id).toBe('title-settings');
    expect(await page.evaluate(() => document.documentElement.dataset.shortcuts)).toBe('off');

    // Back to Torus with Shift+Tab, and Space to pick him.
    for (let i = 0; i < 10 && !/^Torus Kline/.test((await focusInfo(page)).text); i += 1) {
      await page.keyboard.press('Shift+Tab');
    }
    expect((await focusInfo(page)).text).toMatch(/^Torus Kline/);
    await page.keyboard.press('Space');
    const choices = choiceButtons(page);
    await choices.first().waitFor();
    // Focus reaches the first choice with the play screen's first frame.
    await page.waitForFunction(() => document.activeElement?.classList.contains('choice'));

    // The number keys do nothing now.
    const log = page.locator('#story-log');
    const untouched = await log.textContent();
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    // Their handlers have run and the page has painted since.
    await afterFrames(page, 5);
    expect(await log.textContent()).toBe(untouched);
    expect(await page.locator('.choice-key').first().isVisible()).toBe(false);

    let turns = 0;
    const playAgain = page.getByRole('button', { name: 'Play again' });
    while (!(await playAgain.isVisible())) {
      const before = await log.textContent();
      const count = await choices.count();
      // Tab moves down the choices (to the second one on odd turns), Enter picks.
      if (turns % 2 === 1 && count > 1) await page.keyboard.press('Tab');
      const focus = await focusInfo(page);
      expect(focus.className).toContain('choice');
      expect(focus.ring).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (text) => document.querySelector('#story-log')?.textContent !== text,
        before,
      );
      turns += 1;
      expect(turns).toBeLessThan(60);
    }
    await page.getByRole('region', { name: 'Ending' }).waitFor();
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await game.screenshot('ending');
    // The ending offers the debrief first; it reads well to a screen reader too.
    expect((await focusInfo(page)).text).toBe('See the debrief');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Debrief: / }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await game.screenshot('debrief');
    for (let i = 0; i < 10 && (await focusInfo(page)).text !== 'Play again'; i += 1) {
      await page.keyboard.press('Tab');
      expect((await focusInfo(page)).ring).toBe(true);
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Who will you be?' }).waitFor();
    expect(game.problems).toEqual([]);
  }, 180_000);

  it('stills the mural under reduced motion, and the setting overrides the device', async ({
    open,
  }) => {
    // A small window keeps the stage screenshots cheap on a two-core machine.
    const viewport = { width: 900, height: 600 };
    const reduced = await open({ reducedMotion: true, viewport });
    let { page } = reduced;
    await page.getByRole('button', { name: /Play as Kara Femir/ }).click();
    await waitForPaintedStage(page);
    expect(await page.evaluate(() => document.documentElement.dataset.motion)).toBe('reduce');
    const deviceReduces = await holdsStill(page);
    expect(deviceReduces.still, `device reduces motion: ${deviceReduces.differences}`).toBe(true);
    await reduced.screenshot('reduced-motion');
    // The setting "Allow motion" wins over the device's preference.
    await openSettings(page);
    await page.getByLabel('Motion').selectOption('full');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Settings' }).waitFor({ state: 'hidden' });
    const allowed = await moves(page);
    expect(allowed, 'allowed by the setting').toBeGreaterThan(0.2);
    expect(reduced.problems).toEqual([]);
    await reduced.close();

    const full = await open({ viewport });
    page = full.page;
    await page.getByRole('button', { name: /Play as Kara Femir/ }).click();
    await waitForPaintedStage(page);
    const moving = await moves(page);
    expect(moving, 'device allows motion').toBeGreaterThan(0.2);
    // And "Reduce motion" stills it on a device that allows motion.
    await openSettings(page);
    await page.getByLabel('Motion').selectOption('reduce');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Settings' }).waitFor({ state: 'hidden' });
    const settingReduces = await holdsStill(page);
    expect(settingReduces.still, `setting reduces motion: ${settingReduces.differences}`).toBe(
      true,
    );
    expect(full.problems).toEqual([]);
  }, 180_000);

  it('fits a 360x640 phone at 100% and 200% text, with 44 px targets', async ({ open }) => {
    const game = await open({ viewport: { width: 360, height: 640 } });
    const { page } = game;
    await page.getByRole('button', { name: /Play as Elara Drosin/ }).waitFor();
    await expectNoOverflow(page);
    await game.screenshot('title');
    await openSettings(page);
    await page.getByLabel('Text size').selectOption('200');
    await expectNoOverflow(page);
    await game.screenshot('settings-200');
    await page.getByRole('button', { name: 'Done' }).click();
    await game.screenshot('title-200');
    await expectNoOverflow(page);
    await page.getByRole('button', { name: /Play as Kara Femir/ }).click();
    const choices = choiceButtons(page);
    await choices.first().waitFor();
    for (let i = 0; i < 2; i += 1) {
      await choices.last().click();
      await choices.first().waitFor();
    }
    await settled(page);
    await expectNoOverflow(page);
    await game.screenshot('play-200');
    // The same page on a large screen: nothing overflows either.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForFunction(() => window.innerWidth === 1920);
    await afterFrames(page, 2);
    await expectNoOverflow(page);
    await game.screenshot('play-200-1920');
    expect(game.problems).toEqual([]);
  });

  it('fits the workshop setup, its discussions and the debrief on a phone at 200% text', async ({
    open,
  }) => {
    const game = await open({ viewport: { width: 360, height: 640 } });
    const { page } = game;
    await page.getByRole('button', { name: /Play as Elara Drosin/ }).waitFor();
    await openSettings(page);
    await page.getByLabel('Text size').selectOption('200');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: /Play together/ }).click();
    await page.getByLabel('How many people are playing?').selectOption('2');
    await expectNoOverflow(page);
    await game.screenshot('workshop-setup-200');
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    const discussion = page.getByRole('dialog', { name: 'Talk it over' });
    const debrief = page.getByRole('button', { name: 'See the debrief' });
    let discussions = 0;
    for (let turn = 0; turn < 80; turn += 1) {
      await discussionOrChoices(page);
      if (await discussion.isVisible()) {
        discussions += 1;
        if (discussions === 1) {
          await expectNoOverflow(page);
          await game.screenshot('discussion-200');
        }
        await page.getByRole('button', { name: 'Continue the story' }).click();
        continue;
      }
      // The ending's own question comes first; then the debrief waits.
      if (await debrief.isVisible()) break;
      await choiceButtons(page).first().click();
    }
    await debrief.click();
    await page.getByRole('heading', { name: /^Debrief: / }).waitFor();
    await expectNoOverflow(page);
    await game.screenshot('debrief-200');
    expect(discussions).toBeGreaterThan(0);
    expect(game.problems).toEqual([]);
  });

  it('keeps settings across a reload, and shrugs off a corrupt stored value', async ({ open }) => {
    const game = await open();
    const { page } = game;
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' && /settings/i.test(message.text())) {
        warnings.push(message.text());
      }
    });
    await openSettings(page);
    await page.getByLabel('Text size').selectOption('150');
    await page.getByLabel('Font').selectOption('system');
    await page.getByLabel('Text speed').selectOption('instant');
    await page.getByLabel('Music volume').fill('30');
    await page.getByLabel('Mute all sound').check();
    await page.keyboard.press('Escape');
    const applied = () =>
      page.evaluate(() => ({
        ...document.documentElement.dataset,
        scale: document.documentElement.style.getPropertyValue('--text-scale'),
        fontSize: getComputedStyle(document.documentElement).fontSize,
      }));
    const before = await applied();
    expect(before).toMatchObject({ textSize: '150', font: 'system', textSpeed: 'instant' });
    expect(before.fontSize).toBe('27px');

    await page.reload();
    await page.getByRole('button', { name: /Play as Elara Drosin/ }).waitFor();
    expect(await applied()).toEqual(before);
    await openSettings(page);
    expect(await page.getByLabel('Music volume').inputValue()).toBe('30');
    expect(await page.getByLabel('Mute all sound').isChecked()).toBe(true);
    expect(await page.getByLabel('Text speed').inputValue()).toBe('instant');
    await game.screenshot('settings-after-reload');
    expect(warnings).toEqual([]);

    // A corrupt stored value: ignored with a warning, the defaults are used, nothing throws.
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"version":1,"settings":'),
      SETTINGS_KEY,
    );
    await page.reload();
    await page.getByRole('button', { name: /Play as Elara Drosin/ }).waitFor();
    expect(await applied()).toMatchObject({ textSize: '100', font: 'atkinson' });
    expect(warnings.some((w) => /settings were ignored/.test(w))).toBe(true);
    expect(game.problems).toEqual([]);
  });

  it('plays a tagged sound after the first gesture and captions it, muted or not', async ({
    open,
  }) => {
    const game = await open();
    const { page } = game;
    // Nothing is fetched for sound before the player's first gesture.
    const soundRequests = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => /\.(ogg|mp3|wav)(\?|$)/.test(name)),
      );
    await page.getByRole('button', { name: /Play as Elara Drosin/ }).waitFor();
    expect(await soundRequests()).toEqual([]);
    await page.getByRole('button', { name: /Play as Elara Drosin/ }).click();
    const choices = choiceButtons(page);
    await choices.first().waitFor();
    const captions = page.locator('#story-log .caption');
    const known = Object.values(SFX_CAPTIONS).map((words) => `[${words}]`);
    // Play on until a line with a `# sfx:` tag has been shown.
    for (let turn = 0; turn < 12 && (await captions.count()) === 0; turn += 1) {
      await choices.first().click();
      await choices.first().waitFor();
    }
    const caption = (await captions.first().textContent()) ?? '';
    expect(known).toContain(caption);
    await game.screenshot('caption');
    // Howler loaded, once the gesture had happened, the very effect that was captioned and
    // a music loop (Vite names them assets/<name>-<hash>.ogg), as Ogg: Chromium plays Ogg
    // Vorbis, so it never downloads the MP3 fallback too.
    const effect = Object.entries(SFX_CAPTIONS).find(([, words]) => `[${words}]` === caption)?.[0];
    expect(effect, caption).toBeDefined();
    const music = readdirSync(path.join(import.meta.dirname, '../../assets/audio/music')).map(
      (file) => file.replace(/\.(ogg|mp3)$/, ''),
    );
    await expect
      .poll(soundRequests, { timeout: 15_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`/${effect}-[\\w-]+\\.ogg$`)),
          expect.stringMatching(new RegExp(`/(${music.join('|')})-[\\w-]+\\.ogg$`)),
        ]),
      );
    expect((await soundRequests()).filter((name) => !name.endsWith('.ogg'))).toEqual([]);

    // Muted, the captions still come: nothing is told by sound alone.
    await page.locator('#play-settings').click();
    await page.getByLabel('Mute all sound').check();
    await page.getByRole('button', { name: 'Done' }).click();
    await page.evaluate(() => {
      for (const old of document.querySelectorAll<HTMLElement>('.caption')) old.dataset.seen = '';
    });
    const fresh = page.locator('#story-log .caption:not([data-seen])');
    for (let turn = 0; turn < 30 && (await fresh.count()) === 0; turn += 1) {
      if (await page.getByRole('button', { name: 'Play again' }).isVisible()) break;
      await choices.first().click();
      await choices.first().waitFor();
    }
    expect(known).toContain(await fresh.first().textContent());
    // The captioned line has finished fading in: what a person reads is all there.
    await settled(page);
    expect(game.problems).toEqual([]);
  }, 150_000);
});
