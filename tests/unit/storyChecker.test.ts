// The checker on stories that are not ours (issue #15, item 7): a 60-knot story in the
// style of inkle's The Intercept, and dice games like Inky's samples. Work is counted in
// states walked, not timed: the walk's speed is the machine's business.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { randomStream } from '../../src/sim/random';
import { checkStory, formatFinding } from '../../tools/storyCheck';
import { StoryMachine } from '../../tools/storyMachine';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures/ink', name, 'main.ink');
/** No time limit in tests: a walk bounded by states alone is the same on every machine. */
const UNTIMED = 3600;

describe('checker on a foreign 60-knot story', () => {
  it('visits at least 90% of its knots and stitches within 3,000 states', () => {
    // The walk alone (no random playthroughs), so the coverage is the walk's own.
    const report = checkStory(fixture('harbour'), {
      relativeTo: root,
      states: 3_000,
      playthroughs: 0,
      budgetSeconds: UNTIMED,
    });
    const exploration = report.exploration;
    const measured = report.outline?.entries.filter((entry) => entry.kind !== 'function') ?? [];
    expect(measured).toHaveLength(60);
    const { visited, unvisited } = exploration?.coverage ?? { visited: [], unvisited: [] };
    expect(visited.length + unvisited.length).toBe(60);
    expect(visited.length / 60).toBeGreaterThanOrEqual(0.9);
    const player = exploration?.players[0];
    expect(player?.walk.states).toBeLessThanOrEqual(3_000);
    expect(report.findings.filter((f) => f.severity === 'error').map(formatFinding)).toEqual([]);
    // Not our story: no simulation endings, only where the story ended.
    expect(exploration?.usesSimulation).toBe(false);
    expect(player?.endings).toEqual({});
    expect(Object.keys(player?.ends ?? {}).sort()).toEqual(['epilogue.letter', 'epilogue.silence']);
  }, 120_000);

  it('prints coverage as N/M and where the story ended, never a simulation ending', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'tools/story.ts',
        'check',
        'tests/fixtures/ink/harbour/main.ink',
        '--states',
        '3000',
        '--budget',
        String(UNTIMED),
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^coverage: (5[4-9]|60)\/60 knots and stitches visited$/m);
    expect(run.stdout).toMatch(/^the story: \d+ states walked .*ended in: epilogue\./m);
    expect(run.stdout).not.toMatch(/flourishing|fragile|acid_takeover|inflamed|scorched/);
  }, 120_000);
});

describe('checker on stories that roll dice', () => {
  it('finds no error in a dice game where every path is sound, under all 100 seeds', () => {
    const report = checkStory(fixture('dice'), { relativeTo: root, budgetSeconds: UNTIMED });
    expect(report.findings.map(formatFinding)).toEqual([]);
    const player = report.exploration?.players[0];
    expect(player?.walk.seeds).toBe(100);
    // Every state under every seed: "unreachable" would have been a proof, not a guess.
    expect(player?.exhaustive).toBe(true);
    expect(report.exploration?.coverage.unvisited).toEqual([]);
  }, 120_000);

  it('is a story where replaying choices under other dice fails, as the old checker did', () => {
    // What makes the test above able to fail: the same choice numbers, played under a
    // different seed, meet choices that are not there.
    const { json } = compileInk(fixture('dice'));
    const random = randomStream(7);
    let broken = 0;
    for (let run = 0; run < 40; run += 1) {
      const played = new StoryMachine(json, { role: null, seed: 1 });
      const path: number[] = [];
      for (let passage = played.start(); !passage.ended; ) {
        const index = Math.floor(random() * passage.choices.length);
        path.push(index);
        passage = played.choose(index);
      }
      const replayed = new StoryMachine(json, { role: null, seed: 2 });
      try {
        replayed.start();
        for (const index of path) replayed.choose(index);
      } catch {
        broken += 1;
      }
    }
    expect(broken).toBeGreaterThan(0);
  });

  it('reports the real error a bad roll leads to, with choices and seed that replay it', () => {
    const report = checkStory(fixture('dice-dead-end'), {
      relativeTo: root,
      budgetSeconds: UNTIMED,
    });
    expect(report.ok).toBe(false);
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(formatFinding(error)).toMatch(
        /^tests\/fixtures\/ink\/dice-dead-end\/main\.ink:65: error: .*Found tunnel onwards statement \(->->\).*\(playing story, choices [\d ]+, seed \d+\)$/,
      );
    }
    // Every problem replays: a player with that seed making those choices meets it.
    const { json } = compileInk(fixture('dice-dead-end'));
    const problems = report.exploration?.problems ?? [];
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      const machine = new StoryMachine(json, { role: null, seed: problem.seed });
      const replay = () => {
        machine.start();
        for (const choice of problem.choices) machine.choose(choice - 1);
      };
      expect(replay).toThrow(/tunnel onwards/);
    }
  }, 120_000);

  it('reports the same thing every time it is run', () => {
    const run = () => {
      const report = checkStory(fixture('dice-dead-end'), {
        relativeTo: root,
        budgetSeconds: UNTIMED,
      });
      return {
        findings: report.findings.map(formatFinding),
        players: report.exploration?.players,
      };
    };
    expect(run()).toEqual(run());
  }, 120_000);
});
