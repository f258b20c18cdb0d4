// Every figure of docs/SIMULATION.md that describes the model, by name: the slots the template
// docs/SIMULATION.template.md writes as a name between double braces (tools/simulationDoc.ts
// fills them). A figure is a parameter (read from src/sim/parameters.ts), a literature figure
// the validation suite already holds (from tools/validateExperiments.ts, so the two cannot
// disagree), or a model output (measured by running the model: tools/simulationRuns.ts,
// tools/simulationEffects.ts). Nothing here is typed in by hand.
import {
  createMicrobiome,
  ENDING_THRESHOLDS,
  evenness,
  GROUPS,
  type GroupName,
  shares,
} from '../src/sim';
import { phOf } from '../src/sim/chemistry';
import { RINSE_WINDOW_MINUTES } from '../src/sim/metrics';
import { PARAMETERS, type Param } from '../src/sim/parameters';
import { FINE_STEP, FLOW_TRACE, QUIET_STEP, STEP_RULES, SUGAR_TRACE } from '../src/sim/traces';
import { EFFECTS, HEALTH_WEIGHTS } from './simulationEffects';
import {
  antisepticWeek,
  dryMouth,
  firstDay,
  healthyMarginRange,
  healthyMouth,
  snacking,
  span,
  threeMeals,
  tippedMouth,
  tippingFrequency,
} from './simulationRuns';
import { EXPERIMENTS, type Target } from './validateExperiments';
import { MEAL_DAY, QUIET_DAY, SNACKING_DAY, stepsPerDay } from './workloads';

type Value = number | string;

/** Rounds away floating-point noise (0.1 + 0.2) but keeps a parameter's digits. */
const plain = (x: number): number => Number(x.toPrecision(6));
/** A model output to two significant figures: the prose says "about". */
export const approx = (x: number): number => Number(x.toPrecision(2));
const TARGETS = new Map<string, Target>(
  EXPERIMENTS.flatMap((e) => e.targets).map((t) => [t.id, t]),
);
const target = (id: string): Target => {
  const t = TARGETS.get(id);
  if (!t) throw new Error(`no validation target "${id}" in tools/validateExperiments.ts`);
  return t;
};
/** A target's model figure, run once per process. */
const measured = new Map<string, number>();
const modelOf = (id: string): number => {
  let value = measured.get(id);
  if (value === undefined) {
    value = target(id).model();
    measured.set(id, value);
  }
  return value;
};
const passes = (id: string): boolean => {
  const t = target(id);
  const x = modelOf(id);
  return x >= t.lo && x <= t.hi;
};

const P = PARAMETERS;
const p = (param: Param): number => param.value;
const E = ENDING_THRESHOLDS;

/** The chemostat targets that miss, said as the model's fault ("too scarce at the 5.5 floor"). */
function chemostatFit(): string {
  const misses = [...TARGETS.values()]
    .filter((t) => /^bm-[ML]-/.test(t.id) && !passes(t.id))
    .map((t) => {
      const who = t.id.startsWith('bm-M') ? '*S. mutans*' : 'lactobacilli';
      const floor = /pH held at ([\d.]+)/.exec(t.what)?.[1];
      const where = floor === undefined ? 'without pH control' : `at the ${floor} floor`;
      return `${who} ${modelOf(t.id) < t.lo ? 'too scarce' : 'too many'} ${where}`;
    });
  return misses.length === 0
    ? 'and every share is within its tolerance'
    : `but misses ${misses.length === 1 ? 'one share' : `${misses.length} shares`}: ${misses.join(', ')} (figures in VALIDATION.md): one set of group parameters serves both the mouth and the vessel, and the calibration found none that meets every share`;
}

/** What the chemostat emulation gets right in shape (the targets without a paper figure). */
function chemostatShape(): string {
  const graded = passes('bm-graded') && passes('bm-monotone');
  return [
    graded ? 'grades both with the floor' : 'does not grade M + L evenly with the floor',
    passes('mcdermid-L')
      ? 'lets lactobacilli lead without pH control'
      : 'does not let lactobacilli lead without pH control',
  ].join(' and ');
}

function bescosPh(): string {
  const drop = approx(modelOf('bescos-ph'));
  if (passes('bescos-ph')) {
    return `and it holds resting pH just above neutral, so a week of chlorhexidine, which kills the nitrate reducers, lowers the resting pH the next morning (by ${drop}), the direction Bescos et al. 2020 saw in saliva; the model has no separate saliva pH`;
  }
  const instead = drop > 0 ? `it falls by only ${drop}` : `it rises by ${approx(-drop)} instead`;
  return `but too small to make a week of chlorhexidine lower resting pH as Bescos et al. 2020 saw in saliva (${instead}; a miss in VALIDATION.md)`;
}

const lowest = (values: number[]): number => values.reduce((a, b) => Math.min(a, b));
const snackCount = (daily: { do: string }[]): number =>
  daily.filter((a) => a.do === 'sugar_snack').length;

