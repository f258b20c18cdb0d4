// A small hill-climber over model parameters: perturbs one to three of SPACE at a time
// (log-normal steps within the bounds), scores each set with score.ts in a fresh process and
// keeps it if it scores no worse. Writes every evaluation to the log file as a JSON line.
// Usage: tsx tools/calibrate/search.ts start.json log.jsonl minutes seed
// C_PHMIN_LO and C_PHMIN_HI narrow the commensals' growth minimum: where it sits is a choice
// the literature makes (parameters.ts), and left free the climb drifts back to wherever the
// targets it already passes are easiest.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { PARAMETERS } from '../../src/sim/parameters';

const current = (key: string): number => {
  let o: Record<string, unknown> = PARAMETERS as unknown as Record<string, unknown>;
  for (const part of key.split('.')) o = o[part] as Record<string, unknown>;
  return (o as { value: number }).value;
};

const SPACE: Record<string, [number, number]> = {
  'groups.C.phMin': [Number(process.env.C_PHMIN_LO ?? 4.8), Number(process.env.C_PHMIN_HI ?? 5.3)],
  'groups.C.glycolysisFloor': [4.3, 5.2],
  'groups.C.acidKill': [0.03, 1.2],
  'groups.C.sigma': [0.7, 1.3],
  'groups.C.rho': [2, 8],
  'groups.C.death': [0.02, 0.08],
  'groups.C.crowding': [0.15, 0.5],
  'groups.M.sigma': [0.3, 0.8],
  'groups.M.rho': [2.5, 9],
  'groups.M.crowding': [0.02, 0.3],
  'groups.M.acidKill': [0.05, 0.6],
  'groups.M.death': [0.003, 0.08],
  'ecology.mutansNicheLoss': [0.01, 0.3],
  'ecology.mutansNicheHalf': [0.005, 0.1],
  'ecology.mutansNicheCommensal': [0, 1],
  'groups.L.death': [0.005, 0.08],
  'groups.L.sigma': [0.1, 0.6],
  'groups.L.rho': [12, 35],
  'groups.L.crowding': [0.02, 0.15],
  'groups.L.acidKill': [0.03, 0.3],
  'ecology.storeGrowth': [0.15, 0.9],
  'ecology.peroxideInhibition': [0.06, 0.25],
  'chemistry.arginolyticHalfSaturation': [0.01, 0.5],
  'chemistry.ammoniaRate': [0.15, 1.2],
  'chemistry.lactobacillusAmmonia': [0.5, 2],
  'ecology.mutacin': [0.07, 0.3],
  'chemistry.acidPerSugar': [40, 160],
  'chemistry.veillonellaUptake': [0.5, 3],
  'chemistry.nitrateHalfSaturation': [0.01, 0.3],
  'chemistry.acidScale': [25, 80],
  'chemistry.nitrateAlkali': [0.01, 0.6],
  'ecology.retentionPh': [5.5, 6.3],
  'ecology.retentionGrowth': [0.02, 0.15],
  'ecology.retentionHalfLife': [168, 720],
  'ecology.retentionSettling': [0.005, 0.05],
  'ecology.retentionSeeding': [3e-5, 3e-4],
};
const [startFile, logFile, minutesArg, seedArg] = process.argv.slice(2);
let seed = Number(seedArg ?? 1);
const rand = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const gauss = (): number =>
  Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
const score = (p: Record<string, number>): { score: number; passed: number; fails: string[] } => {
  const out = execFileSync(
    'node',
    ['--import', 'tsx', 'tools/calibrate/score.ts', JSON.stringify(p)],
    {
      encoding: 'utf8',
    },
  );
  const r = JSON.parse(out.trim().split('\n').at(-1) as string);
  appendFileSync(logFile as string, `${JSON.stringify({ p, ...r })}\n`);
  return r;
};
let best = JSON.parse(readFileSync(startFile as string, 'utf8')) as Record<string, number>;
let bestScore = score(best).score;
const end = Date.now() + Number(minutesArg ?? 10) * 60_000;
const keys = Object.keys(SPACE);
while (Date.now() < end) {
  const p = { ...best };
  const n = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) {
    const k = keys[Math.floor(rand() * keys.length)] as string;
    const [lo, hi] = SPACE[k] as [number, number];
    const cur = p[k] ?? current(k);
    const next =
      k.endsWith('phMin') ||
      k.endsWith('Floor') ||
      k.endsWith('Commensal') ||
      k.endsWith('retentionPh')
        ? cur + 0.1 * gauss()
        : cur * Math.exp(0.2 * gauss());
    p[k] = +Math.min(hi, Math.max(lo, next)).toPrecision(3);
  }
  const r = score(p);
  if (r.score >= bestScore) {
    best = p;
    bestScore = r.score;
    console.log(
      new Date().toISOString(),
      r.score,
      r.passed,
      r.fails.map((f) => f.split(' ')[0]).join(','),
    );
  }
}
console.log(JSON.stringify(best));
