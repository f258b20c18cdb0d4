import { bufferOf, criticalPhOf, phOf, salivaryFlow } from './chemistry';
import { BACTERIAL_GROUPS, GROUPS, type GroupName } from './groups';
import type { Microbiome } from './state';

/** Plaque pH from acid, ammonia and the current salivary buffering, clamped to [3.5, 8]. */
export function ph(m: Microbiome): number {
  return phOf(
    m.acid,
    m.ammonia,
    bufferOf(salivaryFlow(m.saliva === 'dry', m.chewing, m.flowBoost)),
  );
}

/** Enamel critical pH: 5.5 for hydroxyapatite, lowered by fluoride towards 4.5. */
export function criticalPh(m: Microbiome): number {
  return criticalPhOf(m.fluoride);
}

export function totalBiomass(m: Microbiome): number {
  let t = 0;
  for (const g of GROUPS) t += m.groups[g];
  return t;
}

export function shares(m: Microbiome): Record<GroupName, number> {
  const t = totalBiomass(m);
  const out = { C: 0, M: 0, L: 0, V: 0, F: 0, P: 0, K: 0 };
  if (t <= 0) return out;
  for (const g of GROUPS) out[g] = m.groups[g] / t;
  return out;
}

/** Shannon H' over the bacterial groups (the brief leaves Candida out of diversity). */
export function shannon(m: Microbiome): number {
  let t = 0;
  for (const g of BACTERIAL_GROUPS) t += m.groups[g];
  if (t <= 0) return 0;
  let hSum = 0;
  for (const g of BACTERIAL_GROUPS) {
    const p = m.groups[g] / t;
    if (p > 0) hSum -= p * Math.log(p);
  }
  return hSum;
}

/** Pielou evenness J = H' / ln n, 0 for a monoculture, 1 when all bacterial groups are equal. */
export function evenness(m: Microbiome): number {
  return shannon(m) / Math.log(BACTERIAL_GROUPS.length);
}

export function minutesBelowCriticalPh(m: Microbiome): number {
  let sum = 0;
  for (const b of m.lowPh) sum += b;
  return Math.min(1440, sum);
}

/** Minutes of the last 24 simulated hours with plaque pH below 5.7 (acid stress short of harm). */
export function minutesBelowSafePh(m: Microbiome): number {
  let sum = 0;
  for (const b of m.acidMinutes) sum += b;
  return Math.min(1440, sum);
}

/** How far back the ending rule remembers chlorhexidine rinses. */
export const RINSE_WINDOW_MINUTES = 72 * 60;

/** Chlorhexidine used in the last 72 simulated hours, in full-strength rinses (sum of doses). */
export function recentRinses(m: Microbiome): number {
  let sum = 0;
  for (const r of m.rinses) if (r.minute > m.minute - RINSE_WINDOW_MINUTES) sum += r.dose;
  return sum;
}

/**
 * Health 0-1 (brief section B): 0.30 E + 0.25 (1 - f_acid) + 0.25 (1 - I) + 0.20 (C + V) / sum X.
 * Diversity is deliberately absent: it falls in caries but rises in periodontitis.
 */
export function health(m: Microbiome): number {
  const fAcid = minutesBelowCriticalPh(m) / 1440;
  const t = totalBiomass(m);
  const friendly = t > 0 ? (m.groups.C + m.groups.V) / t : 0;
  const value = 0.3 * m.enamel + 0.25 * (1 - fAcid) + 0.25 * (1 - m.inflammation) + 0.2 * friendly;
  return value < 0 ? 0 : Math.min(value, 1);
}

/** The acid-lover share (M + L) and gum inflammation where the community is heading. */
export interface Heading {
  acidLovers: number;
  inflammation: number;
}

/**
 * Where the acid-lover share and the gum inflammation are heading: each as it stands, moved on
 * by its change over the last day (since the start of the hour 23 hours before the current one,
 * hourlyAcidLovers and hourlyInflammation) carried `horizonHours` further at the same pace, and
 * kept within 0-1. With no day of history (a save older than the trend) it is where they stand.
 */
export function heading(m: Microbiome, horizonHours: number): Heading {
  const s = shares(m);
  const acidLovers = s.M + s.L;
  if (m.hourlyAcidLovers.length !== 24) return { acidLovers, inflammation: m.inflammation };
  const b = (((m.lowPhHour + 1) % 24) + 24) % 24;
  // Minutes since that bucket was written, at the start of hour lowPhHour - 23.
  const since = m.minute - 60 * (m.lowPhHour - 23);
  const ahead = since > 0 ? (60 * horizonHours) / since : 0;
  const project = (now: number, then: number): number => {
    const x = now + (now - then) * ahead;
    return x < 0 ? 0 : Math.min(x, 1);
  };
  return {
    acidLovers: project(acidLovers, m.hourlyAcidLovers[b] as number),
    inflammation: project(m.inflammation, m.hourlyInflammation[b] as number),
  };
}
