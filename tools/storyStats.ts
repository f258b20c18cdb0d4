// What a story asks of its readers, measured by playing it (`npm run story -- stats`): for
// each mode (solo as each role, the short and the full group session; a story without roles
// as itself), seeded random playthroughs with the real simulation, counting the words that
// reach the screen (lines, the options offered, discussion questions), the minutes they
// take read aloud at 130 words a minute, the choices made, and the longest stretch of
// words between two choices. Medians over the runs. A measuring tool: a story that is too
// long is measured, not failed, and a run the story breaks is counted, not thrown.
import type { Passage } from '../src/narrative/narrative';
import { randomStream } from '../src/sim/random';
import { type MachineSetup, StoryMachine } from './storyMachine';

/** Reading aloud to a class: a steady, clear pace (slower than silent reading). */
export const WORDS_PER_MINUTE = 130;

export type StatsMode =
  | 'elara'
  | 'torus'
  | 'kara'
  | 'jalen'
  | 'group short'
  | 'group full'
  | 'the story';

export interface Playthrough {
  /** Words of the lines shown. */
  prose: number;
  /** Words of every option offered (all of them are on screen, not only the one taken). */
  options: number;
  /** Words of the discussion questions a workshop pauses on (group modes only). */
  discussion: number;
  /** All of the above: the words on screen. */
  words: number;
  choices: number;
  /** Passages that hold a workshop for discussion. */
  discussions: number;
  /** The most words of lines shown between two choices (or before the first, after the last). */
  longestStretch: number;
}

export interface ModeStats {
  mode: StatsMode;
  runs: number;
  /** Runs the story broke (a runtime error): measured no further. */
  broken: number;
  median: Playthrough;
  /** The longest stretch in any run. */
  longestStretchMax: number;
  /** Median words on screen, read aloud at WORDS_PER_MINUTE. */
  minutes: number;
}

export interface StatsOptions {
  runs?: number;
  seed?: number;
  modes?: readonly StatsMode[];
}

const MAX_CHOICES = 500;

/** Words as a reader counts them: anything with a letter or a digit in it. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function setupOf(mode: StatsMode, seed: number): MachineSetup {
  if (mode === 'the story') return { role: null, seed };
  if (mode === 'group short') return { role: 'ensemble', length: 'short', seed };
  if (mode === 'group full') return { role: 'ensemble', length: 'full', seed };
  return { role: mode, seed };
}

/** The modes a story has: its roles and group lengths if it has them, else itself. */
export function modesOf(json: string): StatsMode[] {
  const probe = new StoryMachine(json, { role: null, seed: 1 });
  if (!probe.hasVariable('role')) return ['the story'];
  const modes: StatsMode[] = ['elara', 'torus', 'kara', 'jalen'];
  if (probe.hasVariable('ensemble_length')) modes.push('group short', 'group full');
  return modes;
}

/** One seeded random playthrough, counted; null if the story broke on the way. */
export function measurePlaythrough(
  json: string,
  mode: StatsMode,
  seed: number,
): Playthrough | null {
  const machine = new StoryMachine(json, setupOf(mode, seed));
  const random = randomStream(seed);
  const tally: Playthrough = {
    prose: 0,
    options: 0,
    discussion: 0,
    words: 0,
    choices: 0,
    discussions: 0,
    longestStretch: 0,
  };
  // Only a workshop stops for a discussion question (Session.arrive); solo play skips them.
  const discusses = mode === 'group short' || mode === 'group full';
  const count = (passage: Passage) => {
    const prose = passage.lines.reduce((sum, line) => sum + countWords(line.text), 0);
    const questions = discusses
      ? passage.lines.flatMap((line) =>
          line.cues.flatMap((cue) => (cue.kind === 'discuss' ? [cue.value] : [])),
        )
      : [];
    tally.prose += prose;
    tally.longestStretch = Math.max(tally.longestStretch, prose);
    tally.discussion += questions.reduce((sum, question) => sum + countWords(question), 0);
    if (questions.length > 0) tally.discussions += 1;
    tally.options += passage.choices.reduce((sum, choice) => sum + countWords(choice.text), 0);
  };
  try {
    let passage = machine.start();
    count(passage);
    while (!passage.ended && tally.choices < MAX_CHOICES) {
      passage = machine.choose(Math.floor(random() * passage.choices.length));
      tally.choices += 1;
      count(passage);
    }
  } catch {
    return null;
  }
  tally.words = tally.prose + tally.options + tally.discussion;
  return tally;
}

