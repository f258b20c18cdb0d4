// `npm run bench`, first half: the simulation, the story and the build, in Node. Every row
// says what it measured: warm (after warm-up runs in this process) or cold (the first run
// in a fresh process), which clock (main-thread CPU or wall), and whether it is one run or
// the median of several. Figures and what they mean: docs/BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { compileInk } from '../src/ink/compileInk';
import { ROLE_IDS } from '../src/session/roles';
import { Session } from '../src/session/session';
import { advance, advanceTraced, applyIntervention, createMicrobiome } from '../src/sim';
import { median } from './benchStats';
import { kb, measureBundle } from './bundleSize';
import { coarseMainThreadMs, cpuClock } from './cpuClock';
import { measurePayload, megabytes, PAYLOAD_BUDGET_BYTES } from './payload';
import { exploreStory } from './storyExplorer';
import { DAYS, liveDays, stepsPerDay } from './workloads';

const root = path.resolve(import.meta.dirname, '..');
// `--sim`: only the simulation rows (a few seconds), for comparing integrator changes.
const simOnly = process.argv.includes('--sim');
const cpu = cpuClock();
/** The clock's name in each row's third column. */
const CPU = cpu.mainThreadOnly ? 'main-thread CPU' : 'CPU (all threads)';
const wall = () => performance.now();
const processMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface Timing {
  median: number;
  min: number;
  max: number;
  /** How it was measured, in the words of the bench's third column. */
  how: string;
}

/**
 * The median of `runs` timed runs of `work` after `warmups` untimed ones: V8 needs several
 * simulated months of a workload before its optimised code settles, and the figures should
 * describe the steady state a long session runs in.
 */
function time(runs: number, work: () => void, { warmups = 6 } = {}): Timing {
  for (let i = 0; i < warmups; i += 1) work();
  const samples: number[] = [];
  const process0 = processMs();
  const thread0 = coarseMainThreadMs();
  for (let i = 0; i < runs; i += 1) {
    const start = cpu.now();
    work();
    samples.push(cpu.now() - start);
  }
  const thread1 = coarseMainThreadMs();
  const processSpent = processMs() - process0;
  // Where the clock counts every thread, how much of it was the main thread's (the rest is
  // V8 compiling and collecting on helper threads); only meaningful over 100 ms or more.
  const share =
    !cpu.mainThreadOnly && thread0 !== null && thread1 !== null && processSpent > 100
      ? `, main thread ${Math.round((100 * (thread1 - thread0)) / processSpent)} % of it`
      : '';
  const state =
    warmups > 0
      ? `warm, median of ${runs} after ${warmups} warm-ups`
      : `median of ${runs}, the first cold`;
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    how: `${CPU}${share}, ${state}`,
  };
}

const rows: Array<[string, string, string]> = [];
const record = (name: string, value: string, how: string) => {
  rows.push([name, value, how]);
  console.log(`${name.padEnd(50)} ${value.padEnd(30)} ${how}`);
};
const range = (t: Timing, digits = 0) =>
  t.min === t.max ? '' : ` (${t.min.toFixed(digits)}-${t.max.toFixed(digits)})`;

console.log(
  `Node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}; CPU means ${cpu.name}\n`,
);

// --- Simulation ---
// Cold figures: what the first story choice in a fresh page pays while V8 is still
// compiling the step loop. A process is cold only once, so each cold run is a fresh process
// (`--cold-once` measures and prints, the parent takes the median).
function coldOnce(): { create: number; choice: number } {
  let t = cpu.now();
  const fresh = createMicrobiome();
  const create = cpu.now() - t;
  t = cpu.now();
  advance(applyIntervention(fresh, 'sugar_feast', 0.6), 720);
  return { create, choice: cpu.now() - t };
}
if (process.argv.includes('--cold-once')) {
  console.log(JSON.stringify(coldOnce()));
  process.exit(0);
}
const COLD_RUNS = 5;
const colds = Array.from({ length: COLD_RUNS }, () => {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, import.meta.filename, '--cold-once'],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as {
    create: number;
    choice: number;
  };
});
for (const [name, pick] of [
  ['sim: first createMicrobiome() in a fresh process', (c: { create: number }) => c.create],
  [
    'sim: first story choice (feast + 12 h) in a fresh process',
    (c: { choice: number }) => c.choice,
  ],
] as const) {
  const ms = colds.map(pick);
  record(
    name,
    `${median(ms).toFixed(1)} ms (${Math.min(...ms).toFixed(1)}-${Math.max(...ms).toFixed(1)})`,
    `${CPU}, cold, median of ${COLD_RUNS} fresh processes`,
  );
}

const perSecond = (days: number, ms: number) => Math.round((days * 1000) / ms).toLocaleString('en');
for (const [label, plan] of DAYS) {
  const month = time(9, () => {
    liveDays(plan, 30);
  });
  record(
    `sim: simulated days per second, ${label}`,
    `${perSecond(30, month.median)} (${perSecond(30, month.max)}-${perSecond(30, month.min)})`,
    `${month.how} 30-day months`,
  );
}

