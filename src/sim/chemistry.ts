// Plaque chemistry as rates: salivary flow and what it sets (buffering, acid and sugar
// clearance), plaque pH, the enamel's critical pH, acid making by glycolysis and the acid's
// exact course over one step. The step loop (integrator.ts) and the metrics share these, so
// each formula is written once.
import { GROUPS } from './groups';
import { PARAMETERS, type Param } from './parameters';

export const v = (p: Param): number => p.value;
const CH = PARAMETERS.chemistry;
const TOOTH = PARAMETERS.tooth;
const G = PARAMETERS.groups;

export const N_GROUPS = GROUPS.length;
/** One group parameter for all groups, in group order (typed: the step loop reads them). */
export const column = (key: keyof (typeof G)['C']): Float64Array =>
  Float64Array.from(GROUPS.map((g) => v(G[g][key])));

/** Sugar of one dose of each sugary intervention, in units of its half-saturation K_S. */
export const SUGAR_PER_DOSE = { meal: v(CH.mealSugar), rinse: v(CH.rinseSugar) } as const;

const DRY_FLOW = v(CH.dryFlow);
const CHEW_GAIN = v(CH.stimulatedFlowGain);
const BOOST_GAIN = v(CH.boostFlowGain);

/**
 * Relative salivary flow: 1 normal resting, 0.3 dry, higher while chewing and with a
 * hydration habit. `chewingLeft` is the share of the chewing stimulus still acting (1 now;
 * the step loop asks for the middle of a step while chewing fades).
 */
export function salivaryFlow(
  dry: boolean,
  chewing: number,
  flowBoost: number,
  chewingLeft = 1,
): number {
  return (
    (dry ? DRY_FLOW : 1) * (1 + CHEW_GAIN * chewing * chewingLeft) * (1 + BOOST_GAIN * flowBoost)
  );
}

const BUFFER = v(CH.bufferNormal);
const BUFFER_WEIGHT = v(CH.bufferFlowWeight);

/**
 * Plaque buffering (mM per pH unit). Salivary bicarbonate rises steeply with flow (a few mM
 * resting, 30-60 mM stimulated: Bardow 2000), but plaque fluid is buffered mostly by its own
 * phosphate and proteins, so only `bufferFlowWeight` of it tracks flow (a simplification).
 */
export function bufferOf(flow: number): number {
  return BUFFER * (1 - BUFFER_WEIGHT + BUFFER_WEIGHT * Math.min(flow, 2));
}

const ACID_CLEARANCE = v(CH.acidClearance);
const ACID_FLOW_EXPONENT = v(CH.acidClearanceFlowExponent);
// Sugar half-life interpolated on flow as a power law so that normal (2 min) and dry (6 min)
// flow hit the cited values exactly.
const SUGAR_FLOW_EXPONENT =
  Math.log(v(CH.sugarHalfLifeDry) / v(CH.sugarHalfLife)) / Math.log(1 / DRY_FLOW);
const SUGAR_CLEARANCE = Math.LN2 / v(CH.sugarHalfLife);

/**
 * Salivary acid clearance per minute at flow e^lnFlow; slower in a dry mouth. Takes the
 * flow's logarithm, which the step loop shares with the sugar's clearance (one Math.log).
 */
export function acidClearanceAt(lnFlow: number): number {
  return ACID_CLEARANCE * Math.exp(ACID_FLOW_EXPONENT * lnFlow);
}

/** Sugar clearance per minute: 2-min half-life at normal flow, ~6 min dry (Head et al. 2021). */
export function sugarClearanceAt(lnFlow: number): number {
  return SUGAR_CLEARANCE * Math.exp(SUGAR_FLOW_EXPONENT * lnFlow);
}

/** Plaque pH from acid and ammonia (mM) under buffering `buffer`, clamped to [3.5, 8]. */
export function phOf(acid: number, ammonia: number, buffer: number): number {
  const raw = 7 + (ammonia - acid) / buffer;
  return raw < 3.5 ? 3.5 : Math.min(raw, 8);
}

/** The pH below which enamel dissolves: 5.5 for hydroxyapatite, lowered by fluoride. */
const CRITICAL_PH = v(TOOTH.criticalPh);
const FLUORIDE_CRITICAL_SHIFT = v(TOOTH.fluorideCriticalShift);

export function criticalPhOf(fluoride: number): number {
  return CRITICAL_PH - FLUORIDE_CRITICAL_SHIFT * fluoride;
}

