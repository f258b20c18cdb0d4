// The aftermath: the wall becomes an open canvas. Ladders lean on it, pots of paint wait at
// its foot, Kara and the hub paint. Here the wall takes strokes: pressed with a mouse, a
// finger or a pen, the path is drawn as it goes and, when lifted, becomes a stroke the
// stage hands to the game (STAGE_EVENTS.stroke); the game keeps it and the bio-hub paints
// it on the wall. A stroke painted with the keyboard (ui/strokeTools.ts) is shown here as
// it is made, with its brush.
import Phaser from 'phaser';
import {
  type MuralStroke,
  STROKE_COLOURS,
  type StrokeColour,
  strokeFrom,
  type WallPoint,
} from '../../session/muralStrokes';
import { DATA, STAGE_EVENTS, townsfolkKey } from '../sceneKeys';
import { STROKE_WIDTH, strokeColour } from '../strokePainter';
import { PlaceScene, paintGround } from './placeScene';

export const AFTERMATH_SCENE = 'place-aftermath';

const hex = (colour: string) => Number.parseInt(colour.slice(1), 16);

export class AftermathScene extends PlaceScene {
  private path: WallPoint[] | null = null;
  private preview!: Phaser.GameObjects.Graphics;

  constructor() {
    super(AFTERMATH_SCENE);
  }

