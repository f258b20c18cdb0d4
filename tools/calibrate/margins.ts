// Prints each validation target's value and its margin (distance to the nearer tolerance edge,
// as a share of the tolerance span) for parameter overrides given as JSON, tightest first: a
// set that passes at its edges will miss after the next model change.
// Usage: tsx tools/calibrate/margins.ts '{"groups.C.phMin": 5.0}'
import { applyOverrides, marginOf } from './overrides';

applyOverrides(process.argv[2]);
const { EXPERIMENTS } = await import('../validateExperiments');
const rows: [number, string][] = [];
for (const e of EXPERIMENTS)
  for (const t of e.targets) {
    const v = t.model();
    const m = marginOf(t, v);
    rows.push([
      m,
      `${t.id.padEnd(20)} ${(+v.toFixed(3)).toString().padStart(9)}  [${t.lo}, ${t.hi}]  margin ${(100 * m).toFixed(1)}%`,
    ]);
  }
rows.sort((a, b) => a[0] - b[0]);
for (const [, line] of rows.slice(0, Number(process.argv[3] ?? 12))) console.log(line);
