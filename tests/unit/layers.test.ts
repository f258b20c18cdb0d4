// The functional core (sim, narrative, session) must stay free of the imperative shell:
// no Phaser, howler or DOM, and dependencies only point inward. `npm run typecheck` also
// compiles the core without DOM types (tsconfig.core.json); this test covers imports.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../src');

function sources(folder: string): string[] {
  return readdirSync(path.join(src, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(folder, file));
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(src, file), 'utf8');
  return [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
}

/** What each core layer may import, besides its own folder. */
const ALLOWED: Record<string, RegExp> = {
  sim: /^\.\/[^.]/,
  narrative: /^(inkjs|\.\/.*|\.\.\/sim(\/.*)?)$/,
  session: /^(\.\/.*|\.\.\/(sim|narrative)(\/.*)?)$/,
};

describe('layers', () => {
  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    it(`src/${layer} imports only inward and nothing from the shell`, () => {
      const files = sources(layer);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        for (const target of importsOf(file)) {
          expect(target, `${file} imports ${target}`).not.toMatch(
            /phaser|howler|\/ui\b|\/scenes\b|\/audio\b/,
          );
          expect(target, `${file} imports ${target}`).toMatch(allowed);
        }
      }
    });
  }
});
