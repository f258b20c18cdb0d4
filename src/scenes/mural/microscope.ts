// The microscope: the wall seen up close, through a round lens centred on one colony. It
// paints the very same mural (the same painter, the same seeds), only the frame is made
// `zoom` times larger and moved so the colony's home lands in the lens's middle: what a
// class sees under the lens is what grows on the wall, magnified. Canvas 2D, no Phaser, so
// the mural's key can show it without waiting for the stage.
import type { GroupName, MuralDescriptor } from '../../session/science';
import { canvasPen } from './canvasPen';
import { COLONIES } from './colonies';
import { lookOf } from './muralBlend';
import { type MuralFrame, MuralPainter } from './muralPainter';

/** How much larger the lens shows the wall than the stage's own frame. */
export const MICROSCOPE_ZOOM = 3.5;

/**
 * The frame to paint so that `group`'s home sits at the middle of a lens `size` pixels
 * across, the wall `zoom` times as large as a wall that would fill the lens. Pure.
 */
export function lensFrame(group: GroupName, size: number, zoom = MICROSCOPE_ZOOM): MuralFrame {
  const height = size * zoom;
  const width = height * 1.2;
  const colony = COLONIES[group];
  return { x: size / 2 - width * colony.x, y: size / 2 - height * colony.y, width, height };
}

let painter: MuralPainter | null = null;

/** Paints the lens onto `canvas` (its CSS size `size`, sharp at the screen's pixel ratio). */
export function paintMicroscope(
  canvas: HTMLCanvasElement,
  mural: MuralDescriptor,
  group: GroupName,
  size: number,
  ratio = window.devicePixelRatio || 1,
): void {
  painter ??= new MuralPainter();
  canvas.width = Math.round(size * ratio);
  canvas.height = Math.round(size * ratio);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.save();
  context.beginPath();
  context.arc(size / 2, size / 2, size / 2 - 2, 0, Math.PI * 2);
  context.clip();
  // Still (motion 0): a specimen under glass, the same picture every time it is opened.
  painter.paint(canvasPen(context), lookOf(mural), lensFrame(group, size), 0, 0);
  context.restore();
  // The lens's rim.
  context.lineWidth = 3;
  context.strokeStyle = '#cfe8e2';
  context.beginPath();
  context.arc(size / 2, size / 2, size / 2 - 2, 0, Math.PI * 2);
  context.stroke();
}

/** Paints one cell of each group (the key's pictures), `size` CSS px square each. */
export function paintSpecimen(
  canvas: HTMLCanvasElement,
  group: GroupName,
  colour: string,
  size: number,
  ratio = window.devicePixelRatio || 1,
): void {
  painter ??= new MuralPainter();
  canvas.width = Math.round(size * ratio);
  canvas.height = Math.round(size * ratio);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  painter.paintSpecimen(canvasPen(context), group, colour, size / 2, size / 2, size * 0.15);
}
