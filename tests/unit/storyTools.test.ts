// The writers' tools: the checker's findings with file and line, and a terminal player
// that matches `inklecate -p` byte for byte.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { Narrative } from '../../src/narrative/narrative';
import { microbiomeEffects } from '../../src/session/microbiomeEffects';
import { createMicrobiome } from '../../src/sim';
import { InklecatePlayer } from '../../tools/inklecatePlayer';
import { checkStory, formatFinding } from '../../tools/storyCheck';
import { proseWords } from '../../tools/storyOutline';
import { measureStory, WORDS_PER_MINUTE } from '../../tools/storyStats';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/ink');

function transcript(story: string, inputs: string[]): string {
  const { json } = compileInk(story);
  const player = new InklecatePlayer(
    new Narrative(json, microbiomeEffects({ microbiome: createMicrobiome() })),
  );
  let out = player.begin();
  for (const line of inputs) {
    if (player.finished) break;
    out += player.answer(line);
  }
  if (!player.finished) out += player.answer(null);
  return out;
}

describe('story check', () => {
  it('finds a bad tag, a dead end and an unreachable knot, each with file and line', () => {
    const report = checkStory(path.join(fixtures, 'flawed/main.ink'), { relativeTo: root });
    const lines = report.findings.map(formatFinding);
    const file = 'tests/fixtures/ink/flawed/main.ink';
    expect(lines).toContain(`${file}:6: warning: unknown tag "# weather: drizzle"`);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${file}:12: dead end: `)));
    expect(lines).toContain(`${file}:13: unreachable: no path leads to attic`);
    expect(report.ok).toBe(false);
  });

  it('exits non-zero from the command line on such a story', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tools/story.ts', 'check', 'tests/fixtures/ink/flawed/main.ink'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/story check failed: 3 errors, 1 warning/);
    // A Node process that compiles with tsx: seconds on two cores shared with other work.
  }, 60_000);

  it('names an intervention the simulation does not know, with its line', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'check-'));
    writeFileSync(
      path.join(folder, 'main.ink'),
      'EXTERNAL apply(name, dose)\nHello.\n* [Snack]\n    ~ apply("sugarr_snack", 1)\n    -> END\n',
    );
    const report = checkStory(path.join(folder, 'main.ink'), { relativeTo: folder });
    expect(report.findings.map(formatFinding)).toContainEqual(
      expect.stringMatching(
        /^main\.ink:4: apply\("sugarr_snack"\): no such intervention \(valid: meal, /,
      ),
    );
    expect(report.ok).toBe(false);
  });

  it('calls a choice inert when it applies nothing and its alternatives do no different', () => {
    const check = (sleep: string, rest: string) => {
      const folder = mkdtempSync(path.join(tmpdir(), 'check-'));
      writeFileSync(
        path.join(folder, 'main.ink'),
        `EXTERNAL apply(name, dose)\nEXTERNAL advance(minutes)\nNight falls.\n* [Sleep]\n    ~ ${sleep}\n    -> END\n* [Rest]\n    ~ ${rest}\n    -> END\n`,
      );
      return checkStory(path.join(folder, 'main.ink'), { relativeTo: folder })
        .findings.map(formatFinding)
        .filter((finding) => finding.includes('changes nothing'));
    };
    // Both only let the same time pass: time passing is not the choice's doing.
    expect(check('advance(60)', 'advance(60)')).toEqual([
      expect.stringMatching(/^main\.ink:7: warning: the choice "Rest" changes nothing/),
      expect.stringMatching(/^main\.ink:4: warning: the choice "Sleep" changes nothing/),
    ]);
    // Sleeping while the other choice brushes: not brushing is felt, too.
    expect(check('advance(60)', 'apply("brushing", 1)')).toEqual([]);
  });

  it('insists that a story asking ending() reaches every ending', () => {
    const report = checkStory(path.join(fixtures, 'good/main.ink'), { relativeTo: root });
    expect(report.findings.map(formatFinding)).toContainEqual(
      expect.stringMatching(/never reaches the scorched ending/),
    );
    // Under a second of CPU; the wall clock is the machine's load.
  }, 60_000);
});

describe('terminal player', () => {
  // Both transcripts are of the one story, weave.ink, fed different input (see
  // tests/fixtures/ink/play/README.md for how inklecate made them).
  const sessions = [
    { input: 'weave', what: 'good choice numbers: text, tags, glue and gathers' },
    { input: 'wave', what: 'a number out of range, a word, then input that runs out' },
  ];
  for (const { input, what } of sessions) {
    it(`plays weave.ink with ${input}.in (${what}) exactly as inklecate -p does`, () => {
      const inputs = readFileSync(path.join(fixtures, `play/${input}.in`), 'utf8').split('\n');
      inputs.pop();
      const expected = readFileSync(path.join(fixtures, `play/${input}.out`), 'utf8');
      expect(transcript(path.join(fixtures, 'play/weave.ink'), inputs)).toBe(expected);
    });
  }

  it('reads choice numbers from standard input when run from the command line', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tools/story.ts', 'play', 'tests/fixtures/ink/play/weave.ink'],
      { cwd: root, encoding: 'utf8', input: readFileSync(path.join(fixtures, 'play/weave.in')) },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(path.join(fixtures, 'play/weave.out'), 'utf8'));
  }, 60_000);

  it('plays the group game from the command line, each role taking its turn', () => {
    const play = (length: string) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', 'tools/story.ts', 'play', '--role', 'ensemble', '--length', length],
        { cwd: root, encoding: 'utf8', input: '1\n'.repeat(80) },
      );
    const short = play('short');
    expect(short.status).toBe(0);
    const turns = (out: string) => out.match(/^\w+ \w+'s part\.$/gm) ?? [];
    // The classroom cut: one scene per role (Elara's circle, Kara's wall, Jalen and Pim,
    // Torus's dose log), and no role epilogues after them.
    expect(turns(short.stdout)).toEqual([
      "Elara Drosin's part.",
      "Kara Femir's part.",
      "Jalen Rynn's part.",
      "Torus Kline's part.",
    ]);
    const full = play('full');
    expect(turns(full.stdout).length).toBeGreaterThan(turns(short.stdout).length);
    expect(play('long').stderr).toMatch(/unknown length "long": use full or short/);
    // Three Node processes that each compile the whole story: seconds each on a busy machine.
  }, 120_000);
});

describe('story stats', () => {
  it('counts the words of prose, not markup, logic or comments', () => {
    const ink = [
      '// a comment with five words',
      '=== market ===',
      'The market smells of honey. # speaker: Kara',
      '~ apply("meal", 1)',
      '* [Eat the cake # role: kara] You eat it. -> END',
      '{ ph() < 5.5: Sour.|Sweet.}',
    ].join('\n');
    expect(proseWords(ink)).toBe(5 + 3 + 3 + 2);
  });

  const write = (ink: string) => {
    const folder = mkdtempSync(path.join(tmpdir(), 'stats-'));
    writeFileSync(path.join(folder, 'main.ink'), ink);
    return path.join(folder, 'main.ink');
  };
  const tiny = [
    'Once upon a time. # discuss: Who tells it?',
    'The end is near.',
    '* [Go on] You go on.',
    '    -> END',
    '* [Stay here] You stay put.',
    '    -> END',
  ].join('\n');

  it('plays the story and counts the words on screen, choices and the longest stretch', () => {
    const [stats] = measureStory(compileInk(write(tiny)).json, { runs: 5 });
    // 8 words of lines, 4 of options, then 3 more after either choice; solo play shows
    // no discussion question.
    expect(stats).toMatchObject({
      mode: 'the story',
      runs: 5,
      broken: 0,
      median: { prose: 11, options: 4, discussion: 0, words: 15, choices: 1, longestStretch: 8 },
      longestStretchMax: 8,
    });
    expect(stats?.minutes).toBeCloseTo(15 / WORDS_PER_MINUTE);
  });

  it('counts discussion questions only in the group modes, which stop for them', () => {
    const grouped = `VAR role = ""\nVAR ensemble_length = "full"\n${tiny}`;
    const stats = measureStory(compileInk(write(grouped)).json, { runs: 3 });
    expect(stats.map((s) => s.mode)).toEqual([
      'elara',
      'torus',
      'kara',
      'jalen',
      'group short',
      'group full',
    ]);
    for (const mode of stats) {
      const group = mode.mode.startsWith('group');
      expect(mode.median.discussion, mode.mode).toBe(group ? 3 : 0);
      expect(mode.median.discussions, mode.mode).toBe(group ? 1 : 0);
    }
  });

  it("measures today's long story in every mode without failing", () => {
    const { json } = compileInk(path.join(root, 'story/main.ink'));
    const stats = measureStory(json, { runs: 3 });
    expect(stats.map((s) => s.mode)).toHaveLength(6);
    for (const mode of stats) {
      expect(mode.broken, mode.mode).toBe(0);
      expect(mode.median.words, mode.mode).toBeGreaterThan(500);
      expect(mode.median.longestStretch, mode.mode).toBeGreaterThan(0);
    }
  }, 120_000);
});