  protected build(): void {
    const { width: w, height: h, frame } = this;
    const pots = Object.values(STROKE_COLOURS).map((paint) => paint.hex);
    // The ground and the pots, and the two ladders up the wall's sides.
    const ladders = [0.02, 0.9].map((at) => {
      const x0 = (frame.x + frame.width * at) / w;
      return [x0, (frame.y + frame.height * 0.34) / h, x0 + (frame.width * 0.09) / w, 0.9] as const;
    });
    this.scenery([[0, 0.9, 1, 1], ...ladders], (c) => {
      paintGround(c, w, h, { top: '#3f6a55', bottom: '#16302a' });
      // Ladders against the wall's edges, clear of its middle.
      c.strokeStyle = '#8a6a3a';
      c.lineWidth = Math.max(2, w * 0.005);
      for (const x of [frame.x + frame.width * 0.04, frame.x + frame.width * 0.92]) {
        const top = frame.y + frame.height * 0.35;
        c.beginPath();
        c.moveTo(x, h);
        c.lineTo(x + frame.width * 0.015, top);
        c.moveTo(x + frame.width * 0.045, h);
        c.lineTo(x + frame.width * 0.06, top);
        for (let y = top + 12; y < h; y += Math.max(10, h * 0.035)) {
          c.moveTo(x + frame.width * 0.01, y);
          c.lineTo(x + frame.width * 0.05, y);
        }
        c.stroke();
      }
      pots.forEach((colour, i) => {
        const x = w * (0.3 + i * 0.1);
        c.fillStyle = '#d8d0c0';
        c.fillRect(x, h * 0.95, w * 0.03, h * 0.035);
        c.fillStyle = colour;
        c.fillRect(x, h * 0.95, w * 0.03, h * 0.01);
      });
    });
    this.particles(0, 0, 'mote', {
      x: { min: 0, max: w },
      y: { min: h * 0.2, max: h },
      speedY: { min: -10, max: -3 },
      speedX: { min: -8, max: 8 },
      lifespan: { min: 4000, max: 7000 },
      alpha: { start: 0.5, end: 0 },
      scale: { min: 0.3, max: 0.7 },
      frequency: 400,
      maxAliveParticles: 12,
    });
    this.breathe(this.person('kara', w * 0.2, { size: 1.05 }), 1);
    this.breathe(this.person(townsfolkKey(3), w * 0.08, { size: 0.9 }), 2);
    this.breathe(this.person('elara', w * 0.64, { size: 0.95, flip: true }), 3);
    this.breathe(this.person('torus', w * 0.78, { size: 1, flip: true }), 4);
    this.breathe(this.person('jalen', w * 0.9, { size: 0.98, flip: true }), 5);
    this.breathe(this.person(townsfolkKey(5), w * 0.5, { size: 0.88 }), 6);

    // The wall is the hub scene's, whose camera never scrolls, while this place's camera
    // glides in on arrival (placeScene.ts): the preview and the wall's pointer zone stay put
    // on the wall (scroll factor 0), or a stroke begun during the glide lands to its right.
    this.preview = this.add.graphics().setScrollFactor(0);
    this.takeStrokes();
    this.registry.events.on(`changedata-${DATA.keyboardStroke}`, this.drawPreview, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.registry.events.off(`changedata-${DATA.keyboardStroke}`, this.drawPreview, this);
    });
    this.drawPreview();
  }

  private get brush(): StrokeColour {
    const brush = this.registry.get(DATA.brush) as StrokeColour | undefined;
    return brush && brush in STROKE_COLOURS ? brush : 'moss';
  }

  /** The wall's frame takes the pointer: a press starts a stroke, a lift ends it. */
  private takeStrokes(): void {
    const { frame } = this;
    const zone = this.add
      .zone(frame.x, frame.y, frame.width, frame.height)
      .setOrigin(0, 0)
      .setScrollFactor(0);
    zone.setInteractive({ cursor: 'crosshair' });
    // On the screen, not in this scene's world (which scrolls while the place glides in):
    // the camera's zoom is only the stage's resolution (stageView.ts, fitCamera).
    const camera = this.cameras.main;
    const onWall = (pointer: Phaser.Input.Pointer): WallPoint => [
      (pointer.x / camera.zoom - frame.x) / frame.width,
      (pointer.y / camera.zoom - frame.y) / frame.height,
    ];
    zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, (pointer: Phaser.Input.Pointer) => {
      // Under the microscope the wall is seen magnified and the place is hidden: no paint.
      if (this.registry.get(DATA.wallOpen) !== true || this.underMicroscope) return;
      this.path = [onWall(pointer)];
      this.drawPreview();
    });
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (pointer: Phaser.Input.Pointer) => {
      if (!this.path || !pointer.isDown) return;
      this.path.push(onWall(pointer));
      this.drawPreview();
    });
    const finish = () => {
      const path = this.path;
      this.path = null;
      if (!path) return;
      const stroke: MuralStroke = strokeFrom(this.brush, path);
      this.game.events.emit(STAGE_EVENTS.stroke, stroke);
      this.drawPreview();
    };
    this.input.on(Phaser.Input.Events.POINTER_UP, finish);
    this.input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, finish);
  }

  /** The stroke being painted (by pointer, or with the keys), and the keyboard's brush. */
  private drawPreview(): void {
    const { frame } = this;
    const g = this.preview;
    g.clear();
    const keyed = this.registry.get(DATA.keyboardStroke) as WallPoint[] | null | undefined;
    const path = this.path ?? keyed ?? null;
    if (!path || path.length === 0) return;
    const colour = hex(strokeColour({ colour: this.brush }));
    const width = Math.max(2, frame.width * STROKE_WIDTH);
    const at = ([x, y]: WallPoint) =>
      new Phaser.Math.Vector2(frame.x + x * frame.width, frame.y + y * frame.height);
    g.lineStyle(width, colour, 0.9);
    g.fillStyle(colour, 0.9);
    if (path.length === 1)
      g.fillCircle(at(path[0] as WallPoint).x, at(path[0] as WallPoint).y, width * 0.8);
    else g.strokePoints(path.map(at), false, false);
    if (!this.path && keyed) {
      // Where the keyboard's brush is now: a ring around the end of the stroke.
      const end = at(keyed[keyed.length - 1] as WallPoint);
      g.lineStyle(2, 0xffffff, 1);
      g.strokeCircle(end.x, end.y, width * 1.6);
    }
  }
}