/** Rosso et al. 1995 cardinal-pH model: 1 at the optimum, 0 outside [min, max]. */
export function rosso(pH: number, min: number, opt: number, max: number): number {
  if (pH <= min || pH >= max) return 0;
  const a = (pH - min) * (pH - max);
  return a / (a - (pH - opt) * (pH - opt));
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : Math.min(x, 1);
}

/** Acid made per minute by a fully active, saturated unit of acid yield (mM/min). */
const ACID_SCALE = v(CH.acidScale);
const FLUORIDE_BLOCK = v(CH.fluorideGlycolysisBlock);
/** Lactate's half-saturation (mM), for Veillonella's uptake and growth. */
export const LACTATE_HALF_SAT = v(CH.lactateHalfSaturation);

const YIELD = column('acidYield');
const GLYCOLYSIS_FLOOR = column('glycolysisFloor');
/** 1 / (6 - glycolysis floor): the slope of each group's glycolysis ramp. */
const GLYCOLYSIS_RAMP = Float64Array.from(GLYCOLYSIS_FLOOR, (fl) => 1 / (6 - fl));
/** Indices of the groups that make acid (nonzero yield), in group order. */
const ACIDOGENIC = Int32Array.from(
  GROUPS.map((_, i) => i).filter((i) => (YIELD[i] as number) !== 0),
);

/** Each group's glycolytic activity (0-1) at the pH of the last `glycolysis` call. */
export const GLYCOLYTIC_ACTIVITY = new Float64Array(N_GROUPS);
/**
 * Also set by `glycolysis`: [0] the active sugar-using biomass, [1] the capacity's slope in
 * pH (how strongly acid throttles its own production, which the step solves implicitly).
 */
export const SUGAR_USE = new Float64Array(2);

/**
 * Acid-making capacity (mM/min at saturating sugar) at plaque pH `pH`; fills
 * GLYCOLYTIC_ACTIVITY and SUGAR_USE. Glycolysis sets both acid output and each group's claim
 * on the sugar, so acid-tolerant groups win the sugar only when the plaque is acidic.
 */
export function glycolysis(pH: number, x: Float64Array, fluoride: number): number {
  let acidogenic = 0;
  let slope = 0;
  let active = 0;
  for (let j = 0; j < ACIDOGENIC.length; j++) {
    const i = ACIDOGENIC[j] as number;
    const y = YIELD[i] as number;
    const xi = x[i] as number;
    const fl = GLYCOLYSIS_FLOOR[i] as number;
    let ramp = 0;
    if (pH >= 6) {
      ramp = 1;
    } else if (pH > fl) {
      ramp = (pH - fl) * (GLYCOLYSIS_RAMP[i] as number);
      slope += y * xi * (GLYCOLYSIS_RAMP[i] as number);
    }
    GLYCOLYTIC_ACTIVITY[i] = ramp;
    acidogenic += y * xi * ramp;
    active += xi * ramp;
  }
  SUGAR_USE[0] = active;
  // Fluoride blocks enolase more as the plaque acidifies (more HF crosses the membrane).
  const lowPhWeight = clamp01((7 - pH) / 2);
  const block = 1 - FLUORIDE_BLOCK * fluoride * (0.3 + 0.7 * lowPhWeight);
  const blockSlope = lowPhWeight > 0 && lowPhWeight < 1 ? 0.35 * FLUORIDE_BLOCK * fluoride : 0;
  SUGAR_USE[1] = ACID_SCALE * (slope * block + acidogenic * blockSlope);
  return ACID_SCALE * acidogenic * block;
}

/**
 * Acid after `dt` minutes of dA/dt = c0 + c1 e^(-kS t) - K A: production held linear in the acid
 * (K includes the acid's throttling of glycolysis) and sugar decaying exponentially. `eS` is
 * e^(-kS dt), `eK` is e^(-K dt).
 */
export function acidAfter(
  a0: number,
  dt: number,
  K: number,
  c0: number,
  c1: number,
  kS: number,
  eS: number,
  eK: number,
): number {
  const base = c0 / K;
  if (c1 === 0) return base + (a0 - base) * eK;
  const d = K - kS;
  if (Math.abs(d * dt) > 1e-4) {
    const g = c1 / d;
    return base + g * eS + (a0 - base - g) * eK;
  }
  // K and kS (nearly) equal: the limit of the expression above.
  return base + (a0 - base) * eK + c1 * dt * eK * (1 + 0.5 * d * dt);
}