// Integrator steps per simulated day over the same days: the work itself, which machine load
// cannot blur (the times above vary twofold between runs on a shared machine).
for (const [label, plan] of DAYS) {
  record(
    `sim: integrator steps per day, ${label}`,
    stepsPerDay(plan, 30).toFixed(0),
    'a count, over 30 days (same each run)',
  );
}

const start = createMicrobiome();
for (const [name, dose] of [
  ['sugar_feast', 0.6],
  ['chlorhexidine', 1],
  ['saliva_boost', 0.7],
] as const) {
  const choice = time(51, () => {
    advance(applyIntervention(start, name, dose), 720);
  });
  record(
    `sim: one story choice (${name} + 12 h)`,
    `${choice.median.toFixed(2)} ms${range(choice, 2)}`,
    choice.how,
  );
}

// The debrief's chart asks for the pH of every simulated minute between choices.
const traced = time(51, () => {
  advanceTraced(applyIntervention(start, 'sugar_feast', 0.6), 720, 1);
});
record(
  'sim: one traced story choice (`sugar_feast` + 12 h, pH every minute)',
  `${traced.median.toFixed(2)} ms${range(traced, 2)}`,
  traced.how,
);

if (simOnly) process.exit(0);

const storyFile = path.join(root, 'story/main.ink');
const compile = time(5, () => {
  compileInk(storyFile);
});
record(
  'story: compile story/main.ink',
  `${compile.median.toFixed(0)} ms${range(compile)}`,
  compile.how,
);

const story = compileInk(storyFile);
let choices = 0;
const playthrough = time(20, () => {
  for (const role of ROLE_IDS) {
    const session = Session.begin(story, role);
    while (!session.passage.ended) {
      session.choose(choices % session.passage.choices.length);
      choices += 1;
    }
  }
});
record(
  'story: one playthrough per role (4 in all)',
  `${playthrough.median.toFixed(0)} ms${range(playthrough)}`,
  playthrough.how,
);

// The checker's explorer: random playthroughs of every role, with the real simulation. Each
// run takes seconds, so three runs and no warm-up: the first pays V8's compilation.
const explorable = compileInk(storyFile, { countAllVisits: true });
let playthroughs = 0;
const explore = time(
  3,
  () => {
    const explored = exploreStory(explorable, { playthroughs: 50, exhaustiveLimit: 0, seed: 1 });
    playthroughs = explored.players.reduce((sum, player) => sum + player.playthroughs, 0);
  },
  { warmups: 0 },
);
record(
  'story: explorer playthroughs per second',
  `${((playthroughs * 1000) / explore.median).toFixed(1)} (${playthroughs} in ${(explore.median / 1000).toFixed(1)} s)`,
  explore.how,
);

// The build runs on several threads (Rolldown is native and parallel): wall time, which is
// what a developer waits, so the machine's load shows in it.
const outDir = path.join(root, 'test-results/bench-dist');
const builds: number[] = [];
for (let i = 0; i < 3; i += 1) {
  const began = wall();
  await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  builds.push(wall() - began);
}
record(
  'build: vite build',
  `${(median(builds) / 1000).toFixed(1)} s (${builds.map((ms) => (ms / 1000).toFixed(1)).join(', ')})`,
  'wall, median of 3, the first cold',
);

const bundle = measureBundle(outDir);
record('bundle: initial JavaScript', kb(bundle.initial), 'bytes');
record('bundle: all JavaScript (Phaser, howler loaded later)', kb(bundle.all), 'bytes');
record('bundle: audio', `${bundle.audioKb.toFixed(0)} KB`, 'bytes');

// Issue #13's budget: what a player can download (dist/ without source maps), and what the
// service worker precaches, at most 2.5 MB. Over it, the bench says so and exits non-zero.
const payload = measurePayload(outDir);
const audioFormats = Object.entries(payload.audioBytes)
  .map(([format, bytes]) => `${format} ${(bytes / 1000).toFixed(0)} KB`)
  .join(', ');
record('payload: dist/ without source maps', megabytes(payload.totalBytes), 'bytes');
record(
  `payload: precache (${payload.precacheFiles} files)`,
  megabytes(payload.precacheBytes),
  'bytes',
);
record('payload: audio by format', audioFormats, 'bytes');
for (const [what, bytes] of [
  ['dist/', payload.totalBytes],
  ['precache', payload.precacheBytes],
] as const) {
  if (bytes > PAYLOAD_BUDGET_BYTES) {
    console.error(
      `payload: ${what} ${megabytes(bytes)} is over ${megabytes(PAYLOAD_BUDGET_BYTES)}`,
    );
    process.exitCode = 1;
  }
}
