// The simulation's state: one plain JSON value, its exact copy, and the check that refuses a
// state the simulation could not have made (a damaged save must never reach the step loop).
// Over 400 lines because each field is spelled out in the type, the copy, the limits and the
// check (for speed, see scalarsFit); kept in one file so a new field's four places sit together.
import { SimStateError } from './errors';
import { GROUPS, type GroupName } from './groups';

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
  /**
   * Plaque at the gum margin, 0-1 of a fully mature undisturbed deposit: it builds up over days
   * without brushing (Loe et al. 1965) and is what the gum answers to.
   */
  gumPlaque: number;
  /**
   * Clinical attachment lost at the gum margin, mm: lasting damage. It builds slowly while the
   * gum stays inflamed under a dysbiotic flora and never heals (ecology.ts).
   */
  attachmentLoss: number;
  /**
   * Lactobacilli in the mouth's retention sites (fissures, approximal spaces, open cavities),
   * 0-1 of what the sites hold: a niche where the pH stays low, from which they seed the open
   * plaque. Frequent sugar fills it over two to four weeks, and it empties over weeks
   * (ecology.ts retentionAfter).
   */
  retainedLactobacilli: number;
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
  /**
   * The share of S. mutans + lactobacilli in the community at the start of each of the last 24
   * hours (same indexing as lowPh): where the community is heading, which the ending rule
   * judges, not only where it stands. Empty in a save older than it (then no trend is known
   * until the next hour starts).
   */
  hourlyAcidLovers: number[];
  /** Gum inflammation at the start of each of the last 24 hours (as hourlyAcidLovers). */
  hourlyInflammation: number[];
  /** Absolute hour index the newest bucket of lowPh and acidMinutes belongs to. */
  lowPhHour: number;
  /** Chlorhexidine rinses of the last 72 simulated hours, oldest first. */
  rinses: Array<{ minute: number; dose: number }>;
  /** Hourly immigration multipliers per group, drawn from the seeded PRNG. */
  jitter: number[];
  /** mulberry32 generator state. */
  rng: number;
  /**
   * Where advance() resumes from, so that where a caller splits time never changes the result
   * (lastMark.ts): the state at the last 10-minute mark (or intervention) this state was advanced
   * from, and a check of the state it led to. null on a mark and after any intervention.
   */
  lastMark: LastMark | null;
}

/** The state without its last mark (the last mark's own state has none). */
export type MicrobiomeCore = Omit<Microbiome, 'lastMark'>;

export interface LastMark {
  /** The state advance resumes from: on a 10-minute mark, or where an intervention left it. */
  from: MicrobiomeCore;
  /** A 53-bit digest of the state this last mark led to (lastMark.ts, digest). */
  check: number;
}

/** A deep copy without JSON so numbers and layout stay identical. */
export function cloneMicrobiome(m: Microbiome): Microbiome {
  const r = m.lastMark;
  return cloneWith(m, r === null ? null : { from: cloneCore(r.from), check: r.check });
}

/** A deep copy of the state without a last mark (the last mark's own state). */
export function cloneCore(m: MicrobiomeCore): Microbiome {
  return cloneWith(m, null);
}

function cloneWith(m: MicrobiomeCore, lastMark: LastMark | null): Microbiome {
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
    gumPlaque: m.gumPlaque,
    attachmentLoss: m.attachmentLoss,
    retainedLactobacilli: m.retainedLactobacilli,
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
    hourlyAcidLovers: m.hourlyAcidLovers.slice(),
    hourlyInflammation: m.hourlyInflammation.slice(),
    lowPhHour: m.lowPhHour,
    rinses: m.rinses.map((r) => ({ minute: r.minute, dose: r.dose })),
    jitter: m.jitter.slice(),
    rng: m.rng,
    lastMark,
  };
}

/** Latest clock a state may show: about 1,900 years of minutes, far beyond any story. */
export const MAX_MINUTE = 1e9;
/**
 * Largest amount of anything unbounded in the model (sugar, acid, arginine, bound
 * chlorhexidine, minutes of dry mouth): far beyond what a story reaches, far short of the
 * numbers at which the arithmetic overflows.
 */
const MAX_AMOUNT = 1e6;

/** A number's allowed range, both ends included, and whether it must be whole. */
export interface Limits {
  readonly min: number;
  readonly max: number;
  readonly whole: boolean;
}

// One shape for every Limits object, so the check's property loads stay monomorphic.
const range = (min: number, max: number, whole = false): Limits => ({ min, max, whole });
const UNIT = range(0, 1);
const AMOUNT = range(0, MAX_AMOUNT);
const CLOCK = range(-MAX_MINUTE, MAX_MINUTE);
const HOUR = range(Math.floor(-MAX_MINUTE / 60) - 1, MAX_MINUTE / 60, true);

type NumberField = {
  [K in keyof Microbiome]: Microbiome[K] extends number ? K : never;
}[keyof Microbiome];

/**
 * The range of every number of the state, which the model itself never leaves. `check` below
 * enforces them; a save schema can share them.
 */
