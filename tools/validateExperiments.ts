// The published experiments the model is measured against (`npm run validate`,
// docs/VALIDATION.md, tests/unit/validation.test.ts). Each experiment runs the model through its
// public API and the scenario runner; nothing here sets a result, it only reads what the model
// does. A target is the paper's figure, the tolerance it allows and the model's figure.
import {
  advance,
  applyIntervention,
  createMicrobiome,
  type GroupName,
  type Microbiome,
  ph,
  shares,
} from '../src/sim';
import { totalBiomass } from '../src/sim/metrics';
import { PARAMETERS } from '../src/sim/parameters';
import { runScenario, type ScenarioAction } from '../src/sim/scenario';

export interface Source {
  readonly key: string;
  /** The full citation. */
  readonly cite: string;
}

export interface Target {
  readonly id: string;
  readonly source: Source['key'];
  /** What is measured, in the paper's words. */
  readonly what: string;
  /** The paper's figure, as printed. */
  readonly paper: string;
  /** Accepted range of the model figure, both ends included. */
  readonly lo: number;
  readonly hi: number;
  /** Why this tolerance (the paper's own range, or why a point value gets this band). */
  readonly tolerance: string;
  readonly unit: string;
  /** The model's figure (runs the model). */
  readonly model: () => number;
}

export interface Experiment {
  readonly title: string;
  /** How the experiment is emulated in the model. */
  readonly emulation: string;
  readonly targets: readonly Target[];
}

export const SOURCES: readonly Source[] = [
  {
    key: 'Bradshaw & Marsh 1998',
    cite:
      'Bradshaw DJ, Marsh PD. Analysis of pH-driven disruption of oral microbial communities ' +
      'in vitro. Caries Research 1998;32(6):456-462.',
  },
  {
    key: 'Stephan 1944',
    cite:
      'Stephan RM. Intra-oral hydrogen-ion concentrations associated with dental caries ' +
      'activity. Journal of Dental Research 1944;23(4):257-266.',
  },
  {
    key: 'McDermid et al. 1986',
    cite:
      'McDermid AS, McKee AS, Ellwood DC, Marsh PD. The effect of lowering the pH on the ' +
      'composition and metabolism of a community of nine oral bacteria grown in a chemostat. ' +
      'Journal of General Microbiology 1986;132(5):1205-1214.',
  },
  {
    key: 'Head et al. 2017',
    cite:
      'Head D, Devine DA, Marsh PD. In silico modelling to differentiate the contribution of ' +
      'sugar frequency versus total amount in driving biofilm dysbiosis in dental caries. ' +
      'Scientific Reports 2017;7:17413.',
  },
  {
    key: 'Loe et al. 1965',
    cite:
      'Loe H, Theilade E, Jensen SB. Experimental gingivitis in man. Journal of ' +
      'Periodontology 1965;36:177-187.',
  },
  {
    key: 'Bescos et al. 2020',
    cite:
      'Bescos R, Ashworth A, Cutler C, et al. Effects of chlorhexidine mouthwash on the oral ' +
      'microbiome. Scientific Reports 2020;10:5254.',
  },
  {
    key: 'Schiott et al. 1970',
    cite:
      'Schiott CR, Loe H, Jensen SB, Kilian M, Davies RM, Glavind K. The effect of ' +
      'chlorhexidine mouthrinses on the human oral flora. Journal of Periodontal Research ' +
      '1970;5(2):84-89.',
  },
  {
    key: 'Horz et al. 2007',
    cite:
      'Horz HP, Meinelt A, Houben B, Conrads G. Distribution and persistence of probiotic ' +
      'Streptococcus salivarius K12 in the human oral cavity as determined by real-time ' +
      'quantitative polymerase chain reaction. Oral Microbiology and Immunology ' +
      '2007;22(2):126-130.',
  },
  {
    key: 'Burton et al. 2013',
    cite:
      'Burton JP, Drummond BK, Chilcott CN, et al. Influence of the probiotic Streptococcus ' +
      'salivarius strain M18 on indices of dental health in children: a randomized ' +
      'double-blind, placebo-controlled trial. Journal of Medical Microbiology ' +
      '2013;62(6):875-884.',
  },
  {
    key: 'Kraivaphan et al. 2013',
    cite:
      'Kraivaphan P, Amornchat C, Triratana T, et al. Two-year caries clinical study of the ' +
      'efficacy of novel dentifrices containing 1.5% arginine, an insoluble calcium compound ' +
      'and 1,450 ppm fluoride. Caries Research 2013;47(6):582-590.',
  },
  {
    key: 'Reyes et al. 2014',
    cite:
      'Reyes E, Martin J, Moncada G, et al. Caries-free subjects have high levels of urease and ' +
      'arginine deiminase activity. Journal of Applied Oral Science 2014;22(3):235-240.',
  },
  {
    key: 'Gordan et al. 2010',
    cite:
      'Gordan VV, Garvan CW, Ottenga ME, et al. Could alkali production be considered an ' +
      'approach for caries control? Caries Research 2010;44(6):547-554.',
  },
  {
    key: 'Nascimento et al. 2013',
    cite:
      'Nascimento MM, Liu Y, Kalra R, et al. Oral arginine metabolism may decrease the risk ' +
      'for dental caries in children. Journal of Dental Research 2013;92(7):604-608.',
  },
];

