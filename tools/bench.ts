import path from 'node:path';
import { build } from 'vite';
import { compileInk } from '../src/ink/compileInk';
import { ROLE_IDS } from '../src/session/roles';
import { Session } from '../src/session/session';
import { advance, applyIntervention, createMicrobiome } from '../src/sim';
import { simulate } from '../src/sim/microbiome';
import { kb, measureBundle } from './bundleSize';
import { exploreStory } from './storyExplorer';

const root = path.resolve(import.meta.dirname, '..');
// `--sim`: only the simulation rows (a few seconds), for comparing integrator changes.
const simOnly = process.argv.includes('--sim');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(runs: number, work: () => void, clock = () => performance.now()): number {
  // Warm-up: V8 needs several simulated months of a workload before its optimised code
  // settles, and the figures should describe the steady state a long session runs in.
  for (let i = 0; i < 6; i += 1) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = clock();
    work();
    samples.push(clock() - start);
  }
  return median(samples);
}

// The simulation is one synchronous thread, so its figures are CPU time of this process: on
// a shared machine wall time mostly measures the neighbours.
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const rows: Array<[string, string]> = [];
const record = (name: string, value: string) => {
  rows.push([name, value]);
  console.log(`${name.padEnd(48)} ${value}`);
};

// --- Simulation (CPU time) ---
// Cold figures first: they are what the first story choice in a fresh page pays while V8 is
// still compiling the step loop.
const DAY = 24 * 60;
const coldStart = cpuMs();
const fresh = createMicrobiome();
record(
  'sim: first createMicrobiome() in a fresh process',
  `${(cpuMs() - coldStart).toFixed(1)} ms`,
);
const coldChoiceStart = cpuMs();
advance(applyIntervention(fresh, 'sugar_feast', 0.6), 720);
record(
  'sim: first story choice (feast + 12 h), cold',
  `${(cpuMs() - coldChoiceStart).toFixed(1)} ms`,
);

const perSecond = (days: number, ms: number) => Math.round((days * 1000) / ms).toLocaleString('en');
const quietMonth = time(
  9,
  () => {
    advance(createMicrobiome(), 30 * DAY);
  },
  cpuMs,
);
record('sim: simulated days per second, no sugar', perSecond(30, quietMonth));

// Days built from story-sized calls: an intervention, then advance to the next one.
const dayOf = (snacks: number) => {
  const day: Array<[number, 'meal' | 'sugar_snack']> = [
    [60, 'meal'],
    [360, 'meal'],
    [720, 'meal'],
    ...Array.from(
      { length: snacks },
      (_, k) => [90 + k * 110, 'sugar_snack'] as [number, 'sugar_snack'],
    ),
  ];
  return day.sort((a, b) => a[0] - b[0]);
};
const month = (snacks: number) => {
  const day = dayOf(snacks);
  return () => {
    let m = createMicrobiome();
    for (let d = 0; d < 30; d += 1) {
      let t = 0;
      for (const [at, what] of day) {
        m = applyIntervention(advance(m, at - t), what, 1);
        t = at;
      }
      m = advance(m, DAY - t);
    }
  };
};
record('sim: simulated days per second, 3 meals a day', perSecond(30, time(9, month(0), cpuMs)));
record(
  'sim: simulated days per second, 3 meals + 8 snacks',
  perSecond(30, time(9, month(8), cpuMs)),
);

// Integrator steps per simulated day over the same months: the work itself, which machine load
// cannot blur (the times above vary twofold between runs on a shared machine).
const stepsPerDay = (snacks: number): number => {
  const day = dayOf(snacks);
  let m = createMicrobiome();
  let steps = 0;
  for (let d = 0; d < 30; d += 1) {
    let t = 0;
    for (const [at, what] of day) {
      steps += simulate(m, at - t);
      m = applyIntervention(m, what, 1);
      t = at;
    }
    steps += simulate(m, DAY - t);
  }
  return steps / 30;
};
for (const [label, snacks] of [
  ['no sugar', -1],
  ['3 meals a day', 0],
  ['3 meals + 8 snacks', 8],
] as const) {
  const steps = snacks < 0 ? simulate(createMicrobiome(), 30 * DAY) / 30 : stepsPerDay(snacks);
  record(`sim: integrator steps per day, ${label}`, steps.toFixed(0));
}

const start = createMicrobiome();
for (const [name, dose] of [
  ['sugar_feast', 0.6],
  ['chlorhexidine', 1],
  ['saliva_boost', 0.7],
] as const) {
  const ms = time(
    51,
    () => {
      advance(applyIntervention(start, name, dose), 720);
    },
    cpuMs,
  );
  record(`sim: one story choice (${name} + 12 h), warm`, `${ms.toFixed(2)} ms`);
}

if (simOnly) process.exit(0);

const storyFile = path.join(root, 'story/main.ink');
const compileMs = time(5, () => {
  compileInk(storyFile);
});
record('story: compile story/main.ink', `${compileMs.toFixed(0)} ms`);

const story = compileInk(storyFile);
let choices = 0;
const playthroughMs = time(20, () => {
  for (const role of ROLE_IDS) {
    const session = Session.begin(story, role);
    while (!session.passage.ended) {
      session.choose(choices % session.passage.choices.length);
      choices += 1;
    }
  }
});
record('story: one playthrough per role (4 in all)', `${playthroughMs.toFixed(0)} ms`);

// The checker's explorer: random playthroughs of every role, with the real simulation.
const exploreStart = performance.now();
const explored = exploreStory(compileInk(storyFile, { countAllVisits: true }), {
  playthroughs: 50,
  exhaustiveLimit: 0,
  seed: 1,
});
const exploreSeconds = (performance.now() - exploreStart) / 1000;
const playthroughs = explored.players.reduce((sum, player) => sum + player.playthroughs, 0);
record(
  'story: explorer playthroughs per second',
  `${(playthroughs / exploreSeconds).toFixed(1)} (${playthroughs} in ${exploreSeconds.toFixed(1)} s)`,
);

const outDir = path.join(root, 'test-results/bench-dist');
const buildStart = performance.now();
await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
record('build: vite build', `${((performance.now() - buildStart) / 1000).toFixed(1)} s`);

const bundle = measureBundle(outDir);
record('bundle: initial JavaScript', kb(bundle.initial));
record('bundle: all JavaScript (Phaser, howler loaded later)', kb(bundle.all));
record('bundle: audio', `${bundle.audioKb.toFixed(0)} KB`);
