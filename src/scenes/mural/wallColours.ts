// The mural's colours from its look: the wall, its inner light, its rim and each colony's
// tint. Kept apart from the painter's shapes so both stay a readable size.
import type { GroupName } from '../../session/science';
import { hex, hsl, mix } from './colour';
import type { MuralLook } from './muralBlend';

/** A colony's colour: its group's own, greying as antiseptic washes the wall out. */
export function colonyColour(look: MuralLook, group: GroupName): number {
  return mix(hex(look.colours[group] ?? '#ffffff'), 0x9a9c96, Math.min(1, look.wash * 1.1));
}

/** Eases in and out between 0 and 1. */
export function smooth(t: number): number {
  const k = Math.min(1, Math.max(0, t));
  return k * k * (3 - 2 * k);
}

/** The wall's ground and rim colours, and the saturation its inner light shares. */
export function wallColours(look: MuralLook) {
  // Antiseptic drains the colour first: at a wash of 0.7 about a fifth of it is left.
  const saturation = (0.5 + look.bloom * 0.3) * Math.max(0, 1 - look.wash * 1.15);
  return {
    saturation,
    // Antiseptic bleaches the wall towards a pale, bare surface.
    wall: hsl(look.hue, saturation, 0.15 + look.bloom * 0.05 + look.wash * 0.62),
    rim: hsl(look.hue, saturation, 0.45 + look.wash * 0.3),
  };
}

/** The soft inner light: rings a little lighter and warmer towards the middle. */
export function ringColour(look: MuralLook, ring: number, saturation: number): number {
  return hsl(look.hue + ring * 8, saturation, 0.2 + ring * 0.02 + look.wash * 0.5);
}