const DAY = 1440;
/** Meals and brushing as the experiments (and tools/calibrate/score.ts) live them. */
export const MEALS: ScenarioAction[] = [
  { at: '08:00', do: 'meal', dose: 1 },
  { at: '13:00', do: 'meal', dose: 1 },
  { at: '19:00', do: 'meal', dose: 1 },
];
export const BRUSH: ScenarioAction[] = [
  { at: '07:30', do: 'brushing', dose: 1 },
  { at: '22:00', do: 'brushing', dose: 1 },
];
const hhmm = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
/** `n` sugar rinses of `dose` spread evenly over 16 waking hours from 07:00. */
export const pulses = (n: number, dose = 1): ScenarioAction[] =>
  Array.from({ length: n }, (_, k) => ({
    at: hhmm(Math.round(420 + (k * 960) / n)),
    do: 'sugar_snack' as const,
    dose,
  }));

/** `days` of a daily routine from `m` (its clock taken as the start of a day). */
function live(
  m: Microbiome,
  daily: ScenarioAction[],
  days: number,
  phFloor: number | null = null,
): Microbiome {
  const scenario = {
    description: '',
    seed: 1,
    days,
    saliva: m.baseSaliva,
    daily: [...daily].sort((a, b) => a.at.localeCompare(b.at)),
    events: [],
    phFloor,
    sample: DAY,
  };
  return runScenario(scenario, { start: m, rows: false }).final;
}

/** Lazily computed, once: several targets read one run. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = make();
    return value;
  };
}

/**
 * The Stephan curve of a 10% sugar rinse on `m`, minute by minute over three hours: resting pH,
 * the minimum and its minute, and the minute the pH is back within 0.2 of resting.
 */
export function stephan(m: Microbiome): { rest: number; min: number; at: number; back: number } {
  const rest = ph(m);
  let s = applyIntervention(m, 'sugar_snack', 1);
  const curve = [ph(s)];
  for (let t = 1; t <= 180; t++) {
    s = advance(s, 1);
    curve.push(ph(s));
  }
  const min = Math.min(...curve);
  const at = curve.indexOf(min);
  const back = curve.findIndex((p, t) => t > at && p >= rest - 0.2);
  return { rest, min, at, back: back < 0 ? Number.POSITIVE_INFINITY : back };
}

const healthyMouth = once(() =>
  advance(live(createMicrobiome(), [...MEALS, ...BRUSH], 7), 10 * 60),
);
const tippedMouth = once(() => advance(live(createMicrobiome(), pulses(10), 30), 10 * 60));
const healthyCurve = once(() => stephan(healthyMouth()));
const tippedCurve = once(() => stephan(tippedMouth()));

// "No control" is the controller set to the model's lowest pH (3.5), which it never acts on:
// chemically the same as no floor, and still a chemostat (no host, so no gum; stepLoop.ts).
const NO_CONTROL = 3.5;
export const FLOORS = [7, 5.5, 5.0, 4.5, NO_CONTROL] as const;
/** Shares of the bacteria, Candida left out (the chemostat community had no yeast). */
const bacterialShares = (m: Microbiome): Record<GroupName, number> => {
  const s = { ...m.groups, K: 0 };
  let t = 0;
  for (const g of Object.keys(s) as GroupName[]) t += s[g];
  for (const g of Object.keys(s) as GroupName[]) s[g] = t > 0 ? s[g] / t : 0;
  return s;
};
/** The glucose pulse: sugar_snack at a fifth of a 10% rinse (see the emulation's text). */
const BM_PULSE = 0.2;
/** Minutes after each pulse during which the pH may fall to the set floor (the paper's 6 h). */
const BM_HOLD = 6 * 60;
/**
 * Bradshaw & Marsh 1998: a community grown at constant pH 7.0 gets one glucose pulse a day for
 * 10 days. After each pulse the pH may fall to the set floor for 6 hours; then the controller
 * holds pH 7.0 again until the next pulse. "No control" (3.5) is never held at all.
 */
