// The names the stage's scenes, shared data and textures go by, in one place so scenes can
// find each other without importing each other.
import type { Pose } from './figurePainter';

export const BOOT_SCENE = 'boot';
export const PRELOAD_SCENE = 'preload';
export const BIO_HUB_SCENE = 'bio-hub';
/** The hub's own event once its layers exist (Phaser's own 'ready' comes before create). */
export const HUB_READY = 'hub-ready';

/** Registry keys the stage sets (stage.ts) and the scenes read. */
export const DATA = {
  /** Device pixels per CSS pixel. */
  resolution: 'resolution',
  /** False with reduced motion. */
  motion: 'motion',
  /** Whether the wall takes strokes now (the aftermath). */
  wallOpen: 'wall-open',
  /** The paint the player has picked (a StrokeColour). */
  brush: 'brush',
  /** A stroke being painted with the keyboard, as wall points, or null. */
  keyboardStroke: 'keyboard-stroke',
  /** The group the microscope shows (a GroupName), or null: the whole stage (microscopeView.ts). */
  microscope: 'microscope',
} as const;

/** Game events the scenes emit for the stage's listeners (stage.ts). */
export const STAGE_EVENTS = {
  /** A stroke finished by pointer: (stroke: MuralStroke). */
  stroke: 'wall-stroke',
} as const;

export const figureKey = (who: string, pose: Pose) => `figure-${who}-${pose}`;
export const sporeKey = (place: string) => `spore-${place}`;
export const townsfolkKey = (i: number) => `townsfolk-${i}`;