const NAMED: Record<string, () => Value> = {
  // Section 2 and 3: the model's structure, from its parameters.
  keystoneRatio: () => plain(p(P.gum.keystoneWeight) / p(P.gum.fusoWeight)),
  bufferFixedShare: () => plain(1 - p(P.chemistry.bufferFlowWeight)),
  // As chemistry.ts derives it: the power of flow that gives both cited half-lives exactly.
  sugarFlowExponent: () =>
    Number(
      (
        Math.log(p(P.chemistry.sugarHalfLifeDry) / p(P.chemistry.sugarHalfLife)) /
        Math.log(1 / p(P.chemistry.dryFlow))
      ).toPrecision(4),
    ),
  chewingFlowMax: () => plain(1 + p(P.chemistry.stimulatedFlowGain)),
  phLowest: () => phOf(1e9, 0, 1),
  phHighest: () => phOf(0, 1e9, 1),
  fluorideCriticalLowest: () => plain(p(P.tooth.criticalPh) - p(P.tooth.fluorideCriticalShift)),
  marginDailyPct: () => approx(100 * (1 - Math.exp(-24 * p(P.gum.marginMaturation)))),
  resolveHalfLifeHours: () => approx(Math.LN2 / p(P.gum.resolveRate)),
  healthyMarginLow: () => approx(healthyMarginRange().lo),
  healthyMarginHigh: () => approx(healthyMarginRange().hi),
  rinseWindowHours: () => RINSE_WINDOW_MINUTES / 60,
  fineStep: () => FINE_STEP,
  quietStep: () => QUIET_STEP,
  'step.steepPh': () => STEP_RULES.steepPhPerMinute,
  'step.longSugar': () => STEP_RULES.longSugar,
  'step.firstGuessPh': () => STEP_RULES.firstGuessPh,
  'step.error': () => STEP_RULES.stepError,
  'step.sugarTrace': () => SUGAR_TRACE,
  'step.flowTrace': () => FLOW_TRACE,
  // The integrator's work per day (tools/workloads.ts, the days the bench and a test time).
  'steps.quiet': () => Math.round(stepsPerDay(QUIET_DAY, 3)),
  'steps.meals': () => 10 * Math.round(stepsPerDay(MEAL_DAY, 3) / 10),
  'steps.snacking': () => 10 * Math.round(stepsPerDay(SNACKING_DAY, 3) / 10),
  'steps.snacks': () => SNACKING_DAY.filter(([, what]) => what === 'sugar_snack').length,
  // Section 5: interventions at dose 1, measured.
  'effect.mealSugar': () => approx(EFFECTS().mealSugar),
  'effect.snackSugar': () => approx(EFFECTS().snackSugar),
  'effect.feastCount': () => EFFECTS().feast.count,
  'effect.feastEvery': () => EFFECTS().feast.every,
  'effect.feastStrength': () => approx(EFFECTS().feast.ofRinse),
  'effect.brushPlaque': () => approx(EFFECTS().brushPlaquePct),
  'effect.brushGumLine': () => approx(EFFECTS().brushGumLinePct),
  'effect.brushSugar': () => approx(EFFECTS().brushSugarPct),
  'effect.brushAcid': () => approx(EFFECTS().brushAcidPct),
  'effect.fluoride': () => approx(EFFECTS().fluorideGain),
  'effect.probiotic': () => approx(EFFECTS().probioticGain),
  'effect.arginine': () => approx(EFFECTS().arginineGain),
  'effect.gelC': () => approx(EFFECTS().gel.C),
  'effect.gelL': () => approx(EFFECTS().gel.L),
  'effect.gelK': () => approx(EFFECTS().gel.K),
  'effect.gelP': () => approx(EFFECTS().gel.P),
  'effect.dryDays': () => approx(EFFECTS().dryDays),
  'effect.sensorGain': () => approx(EFFECTS().sensorGainPct),
  'effect.sensorChxKept': () => approx(EFFECTS().sensorChxKeptPct),
  // Section 6: health, diversity, the ending rule.
  'health.enamel': () => HEALTH_WEIGHTS().enamel.toFixed(2),
  'health.acid': () => HEALTH_WEIGHTS().acid.toFixed(2),
  'health.gum': () => HEALTH_WEIGHTS().gum.toFixed(2),
  'health.friendly': () => HEALTH_WEIGHTS().friendly.toFixed(2),
  settledEvenness: () => approx(evenness(createMicrobiome())),
  // Section 7 and 8: behaviours, measured.
  tippingNormal: () => tippingFrequency('normal'),
  tippingDry: () => tippingFrequency('dry'),
  veillonellaHealthy: () => approx(100 * shares(healthyMouth()).V),
  veillonellaTipped: () => approx(100 * shares(tippedMouth()).V),
  chemostatFit,
  chemostatShape,
  bescosPh,
  // Section 10: the example scenarios as docs/scenarios holds them.
  'threeMeals.lowestPh': () => approx(lowest(threeMeals().rows.map((r) => r.ph))),
  'threeMeals.abovePhClause': () =>
    lowest(threeMeals().rows.map((r) => r.ph)) >= p(P.tooth.criticalPh)
      ? `never falls below ${p(P.tooth.criticalPh)}`
      : `falls below ${p(P.tooth.criticalPh)}, the critical pH`,
  'snacking.snacks': () => snackCount(snacking().daily),
  'snacking.span': () => span(snacking().days),
  'snacking.fragileDay': () => firstDay(snacking().rows, (r) => r.ending !== 'flourishing'),
  'snacking.finalAcidLovers': () => {
    const last = snacking().rows.at(-1);
    return last ? approx(100 * (last.M + last.L)) : 0;
  },
  'snacking.takeoverClause': () => {
    const day = firstDay(snacking().rows, (r) => r.ending === 'acid_takeover');
    return day === 0 ? 'without taking over' : `and take over on day ${day}`;
  },
  'snacking.gumClause': () => {
    const day = firstDay(snacking().rows, (r) => r.inflammation >= E.fragileInflammation);
    // firstDay gives 0 when it never happens: then say so, and why (the acid keeps F down).
    return day === 0
      ? `Nobody brushes in this example, yet the gums do not redden within the ${span(snacking().days)}: the frequent acid keeps the gum-line anaerobes down`
      : `Nobody brushes in this example, so from day ${day} the gums redden too (Löe et al. 1965)`;
  },
  'dryMouth.snacks': () => snackCount(dryMouth().daily),
  'dryMouth.tipDay': () => firstDay(dryMouth().rows, (r) => r.ending === 'acid_takeover'),
  'antiseptic.lowestBiomass': () => {
    const rows = antisepticWeek().rows;
    const start = rows[0]?.biomass ?? 1;
    return approx((100 * lowest(rows.map((r) => r.biomass))) / start);
  },
};