export function bradshawMarsh(floor: number): Microbiome {
  let m = createMicrobiome();
  for (let day = 0; day < 10; day++) {
    m = applyIntervention(m, 'sugar_snack', BM_PULSE);
    m.phFloor = floor;
    m = advance(m, BM_HOLD);
    m.phFloor = floor === NO_CONTROL ? NO_CONTROL : 7;
    m = advance(m, DAY - BM_HOLD);
  }
  return m;
}
const chemostat = once(() => FLOORS.map((floor) => bacterialShares(bradshawMarsh(floor))));
const floorShare = (i: number, g: GroupName) => (): number =>
  (chemostat()[i] as Record<GroupName, number>)[g];

const acidShare = (m: Microbiome): number => {
  const s = shares(m);
  return s.M + s.L;
};

// Head et al. 2017: the same daily total of sugar given as fewer, larger or more, smaller pulses.
const headRuns = once(() => {
  const run = (n: number, dose: number): number =>
    acidShare(live(createMicrobiome(), pulses(n, dose), 30));
  return {
    low: [run(1, 1), run(2, 0.5), run(4, 0.25)],
    mid: [run(5, 1), run(10, 0.5), run(20, 0.25)],
    high: [run(16, 1), run(20, 0.8)],
  };
});
// Hysteresis: a tipped and a healthy mouth, each then given the same frequency for 30 days.
const hysteresis = once(() => {
  const tipped = live(createMicrobiome(), pulses(12), 30);
  const healthy = live(createMicrobiome(), MEALS, 7);
  const window: number[] = [];
  let reverses = -1;
  for (let n = 8; n >= 1; n--) {
    const fromTipped = acidShare(live(tipped, pulses(n), 30)) > 0.3;
    const fromHealthy = acidShare(live(healthy, pulses(n), 30)) > 0.3;
    if (fromTipped && !fromHealthy) window.push(n);
    if (!fromTipped && reverses < 0) reverses = n;
  }
  return { width: window.length, reverses };
});

// Loe et al. 1965: brushing stopped for three weeks, then resumed.
const loe = once(() => {
  let m = live(createMicrobiome(), [...MEALS, ...BRUSH], 14);
  let onset = Number.POSITIVE_INFINITY;
  for (let d = 1; d <= 30 && onset === Number.POSITIVE_INFINITY; d++) {
    m = live(m, MEALS, 1);
    if (m.inflammation > 0.5) onset = d;
  }
  // No gingivitis, nothing to reverse: the reversal counts as a miss, not as day one.
  let resolved = Number.POSITIVE_INFINITY;
  for (
    let d = 1;
    d <= 30 && onset < Number.POSITIVE_INFINITY && resolved === Number.POSITIVE_INFINITY;
    d++
  ) {
    m = live(m, [...MEALS, ...BRUSH], 1);
    if (m.inflammation < 0.25) resolved = d;
  }
  // Gum inflamed by the festival gel (one dose of 0.8), then four weeks of brushing twice daily.
  let gel = applyIntervention(live(createMicrobiome(), MEALS, 1), 'blended_gel', 0.8);
  gel = live(gel, MEALS, 4);
  const inflamedByGel = gel.inflammation;
  // A gel that never reddened the gum leaves nothing to reverse: a miss, not day one.
  let gelResolved = Number.POSITIVE_INFINITY;
  for (
    let d = 1;
    d <= 28 && inflamedByGel >= 0.25 && gelResolved === Number.POSITIVE_INFINITY;
    d++
  ) {
    gel = live(gel, [...MEALS, ...BRUSH], 1);
    if (gel.inflammation < 0.25) gelResolved = d;
  }
  return { onset, resolved, inflamedByGel, gelResolved };
});

// Chlorhexidine: one rinse (Schiott) and a week of twice-daily rinses (Bescos), against controls.
const CHX: ScenarioAction[] = [
  { at: '07:45', do: 'chlorhexidine', dose: 1 },
  { at: '22:15', do: 'chlorhexidine', dose: 1 },
];
const chxSingle = once(() => {
  const start = live(createMicrobiome(), [...MEALS, ...BRUSH], 7);
  const rinsed = applyIntervention(start, 'chlorhexidine', 1);
  const control = live(start, MEALS, 1);
  const after = live(rinsed, MEALS, 1);
  return {
    biomass24: totalBiomass(after) / totalBiomass(control),
    mutansVsCommensals: after.groups.M / after.groups.C / (control.groups.M / control.groups.C),
    lactoShare: shares(after).L / shares(control).L,
    candidaShare: shares(after).K / shares(control).K,
  };
});
/**
 * Resting pH the morning after: 07:00 on the next day, after the night's fast and before
 * brushing, breakfast or a rinse. Bescos et al. sampled resting saliva at the end of each week;
 * the model has one pH, that of the plaque fluid, so its resting value stands in for it.
 */
