import path from 'node:path';
import { build, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { inkStory } from '../../src/ink/vitePlugin';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const fixtureRoot = path.resolve(import.meta.dirname, '../fixtures/build');

describe('the ink Vite plugin', () => {
  it('fails the build naming the broken INCLUDEd file and its line', async () => {
    const building = build({
      root: fixtureRoot,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkStory()],
      build: { write: false },
    });
    await expect(building).rejects.toThrow(
      /broken\/acts\/outbreak\.ink:3: Expected some kind of logic/,
    );
  });

  it('serves a compiled story module in dev and reports errors with file and line', async () => {
    const server = await createServer({
      root: projectRoot,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkStory()],
      server: { middlewareMode: true, hmr: false, ws: false },
    });
    try {
      // The page gets the version and the openings at once, the compiled JSON on request.
      const good = await server.transformRequest('/tests/fixtures/ink/good/main.ink');
      expect(good?.code).toMatch(/^const version = "[0-9a-f]+";/m);
      expect(good?.code).toMatch(/^const openings = \{"elara":\{"storyVersion":/m);
      expect(good?.code).toMatch(/import\("[^"]*\/main\.ink\?[^"]*ink-json"\)/);
      const json = await server.transformRequest('/tests/fixtures/ink/good/main.ink?ink-json');
      expect(json?.code).toMatch(/^export default "\{\\"inkVersion\\":/);
      await expect(server.transformRequest('/tests/fixtures/ink/broken/main.ink')).rejects.toThrow(
        'tests/fixtures/ink/broken/acts/outbreak.ink:3:',
      );
    } finally {
      await server.close();
    }
  });
});