/** `section.name` of PARAMETERS (chemistry, ecology, gum, tooth, endings) or `C.name` per group. */
function parameter(name: string): number | undefined {
  const [scope, key] = name.split('.') as [string, string | undefined];
  if (key === undefined) return undefined;
  if ((GROUPS as readonly string[]).includes(scope)) {
    const group = P.groups[scope as GroupName] as unknown as Record<string, Param>;
    return Object.hasOwn(group, key) ? group[key]?.value : undefined;
  }
  const sections = P as unknown as Record<string, Record<string, Param>>;
  const section =
    scope !== 'groups' && Object.hasOwn(sections, scope) ? sections[scope] : undefined;
  return section && Object.hasOwn(section, key) ? section[key]?.value : undefined;
}

/** `paper.id`, `lo.id`, `hi.id`, `model.id` of a validation target. */
function fromTarget(name: string): Value | undefined {
  const m = /^(paper|lo|hi|model)\.(.+)$/.exec(name);
  if (!m || !TARGETS.has(m[2] as string)) return undefined;
  const t = target(m[2] as string);
  if (m[1] === 'paper') return t.paper;
  if (m[1] === 'lo') return t.lo;
  if (m[1] === 'hi') return t.hi;
  return approx(modelOf(t.id));
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** 0.0002 as 2×10⁻⁴. */
function scientific(x: number): string {
  const exponent = Math.floor(Math.log10(Math.abs(x)));
  const mantissa = plain(x / 10 ** exponent);
  const sup = String(exponent)
    .replace('-', '⁻')
    .replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d);
  return `${mantissa}×10${sup}`;
}

/** How a slot may show its number: `name|%` and so on (documented in the template's header). */
const FILTERS: Record<string, (x: number) => string> = {
  '%': (x) => String(approx(100 * x)),
  hours: (x) => String(plain(x / 60)),
  days: (x) => String(plain(x / 1440)),
  sci: scientific,
  sup: (x) => String(x).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d),
};

/** The text of slot `slot` (a figure's name, optionally `|filter`); throws if unknown. */
export function figure(slot: string): string {
  const [name, filter] = slot.split('|') as [string, string | undefined];
  const make = Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
  const value = make ? make() : (parameter(name) ?? fromTarget(name));
  if (value === undefined) {
    throw new Error(
      `docs/SIMULATION.template.md: no figure named "${name}" (tools/simulationFigures.ts)`,
    );
  }
  if (filter === undefined) return typeof value === 'number' ? String(plain(value)) : value;
  // A paper's figure as a bare number, for a table whose header carries the unit.
  if (filter === 'bare' && typeof value === 'string') return value.replace(/\s*%$/, '');
  const apply = FILTERS[filter];
  if (!apply || typeof value !== 'number') {
    throw new Error(
      `docs/SIMULATION.template.md: "${slot}": no filter "${filter}" for this figure`,
    );
  }
  return apply(value);
}

/** Every named figure (the parameters and validation targets come on top of these). */
export const FIGURE_NAMES = Object.keys(NAMED);
