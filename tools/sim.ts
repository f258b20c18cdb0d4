// `npm run sim -- <scenario.json> [--format csv|json] [--out file] [--plot chart.svg]`:
// runs a scenario (see docs/SIMULATION.md) and prints or writes its sampled rows.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseScenario, rowsToCsv, runScenario, ScenarioError } from '../src/sim/scenario';
import { chartTitle, scenarioChart } from './scenarioChart';

const USAGE = `usage: npm run sim -- <scenario.json> [--format csv|json] [--out file] [--plot chart.svg]

  --format csv|json   output format (default csv)
  --out file          write the rows to a file instead of the terminal
  --plot chart.svg    also draw an SVG chart of the run`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(args.length === 0 ? 2 : 0);
}

let file: string | undefined;
const options: Record<string, string> = {};
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  if (arg === '--format' || arg === '--out' || arg === '--plot') {
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) fail(`${arg} needs a value\n\n${USAGE}`);
    options[arg.slice(2)] = value;
    i++;
  } else if (arg.startsWith('--')) {
    fail(`unknown option ${arg}\n\n${USAGE}`);
  } else if (file === undefined) {
    file = arg;
  } else {
    fail(`only one scenario file, got ${file} and ${arg}\n\n${USAGE}`);
  }
}
if (file === undefined) fail(USAGE);
const format = options.format ?? 'csv';
if (format !== 'csv' && format !== 'json') fail(`--format must be csv or json, got ${format}`);

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  fail(`${file}: ${(error as Error).message}`);
}

let scenario: ReturnType<typeof parseScenario>;
try {
  scenario = parseScenario(raw);
} catch (error) {
  if (error instanceof ScenarioError)
    fail(`${file}: invalid scenario\n  ${error.problems.join('\n  ')}`);
  throw error;
}

const result = runScenario(scenario);
const text =
  format === 'csv' ? rowsToCsv(result.rows) : `${JSON.stringify(result.rows, null, 1)}\n`;
if (options.out) {
  writeFileSync(options.out, text);
  console.error(`${options.out}: ${result.rows.length} rows`);
} else {
  process.stdout.write(text);
}
if (options.plot) {
  writeFileSync(
    options.plot,
    scenarioChart(scenario, result, { title: chartTitle(scenario, file) }),
  );
  console.error(`${options.plot}: chart written`);
}
const last = result.rows[result.rows.length - 1];
if (last)
  console.error(`end of day ${scenario.days}: ${last.ending} (mural ${last.mural}, pH ${last.ph})`);
