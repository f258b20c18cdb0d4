// The published experiments as tests (tools/validateExperiments.ts; `npm run validate` prints
// the same table). Every target within tolerance passes here; the targets the model does not
// yet meet are named in OPEN, so a target that starts to miss fails this test, and one that
// starts to pass fails it too until it is taken off the list.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEGIN, END, SCREENED, withSensitivity } from '../../tools/sensitivity';
import { EXPERIMENTS } from '../../tools/validateExperiments';

/**
 * Targets of issue #11 the model misses today (see docs/VALIDATION.md for the figures), each
 * with the reason: none since the lactobacilli got their retention sites and the commensals
 * their aciduric members (2026-12). A target that starts to miss fails this test until it is
 * mended or listed here with why.
 */
const OPEN = new Set<string>([]);

describe('the model against published experiments', () => {
  for (const experiment of EXPERIMENTS) {
    describe(experiment.title, () => {
      for (const t of experiment.targets) {
        const verdict = OPEN.has(t.id) ? 'still misses' : 'is within tolerance of';
        it(`${t.id} ${verdict} ${t.source}: ${t.what} (paper: ${t.paper})`, () => {
          const value = t.model();
          const within = value >= t.lo && value <= t.hi;
          expect({ id: t.id, value, within }).toEqual({ id: t.id, value, within: !OPEN.has(t.id) });
          // The first target of an experiment runs its simulations (up to ~3 s quiet): a
          // loaded machine may need more than the default 5 s.
        }, 30_000);
      }
    });
  }
});

describe('the Morris screening in docs/VALIDATION.md (npm run sensitivity)', () => {
  const text = readFileSync(path.resolve(import.meta.dirname, '../../docs/VALIDATION.md'), 'utf8');

  it('names the deciding parameters of every ending, from screened parameters only', () => {
    const block = text.slice(text.indexOf(BEGIN), text.indexOf(END));
    expect(block.length).toBeGreaterThan(0);
    for (const ending of ['acid_takeover', 'inflamed', 'scorched', 'flourishing']) {
      const rows = block.split('\n').filter((line) => line.startsWith(`| ${ending} |`));
      expect(rows).toHaveLength(3);
      for (const row of rows) {
        const name = /`([^`]+)`/.exec(row)?.[1];
        expect(SCREENED as readonly string[]).toContain(name);
      }
    }
  });

  it('is kept when npm run validate rewrites the file, and replaced when it is run again', () => {
    const block = `${BEGIN}\nold\n${END}`;
    const once = withSensitivity('# table', block);
    expect(once).toBe(`# table\n\n${block}\n`);
    expect(withSensitivity(once, `${BEGIN}\nnew\n${END}`)).toBe(
      `# table\n\n${BEGIN}\nnew\n${END}\n`,
    );
  });
});
