// `npm run sensitivity`: Morris elementary-effects screening (Morris 1991, Technometrics
// 33:161) of the model's parameters against the four story outcomes. Each parameter point
// runs in its own process (this file with --point), because the simulation reads its
// parameters into constants when its modules load: the child changes PARAMETERS first and
// only then imports the model. Writes its table into docs/VALIDATION.md between markers.
// Hand-written rather than a library: the method is ~40 lines and no maintained JS package
// for it exists in the lock file.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The screened parameters: dotted paths into PARAMETERS. */
export const SCREENED = [
  'groups.C.muMax',
  'groups.M.muMax',
  'groups.L.muMax',
  'groups.C.phMin',
  'groups.M.phMin',
  'groups.P.muMax',
  'chemistry.acidScale',
  'chemistry.bufferNormal',
  'chemistry.acidClearance',
  'chemistry.sugarHalfLife',
  'chemistry.acidPerSugar',
  'chemistry.nitrateAlkali',
  'ecology.storeGrowth',
  'ecology.mutansNicheLoss',
  'ecology.mutansNicheCommensal',
  'ecology.peroxideInhibition',
  'ecology.retentionSeeding',
  'ecology.retentionHalfLife',
  'ecology.chxRate',
  'ecology.chxHalfLife',
  'gum.stimulusHalf',
  'gum.inflameRate',
  'gum.resolveRate',
  'gum.keystoneWeight',
  'gum.marginMaturation',
  'gum.gelMarginSeeding',
] as const;

/** Each parameter varies over nominal x [1 - SPAN, 1 + SPAN] on a LEVELS-level grid. */
const SPAN = 0.25;
const LEVELS = 4;
const DELTA = LEVELS / (2 * (LEVELS - 1));
const OUTCOMES = ['acid_takeover', 'inflamed', 'scorched', 'flourishing'] as const;
type Outcome = (typeof OUTCOMES)[number];

export const BEGIN = '<!-- sensitivity: written by npm run sensitivity -->';
export const END = '<!-- /sensitivity -->';

/** The four outcomes for one parameter point, measured in this process (the child). */
async function measure(factors: number[]): Promise<Record<Outcome, number>> {
  const { PARAMETERS } = await import('../src/sim/parameters');
  SCREENED.forEach((name, i) => {
    const [a, b, c] = name.split('.') as [string, string, string?];
    // biome-ignore lint/suspicious/noExplicitAny: a dotted path into a plain data object
    const holder: any = c === undefined ? (PARAMETERS as any)[a] : (PARAMETERS as any)[a][b];
    const key = c ?? b;
    holder[key] = { ...holder[key], value: holder[key].value * (factors[i] as number) };
  });
  const sim = await import('../src/sim');
  const { runScenario } = await import('../src/sim/scenario');
  const days = (daily: unknown[], n: number, start = sim.createMicrobiome()) =>
    runScenario(
      {
        description: '',
        seed: 1,
        days: n,
        saliva: 'normal',
        // biome-ignore lint/suspicious/noExplicitAny: scenario actions written inline
        daily: daily as any,
        events: [],
        phFloor: null,
        sample: 1440,
      },
      { start, rows: false },
    ).final;
  const meals = [
    { at: '08:00', do: 'meal', dose: 1 },
    { at: '13:00', do: 'meal', dose: 1 },
    { at: '19:00', do: 'meal', dose: 1 },
  ];
  const snacks = ['09:30', '11:00', '15:00', '16:30', '21:00', '22:30'].map((at) => ({
    at,
    do: 'sugar_snack',
    dose: 1,
  }));
  const acid = sim.shares(days([...meals, ...snacks], 20));
  const gel = days([...meals, { at: '20:00', do: 'blended_gel', dose: 1 }], 4);
  const rinsed = days([...meals, { at: '21:00', do: 'chlorhexidine', dose: 1 }], 3);
  const cared = days(
    [...meals, { at: '07:30', do: 'brushing', dose: 1 }, { at: '22:00', do: 'brushing', dose: 1 }],
    5,
  );
  return {
    acid_takeover: acid.M + acid.L,
    inflamed: gel.inflammation,
    scorched: sim.evenness(rinsed),
    flourishing: sim.health(cared),
  };
}

