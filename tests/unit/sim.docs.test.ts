// docs/SIMULATION.md is what teachers read: it must keep naming every parameter,
// intervention and example the code has, and every figure in it that describes the model must
// be the one the model gives today (rendered from docs/SIMULATION.template.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERVENTIONS } from '../../src/sim';
import { PARAMETERS } from '../../src/sim/parameters';
import { SCENARIO_COLUMNS } from '../../src/sim/scenario';
import { exampleCharts, renderSimulation, TEMPLATE_PATH } from '../../tools/simulationDoc';
import { noteCell, parameterTables } from '../../tools/validateDocs';

const docs = path.resolve(import.meta.dirname, '../../docs');
const text = readFileSync(path.join(docs, 'SIMULATION.md'), 'utf8');

describe('docs/SIMULATION.md', () => {
  it('is its template with every model figure filled in from the model (npm run docs)', () => {
    // Line by line, so a stale figure is reported where it stands, not as one huge diff.
    const rendered = renderSimulation(readFileSync(TEMPLATE_PATH, 'utf8')).split('\n');
    const lines = text.split('\n');
    const stale: string[] = [];
    for (let i = 0; i < Math.max(lines.length, rendered.length); i++) {
      if (lines[i] !== rendered[i]) {
        stale.push(`line ${i + 1}: file has ${JSON.stringify(lines[i])}`);
        stale.push(`  the model gives ${JSON.stringify(rendered[i])}`);
      }
    }
    expect(
      stale,
      'edit docs/SIMULATION.template.md, not SIMULATION.md, then run npm run docs',
    ).toEqual([]);
  });

  it('shows example charts the model draws today (npm run docs redraws them)', () => {
    // A chart is the run of its scenario drawn; a recalibrated model that left one as it was
    // would show a class a community the model no longer grows.
    const charts = exampleCharts();
    expect(charts.length).toBeGreaterThanOrEqual(6);
    const stale = charts
      .filter(({ file, svg }) => !existsSync(file) || readFileSync(file, 'utf8') !== svg)
      .map(({ file }) => path.relative(docs, file));
    expect(stale, 'run npm run docs').toEqual([]);
  }, 30_000);

  it('lists every parameter of the model', () => {
    const names = [
      ...Object.keys(PARAMETERS.groups.C),
      ...Object.keys(PARAMETERS.chemistry),
      ...Object.keys(PARAMETERS.ecology),
      ...Object.keys(PARAMETERS.gum),
      ...Object.keys(PARAMETERS.tooth),
      ...Object.keys(PARAMETERS.endings),
    ];
    expect(names.filter((n) => !text.includes(`\`${n}\``))).toEqual([]);
  });

  it('shows every parameter value and source as the code has it (written by npm run validate)', () => {
    expect(text).toContain(parameterTables());
  });

  it('names every column of the scenario CSV, in order (biomass among them)', () => {
    const sentence = text.slice(text.indexOf('The rows have these columns'));
    const at = SCENARIO_COLUMNS.map((c) => sentence.indexOf(`\`${c}\``));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('explains every intervention', () => {
    const names = Object.keys(INTERVENTIONS);
    expect(names.filter((n) => !text.includes(`| \`${n}\` |`))).toEqual([]);
    // ...with the very note the game shows (written by npm run validate).
    const rows = text.split('\n');
    for (const n of names as (keyof typeof INTERVENTIONS)[]) {
      const row = rows.find((line) => line.startsWith(`| \`${n}\` |`));
      expect(row?.endsWith(noteCell(n)), n).toBe(true);
    }
  });

  it('embeds the chart of every example scenario, and every chart exists', () => {
    const examples = readdirSync(path.join(docs, 'scenarios')).filter((f) => f.endsWith('.json'));
    for (const file of examples) {
      const svg = `scenarios/${file.replace(/\.json$/, '.svg')}`;
      expect(text).toContain(`](${svg})`);
      expect(existsSync(path.join(docs, svg))).toBe(true);
    }
  });
});
