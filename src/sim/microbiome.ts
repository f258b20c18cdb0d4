import { SimInputError } from './errors';
import { GROUPS, type GroupName } from './groups';
import { PARAMETERS, type Param } from './parameters';
import { nextRandom, seedState } from './random';

export type Saliva = 'normal' | 'dry';

/**
 * The whole simulation state. Plain JSON data only (no class, no Infinity, no NaN), so a
 * snapshot passed through JSON.stringify / JSON.parse continues bit-identically.
 */
export interface Microbiome {
  /** Simulated minutes since the story began. */
  minute: number;
  /** Fraction of a minute requested by advance() but not yet simulated. */
  carry: number;
  /** Fractions of plaque carrying capacity; the sum never exceeds 1. */
  groups: Record<GroupName, number>;
  /** Plaque sugar in units of its half-saturation constant K_S. */
  sugar: number;
  /** S. mutans intracellular polysaccharide store, 0-1 of capacity. */
  storedSugar: number;
  /** Plaque acid (lactate equivalents), mM. */
  acid: number;
  /** Plaque ammonia, mM. */
  ammonia: number;
  /** Plaque free arginine, mM. */
  arginine: number;
  /** Probiotic S. salivarius-like colonisation, 0-1. */
  probiotic: number;
  /** Enamel mineral, 0-1. */
  enamel: number;
  /** Fluoride exposure, 0-1. */
  fluoride: number;
  /** Bound chlorhexidine level, 0 upwards (1 = one fresh full rinse). */
  chlorhexidine: number;
  /** Gum inflammation, 0-1. */
  inflammation: number;
  /** Current salivary condition (dry while a dry-mouth episode lasts or by constitution). */
  saliva: Saliva;
  /** Constitutional salivary condition the mouth returns to. */
  baseSaliva: Saliva;
  /** Minutes left in a temporary dry-mouth episode. */
  dryMinutes: number;
  /** Hydration / stimulated-flow habit, 0-1, fading. */
  flowBoost: number;
  /** Chewing-stimulated flow after a meal, 0-1, fading within minutes. */
  chewing: number;
  /** Memory of antiseptic use, 0-1: what makes an emptied mouth 'scorched' rather than merely sparse. */
  washout: number;
  /** Implant sensor fitted (0-1): makes small interventions more precise. */
  sensor: number;
  /** Chemostat-style pH control: acid above this floor is neutralised (0 = off). */
  phFloor: number;
  /** Scheduled sugar pulses of a feast still to come. */
  feastPulses: number;
  feastNext: number;
  feastDose: number;
  /** Minutes below the critical pH in each of the last 24 hourly buckets (index = hour % 24). */
  lowPh: number[];
  /**
   * Minutes below pH 5.7 in each of the last 24 hourly buckets (same indexing as lowPh): the
   * 'tooth-friendly' threshold of plaque telemetry, which catches acid stress that stops short
   * of dissolving enamel.
   */
  acidMinutes: number[];
  /** Absolute hour index the newest bucket of lowPh and acidMinutes belongs to. */
  lowPhHour: number;
  /** Chlorhexidine rinses of the last 72 simulated hours, oldest first. */
  rinses: Array<{ minute: number; dose: number }>;
  /** Hourly immigration multipliers per group, drawn from the seeded PRNG. */
  jitter: number[];
  /** mulberry32 generator state. */
  rng: number;
}

const v = (p: Param): number => p.value;
const G = PARAMETERS.groups;
const CH = PARAMETERS.chemistry;
const EC = PARAMETERS.ecology;
const GUM = PARAMETERS.gum;
const TOOTH = PARAMETERS.tooth;
const LN2 = Math.LN2;

// Unpacked once: the inner loop runs 43 200 times per simulated month.
const N_GROUPS = GROUPS.length;
const col = (key: keyof (typeof G)['C']): Float64Array =>
  Float64Array.from(GROUPS.map((g) => v(G[g][key])));
const MU = col('muMax');
const PH_MIN = col('phMin');
const PH_OPT = col('phOpt');
const PH_MAX = col('phMax');
const YIELD = col('acidYield');
const GLY_FLOOR = col('glycolysisFloor');
const SIGMA = col('sigma');
const RHO = col('rho');
const DEATH = col('death');
const CROWD = col('crowding');
const ACID_KILL = col('acidKill');
const CHX_KILL = col('chxKill');
const IMMIGRATION = col('immigration');

export const CHX_KILL_PER_DOSE: Readonly<Record<GroupName, number>> = Object.fromEntries(
  GROUPS.map((g) => [g, v(G[g].chxKill)]),
) as Record<GroupName, number>;

/** Rosso et al. 1995 cardinal-pH model: 1 at the optimum, 0 outside [min, max]. */
export function rosso(pH: number, min: number, opt: number, max: number): number {
  if (pH <= min || pH >= max) return 0;
  const a = (pH - min) * (pH - max);
  return a / (a - (pH - opt) * (pH - opt));
}

/** Relative salivary flow: 1 normal resting, ~0.3 dry, higher when stimulated. */
export function flowOf(m: Pick<Microbiome, 'saliva' | 'chewing' | 'flowBoost'>): number {
  const base = m.saliva === 'dry' ? v(CH.dryFlow) : 1;
  return (
    base * (1 + v(CH.stimulatedFlowGain) * m.chewing) * (1 + v(CH.boostFlowGain) * m.flowBoost)
  );
}

const ACID_K = v(CH.acidClearance);
const ACID_FLOW_EXP = v(CH.acidClearanceFlowExponent);
const BUFFER = v(CH.bufferNormal);
const BUFFER_W = v(CH.bufferFlowWeight);

