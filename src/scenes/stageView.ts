// What every scene of the stage shares: scene coordinates are CSS pixels, and the game's
// canvas has `resolution` device pixels to each (devicePixelRatio, at most 2), so the stage
// is sharp on high-DPI screens. Each scene's camera zooms by the resolution to map one onto
// the other; painted textures are made at the resolution and shown at 1/resolution.
import type Phaser from 'phaser';
import { DATA } from './sceneKeys';

export function resolutionOf(scene: Phaser.Scene): number {
  const value = scene.registry.get(DATA.resolution);
  return typeof value === 'number' && value > 0 ? value : 1;
}

/** Whether things may move (false under prefers-reduced-motion or the game's setting). */
export function motionOf(scene: Phaser.Scene): boolean {
  return scene.registry.get(DATA.motion) !== false;
}

/** Fits the scene's camera to the canvas and returns the scene's size in CSS pixels. */
export function fitCamera(scene: Phaser.Scene): { width: number; height: number } {
  const resolution = resolutionOf(scene);
  const camera = scene.cameras.main;
  camera.setSize(scene.scale.width, scene.scale.height);
  camera.setOrigin(0, 0);
  camera.setZoom(resolution);
  return { width: scene.scale.width / resolution, height: scene.scale.height / resolution };
}

/**
 * Paints `paint` (in CSS pixels, `width` x `height`) into the canvas texture `key` at the
 * stage's resolution, replacing the texture if it exists; returns the key.
 */
export function paintTexture(
  scene: Phaser.Scene,
  key: string,
  width: number,
  height: number,
  paint: (context: CanvasRenderingContext2D) => void,
): string {
  const resolution = resolutionOf(scene);
  if (scene.textures.exists(key)) scene.textures.remove(key);
  const texture = scene.textures.createCanvas(
    key,
    Math.max(1, Math.ceil(width * resolution)),
    Math.max(1, Math.ceil(height * resolution)),
  );
  if (!texture) throw new Error(`texture ${key} could not be made`);
  texture.context.setTransform(resolution, 0, 0, resolution, 0, 0);
  paint(texture.context);
  texture.refresh();
  return key;
}
