// The festival Commons: lanterns of lantern-moss strung across the top, swaying and glowing,
// sparks rising from them, a fountain's rim, market awnings, and the four among the crowd
// (Elara on the fountain's rim, as the story opens her festival).
import { townsfolkKey } from '../sceneKeys';
import { PlaceScene, paintGround } from './placeScene';

export const COMMONS_SCENE = 'place-commons';

export class CommonsScene extends PlaceScene {
  constructor() {
    super(COMMONS_SCENE);
  }

  protected build(): void {
    const { width: w, height: h } = this;
    // Two cords of lanterns, sagging across the top of the stage, above the wall's middle.
    const cords = [
      { y: h * 0.02, sag: h * 0.09, count: 9 },
      { y: h * 0.05, sag: h * 0.07, count: 7 },
    ];
    const cordY = (cord: (typeof cords)[number], t: number) => cord.y + cord.sag * 4 * t * (1 - t);
    const areas = [
      [0, 0, 1, 0.13],
      [0, 0.69, 1, 1],
    ] as const;
    this.scenery(areas, (c) => {
      paintGround(c, w, h, { top: '#4a3a2a', bottom: '#24160f' });
      c.strokeStyle = 'rgba(40, 24, 18, 0.8)';
      c.lineWidth = 1.5;
      for (const cord of cords) {
        c.beginPath();
        for (let i = 0; i <= 24; i += 1) c.lineTo((w * i) / 24, cordY(cord, i / 24));
        c.stroke();
      }
      // The fountain's rim, bottom left, and an awning at each edge.
      c.fillStyle = '#5b4a5e';
      c.beginPath();
      c.ellipse(w * 0.16, h * 0.965, w * 0.14, h * 0.035, 0, 0, Math.PI * 2);
      c.fill();
      for (const [x, flip] of [
        [0, 1],
        [w, -1],
      ] as const) {
        for (let i = 0; i < 4; i += 1) {
          c.fillStyle = i % 2 === 0 ? '#b5523a' : '#f0d9a8';
          c.beginPath();
          c.moveTo(x + flip * i * w * 0.02, h * 0.7);
          c.lineTo(x + flip * (i + 1) * w * 0.02, h * 0.7);
          c.lineTo(x + flip * (i + 0.5) * w * 0.02, h * 0.74);
          c.fill();
        }
      }
    });
    let seed = 0;
    for (const cord of cords) {
      for (let i = 1; i < cord.count; i += 1) {
        const t = i / cord.count;
        const x = w * t;
        const y = cordY(cord, t);
        const size = Math.max(14, h * 0.045);
        const glow = this.add
          .image(x, y + size * 0.5, 'glow-warm')
          .setDisplaySize(size * 1.8, size * 1.8);
        glow.setAlpha(0.55);
        const lantern = this.add.image(x, y, 'lantern').setOrigin(0.5, 0);
        lantern.setDisplaySize(size * 0.6, size);
        seed += 1;
        // Lanterns sway on their cords and their glow breathes, each to its own beat.
        this.loop({
          targets: lantern,
          angle: { from: -5, to: 5 },
          duration: 1800 + (seed % 4) * 350,
        });
        this.loop({
          targets: glow,
          alpha: { from: 0.35, to: 0.7 },
          duration: 900 + (seed % 5) * 170,
        });
      }
    }
    this.particles(0, 0, 'ember', {
      x: { min: 0, max: w },
      y: { min: h * 0.04, max: h * 0.14 },
      speedY: { min: -14, max: -4 },
      speedX: { min: -6, max: 6 },
      lifespan: { min: 2500, max: 4500 },
      alpha: { start: 0.9, end: 0 },
      scale: { min: 0.6, max: 1.2 },
      frequency: 260,
      maxAliveParticles: 16,
    });
    // The crowd of the festival, and the four among them.
    const crowd: [string, number, number, boolean][] = [
      [townsfolkKey(0), 0.34, 0.92, false],
      [townsfolkKey(3), 0.6, 0.9, true],
      [townsfolkKey(5), 0.93, 0.95, true],
      [townsfolkKey(2), 0.05, 0.9, false],
    ];
    crowd.forEach(([who, x, size, flip], i) => {
      this.breathe(this.person(who, w * x, { size, flip }), i);
    });
    this.breathe(this.person('elara', w * 0.16, { pose: 'sit', size: 0.9, y: h * 0.975 }), 5);
    this.breathe(this.person('torus', w * 0.46, { size: 1 }), 6);
    this.breathe(this.person('kara', w * 0.72, { size: 1.02, flip: true }), 7);
    this.breathe(this.person('jalen', w * 0.84, { size: 1, flip: true }), 8);
  }
}
