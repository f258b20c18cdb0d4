// Scores one parameter set for the calibration search (tools/calibrate/search.ts): the targets
// of `npm run validate` and quick versions of the model brief's behaviour tests (section C of
// /work/shared/design/microbiome-model.md; tests/unit/sim.*.test.ts hold the real ones).
// Usage: tsx tools/calibrate/score.ts '{"groups.M.acidKill": 0.12}' -> one JSON line.
import type { ScenarioAction } from '../../src/sim/scenario';
import { applyOverrides, marginOf } from './overrides';

applyOverrides(process.argv[2]);
const sim = await import('../../src/sim');
const { runScenario } = await import('../../src/sim/scenario');
const { EXPERIMENTS, MEALS, BRUSH, pulses, bradshawMarsh, FLOORS } = await import(
  '../validateExperiments'
);
type M = ReturnType<typeof sim.createMicrobiome>;
const days = (m: M, daily: ScenarioAction[], n: number, phFloor: number | null = null): M =>
  runScenario(
    {
      description: '',
      seed: 1,
      days: n,
      saliva: m.baseSaliva,
      daily: [...daily].sort((a, b) => a.at.localeCompare(b.at)),
      events: [],
      phFloor,
      sample: 1440,
    },
    { start: m, rows: false },
  ).final;
const acidShare = (m: M): number => sim.shares(m).M + sim.shares(m).L;
function rinse(m: M): { min: number; at: number; rec: number; back6: number } {
  let s = sim.applyIntervention(m, 'sugar_snack', 1);
  let min = sim.ph(s);
  let at = 0;
  let rec = -1;
  let back6 = -1;
  for (let t = 1; t <= 180; t++) {
    s = sim.advance(s, 1);
    const p = sim.ph(s);
    if (p < min) {
      min = p;
      at = t;
    }
    if (rec < 0 && t > at && min < 6.5 && p > 6.5) rec = t;
    if (back6 < 0 && t > at && min < 6 && p > 6) back6 = t;
  }
  return { min, at, rec, back6 };
}

const fails: string[] = [];
const check = (name: string, ok: boolean, detail: unknown): void => {
  if (!ok) fails.push(`${name} ${JSON.stringify(detail)}`);
};
const info: Record<string, unknown> = {};

// validate targets
let targets = 0;
let distance = 0;
let passed = 0;
let margins = 0;
const targetFails: string[] = [];
for (const e of EXPERIMENTS)
  for (const t of e.targets) {
    targets++;
    const v = t.model();
    if (v >= t.lo && v <= t.hi) {
      passed++;
      // A set that passes at a tolerance's edge misses after the next model change: reward
      // room to each edge (as a share of the span), capped so that it never outweighs a pass.
      if (Number.isFinite(t.hi) && t.hi > t.lo) margins += Math.min(marginOf(t, v), 0.1);
    } else {
      targetFails.push(`${t.id}=${Number.isFinite(v) ? +v.toFixed(3) : v}`);
      const span =
        Number.isFinite(t.hi - t.lo) && t.hi > t.lo ? t.hi - t.lo : Math.max(1, Math.abs(t.lo));
      // Shares miss by orders of magnitude (a group washing out): measure those misses in
      // factors, so the search still sees a gradient from 0.005% towards 0.5%.
      const logScale = t.unit === 'share, %' && t.lo > 0 && v > 0;
      const d = logScale
        ? Math.abs(Math.log(v < t.lo ? t.lo / v : v / t.hi)) / Math.log(t.hi / t.lo)
        : v < t.lo
          ? (t.lo - v) / span
          : (v - t.hi) / span;
      distance += Number.isFinite(d) ? Math.min(d, 3) : 3;
    }
  }

