// Elara's story circle on the moss of the Commons: the hub seated in an arc, two rows deep,
// Elara standing at its heart by a story-stone whose glow breathes, embers rising from it.
import { townsfolkKey } from '../sceneKeys';
import { PlaceScene, paintGround } from './placeScene';

export const STORY_CIRCLE_SCENE = 'place-story-circle';

export class StoryCircleScene extends PlaceScene {
  constructor() {
    super(STORY_CIRCLE_SCENE);
  }

  protected build(): void {
    const { width: w, height: h } = this;
    const stone = { x: w * 0.5, y: h * 0.975 };
    this.scenery([[0, 0.9, 1, 1]], (c) => {
      paintGround(c, w, h, { top: '#2f5a45', bottom: '#10261e' });
      c.fillStyle = '#4b5a5a';
      c.beginPath();
      c.ellipse(stone.x + w * 0.07, stone.y, w * 0.045, h * 0.02, 0, 0, Math.PI * 2);
      c.fill();
    });
    const glow = this.add.image(stone.x + w * 0.07, stone.y - h * 0.01, 'glow-mint');
    glow.setDisplaySize(h * 0.16, h * 0.16).setAlpha(0.6);
    this.loop({ targets: glow, alpha: { from: 0.4, to: 0.8 }, duration: 2200 });
    this.particles(stone.x + w * 0.07, stone.y - h * 0.01, 'ember', {
      speedY: { min: -22, max: -8 },
      speedX: { min: -5, max: 5 },
      lifespan: { min: 1500, max: 2600 },
      alpha: { start: 0.8, end: 0 },
      frequency: 320,
      maxAliveParticles: 10,
    });
    // The back row, smaller and higher, then the front row; the four sit among the hub.
    const back = [
      townsfolkKey(1),
      'jalen',
      townsfolkKey(4),
      townsfolkKey(2),
      'torus',
      townsfolkKey(0),
    ];
    back.forEach((who, i) => {
      const x = w * (0.1 + (i * 0.8) / (back.length - 1));
      if (Math.abs(x - stone.x) < w * 0.06) return;
      const person = this.person(who, x, {
        pose: 'sit',
        size: 0.72,
        y: h * 0.955,
        flip: x > stone.x,
      });
      this.breathe(person, i);
    });
    const front: [string, number][] = [
      [townsfolkKey(3), 0.08],
      ['kara', 0.27],
      [townsfolkKey(5), 0.73],
      [townsfolkKey(0), 0.92],
    ];
    front.forEach(([who, across], i) => {
      const x = w * across;
      this.breathe(this.person(who, x, { pose: 'sit', size: 0.9, flip: x > stone.x }), i + 7);
    });
    this.breathe(this.person('elara', stone.x, { size: 1.08 }), 11);
  }
}