export function measureStory(json: string, options: StatsOptions = {}): ModeStats[] {
  const runs = options.runs ?? 20;
  const seed = options.seed ?? 1;
  return (options.modes ?? modesOf(json)).map((mode, order) => {
    const played: Playthrough[] = [];
    let broken = 0;
    for (let run = 0; run < runs; run += 1) {
      // Each run its own seed: its own dice in the story, its own random choices.
      const result = measurePlaythrough(json, mode, seed + run * 101 + order * 7);
      if (result) played.push(result);
      else broken += 1;
    }
    const median = (key: keyof Playthrough) => medianOf(played.map((p) => p[key]));
    const medians: Playthrough = {
      prose: median('prose'),
      options: median('options'),
      discussion: median('discussion'),
      words: median('words'),
      choices: median('choices'),
      discussions: median('discussions'),
      longestStretch: median('longestStretch'),
    };
    return {
      mode,
      runs,
      broken,
      median: medians,
      longestStretchMax: Math.max(0, ...played.map((p) => p.longestStretch)),
      minutes: medians.words / WORDS_PER_MINUTE,
    };
  });
}

function medianOf(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The table `npm run story -- stats` prints. */
export function formatStats(stats: readonly ModeStats[]): string {
  const header = [
    'mode',
    'words on screen',
    'read aloud',
    'prose',
    'options',
    'choices',
    'discussions',
    'longest stretch (max)',
  ];
  const rows = stats.map((s) => [
    s.mode,
    String(Math.round(s.median.words)),
    `${s.minutes.toFixed(1)} min`,
    String(Math.round(s.median.prose)),
    String(Math.round(s.median.options + s.median.discussion)),
    String(Math.round(s.median.choices)),
    String(Math.round(s.median.discussions)),
    `${Math.round(s.median.longestStretch)} (${s.longestStretchMax})`,
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((r) => r[i]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  const runs = stats[0]?.runs ?? 0;
  const broken = stats
    .filter((s) => s.broken > 0)
    .map((s) => `${s.mode}: ${s.broken} of ${s.runs} runs broke`);
  return [
    `medians of ${runs} seeded random playthroughs per mode; read aloud at ${WORDS_PER_MINUTE} words a minute; options include discussion questions`,
    line(header),
    ...rows.map(line),
    ...broken,
  ].join('\n');
}

/** What the setup screens and the lesson plan say about a group session's length. */
export interface LengthFigures {
  /** Median words on screen. */
  words: number;
  /** Those words read aloud at WORDS_PER_MINUTE, to the nearest minute. */
  minutes: number;
  choices: number;
  discussions: number;
  /** The longest stretch of words without a choice in any run. */
  longestStretch: number;
}

/**
 * The figures `npm run story -- stats` writes to SESSION_LENGTHS_FILE for the game to show
 * (the workshop's and the room's setup), measured on story/main.ink with the default runs
 * and seed, never typed by hand.
 */
export interface SessionLengths {
  generatedBy: string;
  runs: number;
  seed: number;
  wordsPerMinute: number;
  short: LengthFigures;
  full: LengthFigures;
}

/** Where the measured group lengths live, relative to the project root. */
export const SESSION_LENGTHS_FILE = 'src/session/sessionLengths.json';

export function lengthFigures(stats: ModeStats): LengthFigures {
  return {
    words: Math.round(stats.median.words),
    minutes: Math.round(stats.minutes),
    choices: Math.round(stats.median.choices),
    discussions: Math.round(stats.median.discussions),
    longestStretch: stats.longestStretchMax,
  };
}

/** The group sessions' figures from a measurement that includes both group modes. */
export function sessionLengths(
  stats: readonly ModeStats[],
  runs: number,
  seed: number,
): SessionLengths {
  const of = (mode: StatsMode) => {
    const found = stats.find((s) => s.mode === mode);
    if (!found) throw new Error(`no "${mode}" in the measurement: the story has no group play`);
    return lengthFigures(found);
  };
  return {
    generatedBy: 'npm run story -- stats (tools/storyStats.ts); do not edit by hand',
    runs,
    seed,
    wordsPerMinute: WORDS_PER_MINUTE,
    short: of('group short'),
    full: of('group full'),
  };
}
