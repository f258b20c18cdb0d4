// Issue #14: what the title waits for, read from the build the browser tests already made.
// Chromium opens at most six connections to a host; a request past them waits for one to
// free, so the game's page asks for few files before its title (vite.config.ts,
// startupChunk), and the script for pages opened from a disk never holds up the parser.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('gameDist');
const page = (name: string) => readFileSync(path.join(dist, name), 'utf8');
const scripts = (html: string) =>
  [
    ...html.matchAll(
      /<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\.\/assets\/([^"]+)"/g,
    ),
  ].map((match) => match[1]);

describe("the game page's first requests", () => {
  it('are at most six: three scripts, two stylesheets and the file:// note, loaded async', () => {
    const html = page('index.html');
    expect(scripts(html).length).toBeLessThanOrEqual(3);
    expect([...html.matchAll(/<link rel="stylesheet"/g)].length).toBeLessThanOrEqual(2);
    expect(html).toMatch(/<script src="[^"]*opened-from-disk\.js" async><\/script>/);
  });

  it("keep the room's and the handout's pages from loading the game's own chunks", () => {
    const game = scripts(page('index.html')).filter((file) => /^(index|engine)-/.test(file ?? ''));
    expect(game.length).toBe(2);
    for (const other of ['room.html', 'handout.html']) {
      for (const file of game) expect(page(other)).not.toContain(file);
    }
  });
});