// behaviour 1
const base = days(sim.createMicrobiome(), [...MEALS, ...BRUSH], 4);
const after = days(base, [...MEALS, ...BRUSH], 10);
{
  const s = sim.shares(after);
  check(
    'b1',
    s.M < 0.02 && s.M > 0.001 && s.C > 0.6 && sim.classifyEnding(after) === 'flourishing',
    {
      M: +s.M.toFixed(4),
      C: +s.C.toFixed(3),
      e: sim.classifyEnding(after),
    },
  );
}
// behaviour 2
const rest = sim.advance(sim.createMicrobiome(), 240);
const h = rinse(rest);
info.rest = +sim.ph(rest).toFixed(3);
info.rinse = h;
check('b2-rest', sim.ph(rest) > 6.5 && sim.ph(rest) <= 7.1, sim.ph(rest));
check(
  'b2-curve',
  h.min >= 5 && h.min <= 5.5 && h.at >= 5 && h.at <= 10 && h.rec >= 25 && h.rec <= 60,
  h,
);
const prone = sim.advance(days(sim.createMicrobiome(), pulses(8), 20), 240);
const pr = rinse(prone);
info.proneM = +sim.shares(prone).M.toFixed(3);
check(
  'b2-prone',
  sim.shares(prone).M > 0.3 &&
    sim.ph(prone) < sim.ph(rest) &&
    pr.min < h.min - 0.3 &&
    pr.back6 > h.back6 + 5,
  { M: sim.shares(prone).M, min: pr.min, back6: pr.back6, hb6: h.back6 },
);
// behaviour 3 (the B&M emulation)
const bacterial = (m: M): Record<string, number> => {
  const t = (Object.values(m.groups) as number[]).reduce((a, b) => a + b, 0) - m.groups.K;
  return Object.fromEntries(Object.entries(m.groups).map(([g, x]) => [g, g === 'K' ? 0 : x / t]));
};
type Fl = Record<'M' | 'L' | 'C' | 'F', number>;
const floors = FLOORS.map(
  (f) => bacterial(bradshawMarsh(f)) as Record<'M' | 'L' | 'C' | 'F', number>,
);
{
  const a0 = floors[0] as Fl;
  let ok = a0.M < 0.08 && a0.L < 0.01 && a0.C > 0.5;
  for (let i = 1; i < floors.length; i++) {
    const a = floors[i - 1] as Fl;
    const b = floors[i] as Fl;
    ok &&= b.M + b.L >= a.M + a.L - 0.01 && b.C <= a.C + 0.01 && b.F <= a.F + 0.002;
  }
  const last = floors[4] as Fl;
  ok &&=
    last.M > a0.M * 5 && last.L > a0.L && last.L > last.M && last.C < a0.C / 4 && last.F < a0.F / 5;
  check(
    'b3',
    ok,
    floors.map((s) => [s.M, s.L, s.C, s.F].map((x) => +(100 * x).toFixed(2))),
  );
}
// behaviour 4
const curve = (saliva: 'normal' | 'dry'): number[] =>
  Array.from({ length: 11 }, (_, n) =>
    acidShare(days(sim.createMicrobiome({ saliva }), pulses(n), 30)),
  );
const normal = curve('normal');
const dry = curve('dry');
const tip = (c: number[]): number => c.findIndex((x) => x > 0.1);
info.tip = [tip(normal), tip(dry)];
let mono = true;
for (const c of [normal, dry])
  for (let n = 1; n < c.length; n++) mono &&= (c[n] as number) >= (c[n - 1] as number) - 1e-4;
check('b4-mono', mono, {
  normal: normal.map((x) => +x.toFixed(3)),
  dry: dry.map((x) => +x.toFixed(3)),
});
check(
  'b4-tip',
  tip(normal) >= 5 && tip(normal) <= 7 && tip(dry) >= 2 && tip(dry) <= 4 && tip(dry) < tip(normal),
  info.tip,
);
// behaviour 5, at the measured tipping frequency n: stays tipped at n-1 from tipped
const tipped = days(sim.createMicrobiome(), pulses(12), 30);
const tn = tip(normal);
const fromT = [tn - 3, tn - 2, tn - 1].map((n) =>
  acidShare(days(tipped, pulses(Math.max(n, 0)), 30)),
);
const fromH = [tn - 3, tn - 2, tn - 1].map((n) =>
  acidShare(days(sim.createMicrobiome(), pulses(Math.max(n, 0)), 30)),
);
info.hyst = { fromT: fromT.map((x) => +x.toFixed(3)), fromH: fromH.map((x) => +x.toFixed(3)) };
const backT = [3, 4, 5].map((n) => days(tipped, pulses(n), 30));
const backH = [3, 4, 5].map((n) => days(sim.createMicrobiome(), pulses(n), 30));
const fixedT = backT.map(acidShare);
const fixedH = backH.map(acidShare);
/** Back at 3 a day: S. mutans within a point, lactobacilli (still shed by the sites) two. */
const backAt3 =
  Math.abs(sim.shares(backT[0] as M).M - sim.shares(backH[0] as M).M) < 0.01 &&
  Math.abs(sim.shares(backT[0] as M).L - sim.shares(backH[0] as M).L) < 0.02;