export const MICROBIOME_LIMITS = {
  scalars: {
    minute: CLOCK,
    carry: UNIT,
    sugar: AMOUNT,
    storedSugar: UNIT,
    acid: AMOUNT,
    ammonia: AMOUNT,
    arginine: AMOUNT,
    probiotic: UNIT,
    enamel: UNIT,
    fluoride: UNIT,
    chlorhexidine: AMOUNT,
    inflammation: UNIT,
    gumPlaque: UNIT,
    // The model stops the loss at 15 mm (ecology.ts ATTACHMENT_MAX): room for rounding above.
    attachmentLoss: range(0, 20),
    retainedLactobacilli: UNIT,
    dryMinutes: AMOUNT,
    flowBoost: UNIT,
    chewing: UNIT,
    washout: UNIT,
    sensor: UNIT,
    phFloor: range(0, 8),
    feastPulses: range(0, MAX_AMOUNT, true),
    feastNext: CLOCK,
    feastDose: UNIT,
    lowPhHour: HOUR,
    rng: range(0, 2 ** 32 - 1, true),
  } satisfies Record<NumberField, Limits>,
  /** Each group's share of carrying capacity; their sum may not exceed 1 either. */
  group: UNIT,
  /**
   * Minutes in one hourly bucket of lowPh and acidMinutes (24 buckets each): an hour, with
   * room for rounding and for a fixed-step reference run whose step crosses the hour.
   */
  bucket: range(0, 70),
  /** A share or an inflammation of hourlyAcidLovers and hourlyInflammation. */
  hourly: UNIT,
  /** Hourly immigration multipliers (one per group). */
  jitter: range(0, 2),
  rinse: { minute: CLOCK, dose: UNIT },
  saliva: ['normal', 'dry'],
  /**
   * Values for fields newer than some saves: gumPlaque (the plaque at the gum margin) came in
   * after the first saves were made; a save without it resumes with a brushed mouth's margin,
   * about the settled mouth's; one without the hourly trend resumes with none known (empty);
   * one without a last mark resumes from where it stands; attachment loss came later still, and
   * a save without it has lost none (no story runs long enough to lose a measurable amount);
   * the retention sites came last, and a save without them resumes with a healthy mouth's few
   * lactobacilli there (0.031, the spin-up's start: spinUp.ts), so
   * a save of a tipped mouth refills them over weeks of acid rather than resuming full.
   */
  olderSaves: {
    gumPlaque: 0.1,
    attachmentLoss: 0,
    retainedLactobacilli: 0.031,
    hourly: [] as number[],
    lastMark: null,
  },
  /** The digest of a last mark: a whole number of 53 bits. */
  check: range(0, 2 ** 53 - 1, true),
} as const;

/** True if `value` is a number within `limits` (NaN never is). */
function fits(value: unknown, limits: Limits): boolean {
  return (
    typeof value === 'number' &&
    value >= limits.min &&
    value <= limits.max &&
    (!limits.whole || Number.isInteger(value))
  );
}