const morningPh = (m: Microbiome): number => ph(advance(m, 7 * 60));
const bescos = once(() => {
  const start = live(createMicrobiome(), [...MEALS, ...BRUSH], 7);
  const control = live(start, [...MEALS, ...BRUSH], 7);
  const treated = live(start, [...MEALS, ...BRUSH, ...CHX], 7);
  return {
    veillonella: shares(treated).V / shares(control).V,
    fuso: shares(treated).F / shares(control).F,
    phDrop: morningPh(control) - morningPh(treated),
  };
});

// Probiotic: a daily S. salivarius dose for 30 days in a mouth with six sugary snacks a day.
const PROBIOTIC: ScenarioAction[] = [{ at: '21:00', do: 'probiotic_gel', dose: 1 }];
const probiotic = once(() => {
  const start = live(createMicrobiome(), [...MEALS, ...BRUSH, ...pulses(4)], 14);
  const daily = [...MEALS, ...BRUSH, ...pulses(4)];
  const control = live(start, daily, 30);
  const treated = live(start, [...daily, ...PROBIOTIC], 30);
  const weekAfter = live(treated, daily, 7);
  const monthAfter = live(treated, daily, 28);
  // Near the tipping point: eight sugar rinses a day, a daily dose of 0.3 from the start.
  const rinses = live(createMicrobiome(), pulses(8), 30);
  const dosed = live(
    createMicrobiome(),
    [...pulses(8), { at: '21:30', do: 'probiotic_gel', dose: 0.3 }],
    30,
  );
  return {
    nearTipping: 1 - acidShare(dosed) / acidShare(rinses),
    acidRelative: 1 - acidShare(treated) / acidShare(control),
    kept7: weekAfter.probiotic / treated.probiotic,
    kept28: monthAfter.probiotic / treated.probiotic,
  };
});

// Arginine: a trial population on diets of 3 to 10 sugary snacks a day with a daily fluoride
// treatment, with or without a daily arginine gel; enamel lost over 60 days, summed.
const ARGININE: ScenarioAction[] = [{ at: '22:05', do: 'arginine_gel', dose: 1 }];
const FLUORIDE: ScenarioAction[] = [{ at: '22:00', do: 'fluoride', dose: 1 }];
const arginine = once(() => {
  let lostControl = 0;
  let lostTreated = 0;
  for (let n = 3; n <= 10; n++) {
    const daily = [...MEALS, ...FLUORIDE, ...pulses(n)];
    const start = live(createMicrobiome(), daily, 14);
    lostControl += start.enamel - live(start, daily, 60).enamel;
    lostTreated += start.enamel - live(start, [...daily, ...ARGININE], 60).enamel;
  }
  return { enamelLossCut: 1 - lostTreated / lostControl };
});

/**
 * Arginine deiminase (ADS) activity of a plaque sample as the assay measures it: plaque
 * suspended in saturating arginine, ammonia per minute per unit of plaque. Every arginolytic
 * cell then works at full rate, so it is the arginolytic biomass (commensal streptococci,
 * lactobacilli weighted as in the model, the probiotic) per unit of bacterial biomass.
 */
function adsActivity(m: Microbiome): number {
  const P = PARAMETERS.chemistry;
  const arginolytic =
    m.groups.C + P.lactobacillusAmmonia.value * m.groups.L + P.probioticAmmonia.value * m.probiotic;
  return arginolytic / (totalBiomass(m) - m.groups.K);
}
const adsRatio = once(() => adsActivity(tippedMouth()) / adsActivity(healthyMouth()));

const graded = (): number => {
  // Share of the whole pH-7-to-unregulated rise of M + L taken by the largest single step.
  const runs = chemostat().map((s) => s.M + s.L);
  const rise = (runs[runs.length - 1] as number) - (runs[0] as number);
  let largest = 0;
  for (let i = 1; i < runs.length; i++) {
    largest = Math.max(largest, (runs[i] as number) - (runs[i - 1] as number));
  }
  return rise > 0 ? largest / rise : 1;
};
const monotone = (): number => {
  const runs = chemostat().map((s) => s.M + s.L);
  let falls = 0;
  for (let i = 1; i < runs.length; i++)
    if ((runs[i] as number) < (runs[i - 1] as number) - 0.005) falls++;
  return falls;
};
const largestGroupIsL = (): number => {
  const s = chemostat()[FLOORS.length - 1] as Record<GroupName, number>;
  const top = (Object.keys(s) as GroupName[]).reduce((a, b) => (s[a] >= s[b] ? a : b));
  return top === 'L' ? 1 : 0;
};

const pct = 'share, %';
const percent = (f: () => number) => (): number => 100 * f();

