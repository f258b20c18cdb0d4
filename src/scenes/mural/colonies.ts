// Where each group's colony lives on the wall, what shape it grows in, and which colony a
// point of the wall belongs to. Shared by the painter (where to grow), the mural's key (the
// shape it names), a tap on the stage (which card to open) and the microscope (where to
// look). Pure arithmetic, so it is tested in Node.
import type { GroupName } from '../../session/science';
import type { MuralFrame } from './muralFrame';

/** The shape a group has under a microscope, as the wall grows it. */
export type Form = 'chain' | 'rod' | 'pair' | 'spindle' | 'speck' | 'yeast';

export interface Colony {
  form: Form;
  /** Home on the wall, as fractions of the frame. */
  x: number;
  y: number;
  /** How far the colony may spread, as a fraction of the frame's smaller side. */
  reach: number;
  /** The most cells (or chains) it grows when its share is large. */
  most: number;
}

export const COLONIES: Record<GroupName, Colony> = {
  C: { form: 'chain', x: 0.3, y: 0.34, reach: 0.26, most: 30 },
  M: { form: 'chain', x: 0.72, y: 0.28, reach: 0.22, most: 24 },
  L: { form: 'rod', x: 0.78, y: 0.64, reach: 0.2, most: 22 },
  V: { form: 'pair', x: 0.46, y: 0.6, reach: 0.22, most: 26 },
  F: { form: 'spindle', x: 0.5, y: 0.44, reach: 0.4, most: 14 },
  P: { form: 'speck', x: 0.36, y: 0.86, reach: 0.22, most: 24 },
  K: { form: 'yeast', x: 0.16, y: 0.66, reach: 0.16, most: 10 },
};

export const COLONY_GROUPS = Object.keys(COLONIES) as GroupName[];

/** The shape in words, as the key says it beside its picture. */
export const FORM_WORDS: Record<Form, string> = {
  chain: 'chains of round beads',
  rod: 'short rods',
  pair: 'tiny paired dots',
  spindle: 'long thin threads',
  speck: 'dark specks at the gum line',
  yeast: 'budding ovals with threads',
};

/**
 * How many of a colony's cells survive on a washed-out wall: after antiseptic most of the
 * community is gone, so the wall shows few colonies on a bare surface, not every colony
 * faded (a wash of 0.7 leaves about a fifth).
 */
export function survivors(wash: number): number {
  const left = 1 - Math.min(1, Math.max(0, wash));
  return left * Math.sqrt(left);
}

/** How many cells a colony of this share grows, on a wall washed out by `wash`. */
export function cellCount(group: GroupName, share: number, wash: number): number {
  const colony = COLONIES[group];
  const grown = colony.most * Math.min(1, 0.12 + share * 2.2) * survivors(wash);
  return Math.max(1, Math.round(grown));
}

/** How far (px) a colony of this share spreads from home in `frame`. */
export function reachOf(group: GroupName, share: number, frame: MuralFrame): number {
  const unit = Math.min(frame.width, frame.height);
  return unit * COLONIES[group].reach * (0.45 + Math.min(1, share * 2) * 0.55);
}

/** A colony's home in `frame`, in the frame's pixels. */
export function colonyHome(group: GroupName, frame: MuralFrame): { x: number; y: number } {
  const colony = COLONIES[group];
  return { x: frame.x + frame.width * colony.x, y: frame.y + frame.height * colony.y };
}

/** The smallest share the painter draws: below it a group is absent from the wall. */
export const SHOWN_SHARE = 0.002;

/**
 * The colony a point of the wall belongs to, for a tap or a click: of the colonies the wall
 * shows, the one whose home is nearest relative to its spread, if the point lies within its
 * spread (a little beyond, so a small colony is not too small to hit). Null off the wall or
 * between colonies.
 */
export function colonyAt(
  shares: Partial<Record<GroupName, number>>,
  frame: MuralFrame,
  x: number,
  y: number,
): GroupName | null {
  if (x < frame.x || y < frame.y || x > frame.x + frame.width || y > frame.y + frame.height) {
    return null;
  }
  const unit = Math.min(frame.width, frame.height);
  let best: GroupName | null = null;
  let bestFit = Number.POSITIVE_INFINITY;
  for (const group of COLONY_GROUPS) {
    const share = shares[group] ?? 0;
    if (share < SHOWN_SHARE) continue;
    const home = colonyHome(group, frame);
    // At least a tenth of the wall: a finger is about that wide on a phone's mural strip.
    const radius = Math.max(reachOf(group, share, frame), unit * 0.1);
    const fit = Math.hypot(x - home.x, y - home.y) / radius;
    if (fit <= 1 && fit < bestFit) {
      best = group;
      bestFit = fit;
    }
  }
  return best;
}
