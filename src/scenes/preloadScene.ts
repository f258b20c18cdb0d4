// Paints, once, every texture the places share: the four characters and the townsfolk in
// the portraits' style (figurePainter.ts), standing and seated; a spore in each place's
// colour (Phaser's Canvas renderer draws no tints, so each colour is its own texture); the
// lanterns, glows, embers, bubbles and motes the particle emitters and tweens move. Then it
// starts the bio-hub. Procedural art only: nothing is fetched.
import Phaser from 'phaser';
import { ROLE_IDS } from '../session/roles';
import { BACKDROPS } from './backdropPainter';
import {
  CHARACTER_LOOKS,
  FIGURE_HEIGHT,
  FIGURE_WIDTH,
  type FigureLook,
  paintFigure,
  TOWNSFOLK_LOOKS,
} from './figurePainter';
import { BIO_HUB_SCENE, figureKey, PRELOAD_SCENE, sporeKey, townsfolkKey } from './sceneKeys';
import { paintTexture } from './stageView';

/** Figures are painted at up to this many CSS pixels high before the camera's zoom. */
const FIGURE_TEXTURE_HEIGHT = 240;

const css = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;

export class PreloadScene extends Phaser.Scene {
  constructor() {
    super(PRELOAD_SCENE);
  }

  create(): void {
    const figure = (who: string, look: FigureLook) => {
      for (const pose of ['stand', 'sit'] as const) {
        const scale = FIGURE_TEXTURE_HEIGHT / FIGURE_HEIGHT;
        paintTexture(
          this,
          figureKey(who, pose),
          FIGURE_WIDTH * scale,
          FIGURE_TEXTURE_HEIGHT,
          (c) => {
            c.scale(scale, scale);
            paintFigure(c, look, pose);
          },
        );
      }
    };
    for (const role of ROLE_IDS) figure(role, CHARACTER_LOOKS[role]);
    TOWNSFOLK_LOOKS.forEach((look, i) => {
      figure(townsfolkKey(i), look);
    });

    for (const [place, palette] of Object.entries(BACKDROPS)) {
      paintTexture(this, sporeKey(place), 12, 12, (c) => softDot(c, 6, css(palette.spores)));
    }
    paintTexture(this, 'glow-warm', 64, 64, (c) => softDot(c, 32, '#ffc46b'));
    paintTexture(this, 'glow-mint', 64, 64, (c) => softDot(c, 32, '#7fe0c4'));
    paintTexture(this, 'glow-rose', 64, 64, (c) => softDot(c, 32, '#ffc9f0'));
    paintTexture(this, 'ember', 8, 8, (c) => softDot(c, 4, '#ffb36b'));
    paintTexture(this, 'mote', 16, 16, (c) => softDot(c, 8, '#fff6c8'));
    paintTexture(this, 'bubble', 10, 10, (c) => {
      c.strokeStyle = 'rgba(216, 247, 160, 0.9)';
      c.lineWidth = 1.2;
      c.beginPath();
      c.arc(5, 5, 3.6, 0, Math.PI * 2);
      c.stroke();
    });
    paintTexture(this, 'lantern', 24, 40, paintLantern);
    this.scene.start(BIO_HUB_SCENE);
  }
}

/** A round glow fading from `colour` at the centre to nothing at `radius`. */
function softDot(c: CanvasRenderingContext2D, radius: number, colour: string): void {
  const glow = c.createRadialGradient(radius, radius, 0, radius, radius, radius);
  glow.addColorStop(0, colour);
  glow.addColorStop(0.35, colour);
  glow.addColorStop(1, 'rgba(0, 0, 0, 0)');
  c.fillStyle = glow;
  c.fillRect(0, 0, radius * 2, radius * 2);
}

/** A paper lantern of lantern-moss on its cord: warm body, darker ribs, a cap and a tassel. */
function paintLantern(c: CanvasRenderingContext2D): void {
  c.strokeStyle = '#3a2a1c';
  c.lineWidth = 1.5;
  c.beginPath();
  c.moveTo(12, 0);
  c.lineTo(12, 6);
  c.stroke();
  c.fillStyle = '#3a2a1c';
  c.fillRect(7, 5, 10, 3);
  const body = c.createRadialGradient(12, 20, 2, 12, 20, 12);
  body.addColorStop(0, '#fff1c4');
  body.addColorStop(0.6, '#ffb454');
  body.addColorStop(1, '#d9663a');
  c.fillStyle = body;
  c.beginPath();
  c.ellipse(12, 20, 10, 12, 0, 0, Math.PI * 2);
  c.fill();
  c.strokeStyle = 'rgba(90, 40, 20, 0.45)';
  c.lineWidth = 1;
  for (const rx of [4, 8]) {
    c.beginPath();
    c.ellipse(12, 20, rx, 12, 0, 0, Math.PI * 2);
    c.stroke();
  }
  c.fillStyle = '#3a2a1c';
  c.fillRect(8, 31, 8, 2.5);
  c.strokeStyle = '#d9663a';
  c.beginPath();
  c.moveTo(12, 33);
  c.lineTo(12, 39);
  c.stroke();
}
