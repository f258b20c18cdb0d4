// Torus's workshop: two tall vats of culture at the edges with bubbles rising in them, pipes
// across the top, a bench of jars, Torus at work and Jalen with the seed-library's ledger.
import type Phaser from 'phaser';
import { townsfolkKey } from '../sceneKeys';
import { PlaceScene } from './placeScene';

export const WORKSHOP_SCENE = 'place-workshop';

export class WorkshopScene extends PlaceScene {
  constructor() {
    super(WORKSHOP_SCENE);
  }

  protected build(): void {
    const { width: w, height: h } = this;
    const vatWidth = Math.max(18, Math.min(w * 0.07, this.frame.x + w * 0.05));
    const vats = [
      { x: w * 0.015, top: h * 0.45 },
      { x: w * 0.985 - vatWidth, top: h * 0.5 },
    ];
    const bottom = h * 0.97;
    // The pipes along the top, the vats down each side, the floor and the bench.
    const areas = [
      [0, 0, 1, 0.06],
      ...vats.map((vat) => [vat.x / w - 0.01, 0.06, (vat.x + vatWidth) / w + 0.01, 0.85] as const),
      [0, 0.85, 1, 1],
    ] as const;
    this.scenery(areas, (c) => {
      c.fillStyle = '#1e1a12';
      c.fillRect(0, h * 0.94, w, h * 0.06);
      // Pipes along the top, down into each vat.
      c.strokeStyle = '#6b6a55';
      c.lineWidth = Math.max(3, h * 0.012);
      c.beginPath();
      c.moveTo(0, h * 0.035);
      c.lineTo(w, h * 0.035);
      for (const vat of vats) {
        c.moveTo(vat.x + vatWidth / 2, h * 0.035);
        c.lineTo(vat.x + vatWidth / 2, vat.top);
      }
      c.stroke();
      for (const vat of vats) {
        c.fillStyle = 'rgba(200, 230, 210, 0.18)';
        c.beginPath();
        c.roundRect(vat.x, vat.top, vatWidth, bottom - vat.top, vatWidth * 0.3);
        c.fill();
        c.fillStyle = 'rgba(160, 220, 90, 0.55)';
        c.beginPath();
        c.roundRect(
          vat.x + 2,
          vat.top + (bottom - vat.top) * 0.3,
          vatWidth - 4,
          (bottom - vat.top) * 0.7 - 2,
          vatWidth * 0.25,
        );
        c.fill();
        c.strokeStyle = '#9a9a80';
        c.lineWidth = 2;
        c.beginPath();
        c.roundRect(vat.x, vat.top, vatWidth, bottom - vat.top, vatWidth * 0.3);
        c.stroke();
      }
      // The bench and its jars of starter.
      c.fillStyle = '#5a4226';
      c.fillRect(w * 0.3, h * 0.9, w * 0.28, h * 0.025);
      c.fillRect(w * 0.31, h * 0.925, w * 0.015, h * 0.05);
      c.fillRect(w * 0.555, h * 0.925, w * 0.015, h * 0.05);
      const jars = ['#d8f7a0', '#ffc46b', '#7fe0c4', '#f29bd2', '#9ec3ff'];
      jars.forEach((colour, i) => {
        c.fillStyle = colour;
        c.beginPath();
        c.roundRect(w * (0.33 + i * 0.045), h * 0.87, w * 0.025, h * 0.03, 3);
        c.fill();
      });
    });
    vats.forEach((vat, i) => {
      this.particles(0, 0, 'bubble', {
        x: { min: vat.x + 4, max: vat.x + vatWidth - 4 },
        y: bottom - 4,
        speedY: { min: -40, max: -18 },
        lifespan: ((bottom - vat.top) * 0.66 * 1000) / 40,
        scale: { min: 0.6, max: 1.4 },
        frequency: 180 + i * 60,
        maxAliveParticles: 14,
      });
    });
    const glow = this.add.image(w * 0.44, h * 0.87, 'glow-mint').setDisplaySize(w * 0.3, h * 0.12);
    this.loop({ targets: glow, alpha: { from: 0.2, to: 0.5 }, duration: 1400 });
    this.breathe(this.person('torus', w * 0.45, { size: 1.05 }), 1);
    this.breathe(this.person('jalen', w * 0.72, { size: 1, flip: true }), 2);
    this.breathe(this.person(townsfolkKey(4), w * 0.22, { size: 0.92 }), 3);
    this.gauge();
  }

  /** A gauge on the left vat whose needle trembles, the only reading Torus trusts. */
  private gauge(): void {
    const x = this.width * 0.2;
    const y = this.height * 0.08;
    const needle: Phaser.GameObjects.Rectangle = this.add
      .rectangle(x, y, 2, this.height * 0.03, 0xffc46b)
      .setOrigin(0.5, 1);
    this.add
      .circle(x, y, this.height * 0.018, 0x2a2a20)
      .setStrokeStyle(2, 0x9a9a80)
      .setDepth(-1);
    this.loop({ targets: needle, angle: { from: -35, to: 20 }, duration: 2600 });
  }
}