/** Runs one point in a fresh process. */
function point(factors: number[]): Record<Outcome, number> {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, path.resolve(import.meta.dirname, 'sensitivity.ts'), '--point'],
    { env: { ...process.env, MORRIS_FACTORS: JSON.stringify(factors) }, encoding: 'utf8' },
  );
  return JSON.parse(out);
}

/** mulberry32, seeded: the same trajectories every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const toFactor = (u: number): number => 1 - SPAN + 2 * SPAN * u;

async function main(): Promise<void> {
  if (process.argv.includes('--point')) {
    const factors = JSON.parse(process.env.MORRIS_FACTORS ?? '[]') as number[];
    process.stdout.write(JSON.stringify(await measure(factors)));
    return;
  }
  const trajectories = Number(process.env.MORRIS_R ?? 4);
  const k = SCREENED.length;
  const rand = random(11);
  const effects: Record<Outcome, number[][]> = {
    acid_takeover: SCREENED.map(() => []),
    inflamed: SCREENED.map(() => []),
    scorched: SCREENED.map(() => []),
    flourishing: SCREENED.map(() => []),
  };
  for (let r = 0; r < trajectories; r++) {
    // A random base on the lower part of the grid, then one parameter moved by DELTA at a time.
    const x = SCREENED.map(() => Math.floor(rand() * (LEVELS / 2)) / (LEVELS - 1));
    let y = point(x.map(toFactor));
    const order = SCREENED.map((_, i) => i).sort(() => rand() - 0.5);
    for (const i of order) {
      x[i] = (x[i] as number) + DELTA;
      const next = point(x.map(toFactor));
      for (const o of OUTCOMES) {
        (effects[o][i] as number[]).push((next[o] - y[o]) / DELTA);
      }
      y = next;
    }
    console.error(`trajectory ${r + 1} of ${trajectories} (${k + 1} runs)`);
  }
  const lines = [
    BEGIN,
    '## Sensitivity: which parameters decide each ending',
    '',
    `Morris elementary-effects screening (Morris 1991, *Technometrics* 33:161-174): ${trajectories}`,
    `trajectories of ${k + 1} runs over ${k} parameters, each varied over ±${SPAN * 100}% of its`,
    `value on a ${LEVELS}-level grid (step ${DELTA.toFixed(2)} of the range). Outcomes: M + L share`,
    'after 20 days of meals and 6 snacks (acid_takeover), gum inflammation after 4 days of the',
    'blended gel (inflamed), evenness after a rinse a day for 3 days (scorched, lower is worse),',
    'health after 5 days of meals and brushing (flourishing). μ* is the mean absolute elementary',
    'effect (outcome change per full range of the parameter), σ their spread (non-linearity and',
    'interaction). The three most influential parameters per outcome:',
    '',
    '| outcome | parameter | μ* | σ |',
    '| --- | --- | --- | --- |',
  ];
  for (const o of OUTCOMES) {
    const stats = SCREENED.map((name, i) => {
      const e = effects[o][i] as number[];
      const mean = e.reduce((s, v) => s + v, 0) / e.length;
      const muStar = e.reduce((s, v) => s + Math.abs(v), 0) / e.length;
      const sd = Math.sqrt(e.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, e.length - 1));
      return { name, muStar, sd };
    }).sort((a, b) => b.muStar - a.muStar);
    for (const s of stats.slice(0, 3)) {
      lines.push(`| ${o} | \`${s.name}\` | ${s.muStar.toPrecision(3)} | ${s.sd.toPrecision(3)} |`);
    }
    console.log(
      o,
      stats
        .slice(0, 5)
        .map((s) => `${s.name} ${s.muStar.toPrecision(3)}`)
        .join('; '),
    );
  }
  lines.push('', END);
  const file = path.resolve(import.meta.dirname, '../docs/VALIDATION.md');
  writeFileSync(file, withSensitivity(readFileSync(file, 'utf8'), lines.join('\n')));
}

/** `text` with its sensitivity block replaced by (or, if absent, followed by) `block`. */
export function withSensitivity(text: string, block: string): string {
  const from = text.indexOf(BEGIN);
  const to = text.indexOf(END);
  if (from < 0 || to < from) return `${text.trimEnd()}\n\n${block}\n`;
  return text.slice(0, from) + block + text.slice(to + END.length);
}

if (
  import.meta.url === `file://${process.argv[1]}` ||
  process.argv[1]?.endsWith('sensitivity.ts')
) {
  await main();
}