export const EXPERIMENTS: readonly Experiment[] = [
  {
    title: 'pH-held chemostat with sugar pulses',
    emulation:
      'As in the paper: a community grown at pH 7.0 gets a glucose pulse once a day ' +
      '(sugar_snack at dose 0.2, a fifth of a 10% sugar rinse; the model has no mM scale for ' +
      "sugar, so the paper's 28 mM cannot be copied) for 10 days. For 6 hours after each " +
      'pulse the pH may fall, but only to the floor (7.0, 5.5, 5.0 or 4.5), after which the ' +
      'controller holds pH 7.0 until the next pulse; with no control (a floor at 3.5, the ' +
      'lowest pH the model has, where it never acts) it is never held. The controller pumps in ' +
      'exactly the alkali that holds the floor; the lactate stays for Veillonella, and alkali ' +
      'paired with lactate they eat leaves with it. With a floor set the model is a chemostat: ' +
      "no saliva, so sugar, acid and ammonia leave only with the vessel's dilution (0.1 per " +
      "hour, the paper's), the bacteria take the sugar up as they ferment it, and nothing " +
      'seeds the vessel with bacteria; no salivary sugar, arginine or nitrate; and no host, so ' +
      'the gum neither inflames nor feeds F. nucleatum and P. gingivalis. Shares of the bacteria ' +
      "(Candida left out: the paper's nine species had no yeast) at the end. Paper figures: its " +
      'table of percent viable counts (also in SIMULATION.md section 2).',
    targets: [
      {
        id: 'bm-M-7',
        source: 'Bradshaw & Marsh 1998',
        what: 'S. mutans share, pH held at 7.0',
        paper: '1.0%',
        lo: 0.5,
        hi: 2.0,
        tolerance: 'a single chemostat run: within a factor of 2',
        unit: pct,
        model: percent(floorShare(0, 'M')),
      },
      {
        id: 'bm-L-7',
        source: 'Bradshaw & Marsh 1998',
        what: 'lactobacillus (L. rhamnosus) share, pH held at 7.0',
        paper: '0.2%',
        lo: 0.1,
        hi: 0.4,
        tolerance: 'a single chemostat run: within a factor of 2',
        unit: pct,
        model: percent(floorShare(0, 'L')),
      },
      {
        id: 'bm-M-5.5',
        source: 'Bradshaw & Marsh 1998',
        what: 'S. mutans share, pH held at 5.5',
        paper: '4.2%',
        lo: 2.1,
        hi: 8.4,
        tolerance: 'a single chemostat run: within a factor of 2',
        unit: pct,
        model: percent(floorShare(1, 'M')),
      },
      {
        id: 'bm-L-5.5',
        source: 'Bradshaw & Marsh 1998',
        what: 'lactobacillus (L. rhamnosus) share, pH held at 5.5',
        paper: '2.4%',
        lo: 1.2,
        hi: 4.8,
        tolerance: 'a single chemostat run: within a factor of 2',
        unit: pct,
        model: percent(floorShare(1, 'L')),
      },
      {
        id: 'bm-M-5',
        source: 'Bradshaw & Marsh 1998',
        what: 'S. mutans share, pH held at 5.0',
        paper: '7.9%',
        lo: 3.95,
        hi: 15.8,
        tolerance: 'a single chemostat run: within a factor of 2',
        unit: pct,
        model: percent(floorShare(2, 'M')),
      },
      {
        id: 'bm-L-5',
        source: 'Bradshaw & Marsh 1998',
        what: 'lactobacillus (L. rhamnosus) share, pH held at 5.0',
        paper: '6.2%',
        lo: 3.1,
        hi: 12.4,
        tolerance: 'a single chemostat run: within a factor of 2',
        unit: pct,
        model: percent(floorShare(2, 'L')),
      },
      {
        id: 'bm-M-4.5',
        source: 'Bradshaw & Marsh 1998',
        what: 'S. mutans share, pH held at 4.5',
        paper: '9.6%',
        lo: 4.8,
        hi: 19.2,
        tolerance: 'a single chemostat run: within a factor of 2',
        unit: pct,
        model: percent(floorShare(3, 'M')),
      },
      {
        id: 'bm-L-4.5',
        source: 'Bradshaw & Marsh 1998',
        what: 'lactobacillus (L. rhamnosus) share, pH held at 4.5',
        paper: '13.9%',
        lo: 6.95,
        hi: 27.8,
        tolerance: 'a single chemostat run: within a factor of 2',
        unit: pct,
        model: percent(floorShare(3, 'L')),
      },
      {
        id: 'bm-M-none',
        source: 'Bradshaw & Marsh 1998',
        what: 'S. mutans share, no pH control',
        paper: '18.9%',
        lo: 9.45,
        hi: 37.8,
        tolerance: 'a single chemostat run: within a factor of 2',
        unit: pct,
        model: percent(floorShare(4, 'M')),
      },
      {
        id: 'bm-L-none',
        source: 'Bradshaw & Marsh 1998',
        what: 'lactobacillus (L. rhamnosus) share, no pH control',
        paper: '36.1%',
        lo: 18.05,
        hi: 72.2,
        tolerance: 'a single chemostat run: within a factor of 2',
        unit: pct,
        model: percent(floorShare(4, 'L')),
      },
      {
        id: 'bm-graded',
        source: 'Bradshaw & Marsh 1998',
        what: 'graded: largest single step of the M + L rise, share of the whole rise',
        paper: 'rise spread over the floors 5.5, 5.0, 4.5, none',
        lo: 0,
        hi: 70,
        tolerance: 'no one step carries more than 70% of the rise',
        unit: '%',
        model: percent(graded),
      },
      {
        id: 'bm-monotone',
        source: 'Bradshaw & Marsh 1998',
        what: 'M + L falls as the floor is lowered (count of such steps)',
        paper: 'M + L rise at every lower floor',
        lo: 0,
        hi: 0,
        tolerance: 'none may fall (by more than 0.5 points)',
        unit: 'steps',
        model: monotone,
      },
      {
        id: 'mcdermid-L',
        source: 'McDermid et al. 1986',
        what: 'lactobacilli the largest group when plaque pH runs near 4 (1 = yes)',
        paper: 'lactobacilli predominate near pH 4',
        lo: 1,
        hi: 1,
        tolerance: 'yes or no',
        unit: '',
        model: largestGroupIsL,
      },
    ],
  },
  {
    title: 'Stephan curve',
    emulation:
      'A 10% sugar rinse (sugar_snack, dose 1) at 10:00 after a week of meals and twice-daily ' +
      'brushing (healthy), or after 30 days of 10 sugar pulses a day (tipped plaque). pH read ' +
      'every minute for 3 h; "back" is the first minute after the minimum within 0.2 of resting.',
    targets: [
      {
        id: 'stephan-min',
        source: 'Stephan 1944',
        what: 'minimum plaque pH, healthy plaque',
        paper: '5.0-5.5',
        lo: 5.0,
        hi: 5.5,
        tolerance: 'the paper range',
        unit: 'pH',
        model: () => healthyCurve().min,
      },
      {
        id: 'stephan-at',
        source: 'Stephan 1944',
        what: 'minute of the minimum, healthy plaque',
        paper: '5-10 min',
        lo: 5,
        hi: 10,
        tolerance: 'the paper range',
        unit: 'min',
        model: () => healthyCurve().at,
      },
      {
        id: 'stephan-back',
        source: 'Stephan 1944',
        what: 'back to resting, healthy plaque',
        paper: '30-60 min',
        lo: 30,
        hi: 60,
        tolerance: 'the paper range',
        unit: 'min',
        model: () => healthyCurve().back,
      },
      {
        id: 'stephan-deeper',
        source: 'Stephan 1944',
        what: 'tipped plaque dips deeper (healthy minimum - tipped minimum)',
        paper: 'caries-active plaque falls lower (by about 0.5 pH)',
        lo: 0.2,
        hi: 1.5,
        tolerance: 'deeper by 0.2-1.5 pH',
        unit: 'pH',
        model: () => healthyCurve().min - tippedCurve().min,
      },
      {
        id: 'stephan-slower',
        source: 'Stephan 1944',
        what: 'tipped plaque takes longer to come back (tipped / healthy)',
        paper: 'slower return in caries-active plaque',
        lo: 1.2,
        hi: Number.POSITIVE_INFINITY,
        tolerance: 'at least 1.2 times as long',
        unit: 'ratio',
        model: () => tippedCurve().back / healthyCurve().back,
      },
    ],
  },
  {
    title: 'Sugar frequency against total amount',
    emulation:
      'The same daily amount of sugar in 1, 2 or 4 pulses (low total), 5, 10 or 20 (middle) ' +
      'and 16 or 20 (high), 30 days each from a healthy mouth; M + L share at the end. ' +
      'Hysteresis: a mouth tipped by 12 pulses a day and a healthy one each live 30 days at ' +
      '8, 7, ... 1 pulses a day.',
    targets: [
      {
        id: 'head-low',
        source: 'Head et al. 2017',
        what: 'low total: M + L share at any frequency (largest)',
        paper: 'never cariogenic at low totals, whatever the frequency',
        lo: 0,
        hi: 10,
        tolerance: 'below the 10% warning level',
        unit: pct,
        model: () => 100 * Math.max(...headRuns().low),
      },
      {
        id: 'head-mid',
        source: 'Head et al. 2017',
        what: 'middle total: M + L share, most frequent minus least frequent',
        paper: 'frequency decides at intermediate totals',
        lo: 20,
        hi: 100,
        tolerance: 'at least 20 points more with the most frequent pulses',
        unit: 'points',
        model: () => 100 * ((headRuns().mid[2] as number) - (headRuns().mid[0] as number)),
      },
      {
        id: 'head-high',
        source: 'Head et al. 2017',
        what: 'high total: M + L share at any frequency (smallest)',
        paper: 'always cariogenic at high totals, whatever the frequency',
        lo: 30,
        hi: 100,
        tolerance: 'above the 30% acid-takeover level',
        unit: pct,
        model: () => 100 * Math.min(...headRuns().high),
      },
      {
        id: 'head-hysteresis',
        source: 'Head et al. 2017',
        what: 'frequencies at which a tipped mouth stays tipped and a healthy one stays healthy',
        paper: 'bistable window (hysteresis) below the tipping frequency',
        lo: 1,
        hi: 3,
        tolerance: 'a narrow window: 1-3 pulses a day',
        unit: 'pulses/day',
        model: () => hysteresis().width,
      },
      {
        id: 'head-reversal',
        source: 'Head et al. 2017',
        what: 'highest frequency at which a tipped mouth returns',
        paper: 'the shift reverses when frequency falls far enough',
        lo: 1,
        hi: 8,
        tolerance: 'reverses at some frequency of 1-8 a day',
        unit: 'pulses/day',
        model: () => hysteresis().reverses,
      },
    ],
  },
  {
    title: 'Experimental gingivitis',
    emulation:
      'Two weeks of meals and twice-daily brushing, then meals only until gum inflammation ' +
      'passes 0.5 (the inflamed ending), then brushing again until it is below 0.25. Also a ' +
      'gum inflamed by one 0.8 dose of the festival gel and 4 days, then brushing twice daily ' +
      '(counted only if the gel reddened the gum, to 0.25 or more: nothing to reverse is a miss). ' +
      'In the model the gum answers to the plaque at its margin, which matures over days ' +
      'without brushing and which brushing removes.',
    targets: [
      {
        id: 'loe-onset',
        source: 'Loe et al. 1965',
        what: 'days without brushing until gingivitis',
        paper: '10-21 days',
        lo: 10,
        hi: 21,
        tolerance: 'the paper range',
        unit: 'days',
        model: () => loe().onset,
      },
      {
        id: 'loe-reversal',
        source: 'Loe et al. 1965',
        what: 'days of brushing until the gums are healthy again',
        paper: 'within about a week',
        lo: 1,
        hi: 7,
        tolerance: 'the paper range',
        unit: 'days',
        model: () => loe().resolved,
      },
      {
        id: 'loe-gel-reversal',
        source: 'Loe et al. 1965',
        what: 'days of twice-daily brushing until gums inflamed by the festival gel are healthy',
        paper: 'within about a week',
        lo: 1,
        hi: 7,
        tolerance: 'the paper range',
        unit: 'days',
        model: () => loe().gelResolved,
      },
    ],
  },
  {
    title: 'Chlorhexidine',
    emulation:
      'A week of meals and brushing, then one full rinse (dose 1) and a day of meals, against ' +
      'the same day without it (Schiott); or a week of twice-daily rinses with meals and ' +
      'brushing against a week without (Bescos). Resting pH at 07:00 the next morning, before brushing, breakfast or a rinse: the study sampled resting saliva, and the model has one pH, that of the plaque fluid.',
    targets: [
      {
        id: 'chx-held',
        source: 'Schiott et al. 1970',
        what: 'plaque biomass 24 h after one rinse, relative to no rinse',
        paper: 'regrowth held down for at least 24 h',
        lo: 0,
        hi: 0.5,
        tolerance: 'at most half of the control at 24 h',
        unit: 'ratio',
        model: () => chxSingle().biomass24,
      },
      {
        id: 'chx-mutans',
        source: 'Schiott et al. 1970',
        what: 'S. mutans : commensals 24 h after a rinse, relative to no rinse',
        paper: 'mutans streptococci are hit harder than other streptococci',
        lo: 0,
        hi: 0.9,
        tolerance: 'below 0.9',
        unit: 'ratio',
        model: () => chxSingle().mutansVsCommensals,
      },
      {
        id: 'chx-lacto',
        source: 'Schiott et al. 1970',
        what: 'lactobacillus share 24 h after a rinse, relative to no rinse',
        paper: 'chlorhexidine-tolerant lactobacilli and yeasts gain share',
        lo: 1,
        hi: Number.POSITIVE_INFINITY,
        tolerance: 'above 1',
        unit: 'ratio',
        model: () => chxSingle().lactoShare,
      },
      {
        id: 'chx-candida',
        source: 'Schiott et al. 1970',
        what: 'Candida share 24 h after a rinse, relative to no rinse',
        paper: 'chlorhexidine-tolerant lactobacilli and yeasts gain share',
        lo: 1,
        hi: Number.POSITIVE_INFINITY,
        tolerance: 'above 1',
        unit: 'ratio',
        model: () => chxSingle().candidaShare,
      },
      {
        id: 'bescos-veillonella',
        source: 'Bescos et al. 2020',
        what: 'Veillonella share after 7 days of twice-daily rinses, relative to control',
        paper: 'Veillonella and other nitrate reducers fall',
        lo: 0,
        hi: 0.9,
        tolerance: 'below 0.9 (direction; the effect size is not transferable)',
        unit: 'ratio',
        model: () => bescos().veillonella,
      },
      {
        id: 'bescos-ph',
        source: 'Bescos et al. 2020',
        what: 'fall of resting pH the morning after the week of rinses (07:00, before brushing)',
        paper: 'salivary pH falls (and lactate rises)',
        lo: 0.01,
        hi: 1,
        tolerance: 'lower by 0.01-1 pH (direction)',
        unit: 'pH',
        model: () => bescos().phDrop,
      },
    ],
  },
  {
    title: 'Probiotic and arginine',
    emulation:
      'Probiotic: two weeks of meals, brushing and 4 sugary snacks a day, then 30 days with or ' +
      'without a daily probiotic gel (dose 1); colonisation kept 7 and 28 days after the last ' +
      'dose; and 30 days of 8 sugar rinses a day from a healthy mouth, with or without a daily ' +
      'dose of 0.3 (near the tipping point). Arginine: a trial population, one mouth on each diet of 3 to 10 sugary snacks a ' +
      'day with meals and a daily fluoride treatment (the dentifrice fluoride), 14 days to ' +
      'settle and then 60 days with or without a daily arginine gel; enamel lost over the 60 ' +
      'days, summed over the population. Brushing is left out: in the model twice-daily ' +
      'brushing alone keeps enamel whole at up to 10 snacks a day, which leaves nothing to cut. ' +
      'Arginolytic activity: the arginine deiminase assay on plaque (saturating arginine, ammonia per unit plaque), on the healthy plaque of the Stephan emulation and on plaque tipped by 30 days of 10 sugar pulses a day.',
    targets: [
      {
        id: 'probiotic-effect',
        source: 'Burton et al. 2013',
        what: 'relative fall of the M + L share after 30 days of daily probiotic',
        paper: 'modest and inconsistent effects on mutans streptococci',
        lo: -10,
        hi: 40,
        tolerance: 'between no effect and a 40% relative fall',
        unit: '%',
        model: () => 100 * probiotic().acidRelative,
      },
      {
        id: 'probiotic-tipping',
        source: 'Burton et al. 2013',
        what: 'relative fall of the M + L share near the tipping point (8 rinses a day, daily dose 0.3, 30 days)',
        paper: 'modest and inconsistent effects on mutans streptococci',
        lo: -10,
        hi: 40,
        tolerance: 'between no effect and a 40% relative fall',
        unit: '%',
        model: () => 100 * probiotic().nearTipping,
      },
      {
        id: 'probiotic-week',
        source: 'Horz et al. 2007',
        what: 'probiotic colonisation kept 7 days after the last dose',
        paper: 'K12 still detected in most subjects up to 3 weeks after dosing',
        lo: 0.2,
        hi: 1,
        tolerance: 'at least a fifth still there after a week',
        unit: 'ratio',
        model: () => probiotic().kept7,
      },
      {
        id: 'probiotic-month',
        source: 'Horz et al. 2007',
        what: 'probiotic colonisation kept 28 days after the last dose',
        paper: 'gone from most subjects a few weeks after dosing stops',
        lo: 0,
        hi: 0.2,
        tolerance: 'under a fifth after four weeks',
        unit: 'ratio',
        model: () => probiotic().kept28,
      },
      {
        id: 'arginine-enamel',
        source: 'Kraivaphan et al. 2013',
        what: 'relative cut in enamel loss with arginine on top of fluoride',
        paper: '17-21% fewer new carious surfaces (DMFS) over 2 years',
        lo: 10,
        hi: 35,
        tolerance: 'the paper range widened to 10-35% (surfaces are not enamel mineral)',
        unit: '%',
        model: () => 100 * arginine().enamelLossCut,
      },
      {
        id: 'ads-tipped',
        source: 'Reyes et al. 2014',
        what: 'arginine deiminase activity of tipped plaque, per unit plaque, relative to healthy plaque',
        paper:
          'caries-active plaque 0.14 (Reyes et al. 2014) to 0.33 (Gordan et al. 2010) of caries-free',
        lo: 0.14,
        hi: 0.33,
        tolerance: 'the range of the two studies, 0.14-0.33',
        unit: 'ratio',
        model: adsRatio,
      },
    ],
  },
];