/** The error for a value that does not fit (built only then: names cost time on every call). */
function misfit(value: unknown, limits: Limits, field: string): SimStateError {
  if (typeof value !== 'number') {
    return new SimStateError(field, `must be a number, got ${describe(value)}`);
  }
  if (limits.whole && Number.isFinite(value) && !Number.isInteger(value)) {
    return new SimStateError(field, `must be a whole number, got ${value}`);
  }
  return new SimStateError(field, `must be from ${limits.min} to ${limits.max}, got ${value}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string'
    ? `the text ${JSON.stringify(value.slice(0, 20))}`
    : typeof value;
}

function numbers(value: unknown, length: number, limits: Limits, field: string): void {
  if (!Array.isArray(value) || value.length !== length) {
    throw new SimStateError(field, `must be a list of ${length} numbers, got ${describe(value)}`);
  }
  for (let i = 0; i < length; i++) {
    if (!fits(value[i], limits)) throw misfit(value[i], limits, `${field}[${i}]`);
  }
}

const badSaliva = (field: string, value: unknown): SimStateError =>
  new SimStateError(field, `must be "normal" or "dry", got ${describe(value)}`);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every scalar of MICROBIOME_LIMITS, spelled out: named loads take ~1 ns where a loop over the
 * names takes ~40 ns a field, and the check runs on every call into the simulation. The
 * state tests set each listed field to NaN in turn, so a field missing here fails them.
 */
function scalarsFit(m: Record<string, unknown>): boolean {
  const s = MICROBIOME_LIMITS.scalars;
  return (
    fits(m.minute, s.minute) &&
    fits(m.carry, s.carry) &&
    fits(m.sugar, s.sugar) &&
    fits(m.storedSugar, s.storedSugar) &&
    fits(m.acid, s.acid) &&
    fits(m.ammonia, s.ammonia) &&
    fits(m.arginine, s.arginine) &&
    fits(m.probiotic, s.probiotic) &&
    fits(m.enamel, s.enamel) &&
    fits(m.fluoride, s.fluoride) &&
    fits(m.chlorhexidine, s.chlorhexidine) &&
    fits(m.inflammation, s.inflammation) &&
    fits(m.gumPlaque, s.gumPlaque) &&
    fits(m.attachmentLoss, s.attachmentLoss) &&
    fits(m.retainedLactobacilli, s.retainedLactobacilli) &&
    fits(m.dryMinutes, s.dryMinutes) &&
    fits(m.flowBoost, s.flowBoost) &&
    fits(m.chewing, s.chewing) &&
    fits(m.washout, s.washout) &&
    fits(m.sensor, s.sensor) &&
    fits(m.phFloor, s.phFloor) &&
    fits(m.feastPulses, s.feastPulses) &&
    fits(m.feastNext, s.feastNext) &&
    fits(m.feastDose, s.feastDose) &&
    fits(m.lowPhHour, s.lowPhHour) &&
    fits(m.rng, s.rng)
  );
}

/** The first scalar that does not fit, as an error (the slow path, once per refusal). */
function scalarMisfit(m: Record<string, unknown>): SimStateError {
  for (const [field, limits] of Object.entries(MICROBIOME_LIMITS.scalars)) {
    if (!fits(m[field], limits)) return misfit(m[field], limits, field);
  }
  return new SimStateError('', 'has a scalar out of range');
}

/**
 * Throws SimStateError unless `m` is a state the simulation could have made: every field
 * present, of its type, finite and within MICROBIOME_LIMITS. Every entry point that takes a
 * state (advance, applyIntervention, runScenario) calls it, so a damaged state fails at once
 * instead of stalling the step loop. Fields beyond the state's own are ignored.
 */
export function checkMicrobiome(m: unknown): asserts m is Microbiome {
  checkCore(m);
  const mark = (m as Record<string, unknown>).lastMark;
  if (mark === null) return;
  if (!isRecord(mark)) {
    throw new SimStateError('lastMark', `must be an object or null, got ${describe(mark)}`);
  }
  const limits = MICROBIOME_LIMITS.check;
  if (!fits(mark.check, limits)) throw misfit(mark.check, limits, 'lastMark.check');
  try {
    checkCore(mark.from);
  } catch (error) {
    if (!(error instanceof SimStateError)) throw error;
    const problem = error.message.slice(`microbiome.${error.field} `.length);
    throw new SimStateError(`lastMark.from${error.field ? `.${error.field}` : ''}`, problem);
  }
}

/** checkMicrobiome without the last mark. */
function checkCore(m: unknown): asserts m is MicrobiomeCore {
  if (!isRecord(m)) throw new SimStateError('', `must be an object, got ${describe(m)}`);
  const limits = MICROBIOME_LIMITS;
  if (!scalarsFit(m)) throw scalarMisfit(m);
  const groups = m.groups;
  if (!isRecord(groups))
    throw new SimStateError('groups', `must be an object, got ${describe(groups)}`);
  const u = limits.group;
  // Named loads again (see scalarsFit); the loop below only runs to name the bad group.
  const fit =
    fits(groups.C, u) &&
    fits(groups.M, u) &&
    fits(groups.L, u) &&
    fits(groups.V, u) &&
    fits(groups.F, u) &&
    fits(groups.P, u) &&
    fits(groups.K, u);
  if (!fit) {
    for (const g of GROUPS) if (!fits(groups[g], u)) throw misfit(groups[g], u, `groups.${g}`);
  }
  const g = groups as Record<GroupName, number>;
  const total = g.C + g.M + g.L + g.V + g.F + g.P + g.K;
  if (total > 1 + 1e-9) throw new SimStateError('groups', `must sum to at most 1, got ${total}`);
  if (m.saliva !== 'normal' && m.saliva !== 'dry') throw badSaliva('saliva', m.saliva);
  if (m.baseSaliva !== 'normal' && m.baseSaliva !== 'dry') {
    throw badSaliva('baseSaliva', m.baseSaliva);
  }
  numbers(m.lowPh, 24, limits.bucket, 'lowPh');
  numbers(m.acidMinutes, 24, limits.bucket, 'acidMinutes');
  // Empty (a save older than the trend) or the 24 hours.
  const trendHours = Array.isArray(m.hourlyAcidLovers) && m.hourlyAcidLovers.length === 0 ? 0 : 24;
  numbers(m.hourlyAcidLovers, trendHours, limits.hourly, 'hourlyAcidLovers');
  numbers(m.hourlyInflammation, trendHours, limits.hourly, 'hourlyInflammation');
  numbers(m.jitter, GROUPS.length, limits.jitter, 'jitter');
  const rinses = m.rinses;
  if (!Array.isArray(rinses))
    throw new SimStateError('rinses', `must be a list, got ${describe(rinses)}`);
  const { minute, dose } = limits.rinse;
  for (let i = 0; i < rinses.length; i++) {
    const r: unknown = rinses[i];
    if (!isRecord(r))
      throw new SimStateError(`rinses[${i}]`, `must be an object, got ${describe(r)}`);
    if (!fits(r.minute, minute)) throw misfit(r.minute, minute, `rinses[${i}].minute`);
    if (!fits(r.dose, dose)) throw misfit(r.dose, dose, `rinses[${i}].dose`);
  }
}
