// Writers' loop on the dev server: save an .ink file and the page picks the story up in
// place; break it and the overlay names the file and line. Runs against a copy of
// story/, never the real files.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GamePage, openGame } from './browser';

const projectRoot = path.resolve(import.meta.dirname, '../..');
let storyCopy: string;
let server: ViteDevServer;
let game: GamePage | undefined;

/** Points the game's `../story/main.ink` import at the temporary copy. */
function useStoryCopy(folder: string): Plugin {
  return {
    name: 'test:story-copy',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '../story/main.ink' && importer?.endsWith('src/main.ts')) {
        return path.join(folder, 'main.ink');
      }
      return null;
    },
  };
}

beforeAll(async () => {
  storyCopy = mkdtempSync(path.join(tmpdir(), 'biocalypse-story-'));
  cpSync(path.join(projectRoot, 'story'), storyCopy, { recursive: true });
  server = await createServer({
    root: projectRoot,
    logLevel: 'silent',
    plugins: [useStoryCopy(storyCopy)],
    server: { host: '127.0.0.1', port: 0, fs: { allow: [projectRoot, storyCopy] } },
  });
  await server.listen();
});

afterAll(async () => {
  await game?.close();
  await server?.close();
  rmSync(storyCopy, { recursive: true, force: true });
});

describe('editing the story while the dev server runs', () => {
  it('reloads an edited INCLUDEd file in place and shows a broken one with file and line', async () => {
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('dev server has no port');
    game = await openGame(`http://127.0.0.1:${address.port}/`, 'writer hot reload');
    const { page } = game;
    await page.getByRole('button', { name: /Play as Elara Drosin/ }).click();
    const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
    const firstChoice = (await choices.first().textContent())?.replace(/^\d/, '') ?? '';
    await choices.first().click();
    await choices.first().waitFor();

    // An INCLUDEd act changes a line the writer is looking at.
    const act = path.join(storyCopy, 'acts/festival.ink');
    const original = readFileSync(act, 'utf8');
    const line = original.split('\n').find((l) => /^[A-Z][a-z]+ [a-z]/.test(l.trim())) ?? '';
    expect(line).not.toBe('');
    // In front of the line: its end may carry tags (`# image: ... = words`), which the
    // marker must not join.
    writeFileSync(act, original.replace(line, `EDITED-BY-THE-WRITER ${line}`));
    await page.waitForFunction(() =>
      document.querySelector('#story-log')?.textContent?.includes('EDITED-BY-THE-WRITER'),
    );
    // The writer is put back where they were: the first choice was replayed.
    await expect(choices.first().textContent()).resolves.not.toContain(firstChoice.trim());
    await game.screenshot('after-edit');

    // A broken line: the overlay names the INCLUDEd file and the line.
    const lines = original.split('\n');
    const brokenAt = lines.indexOf(line) + 1;
    writeFileSync(act, original.replace(line, '{ this is not ink'));
    await page.waitForFunction(() => document.querySelector('vite-error-overlay') !== null);
    const overlay = await page.evaluate(
      () => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '',
    );
    expect(overlay).toContain(`acts/festival.ink:${brokenAt}:`);
    await game.screenshot('overlay');

    writeFileSync(act, original);
    await page.waitForFunction(() => document.querySelector('vite-error-overlay') === null);

    // The choice the writer made is reworded: play stops at the last point that exists,
    // and the page says why.
    const chosen = firstChoice.trim();
    const home = readdirSync(storyCopy, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ink'))
      .map((file) => path.join(storyCopy, file))
      .find((file) => readFileSync(file, 'utf8').includes(chosen));
    if (!home) throw new Error(`no .ink file holds the choice "${chosen}"`);
    writeFileSync(home, readFileSync(home, 'utf8').replace(chosen, `${chosen} (reworded)`));
    // Waited for by its words: on a loaded machine an alert about the broken story just
    // mended may still be on screen for a moment, and is then replaced.
    const notice = page.getByRole('alert').filter({ hasText: 'is no longer offered' });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain(`"${chosen}" is no longer offered`);
    await expect(choices.first().textContent()).resolves.toContain(`${chosen} (reworded)`);
    await game.screenshot('choice-reworded');

    // The writer saves again (another line): the game replays, and the notice about the lost
    // choice stays up until they choose on, still true of the old save it offers.
    writeFileSync(act, original.replace(line, `EDITED-AGAIN ${line}`));
    await page.waitForFunction(() =>
      document.querySelector('#story-log')?.textContent?.includes('EDITED-AGAIN'),
    );
    await expect(notice.textContent()).resolves.toContain(`"${chosen}" is no longer offered`);
    // The dev server's own chatter (a 500 while the story was broken) is expected here.
    expect(
      game.problems.filter((p) => !/500|Failed to reload|festival\.ink|main\.ink/.test(p)),
    ).toEqual([]);
  });
});
