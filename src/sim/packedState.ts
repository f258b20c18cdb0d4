// The state as the step loop sees it: every number in typed arrays at named slots. Typed
// arrays keep the optimised loop independent of object shapes (a parsed state and a built one
// have different hidden classes, and a reshaped object would make V8 throw the code away).
// The arrays are scratch, reused by every call, so a call allocates nothing per step.
import { N_GROUPS } from './chemistry';
import type { Microbiome } from './state';

/** Where each scalar of the state sits in PACKED.scalars. */
export const SLOT = {
  sugar: 0,
  acid: 1,
  ammonia: 2,
  arginine: 3,
  probiotic: 4,
  enamel: 5,
  fluoride: 6,
  chlorhexidine: 7,
  inflammation: 8,
  chewing: 9,
  flowBoost: 10,
  washout: 11,
  dryMinutes: 12,
  rng: 13,
  minute: 14,
  feastPulses: 15,
  feastNext: 16,
  feastDose: 17,
  phFloor: 18,
  lowPhHour: 19,
  storedSugar: 20,
  /** 1 while the mouth is dry, else 0. */
  dry: 21,
  /** 1 if the mouth is dry by constitution, else 0. */
  baseDry: 22,
  gumPlaque: 23,
  attachmentLoss: 24,
  retainedLactobacilli: 25,
} as const;

export const PACKED = {
  scalars: new Float64Array(26),
  /** Group abundances in group order (C, M, L, V, F, P, K). */
  groups: new Float64Array(N_GROUPS),
  lowPh: new Float64Array(24),
  acidMinutes: new Float64Array(24),
  /** M + L share and inflammation at the start of each of the last 24 hours (as lowPh). */
  hourlyAcidLovers: new Float64Array(24),
  hourlyInflammation: new Float64Array(24),
  jitter: new Float64Array(N_GROUPS),
};

/** Copies `m` into PACKED. Spelled out field by field: a loop over key names would make every access megamorphic. */
export function pack(m: Microbiome): void {
  const sc = PACKED.scalars;
  sc[SLOT.sugar] = m.sugar;
  sc[SLOT.acid] = m.acid;
  sc[SLOT.ammonia] = m.ammonia;
  sc[SLOT.arginine] = m.arginine;
  sc[SLOT.probiotic] = m.probiotic;
  sc[SLOT.enamel] = m.enamel;
  sc[SLOT.fluoride] = m.fluoride;
  sc[SLOT.chlorhexidine] = m.chlorhexidine;
  sc[SLOT.inflammation] = m.inflammation;
  sc[SLOT.chewing] = m.chewing;
  sc[SLOT.flowBoost] = m.flowBoost;
  sc[SLOT.washout] = m.washout;
  sc[SLOT.dryMinutes] = m.dryMinutes;
  sc[SLOT.rng] = m.rng;
  sc[SLOT.minute] = m.minute;
  sc[SLOT.feastPulses] = m.feastPulses;
  sc[SLOT.feastNext] = m.feastNext;
  sc[SLOT.feastDose] = m.feastDose;
  sc[SLOT.phFloor] = m.phFloor;
  sc[SLOT.lowPhHour] = m.lowPhHour;
  sc[SLOT.storedSugar] = m.storedSugar;
  sc[SLOT.dry] = m.saliva === 'dry' ? 1 : 0;
  sc[SLOT.baseDry] = m.baseSaliva === 'dry' ? 1 : 0;
  sc[SLOT.gumPlaque] = m.gumPlaque;
  sc[SLOT.attachmentLoss] = m.attachmentLoss;
  sc[SLOT.retainedLactobacilli] = m.retainedLactobacilli;
  const g = m.groups;
  const x = PACKED.groups;
  x[0] = g.C;
  x[1] = g.M;
  x[2] = g.L;
  x[3] = g.V;
  x[4] = g.F;
  x[5] = g.P;
  x[6] = g.K;
  for (let b = 0; b < 24; b++) {
    PACKED.lowPh[b] = m.lowPh[b] as number;
    PACKED.acidMinutes[b] = m.acidMinutes[b] as number;
  }
  // A state without a trend yet (a save older than it, the spin-up's blank start) starts one
  // from where it stands now: no change known.
  const fresh = m.hourlyAcidLovers.length === 0;
  const total = g.C + g.M + g.L + g.V + g.F + g.P + g.K;
  const acidLovers = total > 0 ? (g.M + g.L) / total : 0;
  for (let b = 0; b < 24; b++) {
    PACKED.hourlyAcidLovers[b] = fresh ? acidLovers : (m.hourlyAcidLovers[b] as number);
    PACKED.hourlyInflammation[b] = fresh ? m.inflammation : (m.hourlyInflammation[b] as number);
  }
  for (let i = 0; i < N_GROUPS; i++) PACKED.jitter[i] = m.jitter[i] as number;
}

/**
 * Writes PACKED back into `m`: every field the step loop changes (not feastDose, phFloor or the
 * constitutional saliva it only reads). Fresh arrays, so no earlier state shares them.
 */
export function unpack(m: Microbiome): void {
  const sc = PACKED.scalars;
  m.sugar = sc[SLOT.sugar] as number;
  m.acid = sc[SLOT.acid] as number;
  m.ammonia = sc[SLOT.ammonia] as number;
  m.arginine = sc[SLOT.arginine] as number;
  m.probiotic = sc[SLOT.probiotic] as number;
  m.enamel = sc[SLOT.enamel] as number;
  m.fluoride = sc[SLOT.fluoride] as number;
  m.chlorhexidine = sc[SLOT.chlorhexidine] as number;
  m.inflammation = sc[SLOT.inflammation] as number;
  m.chewing = sc[SLOT.chewing] as number;
  m.flowBoost = sc[SLOT.flowBoost] as number;
  m.washout = sc[SLOT.washout] as number;
  m.dryMinutes = sc[SLOT.dryMinutes] as number;
  m.rng = sc[SLOT.rng] as number;
  m.minute = sc[SLOT.minute] as number;
  m.feastPulses = sc[SLOT.feastPulses] as number;
  m.feastNext = sc[SLOT.feastNext] as number;
  m.lowPhHour = sc[SLOT.lowPhHour] as number;
  m.storedSugar = sc[SLOT.storedSugar] as number;
  m.saliva = sc[SLOT.dry] === 1 ? 'dry' : 'normal';
  m.gumPlaque = sc[SLOT.gumPlaque] as number;
  m.attachmentLoss = sc[SLOT.attachmentLoss] as number;
  m.retainedLactobacilli = sc[SLOT.retainedLactobacilli] as number;
  const g = m.groups;
  const x = PACKED.groups;
  g.C = x[0] as number;
  g.M = x[1] as number;
  g.L = x[2] as number;
  g.V = x[3] as number;
  g.F = x[4] as number;
  g.P = x[5] as number;
  g.K = x[6] as number;
  m.lowPh = toArray(PACKED.lowPh);
  m.acidMinutes = toArray(PACKED.acidMinutes);
  m.hourlyAcidLovers = toArray(PACKED.hourlyAcidLovers);
  m.hourlyInflammation = toArray(PACKED.hourlyInflammation);
  m.jitter = toArray(PACKED.jitter);
}

/** A fresh plain array of the values (Array.from on a typed array goes through an iterator). */
function toArray(a: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) out.push(a[i] as number);
  return out;
}
