// `npm run validate`: runs every published experiment of tools/validateExperiments.ts through
// the model, prints paper figure / model figure / tolerance / pass-fail, writes
// docs/VALIDATION.md and docs/SIMULATION.md (rendered from its template with every model
// figure filled in: tools/simulationDoc.ts), and exits 1 if any target is out of tolerance.
import { readFileSync, writeFileSync } from 'node:fs';
import { BEGIN as SENSITIVITY_BEGIN, END as SENSITIVITY_END, withSensitivity } from './sensitivity';
import { writeExampleCharts, writeSimulation } from './simulationDoc';
import { EXPERIMENTS, SOURCES, type Target } from './validateExperiments';

export interface Measured {
  target: Target;
  value: number;
  pass: boolean;
}

const fmt = (x: number): string =>
  Number.isFinite(x) ? String(Math.round(x * 1000) / 1000) : x > 0 ? 'never' : '-never';
const range = (t: Target): string =>
  t.hi === Number.POSITIVE_INFINITY ? `>= ${fmt(t.lo)}` : `${fmt(t.lo)} to ${fmt(t.hi)}`;

const results: Measured[] = [];
for (const experiment of EXPERIMENTS) {
  console.log(`\n${experiment.title}`);
  for (const target of experiment.targets) {
    const value = target.model();
    const pass = value >= target.lo && value <= target.hi;
    results.push({ target, value, pass });
    console.log(
      `  ${pass ? 'pass' : 'MISS'}  ${target.id.padEnd(20)} paper ${target.paper} | model ${fmt(value)} ${target.unit} | tolerance ${range(target)}`,
    );
  }
}

const lines: string[] = [
  '# Validation: the model against published experiments',
  '',
  'Written by `npm run validate` (tools/validate.ts); do not edit by hand. Every model figure',
  'below comes from running the simulation through its public API (tools/validateExperiments.ts);',
  'the same targets run as unit tests (tests/unit/validation.test.ts).',
  '',
  `**${results.filter((r) => r.pass).length} of ${results.length} targets within tolerance.**`,
  '',
];
for (const experiment of EXPERIMENTS) {
  lines.push(`## ${experiment.title}`, '', `How it is emulated: ${experiment.emulation}`, '');
  lines.push(
    '| Target | Source | Paper | Model | Tolerance | Result |',
    '|---|---|---|---|---|---|',
  );
  for (const r of results.filter((x) => experiment.targets.includes(x.target))) {
    const t = r.target;
    lines.push(
      `| ${t.what} | ${t.source} | ${t.paper} | ${fmt(r.value)} ${t.unit} | ${range(t)} (${t.tolerance}) | ${r.pass ? 'pass' : '**MISS**'} |`,
    );
  }
  lines.push('');
}
lines.push(
  '## Sources',
  '',
  'Figures of Bradshaw & Marsh 1998 are those of the table in SIMULATION.md section 2. The',
  "citations below were written from the authors' records of the papers; volume and page",
  'numbers were not re-checked against the journals when this suite was written.',
  '',
);
for (const s of SOURCES) lines.push(`- **${s.key}**: ${s.cite}`);
lines.push('');
if (!process.argv.includes('--no-write')) {
  // The sensitivity block (npm run sensitivity, minutes of work) is kept as it was.
  const old = readFileSync('docs/VALIDATION.md', 'utf8');
  const from = old.indexOf(SENSITIVITY_BEGIN);
  const to = old.indexOf(SENSITIVITY_END);
  const block = from >= 0 && to > from ? old.slice(from, to + SENSITIVITY_END.length) : '';
  writeFileSync(
    'docs/VALIDATION.md',
    block ? withSensitivity(lines.join('\n'), block) : lines.join('\n'),
  );
  writeSimulation();
  writeExampleCharts();
}
const missed = results.filter((r) => !r.pass);
console.log(`\n${results.length - missed.length} of ${results.length} targets within tolerance`);
process.exit(missed.length === 0 ? 0 : 1);
