// The real story in story/, played automatically with the real simulation.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CompiledStory, compileInk } from '../../src/ink/compileInk';
import { ROLE_IDS } from '../../src/session/roles';
import { Session } from '../../src/session/session';
import { classifyEnding } from '../../src/sim';
import { exploreStory } from '../../tools/storyExplorer';

let story: CompiledStory;

beforeAll(() => {
  story = compileInk(path.resolve(import.meta.dirname, '../../story/main.ink'), {
    countAllVisits: true,
  });
});

describe('story/main.ink', () => {
  it('compiles without warnings', () => {
    expect(story.warnings).toEqual([]);
  });

  it('plays for every role without errors, unknown tags or dead ends', () => {
    const report = exploreStory(story, { playthroughs: 30, exhaustiveLimit: 0, seed: 7 });
    expect(report.problems).toEqual([]);
    expect(report.unknownTags).toEqual([]);
    for (const role of report.roles) {
      expect(role.playthroughs).toBe(30);
      expect(role.choices.min).toBeGreaterThanOrEqual(3);
      // The simulation, not the script, picks the ending: different paths end differently.
      expect(Object.keys(role.endings).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('lets the simulation choose the ending: caring and careless paths end differently', () => {
    const endings = new Set<string>();
    for (const role of ROLE_IDS) {
      for (const pick of ['first', 'last'] as const) {
        const session = Session.begin(story, role);
        while (!session.passage.ended) {
          const count = session.passage.choices.length;
          session.choose(pick === 'first' ? 0 : count - 1);
        }
        // Every ending is told in prose, not just named.
        const epilogue = session.passage.lines.map((line) => line.text).join(' ');
        expect(epilogue.length).toBeGreaterThan(200);
        endings.add(classifyEnding(session.microbiome));
      }
    }
    expect(endings.size).toBeGreaterThanOrEqual(2);
  });
});
