import {
  advance,
  applyIntervention,
  classifyEnding,
  createMicrobiome,
  evenness,
  health,
  ph,
  shares,
} from '../src/sim';

type Step = [string, number] | number;
const festival: Step[] = [
  ['meal', 1],
  ['sugar_snack', 0.3],
  180,
  ['blended_gel', 0.3],
  ['brushing', 0.8],
  480,
];
const festivalBad: Step[] = [
  ['sugar_feast', 0.8],
  180,
  ['blended_gel', 0.3],
  ['dry_mouth', 0.6],
  ['sugar_snack', 0.5],
  480,
];
function run(name: string, steps: Step[]) {
  let m = createMicrobiome({ seed: 1 });
  for (const s of steps) {
    if (typeof s === 'number') m = advance(m, s);
    else m = applyIntervention(m, s[0], s[1]);
  }
  const sh = shares(m);
  console.log(
    name.padEnd(28),
    classifyEnding(m).padEnd(14),
    'h',
    health(m).toFixed(2),
    'ev',
    evenness(m).toFixed(2),
    'pH',
    ph(m).toFixed(1),
    'M+L',
    (sh.M + sh.L).toFixed(2),
    'I',
    m.inflammation.toFixed(2),
    'wash',
    m.washout.toFixed(2),
  );
}
const paths: Record<string, Step[]> = JSON.parse(process.argv[2]);
for (const [k, v] of Object.entries(paths)) {
  run(k + ' good', [...festival, ...v]);
  run(k + ' bad', [...festivalBad, ...v]);
}