/** Plaque buffering (mM per pH unit): bicarbonate rises with flow (4 mM resting, 10 stimulated). */
export function bufferOf(flow: number): number {
  return BUFFER * (1 - BUFFER_W + BUFFER_W * Math.min(flow, 2));
}

/** Salivary acid clearance per minute; slower in a dry mouth. */
export function acidClearanceOf(flow: number): number {
  return ACID_K * flow ** ACID_FLOW_EXP;
}

// Sugar half-life interpolated on flow as a power law so that normal (2 min) and dry (6 min)
// flow hit the cited values exactly.
const SUGAR_FLOW_EXPONENT =
  Math.log(v(CH.sugarHalfLifeDry) / v(CH.sugarHalfLife)) / Math.log(1 / v(CH.dryFlow));
const SUGAR_K_NORMAL = LN2 / v(CH.sugarHalfLife);

/** Sugar clearance per minute: 2-min half-life at normal flow, ~6 min dry (Head et al. 2021). */
export function sugarClearanceOf(flow: number): number {
  return SUGAR_K_NORMAL * flow ** SUGAR_FLOW_EXPONENT;
}

export function phOf(acid: number, ammonia: number, buffer: number): number {
  const raw = 7 + (ammonia - acid) / buffer;
  return raw < 3.5 ? 3.5 : Math.min(raw, 8);
}

export function criticalPhOf(fluoride: number): number {
  return v(TOOTH.criticalPh) - v(TOOTH.fluorideCriticalShift) * fluoride;
}

function flush(x: number): number {
  return x < 1e-12 ? 0 : x;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : Math.min(x, 1);
}

/** A deep copy without JSON so numbers and layout stay identical. */
export function cloneMicrobiome(m: Microbiome): Microbiome {
  // Spelled out in the state's own field order: an object spread of ~30 fields takes V8's
  // generic clone path whenever the source's hidden class differs (parsed vs built states).
  const g = m.groups;
  return {
    minute: m.minute,
    carry: m.carry,
    groups: { C: g.C, M: g.M, L: g.L, V: g.V, F: g.F, P: g.P, K: g.K },
    sugar: m.sugar,
    storedSugar: m.storedSugar,
    acid: m.acid,
    ammonia: m.ammonia,
    arginine: m.arginine,
    probiotic: m.probiotic,
    enamel: m.enamel,
    fluoride: m.fluoride,
    chlorhexidine: m.chlorhexidine,
    inflammation: m.inflammation,
    saliva: m.saliva,
    baseSaliva: m.baseSaliva,
    dryMinutes: m.dryMinutes,
    flowBoost: m.flowBoost,
    chewing: m.chewing,
    washout: m.washout,
    sensor: m.sensor,
    phFloor: m.phFloor,
    feastPulses: m.feastPulses,
    feastNext: m.feastNext,
    feastDose: m.feastDose,
    lowPh: m.lowPh.slice(),
    acidMinutes: m.acidMinutes.slice(),
    lowPhHour: m.lowPhHour,
    rinses: m.rinses.map((r) => ({ minute: r.minute, dose: r.dose })),
    jitter: m.jitter.slice(),
    rng: m.rng,
  };
}

/** Adds one sugar exposure; dose 1 is a 10% sucrose rinse. Mutates: callers own the copy. */
export function addSugar(m: Microbiome, amount: number): void {
  m.sugar += amount;
}

const MEAL_SUGAR = v(CH.mealSugar);
const RINSE_SUGAR = v(CH.rinseSugar);
export const SUGAR_PER_DOSE = { meal: MEAL_SUGAR, rinse: RINSE_SUGAR } as const;

// Scalar slots of the packed state the hot loop works on (simulate lists the order). Typed
// arrays keep the optimised loop independent of object shapes (a reshaped object would force
// V8 to throw the code away).
const N_SCALARS = 21;
const SLOT_DRY = N_SCALARS;
const SLOT_BASE_DRY = N_SCALARS + 1;

/** Longest step the adaptive integrator takes (minutes); steps end on its multiples. */
export const QUIET_STEP = 10;
/** Step while the pH plunges faster than STEEP_PH_PER_MINUTE (minutes). */
export const FINE_STEP = 0.5;
const STEEP_PH_PER_MINUTE = 0.3;

/**
 * How `simulate` steps: 'adaptive' (the default) takes FINE_STEP-minute steps while the pH
 * plunges, 1-minute steps while sugar is plentiful, and otherwise steps up to the next
 * QUIET_STEP mark of the clock, halved while a predictor-corrector check finds the chemistry
 * bending; a number is a fixed step in minutes, for the fine reference runs in the tests.
 */
export type Stepping = 'adaptive' | number;

// Scratch buffers the hot loop works on, reused across calls: the state itself stays plain
// JSON, and a call allocates nothing per step.
const SC = new Float64Array(N_SCALARS + 2);
const X = new Float64Array(N_GROUPS);
const LOW_PH = new Float64Array(24);
const ACID_MINUTES = new Float64Array(24);
const JITTER = new Float64Array(N_GROUPS);

/**
 * Simulates `minutes` in place and returns the number of integrator steps it took (the
 * benchmark's measure of work that machine load cannot blur). Exported for the scenario runner,
 * the reference test and the benchmark.
 */
