// Prints the chemostat shares (all groups) by floor for parameter overrides given as JSON in
// argv[2], e.g. '{"chemistry.acidPerSugar": 60, "groups.M.sigma": 0.5}', and dose/days in argv[3].
import { applyOverrides } from './overrides';

applyOverrides(process.argv[2]);
const [dose, days, n] = (process.argv[3] ?? '0.2,10,1').split(',').map(Number);
const sim = await import('../../src/sim');
const { runScenario } = await import('../../src/sim/scenario');
const hhmm = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const daily = Array.from({ length: n as number }, (_, k) => ({
  at: hhmm(Math.round(420 + (k * 960) / (n as number))),
  do: 'sugar_snack' as const,
  dose: dose as number,
}));
for (const floor of [7, 5.5, 5, 4.5, 3.5]) {
  const r = runScenario(
    {
      description: '',
      seed: 1,
      days: days as number,
      saliva: 'normal',
      daily,
      events: [],
      phFloor: floor,
      sample: 60,
    },
    { start: sim.createMicrobiome(), rows: true },
  );
  const g = { ...r.final.groups, K: 0 };
  const t = Object.values(g).reduce((a, b) => a + b, 0);
  const phs = r.rows.slice(-24).map((row) => row.ph);
  console.log(
    floor,
    Object.entries(g)
      .map(([k, x]) => `${k} ${((100 * x) / t).toFixed(2)}`)
      .join(' '),
    `tot ${t.toFixed(3)} K ${r.final.groups.K.toFixed(4)} pH ${Math.min(...phs).toFixed(2)}-${Math.max(...phs).toFixed(2)}`,
  );
}
