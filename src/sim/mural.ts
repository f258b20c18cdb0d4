import { type EndingName, judgeEnding } from './ending';
import { GROUPS, type GroupName } from './groups';
import {
  criticalPh,
  evenness,
  health,
  minutesBelowCriticalPh,
  ph,
  shares,
  totalBiomass,
} from './metrics';
import type { Microbiome } from './state';

/** The mural's six states, from the calmest; every list of them is this one. */
export const MURAL_STATE_NAMES = [
  'serene',
  'vibrant',
  'anxious',
  'acidic',
  'inflamed',
  'scorched',
] as const;
export type MuralStateName = (typeof MURAL_STATE_NAMES)[number];

export interface MuralDescriptor {
  state: MuralStateName;
  /** Degrees: ~200 teal at pH 7, falling to 0 (red) at pH 5.5 and below. */
  hue: number;
  /** 0-1 acid stress: drives the pulsing rate. */
  pulse: number;
  /** 0-1 enamel damage. */
  cracks: number;
  /** 0-1 gum inflammation. */
  glow: number;
  /** 0-1 washed out after antiseptic. */
  wash: number;
  /** 0-1 flourishing colour. */
  bloom: number;
  groups: Array<{ group: GroupName; share: number; colour: string }>;
}

export const GROUP_COLOURS: Record<GroupName, string> = {
  C: '#3fb8a9',
  M: '#e0573a',
  L: '#f2a03d',
  V: '#7b8fe0',
  F: '#9b5fc0',
  P: '#c2185b',
  K: '#d8d05a',
};

export const MURAL_DESCRIPTIONS: Record<MuralStateName, string> = {
  serene:
    'Calm teal waters ripple slowly across the wall, dotted with steady green colonies that ' +
    'breathe in time with one another.',
  vibrant:
    'The mural bursts with interlocking blooms of teal, violet and gold, every colony bright ' +
    'and distinct, like a coral reef at noon.',
  anxious:
    'The teal flickers towards amber and the colonies pulse faster, as if the whole wall were ' +
    'holding its breath.',
  acidic:
    'Red and orange swarms flood the wall, the background bleeds to rust and fine cracks ' +
    'spread through the pale enamel border.',
  inflamed:
    'A deep crimson glow throbs along the lower edge of the mural where dark violet threads ' +
    'tangle into the reddened gum line.',
  scorched:
    'The wall is bleached almost white, a few grey specks clinging to an almost empty ' +
    'expanse where colour used to be.',
};

const clamp01 = (x: number): number => (x < 0 ? 0 : Math.min(x, 1));

/**
 * The mural's state is the ending's verdict, one predicate for both (ending.ts): the wall
 * never shows an ending the story would not give. A flourishing mouth is vibrant or serene by
 * its bloom. What changes minute by minute (a snack's acid, a rinse's bleaching) shows in the
 * continuous fields (hue, pulse, wash), not in the state.
 */
const MURAL_OF_ENDING: Record<EndingName, MuralStateName | undefined> = {
  scorched: 'scorched',
  acid_takeover: 'acidic',
  inflamed: 'inflamed',
  fragile: 'anxious',
  flourishing: undefined,
};

/** Pure function of the state: the renderer maps these numbers onto the mural. */
export function muralState(m: Microbiome): MuralDescriptor {
  const pH = ph(m);
  const pHc = criticalPh(m);
  const s = shares(m);
  const fAcid = minutesBelowCriticalPh(m) / 1440;
  const hue = pH >= 7 ? Math.min(230, 200 + 30 * (pH - 7)) : 200 * clamp01((pH - 5.5) / 1.5);
  // Acid stress: how far the pH is heading towards the critical pH now, plus how long it was
  // below it today (two hours below counts as full stress).
  const pulse = clamp01(Math.max((6.8 - pH) / (6.8 - pHc), fAcid * 12));
  const cracks = clamp01((1 - m.enamel) * 4);
  const glow = clamp01(m.inflammation);
  const biomass = totalBiomass(m);
  const wash = clamp01(Math.max(m.washout, m.washout > 0.05 ? 1 - biomass / 0.3 : 0));
  const hl = health(m);
  const even = evenness(m);
  const bloom = clamp01(((hl - 0.6) / 0.35) * Math.min(1, even / 0.45) * (1 - wash));

  const state = MURAL_OF_ENDING[judgeEnding(m).ending] ?? (bloom > 0.75 ? 'vibrant' : 'serene');

  return {
    state,
    hue,
    pulse,
    cracks,
    glow,
    wash,
    bloom,
    groups: GROUPS.map((g) => ({ group: g, share: s[g], colour: GROUP_COLOURS[g] })),
  };
}
