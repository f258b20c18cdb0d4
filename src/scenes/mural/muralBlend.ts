// Mural changes are animated, never jumps: the painter eases what it shows towards the
// simulation's latest descriptor. Pure, so it is tested without a browser.
import type { GroupName, MuralDescriptor } from '../../session/science';

/** The continuous part of a mural descriptor, the part that can be eased. */
export type MuralLook = Omit<MuralDescriptor, 'state' | 'groups'> & {
  shares: Record<GroupName, number>;
  colours: Record<GroupName, string>;
};

export function lookOf(descriptor: MuralDescriptor): MuralLook {
  const shares = {} as Record<GroupName, number>;
  const colours = {} as Record<GroupName, string>;
  for (const { group, share, colour } of descriptor.groups) {
    shares[group] = share;
    colours[group] = colour;
  }
  return {
    hue: descriptor.hue,
    pulse: descriptor.pulse,
    cracks: descriptor.cracks,
    glow: descriptor.glow,
    wash: descriptor.wash,
    bloom: descriptor.bloom,
    shares,
    colours,
  };
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/** Moves `from` a fraction `t` (0..1) of the way to `to`. */
export function blendLook(from: MuralLook, to: MuralLook, t: number): MuralLook {
  const k = Math.min(1, Math.max(0, t));
  const shares = { ...to.shares };
  for (const group of Object.keys(to.shares) as GroupName[]) {
    shares[group] = lerp(from.shares[group] ?? 0, to.shares[group], k);
  }
  return {
    // Hue travels the short way round the colour wheel.
    hue: (from.hue + shortestTurn(from.hue, to.hue) * k + 360) % 360,
    pulse: lerp(from.pulse, to.pulse, k),
    cracks: lerp(from.cracks, to.cracks, k),
    glow: lerp(from.glow, to.glow, k),
    wash: lerp(from.wash, to.wash, k),
    bloom: lerp(from.bloom, to.bloom, k),
    shares,
    colours: to.colours,
  };
}

function shortestTurn(from: number, to: number): number {
  return ((((to - from) % 360) + 540) % 360) - 180;
}

/** Frame-rate independent easing: the share of the gap to close after `ms`. */
export function easeFraction(ms: number, halfLifeMs: number): number {
  return 1 - 0.5 ** (ms / halfLifeMs);
}
