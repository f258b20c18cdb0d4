// Microscope mode on the stage: the stage's camera zooms into the plaque around one colony.
// The mural's key (ui/muralKey.ts) asks for it by writing the group into the stage element's
// `data-microscope` attribute (empty: no microscope); the stage (stage.ts) follows that
// attribute and clears it itself when the story moves to another place. One attribute both
// ways, so neither side imports the other, the key works before Phaser has loaded, and a
// browser test can read what the stage shows. Pure arithmetic here, tested in Node.
import type { GroupName } from '../../session/science';
import { COLONIES } from './colonies';
import type { MuralFrame } from './muralFrame';

/** How many times larger the microscope shows the wall than the stage does. */
export const MICROSCOPE_ZOOM = 3.5;

/** The stage element's attribute that holds the group under the microscope. */
export const MICROSCOPE_ATTRIBUTE = 'data-microscope';

/** What the zoomed camera shows, in the stage's CSS pixels: its top-left corner and zoom. */
export interface MicroscopeView {
  left: number;
  top: number;
  zoom: number;
}

/**
 * The part of the stage the microscope shows around `group`'s home on the wall: the colony
 * in the middle where it can be, moved only as far as it takes to keep the view on the wall
 * (a colony near the gum line is seen with the wall's foot at the view's edge, not the
 * ground under it). A view wider or taller than the wall is centred on it.
 */
export function microscopeView(
  frame: MuralFrame,
  stage: { width: number; height: number },
  group: GroupName,
  zoom = MICROSCOPE_ZOOM,
): MicroscopeView {
  const width = stage.width / zoom;
  const height = stage.height / zoom;
  const colony = COLONIES[group];
  const keepOn = (centre: number, size: number, start: number, length: number) => {
    if (size >= length) return start + (length - size) / 2;
    return Math.min(start + length - size, Math.max(start, centre - size / 2));
  };
  return {
    left: keepOn(frame.x + frame.width * colony.x, width, frame.x, frame.width),
    top: keepOn(frame.y + frame.height * colony.y, height, frame.y, frame.height),
    zoom,
  };
}

/** The stage point (CSS pixels) under a point of the zoomed view (CSS pixels of the view). */
export function throughMicroscope(
  view: MicroscopeView,
  x: number,
  y: number,
): { x: number; y: number } {
  return { x: view.left + x / view.zoom, y: view.top + y / view.zoom };
}

/** The group a `data-microscope` value names, or null. */
export function microscopeGroup(value: string | null | undefined): GroupName | null {
  return value && Object.hasOwn(COLONIES, value) ? (value as GroupName) : null;
}
