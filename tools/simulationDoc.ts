// docs/SIMULATION.md is rendered from docs/SIMULATION.template.md: the template's prose as
// written, each slot (a figure's name between double braces) filled from the model by
// tools/simulationFigures.ts, so no model figure is typed by hand and none goes stale when the
// model is recalibrated. `npm run validate` and `npm run docs` write it;
// tests/unit/sim.docs.test.ts fails when the file differs from what this would write.
// Run directly (`npm run docs`), it writes the file and redraws the example charts of
// docs/scenarios (SIMULATION.md shows them), which the same test compares too.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTERVENTIONS, type InterventionName } from '../src/sim';
import { parseScenario, runScenario } from '../src/sim/scenario';
import { chartTitle, scenarioChart } from './scenarioChart';
import { figure } from './simulationFigures';
import { noteCell, parameterTables } from './validateDocs';

const docs = path.resolve(import.meta.dirname, '../docs');
export const TEMPLATE_PATH = path.join(docs, 'SIMULATION.template.md');
export const OUTPUT_PATH = path.join(docs, 'SIMULATION.md');

/** The first line of SIMULATION.md, in place of the template's header (how to edit). */
export const NOTICE =
  '<!-- Written by `npm run validate` (or `npm run docs`) from docs/SIMULATION.template.md, ' +
  'every model figure filled in from the model by tools/simulationFigures.ts: edit the ' +
  'template, not this file. The template begins with how. -->';

const SLOT = /\{\{([^{}]*)\}\}/g;

/** The slot names the template uses, in order, repeats included. */
export const slotsOf = (template: string): string[] =>
  [...template.matchAll(SLOT)].map((m) => m[1] as string);

/** A slot that is a block or a cell of the document rather than a single figure. */
function block(slot: string): string | undefined {
  if (slot === 'parameterTables') return parameterTables();
  const note = /^note\.([a-z_]+)$/.exec(slot)?.[1];
  if (note !== undefined && Object.hasOwn(INTERVENTIONS, note)) {
    // noteCell is " note |", the very cell the docs test compares; the template keeps the pipes.
    return noteCell(note as InterventionName).slice(1, -2);
  }
  return undefined;
}

/**
 * SIMULATION.md from the template's text: the header comment (up to the first `-->`) becomes
 * NOTICE and every slot its figure. Throws on an unknown slot or a stray brace pair, so a typo
 * in the template is an error, never a blank.
 */
export function renderSimulation(template: string): string {
  if (!template.startsWith('<!--')) throw new Error('SIMULATION.template.md lost its header');
  const end = template.indexOf('-->');
  const body = template.slice(end + 3).replace(/^\n/, '');
  const cache = new Map<string, string>();
  const text = body.replace(SLOT, (_, slot: string) => {
    let value = cache.get(slot);
    if (value === undefined) {
      value = block(slot.trim()) ?? figure(slot.trim());
      cache.set(slot, value);
    }
    return value;
  });
  const stray = /\{\{|\}\}/.exec(text);
  if (stray) {
    const line = text.slice(0, stray.index).split('\n').length;
    throw new Error(`SIMULATION.template.md: an unmatched double brace near output line ${line}`);
  }
  return `${NOTICE}\n${text}`;
}

/** Renders the template and writes SIMULATION.md; returns whether the file changed. */
export function writeSimulation(): boolean {
  const text = renderSimulation(readFileSync(TEMPLATE_PATH, 'utf8'));
  const old = readFileSync(OUTPUT_PATH, 'utf8');
  if (old === text) return false;
  writeFileSync(OUTPUT_PATH, text);
  return true;
}

const SCENARIOS = path.join(docs, 'scenarios');

/**
 * Each example of docs/scenarios drawn from its scenario, as
 * `npm run sim -- <name>.json --plot <name>.svg` draws it: the chart beside each `.json`.
 */
export function exampleCharts(): { file: string; svg: string }[] {
  return readdirSync(SCENARIOS)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const scenario = parseScenario(JSON.parse(readFileSync(path.join(SCENARIOS, name), 'utf8')));
      return {
        file: path.join(SCENARIOS, name.replace(/\.json$/, '.svg')),
        svg: scenarioChart(scenario, runScenario(scenario), { title: chartTitle(scenario, name) }),
      };
    });
}

/** Redraws the example charts that differ from the model's; returns the files written. */
export function writeExampleCharts(): string[] {
  const written: string[] = [];
  for (const { file, svg } of exampleCharts()) {
    let old = '';
    try {
      old = readFileSync(file, 'utf8');
    } catch {
      // a new example: its chart is written below
    }
    if (old === svg) continue;
    writeFileSync(file, svg);
    written.push(path.relative(path.dirname(docs), file));
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(writeSimulation() ? 'docs/SIMULATION.md rewritten' : 'docs/SIMULATION.md unchanged');
  const charts = writeExampleCharts();
  console.log(charts.length > 0 ? `redrawn: ${charts.join(', ')}` : 'example charts unchanged');
}
