// The numbers of docs/SIMULATION.md that come from the model: the parameter tables of
// section 4 are written from src/sim/parameters.ts (values and sources), between markers, by
// `npm run validate`; tests/unit/sim.docs.test.ts checks the file holds exactly this text.
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

/** `text` with its parameter block replaced by the current one; throws if the markers are gone. */
export function withParameterTables(text: string): string {
  const from = text.indexOf(BEGIN);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`SIMULATION.md lost its markers ${BEGIN} ... ${END}`);
  return text.slice(0, from) + parameterTables() + text.slice(to + END.length);
}

/** The intervention table's row of `name` ends with the note the game shows, word for word. */
export const noteCell = (name: keyof typeof INTERVENTIONS): string =>
  ` ${escapePipes(INTERVENTIONS[name].note)} |`;

/** `text` with the last cell of every intervention row set to the game's note. */
export function withInterventionNotes(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const m = /^\| `([a-z_]+)` \|(.*)\|(.*)\|$/.exec(line);
      if (!m || !Object.hasOwn(INTERVENTIONS, m[1] as string)) return line;
      return `| \`${m[1]}\` |${m[2]}|${noteCell(m[1] as keyof typeof INTERVENTIONS)}`;
    })
    .join('\n');
}
