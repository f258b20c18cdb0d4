// The one Phaser scene of the slice: a backdrop of the bio-hub with Kara's living mural
// on its wall. It only paints what it is told; it never touches game state.
import Phaser from 'phaser';
import type { MuralDescriptor } from '../sim';
import { BackdropPainter } from './backdropPainter';
import { blendLook, easeFraction, lookOf, type MuralLook } from './mural/muralBlend';
import { MuralPainter } from './mural/muralPainter';

export const BIO_HUB_SCENE = 'bio-hub';

export class BioHubScene extends Phaser.Scene {
  private backdrop!: BackdropPainter;
  private mural!: MuralPainter;
  private muralGraphics!: Phaser.GameObjects.Graphics;
  private shown: MuralLook | null = null;
  private target: MuralLook | null = null;
  private seconds = 0;
  motion = 1;

  constructor() {
    super(BIO_HUB_SCENE);
  }

  create(): void {
    this.backdrop = new BackdropPainter(this.add.graphics());
    this.muralGraphics = this.add.graphics();
    this.mural = new MuralPainter(this.muralGraphics);
    this.events.emit('ready');
  }

  showMural(descriptor: MuralDescriptor): void {
    this.target = lookOf(descriptor);
    this.shown ??= this.target;
  }

  showBackdrop(name: string): void {
    this.backdrop?.show(name);
  }

  override update(_time: number, deltaMs: number): void {
    const delta = Math.min(deltaMs, 100) / 1000;
    this.seconds += delta;
    const { width, height } = this.scale;
    this.backdrop.paint(width, height, this.seconds, delta, this.motion);
    if (!this.target || !this.shown) return;
    this.shown = blendLook(this.shown, this.target, easeFraction(delta * 1000, 450));
    const size = Math.min(width * 0.86, height * 0.8);
    const frame = {
      x: (width - size * 1.2) / 2,
      y: (height - size) / 2,
      width: size * 1.2,
      height: size,
    };
    if (frame.width > width * 0.94) {
      frame.width = width * 0.94;
      frame.x = width * 0.03;
    }
    this.muralGraphics.clear();
    this.mural.paint(this.shown, frame, this.seconds, this.motion);
  }
}