export function simulate(m: Microbiome, minutes: number, stepping: Stepping = 'adaptive'): number {
  if (!(minutes > 0)) return 0;
  // Spelled out field by field: a loop over key names would make every access megamorphic.
  const sc = SC;
  sc[0] = m.sugar;
  sc[1] = m.acid;
  sc[2] = m.ammonia;
  sc[3] = m.arginine;
  sc[4] = m.probiotic;
  sc[5] = m.enamel;
  sc[6] = m.fluoride;
  sc[7] = m.chlorhexidine;
  sc[8] = m.inflammation;
  sc[9] = m.chewing;
  sc[10] = m.flowBoost;
  sc[11] = m.washout;
  sc[12] = m.dryMinutes;
  sc[13] = m.rng;
  sc[14] = m.minute;
  sc[15] = m.feastPulses;
  sc[16] = m.feastNext;
  sc[17] = m.feastDose;
  sc[18] = m.phFloor;
  sc[19] = m.lowPhHour;
  sc[20] = m.storedSugar;
  sc[SLOT_DRY] = m.saliva === 'dry' ? 1 : 0;
  sc[SLOT_BASE_DRY] = m.baseSaliva === 'dry' ? 1 : 0;
  const g = m.groups;
  X[0] = g.C;
  X[1] = g.M;
  X[2] = g.L;
  X[3] = g.V;
  X[4] = g.F;
  X[5] = g.P;
  X[6] = g.K;
  for (let b = 0; b < 24; b++) {
    LOW_PH[b] = m.lowPh[b] as number;
    ACID_MINUTES[b] = m.acidMinutes[b] as number;
  }
  for (let i = 0; i < N_GROUPS; i++) JITTER[i] = m.jitter[i] as number;
  const steps = run(
    sc,
    X,
    LOW_PH,
    ACID_MINUTES,
    JITTER,
    minutes,
    stepping === 'adaptive' ? 0 : stepping,
  );
  m.sugar = sc[0] as number;
  m.acid = sc[1] as number;
  m.ammonia = sc[2] as number;
  m.arginine = sc[3] as number;
  m.probiotic = sc[4] as number;
  m.enamel = sc[5] as number;
  m.fluoride = sc[6] as number;
  m.chlorhexidine = sc[7] as number;
  m.inflammation = sc[8] as number;
  m.chewing = sc[9] as number;
  m.flowBoost = sc[10] as number;
  m.washout = sc[11] as number;
  m.dryMinutes = sc[12] as number;
  m.rng = sc[13] as number;
  m.minute = sc[14] as number;
  m.feastPulses = sc[15] as number;
  m.feastNext = sc[16] as number;
  m.lowPhHour = sc[19] as number;
  m.storedSugar = sc[20] as number;
  m.saliva = sc[SLOT_DRY] === 1 ? 'dry' : 'normal';
  g.C = X[0] as number;
  g.M = X[1] as number;
  g.L = X[2] as number;
  g.V = X[3] as number;
  g.F = X[4] as number;
  g.P = X[5] as number;
  g.K = X[6] as number;
  m.lowPh = toArray(LOW_PH);
  m.acidMinutes = toArray(ACID_MINUTES);
  m.jitter = toArray(JITTER);
  return steps;
}

/** A fresh plain array of the values (Array.from on a typed array goes through an iterator). */
function toArray(a: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) out.push(a[i] as number);
  return out;
}

// Decay factors for the common step lengths, so most steps need no Math.exp.
const HALF_LIVES = [
  v(CH.chewingHalfLife),
  v(CH.flowBoostHalfLife),
  v(CH.arginineHalfLife),
  v(EC.chxHalfLife),
  v(EC.washoutHalfLife),
  v(EC.probioticHalfLife),
  v(TOOTH.fluorideHalfLife),
  v(EC.storeHalfLife),
];
const N_DECAYS = HALF_LIVES.length;
/** Decay factors of whole-minute steps, indexed by the step's length (1..QUIET_STEP). */
const DECAY_WHOLE = Array.from({ length: QUIET_STEP + 1 }, (_, n) =>
  Float64Array.from(HALF_LIVES, (t) => Math.exp((-LN2 * n) / t)),
);
const DECAY_F = Float64Array.from(HALF_LIVES, (t) => Math.exp((-LN2 * FINE_STEP) / t));
const DECAY_RATE = Float64Array.from(HALF_LIVES, (t) => LN2 / t);
const CHEW_RATE = DECAY_RATE[0] as number;

const Y = v(CH.acidScale);
const KS = v(CH.sugarHalfSaturation);
const SB = v(CH.basalSugar);
const KA = v(CH.lactateHalfSaturation);
const VUP = v(CH.veillonellaUptake);
const FBLOCK = v(CH.fluorideGlycolysisBlock);
const R0 = v(CH.arginineRest);
const KR = v(CH.arginineHalfSaturation);
const RN = v(CH.ammoniaRate);
const PRN = v(CH.probioticAmmonia);
const H2O2 = v(EC.peroxideInhibition);
const GAMMA = v(EC.peroxideSugarRelief);
const MUTACIN = v(EC.mutacin);
const KAPPA = v(EC.candidaBoost);
const BACTERIOCIN = v(EC.bacteriocin);
const KF = v(EC.fusoHalfSaturation);
const KEY = v(EC.keystoneProtection);
const KKEY = v(EC.keystoneHalfSaturation);
const CHX_RATE = v(EC.chxRate);
const JIT = v(EC.immigrationJitter);
const TH_F = v(GUM.fusoWeight);
const TH_P = v(GUM.keystoneWeight);
const HILL = v(GUM.stimulusHill);
const X0H = v(GUM.stimulusHalf) ** HILL;

/**
 * x ** HILL without Math.pow (~100 ns, the dearest call of a step): repeated multiplication for
 * a small whole exponent (the parameter is 5), within a few units in the last place of Math.pow.
 */
const hillPower: (x: number) => number =
  Number.isInteger(HILL) && HILL >= 1 && HILL <= 8
    ? (x) => {
        let result = x;
        for (let n = 1; n < HILL; n++) result *= x;
        return result;
      }
    : (x) => Math.exp(HILL * Math.log(x));
