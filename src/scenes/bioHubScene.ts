// The one Phaser scene of the slice: a backdrop of the bio-hub with Kara's living mural
// on its wall. It only paints what it is told; it never touches game state.
//
// Two layers keep a frame cheap where there is no GPU to draw it (software WebGL, or
// Canvas 2D on the CPU): the large still shapes (sky, domes, the wall and its inner light)
// are painted into a canvas texture only when they change, during a change of place or of
// mural state; every frame repaints only what lives and moves (spores, colonies, glow, rim).
import Phaser from 'phaser';
import type { MuralDescriptor } from '../session/science';
import { BackdropPainter, paintSky, paintSpores } from './backdropPainter';
import { canvasPen } from './mural/canvasPen';
import { blendLook, easeFraction, lookOf, type MuralLook } from './mural/muralBlend';
import { muralFrame } from './mural/muralFrame';
import { MuralPainter } from './mural/muralPainter';
import { muralSwell } from './mural/muralPulse';
import { timePaints, wantsPaintTiming } from './paintTiming';

export const BIO_HUB_SCENE = 'bio-hub';
const STILL_LAYER = 'bio-hub-still';

export class BioHubScene extends Phaser.Scene {
  private backdrop = new BackdropPainter();
  private mural = new MuralPainter();
  private still!: Phaser.Textures.CanvasTexture;
  /** What the still layer shows now; repainted when this changes. */
  private stillKey = '';
  private life!: Phaser.GameObjects.Graphics;
  private shown: MuralLook | null = null;
  private target: MuralLook | null = null;
  private seconds = 0;
  /** When the last `# mural: pulse` arrived, on the scene's clock (none yet: -Infinity). */
  private pulsedAt = Number.NEGATIVE_INFINITY;
  motion = 1;

  constructor() {
    super(BIO_HUB_SCENE);
  }

  create(): void {
    const still = this.textures.createCanvas(STILL_LAYER, 1, 1);
    if (!still) throw new Error(`texture ${STILL_LAYER} already exists`);
    this.still = still;
    this.add.image(0, 0, STILL_LAYER).setOrigin(0, 0);
    this.life = this.add.graphics();
    // Only for the browser bench (`?bench`): the stage's own time per painted frame.
    if (wantsPaintTiming(window.location.search)) timePaints(this.game);
    this.events.emit('ready');
  }

  showMural(descriptor: MuralDescriptor): void {
    this.target = lookOf(descriptor);
    this.shown ??= this.target;
  }

  showBackdrop(name: string): void {
    this.backdrop.show(name);
  }

  /** The colonies swell and glow once (a still highlight with reduced motion). */
  pulseMural(): void {
    this.pulsedAt = this.seconds;
  }

  override update(_time: number, deltaMs: number): void {
    const delta = Math.min(deltaMs, 100) / 1000;
    this.seconds += delta;
    const { width, height } = this.scale;
    const palette = this.backdrop.advance(delta);
    if (this.target && this.shown) {
      this.shown = blendLook(this.shown, this.target, easeFraction(delta * 1000, 450));
    }
    const look = this.shown;
    const frame = look ? muralFrame(width, height) : null;

    const key = [
      width,
      height,
      palette.skyTop,
      palette.skyBottom,
      palette.domes,
      look && frame ? this.mural.wallKey(look, frame) : '',
    ].join(' ');
    if (key !== this.stillKey) {
      this.stillKey = key;
      // Only a change of size clears the canvas; the sky then covers all of it anyway.
      this.still.setSize(Math.max(1, Math.ceil(width)), Math.max(1, Math.ceil(height)));
      paintSky(this.still.context, palette, width, height);
      if (look && frame) this.mural.paintWall(canvasPen(this.still.context), look, frame);
      // Uploads the layer under WebGL; nothing to do under Canvas 2D.
      this.still.refresh();
    }

    this.life.clear();
    paintSpores(this.life, palette, width, height, this.seconds, this.motion, frame);
    if (look && frame) {
      const swell = muralSwell(this.seconds - this.pulsedAt, this.motion);
      this.mural.paintLife(this.life, look, frame, this.seconds, this.motion, swell);
    }
  }
}
