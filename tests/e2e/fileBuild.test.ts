// Starts with no install (issue #13, item 7): `npm run build:file` writes one html file that
// plays from a file:// address, saves included, and says what a file cannot do; the hosted
// build opened from disk says how to open it instead of showing dead buttons.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import { FILE_BUILD_NAME, FILE_NOTE } from '../../vite.file.config';
import { choiceButtons, it, playChoices } from './browser';

const root = path.resolve(import.meta.dirname, '../..');
let folder = '';

beforeAll(async () => {
  folder = mkdtempSync(path.join(root, 'test-results/dist-file-'));
  // What ships: Vitest's NODE_ENV=test would make the build's import.meta.env.PROD false.
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      configFile: path.join(root, 'vite.file.config.ts'),
      logLevel: 'warn',
      build: { outDir: folder, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = testEnv;
  }
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the single-file build', () => {
  it('is one html file with no outside reference and a policy without unsafe-inline', () => {
    expect(readdirSync(folder)).toEqual([FILE_BUILD_NAME]);
    const html = readFileSync(path.join(folder, FILE_BUILD_NAME), 'utf8');
    // Nothing the page would fetch beside itself: every src and href is data: or absent.
    const references = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(references.filter((url) => !url?.startsWith('data:'))).toEqual([]);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/script-src 'sha256-/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('plays from file:// to an ending, keeps a save over a reload, and says what a file cannot do', async ({
    open,
  }) => {
    const address = pathToFileURL(path.join(folder, FILE_BUILD_NAME)).href;
    const game = await open({ address });
    const { page } = game;
    await expect
      .poll(() => page.getByRole('note').filter({ visible: true }).textContent())
      .toBe(FILE_NOTE);
    await game.screenshot('title-from-file');
    await page.getByRole('button', { name: /Play as Torus Kline/ }).click();
    await playChoices(page, 2);
    // Saves: the autosave survives a reload of the file.
    await page.reload();
    await page.getByRole('button', { name: /Continue as Torus Kline/ }).click();
    await choiceButtons(page).first().waitFor();
    await page.locator('#stage canvas').waitFor();

    let turns = 0;
    const playAgain = page.getByRole('button', { name: 'Play again' });
    while (!(await playAgain.isVisible())) {
      await choiceButtons(page).last().click();
      turns += 1;
      expect(turns).toBeLessThan(60);
    }
    await page.getByRole('region', { name: 'Ending' }).waitFor();
    await game.screenshot('ending-from-file');
    // No refused script, style, font, worker or sound, no error: the page's policy allowed
    // everything the file carries, and nothing was fetched from outside it.
    expect(game.problems).toEqual([]);
  });
});

describe('the hosted build opened from disk', () => {
  it('says how to open it instead of showing buttons that do nothing', async ({ open }) => {
    const address = pathToFileURL(path.join(inject('gameDist'), 'index.html')).href;
    const game = await open({ address });
    const { page } = game;
    const heading = page.getByRole('heading', {
      name: 'Dental Biocalypse cannot start from this file',
    });
    await heading.waitFor();
    await expect.poll(() => page.getByText('dental-biocalypse.html').isVisible()).toBe(true);
    // The title's own buttons (in the page's html) are hidden with the page that cannot run.
    expect(await page.getByRole('button', { name: /Play together/ }).count()).toBe(0);
    await game.screenshot('hosted-build-from-disk');
  });
});
