// `npm run bench`: the speed figures docs/BENCHMARKS.md records. Each figure is the
// median of repeated runs in this one process; ratios between figures of the same run are
// steadier than absolute times on a noisy machine.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { compileInk } from '../src/ink/compileInk';
import { ROLE_IDS } from '../src/session/roles';
import { Session } from '../src/session/session';
import { advance, applyIntervention, createMicrobiome } from '../src/sim';

const root = path.resolve(import.meta.dirname, '..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(runs: number, work: () => void): number {
  work(); // warm-up: let the JIT settle before measuring
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const rows: Array<[string, string]> = [];
const record = (name: string, value: string) => {
  rows.push([name, value]);
  console.log(`${name.padEnd(48)} ${value}`);
};

const DAY = 24 * 60;
const quietMonth = time(9, () => {
  advance(createMicrobiome(), 30 * DAY);
});
record('sim: advance 30 days, no sugar', `${quietMonth.toFixed(1)} ms`);

const sweetMonth = time(9, () => {
  let m = createMicrobiome();
  for (let day = 0; day < 30; day += 1) {
    for (let snack = 0; snack < 8; snack += 1) {
      m = applyIntervention(m, 'sugar_snack', 1);
      m = advance(m, 90);
    }
    m = advance(m, DAY - 8 * 90);
  }
});
record('sim: advance 30 days, 8 sugar snacks a day', `${sweetMonth.toFixed(1)} ms`);
record('sim: sugar month / quiet month (ratio)', `${(sweetMonth / quietMonth).toFixed(2)}x`);
record('sim: simulated minutes per wall ms (quiet)', `${Math.round((30 * DAY) / quietMonth)}`);

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

const outDir = path.join(root, 'test-results/bench-dist');
const buildStart = performance.now();
await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
record('build: vite build', `${((performance.now() - buildStart) / 1000).toFixed(1)} s`);

// The JavaScript the page loads before the first choice: index.html's module script and
// its static imports (Phaser and howler are fetched after that).
const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
const initial = new Set<string>();
for (const match of html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)) {
  if (match[1]) initial.add(match[1]);
}
const sizeOf = (files: Iterable<string>) => {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(outDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return `${(raw / 1024).toFixed(0)} KB raw, ${(gzip / 1024).toFixed(0)} KB gzip`;
};
record('bundle: initial JavaScript', sizeOf(initial));
const allJs = readdirSync(path.join(outDir, 'assets'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => `assets/${file}`);
record('bundle: all JavaScript (Phaser, howler loaded later)', sizeOf(allJs));
const audioBytes = readdirSync(path.join(outDir, 'assets'))
  .filter((file) => file.endsWith('.wav'))
  .reduce((sum, file) => sum + statSync(path.join(outDir, 'assets', file)).size, 0);
record('bundle: audio', `${(audioBytes / 1024).toFixed(0)} KB`);