info.hystFixed = {
  fromT: fixedT.map((x) => +x.toFixed(3)),
  fromH: fixedH.map((x) => +x.toFixed(3)),
};
const fixedOk =
  acidShare(tipped) > 0.5 &&
  (fixedT[2] as number) > 0.3 &&
  (fixedH[2] as number) < 0.1 &&
  (fixedT[1] as number) < 0.5 * (fixedT[2] as number) &&
  (fixedT[0] as number) < 0.05 &&
  backAt3;
info.b5fixed = fixedOk;
check(
  'b5',
  fixedOk ||
    (process.env.RELATIVE_B5 === '1' &&
      acidShare(tipped) > 0.5 &&
      (fromT[2] as number) > 0.3 &&
      (fromH[2] as number) < 0.1 &&
      (fromT[1] as number) < 0.5 * (fromT[2] as number) &&
      (fromT[0] as number) < 0.05 &&
      Math.abs((fromT[0] as number) - (fromH[0] as number)) < 0.01),
  info.hyst,
);
// The integrator near the tipping point (tests/unit/sim.chunking.test.ts): behaviour 5 must
// hold on the converged model, not only on the adaptive step's error. Fixed steps converge to
// first order, so the 1/8- and 1/16-minute runs give the limit 2 r(1/16) - r(1/8).
{
  const fixed = (n: number, stepping: number): number =>
    acidShare(
      runScenario(
        {
          description: '',
          seed: 1,
          days: 30,
          saliva: 'normal',
          daily: pulses(n),
          events: [],
          phFloor: null,
          sample: 1440,
        },
        { start: tipped, rows: false, stepping },
      ).final,
    );
  const quarter = fixed(5, 0.25);
  const limit = 2 * fixed(5, 0.0625) - fixed(5, 0.125);
  info.converged = { limit: +limit.toFixed(3), quarter: +quarter.toFixed(3) };
  check(
    'b5-converged',
    limit > 0.32 &&
      Math.abs(quarter - limit) < 0.0125 &&
      Math.abs((fixedT[2] as number) - limit) < 0.05,
    info.converged,
  );
}
// behaviour 6
{
  const before = days(sim.createMicrobiome(), MEALS, 1);
  const rinsed = sim.advance(sim.applyIntervention(before, 'chlorhexidine', 1), 60);
  const later = days(rinsed, pulses(8), 2);
  const r = (g: 'C' | 'M' | 'L' | 'V' | 'F'): number => later.groups[g] / before.groups[g];
  check('b6', r('C') > r('L') && r('L') > r('M') && r('M') > r('V') && r('M') > r('F'), {
    C: r('C'),
    L: r('L'),
    M: r('M'),
    V: r('V'),
    F: r('F'),
  });
}
// sim.scenario: one chlorhexidine rinse on day 2 leaves the mural 'anxious' (fragile)
{
  const r = runScenario(
    {
      description: '',
      seed: 1,
      days: 2,
      saliva: 'normal',
      daily: [
        { at: '07:30', do: 'meal', dose: 1 },
        { at: '15:00', do: 'sugar_snack', dose: 1 },
      ],
      events: [{ day: 2, at: '12:00', do: 'chlorhexidine', dose: 1 }],
      phFloor: null,
      sample: 60,
    },
    { rows: true },
  );
  const row = r.rows.find((x) => x.minute === 2160);
  check('scenario-anxious', row?.mural === 'anxious', row?.mural);
}
console.log(
  JSON.stringify({
    passed,
    targets,
    score: passed - 10 * fails.length - 0.3 * distance + 0.2 * margins,
    margins,
    distance,
    fails,
    targetFails,
    info,
  }),
);
