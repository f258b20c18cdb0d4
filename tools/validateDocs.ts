// Two blocks of docs/SIMULATION.md written from src/sim: the parameter tables of section 4
// (values and sources of src/sim/parameters.ts, between markers) and the intervention notes of
// section 5, as the game shows them. tools/simulationDoc.ts puts them in the template's slots.
import { INTERVENTIONS } from '../src/sim';
import { GROUPS } from '../src/sim/groups';
import { type GroupParameters, PARAMETERS, type Param } from '../src/sim/parameters';

export const BEGIN = '<!-- parameters: written by npm run validate from src/sim/parameters.ts -->';
export const END = '<!-- /parameters -->';

const GROUP_MEANING: Record<keyof GroupParameters, string> = {
  muMax: 'maximum growth rate μ (per h)',
  phMin: 'lowest pH for growth',
  phOpt: 'best pH',
  phMax: 'highest pH for growth',
  acidYield: 'acid per unit biomass `y`',
  glycolysisFloor: 'pH where acid-making stops',
  sigma: 'resource without sugar σ',
  rho: 'resource from favourite substrate ρ',
  death: 'background loss d (per h)',
  crowding: 'self-crowding c (per h)',
  acidKill: 'death per pH unit below pHmin κ (per h)',
  chxKill: 'log-kill of one full chlorhexidine rinse χ',
  immigration: 'seeding from saliva ε (per h)',
};

const cell = (x: number): string => String(x);
const escapePipes = (text: string): string => text.replaceAll('|', '\\|');

function table(title: string, params: Record<string, Param>): string[] {
  const rows = Object.entries(params).map(
    ([name, p]) => `| \`${name}\` | ${cell(p.value)} | ${escapePipes(p.source)} |`,
  );
  return [
    `**${title}:**`,
    '',
    '| parameter | value | source |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ];
}

/** Section 4's tables, as SIMULATION.md holds them between BEGIN and END. */
export function parameterTables(): string {
  const G = PARAMETERS.groups;
  const keys = Object.keys(G.C) as (keyof GroupParameters)[];
  const lines = [
    BEGIN,
    '',
    '**Per group** (values; each source below the table):',
    '',
    `| parameter | meaning | ${GROUPS.join(' | ')} |`,
    `| --- | --- | ${GROUPS.map(() => '---').join(' | ')} |`,
    ...keys.map(
      (k) =>
        `| \`${k}\` | ${GROUP_MEANING[k]} | ${GROUPS.map((g) => cell(G[g][k].value)).join(' | ')} |`,
    ),
    '',
    'Per-group sources (where a value is not illustrative or has a reason):',
    '',
    ...keys.flatMap((k) =>
      GROUPS.filter((g) => G[g][k].source !== 'illustrative').map(
        (g) => `- \`${k}\` of \`${g}\`: ${G[g][k].source}`,
      ),
    ),
    '',
    ...table('Chemistry', PARAMETERS.chemistry),
    ...table('Ecology', PARAMETERS.ecology),
    ...table('Gum', PARAMETERS.gum),
    ...table('Tooth', PARAMETERS.tooth),
    ...table('Ending thresholds', PARAMETERS.endings),
    END,
  ];
  return lines.join('\n');
}

/** The intervention table's row of `name` ends with the note the game shows, word for word. */
export const noteCell = (name: keyof typeof INTERVENTIONS): string =>
  ` ${escapePipes(INTERVENTIONS[name].note)} |`;
