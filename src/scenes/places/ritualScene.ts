// The ritual: the Bowl on its plinth at the foot of the wall, candles along the ground whose
// flames flicker, the hub hand in hand around it, and the pulse: rings of light going out
// from the Bowl and motes rising from it.
import { townsfolkKey } from '../sceneKeys';
import { PlaceScene, paintGround } from './placeScene';

export const RITUAL_SCENE = 'place-ritual';

export class RitualScene extends PlaceScene {
  constructor() {
    super(RITUAL_SCENE);
  }

  protected build(): void {
    const { width: w, height: h } = this;
    const bowl = { x: w * 0.5, y: h * 0.93 };
    const candles = Array.from({ length: 8 }, (_, i) => w * (0.06 + i * 0.125));
    this.scenery([[0, 0.9, 1, 1]], (c) => {
      paintGround(c, w, h, { top: '#3b2340', bottom: '#150a1c' });
      c.fillStyle = '#6a5a70';
      c.fillRect(bowl.x - w * 0.03, bowl.y, w * 0.06, h * 0.05);
      c.fillStyle = '#c9a35a';
      c.beginPath();
      c.ellipse(bowl.x, bowl.y, w * 0.07, h * 0.025, 0, 0, Math.PI);
      c.fill();
      c.fillStyle = '#8a6a3a';
      c.beginPath();
      c.ellipse(bowl.x, bowl.y, w * 0.07, h * 0.008, 0, 0, Math.PI * 2);
      c.fill();
      c.fillStyle = '#efe6d8';
      for (const x of candles) c.fillRect(x - 2, h * 0.955, 4, h * 0.025);
    });
    candles.forEach((x, i) => {
      const flame = this.add.image(x, h * 0.95, 'glow-warm').setDisplaySize(h * 0.04, h * 0.05);
      this.loop({ targets: flame, alpha: { from: 0.5, to: 1 }, duration: 300 + (i % 4) * 90 });
    });
    // The pulse: a ring of light leaves the Bowl every few seconds (a still halo when stilled).
    const ring = this.add.image(bowl.x, bowl.y, 'glow-rose').setDisplaySize(h * 0.1, h * 0.1);
    ring.setAlpha(0.7);
    if (this.motion) {
      this.tweens.add({
        targets: ring,
        displayWidth: w * 0.9,
        displayHeight: h * 0.5,
        alpha: 0,
        duration: 2600,
        repeat: -1,
        repeatDelay: 900,
        ease: 'Quad.easeOut',
      });
    }
    this.particles(bowl.x, bowl.y, 'mote', {
      speedY: { min: -50, max: -20 },
      speedX: { min: -18, max: 18 },
      lifespan: { min: 1800, max: 3200 },
      alpha: { start: 0.9, end: 0 },
      scale: { start: 0.9, end: 0.3 },
      frequency: 140,
      maxAliveParticles: 22,
    });
    const ringOfPeople = [
      townsfolkKey(0),
      townsfolkKey(5),
      'elara',
      townsfolkKey(1),
      'jalen',
      townsfolkKey(3),
      'kara',
      townsfolkKey(2),
      'torus',
    ];
    ringOfPeople.forEach((who, i) => {
      const x = w * (0.06 + (i * 0.88) / (ringOfPeople.length - 1));
      if (Math.abs(x - bowl.x) < w * 0.08) return;
      this.breathe(this.person(who, x, { size: 0.95, flip: x > bowl.x }), i);
    });
  }
}
