// The real story in story/, checked the way `npm run story -- check` checks it: a writer
// who breaks a path, an ending or a tag breaks `npm test`.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../src/session/roles';
import { type CheckReport, checkStory, ENDINGS, formatFinding } from '../../tools/storyCheck';
import { proseWords } from '../../tools/storyOutline';

const root = path.resolve(import.meta.dirname, '../..');
let report: CheckReport;

// About a minute alone; up to two beside the other test files on two busy cores. The
// checker's speed is measured in `npm run bench`, not here.
beforeAll(() => {
  report = checkStory(path.join(root, 'story/main.ink'), { relativeTo: root, playthroughs: 150 });
}, 300_000);

describe('story/main.ink', () => {
  it('compiles and plays with no errors, warnings, dead ends or unknown tags', () => {
    expect(report.findings.map(formatFinding)).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('lets every role reach every ending, the simulation deciding which', () => {
    for (const role of ROLE_IDS) {
      const player = report.exploration?.players.find((p) => p.player === role);
      expect(player, role).toBeDefined();
      for (const ending of ENDINGS)
        expect(player?.endings[ending], `${role}: ${ending}`).toBeGreaterThan(0);
    }
  });

  it('visits every knot and stitch', () => {
    expect(report.exploration?.coverage.unvisited).toEqual([]);
  });

  it('gives every role at least 12 choices in every playthrough, each felt by the simulation', () => {
    for (const role of ROLE_IDS) {
      const player = report.exploration?.players.find((p) => p.player === role);
      expect(player?.choices.min, role).toBeGreaterThanOrEqual(12);
      expect(player?.meaningfulMin, role).toBeGreaterThanOrEqual(12);
    }
    expect(report.exploration?.inertChoices).toEqual([]);
  });

  it('tells at least 12,000 words, at least 2,000 of them unique to each role', () => {
    const sources = report.outline?.sources ?? [];
    const words = (file: string) => proseWords(sources.find((s) => s.file === file)?.text ?? '');
    const total = sources.reduce((sum, source) => sum + proseWords(source.text), 0);
    expect(total).toBeGreaterThanOrEqual(12_000);
    for (const role of ROLE_IDS) {
      expect(words(`story/roles/${role}.ink`), role).toBeGreaterThanOrEqual(2_000);
    }
  });
});