const K_I = v(GUM.inflameRate);
const R_I = v(GUM.resolveRate);
const KD = v(TOOTH.demineralisation);
const KRE = v(TOOTH.remineralisation);
const SAFE_PH = v(TOOTH.safePh);
const PHC0 = v(TOOTH.criticalPh);
const PHC_SHIFT = v(TOOTH.fluorideCriticalShift);
const SUGAR_Q = v(EC.sugarCompetition);
const IPS_FILL = v(EC.storeFill);
const IPS_RHO = v(EC.storeGrowth);
const IPS_ACID = v(EC.storeAcid);
const DRY_FLOW = v(CH.dryFlow);
const CHEW_GAIN = v(CH.stimulatedFlowGain);
const BOOST_GAIN = v(CH.boostFlowGain);
// Steps longer than a minute wait until sugar is below LONG_SUGAR K_S: the exponential shape a
// step gives the sugar's saturation is only close once saturation is nearly linear in sugar.
const LONG_SUGAR = 0.1;
/** A first guess for a long step keeps the pH change at its starting rate below this. */
const FIRST_GUESS_PH = 0.2;
/** A step whose acid moves less than this (mM; ~0.003 pH) needs no corrector. */
const REST_MM = 0.05;
/** Largest pH difference between predictor and corrector a step longer than a minute may show. */
const STEP_ERROR = 0.005;
// Below these, chewing changes flow by under 0.002 % and sugar adds under 0.01 % to the basal
// acid trickle: dropped, so the flow-dependent rates stop changing every step and the chemistry
// counts as sugar-free an hour sooner after every snack.
const FLOW_TRACE = 1e-5;
const SUGAR_TRACE = 1e-6;
/** K_S + basal sugar: the saturation of sugar S is 1 - K_S / (S + SD). */
const SD = KS + SB;
const GLY = new Float64Array(N_GROUPS);
/** 1 / (6 - glycolysis floor): the slope of each group's glycolysis ramp. */
const GLY_RAMP = Float64Array.from(GLY_FLOOR, (fl) => 1 / (6 - fl));
/** Indices of the groups that make acid (nonzero yield), in group order. */
const ACIDOGENIC = Int32Array.from(
  GROUPS.map((_, i) => i).filter((i) => (YIELD[i] as number) !== 0),
);
/** Chlorhexidine kill per unit bound chlorhexidine and hour, per group. */
const CHX_TERM = Float64Array.from(CHX_KILL, (k) => CHX_RATE * k);
const DECAY = new Float64Array(N_DECAYS);
const ACTIVE = new Float64Array(2);
// Per-group resource and extra loss terms of the current step (scratch).
const RES = new Float64Array(N_GROUPS);
const EXTRA = new Float64Array(N_GROUPS);

/**
 * Acid-making capacity (mM/min at saturating sugar) at plaque pH `pH`. Also fills GLY with each
 * group's glycolytic activity, ACTIVE[0] with the active sugar-using biomass and ACTIVE[1] with
 * the capacity's slope in pH (how strongly acid throttles its own production, which the step
 * solves implicitly). Glycolysis sets both acid output and each group's claim on the sugar, so
 * acid-tolerant groups win the sugar only when the plaque is acidic.
 */
function glycolysis(pH: number, x: Float64Array, fluoride: number): number {
  let acidogenic = 0;
  let slope = 0;
  let active = 0;
  for (let j = 0; j < ACIDOGENIC.length; j++) {
    const i = ACIDOGENIC[j] as number;
    const y = YIELD[i] as number;
    const xi = x[i] as number;
    const fl = GLY_FLOOR[i] as number;
    let ramp = 0;
    if (pH >= 6) {
      ramp = 1;
    } else if (pH > fl) {
      ramp = (pH - fl) * (GLY_RAMP[i] as number);
      slope += y * xi * (GLY_RAMP[i] as number);
    }
    GLY[i] = ramp;
    acidogenic += y * xi * ramp;
    active += xi * ramp;
  }
  ACTIVE[0] = active;
  // Fluoride blocks enolase more as the plaque acidifies (more HF crosses the membrane).
  const lowPhWeight = clamp01((7 - pH) / 2);
  const block = 1 - FBLOCK * fluoride * (0.3 + 0.7 * lowPhWeight);
  const blockSlope = lowPhWeight > 0 && lowPhWeight < 1 ? 0.35 * FBLOCK * fluoride : 0;
  ACTIVE[1] = Y * (slope * block + acidogenic * blockSlope);
  return Y * acidogenic * block;
}

/** Decay factors of the slow traces over a step of `dt` minutes. */
function decaysFor(dt: number): Float64Array {
  if (dt === FINE_STEP) return DECAY_F;
  if (dt === Math.floor(dt) && dt <= QUIET_STEP) return DECAY_WHOLE[dt] as Float64Array;
  for (let k = 0; k < N_DECAYS; k++) DECAY[k] = Math.exp(-(DECAY_RATE[k] as number) * dt);
  return DECAY;
}

/**
 * Acid after `dt` minutes of dA/dt = c0 + c1 e^(-kS t) - K A: production held linear in the acid
 * (K includes the acid's throttling of glycolysis) and sugar decaying exponentially. `eS` is
 * e^(-kS dt), `eK` is e^(-K dt).
 */
function acidAfter(
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

/**
 * Clears the low-pH buckets of the hours after `lastHour` up to `hour` and draws the new hour's
 * immigration noise; returns the generator state. Kept out of the step loop so V8's inlining
 * budget goes to the per-step helpers.
 */
function startHour(
  lowPh: Float64Array,
  acidMinutes: Float64Array,
  jitter: Float64Array,
  lastHour: number,
  hour: number,
  rng: number,
): number {
  const gap = Math.min(24, hour - lastHour);
  for (let k = 1; k <= gap; k++) {
    const b = (((lastHour + k) % 24) + 24) % 24;
    lowPh[b] = 0;
    acidMinutes[b] = 0;
  }
  let state = rng;
  for (let i = 0; i < N_GROUPS; i++) {
    // Indexed, not destructured: destructuring goes through the array iterator.
    const draw = nextRandom(state);
    state = draw[1];
    jitter[i] = 1 + JIT * (2 * draw[0] - 1);
  }
  return state;
}

function run(
  sc: Float64Array,
  x: Float64Array,
  lowPh: Float64Array,
  acidMinutes: Float64Array,
  jitter: Float64Array,
  minutes: number,
  fixedDt: number,
): number {
  let sugar = sc[0] as number;
  let acid = sc[1] as number;
  let ammonia = sc[2] as number;
  let arginine = sc[3] as number;
  let probiotic = sc[4] as number;
  let enamel = sc[5] as number;
  let fluoride = sc[6] as number;
  let chlorhexidine = sc[7] as number;
  let inflammation = sc[8] as number;
  let chewing = sc[9] as number;
  let flowBoost = sc[10] as number;
  let washout = sc[11] as number;
  let dryMinutes = sc[12] as number;
  let rng = sc[13] as number;
  let minute = sc[14] as number;
  let feastPulses = sc[15] as number;
  let feastNext = sc[16] as number;
  const feastDose = sc[17] as number;
  const phFloor = sc[18] as number;
  let lowPhHour = sc[19] as number;
  let stored = sc[20] as number;
  let dry = sc[SLOT_DRY] as number;
  const baseDry = sc[SLOT_BASE_DRY] as number;

  const gly = GLY;
  const rampM = GLY_RAMP[1] as number;
  let lastFlow = -1;
  let beta = 0;
  let kA = 0;
  let kS = 0;
  // Sugar and ammonia decay over the step, cached while flow and step length stay the same.
  let decayDt = -1;
  let sugarDecay = 1;
  let ammoniaDecay = 1;
  let remaining = minutes;
  let steps = 0;
  let bucket = ((lowPhHour % 24) + 24) % 24;

  while (remaining > 0) {
    // Hourly bookkeeping: a fresh low-pH bucket and fresh immigration noise.
    const hour = Math.floor(minute / 60);
    if (hour !== lowPhHour) {
      rng = startHour(lowPh, acidMinutes, jitter, lowPhHour, hour, rng);
      lowPhHour = hour;
      bucket = ((hour % 24) + 24) % 24;
    }

    if (feastPulses > 0 && minute >= feastNext) {
      sugar += RINSE_SUGAR * 0.5 * feastDose;
      feastPulses -= 1;
      feastNext += 30;
    }

    const flow =
      (dry === 1 ? DRY_FLOW : 1) * (1 + CHEW_GAIN * chewing) * (1 + BOOST_GAIN * flowBoost);
    if (flow !== lastFlow) {
      lastFlow = flow;
      beta = bufferOf(flow);
      const lnFlow = Math.log(flow);
      kA = ACID_K * Math.exp(ACID_FLOW_EXP * lnFlow);
      kS = SUGAR_K_NORMAL * Math.exp(SUGAR_FLOW_EXPONENT * lnFlow);
      decayDt = -1;
    }
    const pH = phOf(acid, ammonia, beta);
    const C = x[0] as number;
    const M = x[1] as number;
    const V = x[3] as number;
    const F = x[4] as number;
    const P = x[5] as number;
    const K = x[6] as number;

    // --- Chemistry (minutes) ---
    // Sugar, ammonia and arginine follow exact exponentials with their rates held over the step.
    // Acid is solved with production linear in the acid about a point (so the stiff throttling of
    // glycolysis by low pH needs no tiny steps) and with sugar's exponential decay as forcing,
    // about the start of the step. Steps longer than a minute are solved again about their
    // predicted middle (a second-order corrector), and the two answers' difference decides
    // whether the step was short enough. The helpers have one call site each, so V8 inlines them.
    const ads = RN * (C + PRN * probiotic) * (arginine / (KR + arginine));
    let ammoniaEq = ads / kA;
    // The step's flow-dependent rates: the start's, or mid-step ones while chewing fades.
    let stepBeta = beta;
    let stepKA = kA;
    let stepKS = kS;
    // S. mutans keeps fermenting its polysaccharide store after the sugar is gone, which is
    // part of why caries-active plaque recovers more slowly. Acid per unit of store and activity:
    const storeRate = Y * (YIELD[1] as number) * M * IPS_ACID;
    const sat0 = (sugar + SB) / (KS + sugar + SB);
    let dt = 0;
    let stepDt = -1;
    let acidEnd = acid;
    let predicted = acid;
    let ammoniaEnd = ammonia;
    let sugarMean = 0;
    let bacteriaSat = 0;
    let satConst = sat0;
    let satExp = 0;
    let satMean = sat0;
    let storeMean = stored;
    let storedEnd = stored;
    let decay: Float64Array = DECAY_F;
    let capacity = 0;
    let active = 0;
    let linAcid = acid;
    let linPh = pH;
    let corrector = false;
    for (;;) {
      capacity = glycolysis(linPh, x, fluoride);
      active = ACTIVE[0] as number;
      const gM = gly[1] as number;
      const uptake = (VUP * V) / (KA + linAcid);

      if (dt === 0) {
        // --- Step length ---
        // How fast the pH moves at the start of the step.
        const phRate =
          Math.abs(capacity * sat0 + storeRate * stored * gM - (kA + uptake) * acid) / beta;
        if (fixedDt > 0) {
          dt = Math.min(fixedDt, remaining);
        } else if (phRate > STEEP_PH_PER_MINUTE) {
          // Right after sugar hits acid-prone plaque the pH can fall a whole unit in a minute:
          // half-minute steps there keep the Stephan curve close to a fine reference.
          dt = Math.min(FINE_STEP, remaining);
        } else if (minute !== Math.floor(minute)) {
          // Once the plunge eases, the rest of a started minute in one step, so every longer
          // step begins on a whole minute and the result does not depend on where a caller
          // splits the run.
          dt = Math.min(Math.floor(minute) + 1 - minute, remaining);
        } else {
          // Otherwise up to the next QUIET_STEP mark of the clock, so hour boundaries (and any
          // advance that ends on a 10-minute mark) fall between steps whatever the call
          // pattern. Only whole minutes while sugar is plentiful (the forcing's shape within a
          // step is then too rough); the error check below shortens the step while the
          // chemistry bends.
          // (Floating-point % is a library call in V8; the floor form is a few instructions.)
          dt = QUIET_STEP * (Math.floor(minute / QUIET_STEP) + 1) - minute;
          if (feastPulses > 0 && feastNext - minute < dt) dt = Math.max(1, feastNext - minute);
          if (sugar > LONG_SUGAR) dt = 1;
          else if (phRate * dt > FIRST_GUESS_PH) {
            // Saves most retries of the error check below.
            dt = Math.max(1, Math.floor(FIRST_GUESS_PH / phRate));
          }
          dt = Math.min(dt, remaining);
        }
      }

      if (dt !== stepDt) {
        stepDt = dt;
        decay = decaysFor(dt);
        if (chewing > 0 && dt > 1) {
          // Flow is held over a step: at its middle, while chewing fades (10-minute half-life).
          const mid =
            (dry === 1 ? DRY_FLOW : 1) *
            (1 + CHEW_GAIN * chewing * Math.exp(-0.5 * CHEW_RATE * dt)) *
            (1 + BOOST_GAIN * flowBoost);
          const lnMid = Math.log(mid);
          stepBeta = bufferOf(mid);
          stepKA = ACID_K * Math.exp(ACID_FLOW_EXP * lnMid);
          stepKS = SUGAR_K_NORMAL * Math.exp(SUGAR_FLOW_EXPONENT * lnMid);
          sugarDecay = Math.exp(-stepKS * dt);
          ammoniaDecay = Math.exp(-stepKA * dt);
          decayDt = -1;
        } else {
          stepBeta = beta;
          stepKA = kA;
          stepKS = kS;
          if (dt !== decayDt) {
            decayDt = dt;
            sugarDecay = Math.exp(-kS * dt);
            ammoniaDecay = Math.exp(-kA * dt);
          }
        }
        ammoniaEq = ads / stepKA;
        ammoniaEnd = ammoniaEq + (ammonia - ammoniaEq) * ammoniaDecay;
        // Sugar saturation over the step as c + d e^(-kS t): its exact mean, so the sugar's acid
        // is right in total, with the exponential's shape placing it early in the step.
        sugarMean = 0;
        bacteriaSat = 0;
        satConst = sat0;
        satExp = 0;
        satMean = sat0;
        if (sugar > 0) {
          const sugarEnd = sugar * sugarDecay;
          const satEnd = (sugarEnd + SB) / (KS + sugarEnd + SB);
          sugarMean = (sugar - sugarEnd) / (stepKS * dt);
          bacteriaSat = sugarMean / (KS + sugarMean);
          satMean =
            1 - KS / SD - (KS * Math.log((sugarEnd + SD) / (sugar + SD))) / (SD * stepKS * dt);
          satExp = (sat0 - satEnd) / (1 - sugarDecay);
          satConst = satMean - (satExp * (1 - sugarDecay)) / (stepKS * dt);
        }
        // The store fills from sugar and empties over hours; acid and growth see its mean.
        const fill = dt * IPS_FILL * gM * (bacteriaSat / (1 + active / SUGAR_Q));
        storedEnd = (stored + fill * (1 - stored)) * (decay[7] as number);
        if (storedEnd < 1e-12) storedEnd = 0;
        storeMean = 0.5 * (stored + storedEnd);
      }

      const storeAcid = storeRate * storeMean;
      const feedback =
        ((ACTIVE[1] as number) * satMean + (gM > 0 && gM < 1 ? storeAcid * rampM : 0)) / stepBeta;
      // Clearance, Veillonella's uptake (linearised about the same point) and the feedback.
      const k = stepKA + uptake + feedback;
      acidEnd = acidAfter(
        acid,
        dt,
        k,
        capacity * satConst + storeAcid * gM + feedback * linAcid,
        capacity * satExp,
        stepKS,
        sugarDecay,
        Math.exp(-k * dt),
      );
      if (!corrector) {
        // Short steps and resting chemistry need no corrector: their rates barely move.
        if (dt <= 1 || (sugar === 0 && Math.abs(acidEnd - acid) <= REST_MM)) break;
        corrector = true;
        predicted = acidEnd;
        linAcid = 0.5 * (acid + Math.max(0, acidEnd));
        linPh = phOf(linAcid, 0.5 * (ammonia + ammoniaEnd), stepBeta);
        continue;
      }
      if (fixedDt > 0 || Math.abs(acidEnd - predicted) / stepBeta <= STEP_ERROR) break;
      // The rates bend within the step: retry a shorter one from the start.
      dt = Math.max(1, Math.floor(dt / 2));
      corrector = false;
      linAcid = acid;
      linPh = pH;
    }
    stored = storedEnd;
    const acid0 = acid;
    acid = Math.max(0, acidEnd);
    ammonia = ammoniaEnd;
    arginine = R0 + (arginine - R0) * (decay[2] as number);
    sugar *= sugarDecay;
    if (phFloor > 0 && phOf(acid, ammonia, stepBeta) < phFloor) {
      // Chemostat pH control: alkali neutralises exactly the acid below the floor.
      acid = Math.max(0, ammonia + stepBeta * (7 - phFloor));
    }
    const pHend = phOf(acid, ammonia, stepBeta);
    // Growth, enamel and the clocks below see the mean pH of the step (pH is linear in acid).
    const pHn = 0.5 * (pH + pHend);

    // --- Populations (hours) ---
    const h = dt / 60;
    const s = bacteriaSat;
    const sugarShare = s / (1 + active / SUGAR_Q);
    const acidMean = 0.5 * (acid0 + acid);
    const lactate = acidMean / (KA + acidMean);
    const total0 = C + M + (x[2] as number) + V + F + P + K;
    const space = total0 < 1 ? 1 - total0 : 0;
    const keystoneDeath = 1 - KEY * (P / (P + KKEY));
    // What each group lives on, and its interactions and losses beyond the common terms; then
    // one branch-free loop applies growth, crowding, acid and chlorhexidine to all seven.
    const res = RES;
    const extra = EXTRA;
    res[0] = (SIGMA[0] as number) + (RHO[0] as number) * (gly[0] as number) * sugarShare;
    extra[0] = -MUTACIN * M - (DEATH[0] as number);
    // H2O2 comes from active commensals (pyruvate oxidase), so it fades when acid stalls them.
    res[1] =
      (SIGMA[1] as number) +
      (RHO[1] as number) * (gly[1] as number) * sugarShare +
      IPS_RHO * storeMean;
    extra[1] =
      (-H2O2 * C * (gly[0] as number)) / (1 + GAMMA * s) +
      KAPPA * s * K -
      BACTERIOCIN * probiotic -
      (DEATH[1] as number);
    res[2] = (SIGMA[2] as number) + (RHO[2] as number) * (gly[2] as number) * sugarShare;
    extra[2] = -(DEATH[2] as number);
    // Veillonella lives on lactate.
    res[3] = (SIGMA[3] as number) + (RHO[3] as number) * lactate;
    extra[3] = -(DEATH[3] as number);
    // F. nucleatum on host proteins with inflammation; P. gingivalis also needs its bridge.
    res[4] = (SIGMA[4] as number) + (RHO[4] as number) * inflammation;
    extra[4] = -(DEATH[4] as number) * keystoneDeath;
    res[5] = ((SIGMA[5] as number) + (RHO[5] as number) * inflammation) * (F / (KF + F));
    extra[5] = -(DEATH[5] as number) * keystoneDeath;
    res[6] = (SIGMA[6] as number) + (RHO[6] as number) * (gly[6] as number) * sugarShare;
    extra[6] = -(DEATH[6] as number);
    let total = 0;
    for (let i = 0; i < N_GROUPS; i++) {
      const xi = x[i] as number;
      const phi = rosso(pHn, PH_MIN[i] as number, PH_OPT[i] as number, PH_MAX[i] as number);
      const below = (PH_MIN[i] as number) - pHn;
      const g =
        (MU[i] as number) * phi * (res[i] as number) * space +
        (extra[i] as number) -
        (CROWD[i] as number) * xi -
        (below > 0 ? (ACID_KILL[i] as number) * below : 0) -
        (CHX_TERM[i] as number) * chlorhexidine;
      const next = xi + h * (xi * g + (IMMIGRATION[i] as number) * (jitter[i] as number));
      const kept = Math.max(next, 0);
      x[i] = kept;
      total += kept;
    }
    if (total > 1) for (let i = 0; i < N_GROUPS; i++) x[i] = (x[i] as number) / total;

    // --- Gum ---
    const stim = TH_F * (x[4] as number) + TH_P * (x[5] as number);
    const stimH = hillPower(stim);
    const drive = stimH / (stimH + X0H);
    inflammation = clamp01(
      inflammation + h * (K_I * drive * (1 - inflammation) - R_I * inflammation),
    );

    // --- Tooth ---
    const pHc = PHC0 - PHC_SHIFT * fluoride;
    // Minutes below each threshold, with pH moving linearly over the step: the share of the
    // step below it is (threshold - lowest) / (highest - lowest), or all of it.
    const pHlo = Math.min(pH, pHend);
    const pHhi = Math.max(pH, pHend);
    if (pHlo < SAFE_PH) {
      const share = pHhi < SAFE_PH ? 1 : (SAFE_PH - pHlo) / (pHhi - pHlo);
      acidMinutes[bucket] = (acidMinutes[bucket] as number) + dt * share;
    }
    if (pHlo < pHc) {
      const share = pHhi < pHc ? 1 : (pHc - pHlo) / (pHhi - pHlo);
      lowPh[bucket] = (lowPh[bucket] as number) + dt * share;
    }
    if (pHn < pHc) {
      enamel = clamp01(enamel - dt * KD * (pHc - pHn) * enamel);
    } else {
      enamel = clamp01(enamel + dt * KRE * (pHn - pHc) * (1 - enamel) * (1 + fluoride));
    }

    if (dryMinutes > 0) {
      dryMinutes = Math.max(0, dryMinutes - dt);
      dry = dryMinutes > 0 ? 1 : baseDry;
    }
    // Decaying traces are flushed to zero before they become subnormal doubles, which are
    // both meaningless here and two orders of magnitude slower to compute with.
    if (sugar < SUGAR_TRACE) sugar = 0;
    chewing = chewing * (decay[0] as number);
    if (chewing < FLOW_TRACE) chewing = 0;
    flowBoost = flush(flowBoost * (decay[1] as number));
    chlorhexidine = flush(chlorhexidine * (decay[3] as number));
    washout = flush(washout * (decay[4] as number));
    probiotic = flush(probiotic * (decay[5] as number));
    fluoride = flush(fluoride * (decay[6] as number));
    minute += dt;
    remaining -= dt;
    steps++;
  }

  sc[0] = sugar;
  sc[1] = acid;
  sc[2] = ammonia;
  sc[3] = arginine;
  sc[4] = probiotic;
  sc[5] = enamel;
  sc[6] = fluoride;
  sc[7] = chlorhexidine;
  sc[8] = inflammation;
  sc[9] = chewing;
  sc[10] = flowBoost;
  sc[11] = washout;
  sc[12] = dryMinutes;
  sc[13] = rng;
  sc[14] = minute;
  sc[15] = feastPulses;
  sc[16] = feastNext;
  sc[19] = lowPhHour;
  sc[20] = stored;
  sc[SLOT_DRY] = dry;
  return steps;
}
// Close to the model's own steady state under three meals a day (rounded from a 42-day run),
// so a one-week spin-up settles it; a shorter spin-up makes the first call cheap.
const SETTLED_START: Record<GroupName, number> = {
  C: 0.448,
  M: 0.0043,
  L: 0.0024,
  V: 0.114,
  F: 0.062,
  P: 0.00024,
  K: 0.0031,
};

function blankState(seed: number, saliva: Saliva): Microbiome {
  return {
    minute: 0,
    carry: 0,
    groups: { ...SETTLED_START },
    sugar: 0,
    storedSugar: 0,
    acid: 0,
    ammonia: 0,
    arginine: v(CH.arginineRest),
    probiotic: 0,
    enamel: 1,
    fluoride: 0,
    chlorhexidine: 0,
    inflammation: 0.006,
    saliva,
    baseSaliva: saliva,
    dryMinutes: 0,
    flowBoost: 0,
    chewing: 0,
    washout: 0,
    sensor: 0,
    phFloor: 0,
    feastPulses: 0,
    feastNext: 0,
    feastDose: 0,
    lowPh: new Array<number>(24).fill(0),
    acidMinutes: new Array<number>(24).fill(0),
    lowPhHour: 0,
    rinses: [],
    jitter: new Array<number>(GROUPS.length).fill(1),
    rng: seedState(seed),
  };
}

/** Breakfast, lunch and dinner at 08:00, 13:00 and 19:00 of a day starting at 07:00. */
export const MEAL_TIMES = [60, 360, 720] as const;

/** One day of three ordinary meals, in place. */
export function mealDay(m: Microbiome): void {
  let t = 0;
  for (const at of MEAL_TIMES) {
    simulate(m, at - t);
    m.sugar += MEAL_SUGAR;
    m.chewing = 1;
    t = at;
  }
  simulate(m, 1440 - t);
}

// The start values are the normal mouth's; a dry mouth drifts further and needs longer.
const SPIN_UP_DAYS: Record<Saliva, number> = { normal: 7, dry: 21 };
const settledCache = new Map<Saliva, Microbiome>();

function settled(saliva: Saliva): Microbiome {
  let base = settledCache.get(saliva);
  if (base === undefined) {
    // Spin up under three meals a day so the story starts from the model's own steady state.
    base = blankState(1, saliva);
    for (let day = 0; day < SPIN_UP_DAYS[saliva]; day++) mealDay(base);
    settledCache.set(saliva, base);
    // A throwaway feast, dry spell and rinse on a copy: it runs the step loop through the
    // branches meals never reach, so V8 compiles them here, before the first story choice.
    const warm = cloneMicrobiome(base);
    warm.feastPulses = 8;
    warm.feastNext = warm.minute;
    warm.feastDose = 1;
    warm.dryMinutes = 120;
    warm.saliva = 'dry';
    warm.chlorhexidine = 1;
    warm.phFloor = 5;
    simulate(warm, 720);
  }
  return base;
}

/** A healthy, settled mouth at 07:00 on day one, with last day's acid history kept. */
export function createMicrobiome(options: { seed?: number; saliva?: Saliva } = {}): Microbiome {
  const saliva = options.saliva ?? 'normal';
  const seed = options.seed ?? 1;
  const s = cloneMicrobiome(settled(saliva));
  // Spin-up is whole days, so hour buckets already line up with a clock reset to 0; hour -1 is
  // the last simulated hour, which keeps yesterday's low-pH minutes in the 24-hour span.
  s.minute = 0;
  s.lowPhHour = -1;
  s.feastNext = 0;
  s.rng = seedState(seed);
  return s;
}

/** Longest single advance: a year, so a typo cannot freeze the browser. */
export const MAX_ADVANCE_MINUTES = 525_600;

/** Returns the state `minutes` later (fixed 1-minute steps; fractions carry over). */
export function advance(m: Microbiome, minutes: number): Microbiome {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new SimInputError(`minutes must be a finite number >= 0, got ${minutes}`);
  }
  if (minutes > MAX_ADVANCE_MINUTES) {
    throw new SimInputError(
      `minutes must be at most ${MAX_ADVANCE_MINUTES} per call, got ${minutes}`,
    );
  }
  const next = cloneMicrobiome(m);
  const total = next.carry + minutes;
  const whole = Math.floor(total);
  next.carry = total - whole;
  simulate(next, whole);
  return next;
}
