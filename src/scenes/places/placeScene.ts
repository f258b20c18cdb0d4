// One place of the story, drawn as a Phaser scene over the bio-hub (which keeps the sky and
// Kara's wall): the people there in the portraits' style, the place's things, its tweens
// and particles. A place arrives with a camera move (its camera glides in from the side and
// fades up) and leaves with one (glides on and fades out); with reduced motion it cuts, and
// nothing in it moves. A resize or a change of the motion setting rebuilds it in place.
//
// Coordinates are CSS pixels of the stage; the wall's frame is the mural's (muralFrame), so
// the people stand at its foot and nothing a place draws covers the wall's middle.
import Phaser from 'phaser';
import { muralFrame } from '../mural/muralFrame';
import type { MuralFrame } from '../mural/muralPainter';
import { DATA, figureKey } from '../sceneKeys';
import { fitCamera, motionOf, paintTexture, resolutionOf } from '../stageView';

export interface PlaceData {
  /** True when the story has just moved here (the camera moves in); false on a rebuild. */
  enter?: boolean;
}

/** How long a camera move between places takes, in ms. */
const MOVE_MS = 900;

export abstract class PlaceScene extends Phaser.Scene {
  protected width = 0;
  protected height = 0;
  protected frame!: MuralFrame;
  protected motion = true;
  private leaving = false;

  create(data: PlaceData = {}): void {
    const size = fitCamera(this);
    this.width = size.width;
    this.height = size.height;
    this.frame = muralFrame(this.width, this.height);
    this.motion = motionOf(this);
    this.leaving = false;
    this.build();
    const camera = this.cameras.main;
    if (data.enter && this.motion) {
      camera.scrollX = this.width * 0.35;
      // The camera's own alpha, not a fade effect: a fade paints a veil over the whole
      // stage, the hub's wall beneath included.
      camera.setAlpha(0);
      this.tweens.add({
        targets: camera,
        scrollX: 0,
        alpha: 1,
        duration: MOVE_MS,
        ease: 'Cubic.easeOut',
      });
    }
    this.scale.on(Phaser.Scale.Events.RESIZE, this.rebuild, this);
    this.registry.events.on(`changedata-${DATA.microscope}`, this.followMicroscope, this);
    this.followMicroscope();
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.rebuild, this);
      this.registry.events.off(`changedata-${DATA.microscope}`, this.followMicroscope, this);
    });
  }

  /** Under the microscope only the plaque is seen: the place and its people step aside. */
  private followMicroscope(): void {
    this.scene.setVisible(!this.underMicroscope);
  }

  /** Whether the stage is zoomed into the plaque (bioHubScene.ts): the place is hidden. */
  protected get underMicroscope(): boolean {
    return (this.registry.get(DATA.microscope) ?? null) !== null;
  }

  /** Draws the place: called on arrival and on every rebuild. */
  protected abstract build(): void;

  /** Rebuilds the place at the new size or motion setting, without a camera move. */
  rebuild(): void {
    if (!this.leaving) this.scene.restart({ enter: false });
  }

  /** The story moves on: the camera glides away and the place stops (at once, stilled). */
  leave(): void {
    if (this.leaving) return;
    this.leaving = true;
    if (!this.motion) {
      this.scene.stop();
      return;
    }
    const camera = this.cameras.main;
    this.tweens.add({
      targets: camera,
      scrollX: -this.width * 0.35,
      alpha: 0,
      duration: MOVE_MS * 0.7,
      ease: 'Cubic.easeIn',
      onComplete: () => this.scene.stop(),
    });
  }

  /** The height a standing person is drawn at, from the stage's height. */
  protected get personHeight(): number {
    return Math.min(this.height * 0.2, this.frame.height * 0.34);
  }

  /** The ground line people stand on. */
  protected get ground(): number {
    return this.height - Math.max(2, this.height * 0.015);
  }

  /** A person (a role or a townsperson texture name) standing or seated, feet at `y`. */
  protected person(
    who: string,
    x: number,
    options: { pose?: 'stand' | 'sit'; size?: number; flip?: boolean; y?: number } = {},
  ): Phaser.GameObjects.Image {
    const pose = options.pose ?? 'stand';
    const height = Math.max(8, Math.round(this.personHeight * (options.size ?? 1)));
    const image = this.add.image(x, options.y ?? this.ground, this.figureAt(who, pose, height));
    image.setOrigin(0.5, 1);
    image.setScale(1 / resolutionOf(this));
    image.setFlipX(options.flip ?? false);
    return image;
  }

  /**
   * The person's texture at the very size it is shown: scaled from Preload's once, here,
   * so each frame copies its pixels one to one instead of resampling them.
   */
  private figureAt(who: string, pose: 'stand' | 'sit', height: number): string {
    const key = `${figureKey(who, pose)}-${height}`;
    if (this.textures.exists(key)) return key;
    const source = this.textures.get(figureKey(who, pose)).getSourceImage() as CanvasImageSource;
    paintTexture(this, key, height / 2, height, (c) => {
      c.imageSmoothingQuality = 'high';
      c.drawImage(source, 0, 0, height / 2, height);
    });
    return key;
  }

  /** A person breathes and shifts their weight: a slow, small sway (none when stilled). */
  protected breathe(image: Phaser.GameObjects.Image, seed: number): void {
    if (!this.motion) return;
    this.tweens.add({
      targets: image,
      scaleY: image.scaleY * 1.018,
      duration: 1600 + (seed % 5) * 230,
      yoyo: true,
      repeat: -1,
      ease: 'Sine.easeInOut',
      delay: (seed * 170) % 900,
    });
  }

  /**
   * The place's still things, painted once into textures under its people. Only the parts
   * of the stage listed in `areas` (shares of its width and height: x0, y0, x1, y1) are
   * kept, each as a texture of its own: where the CPU paints, every frame draws them again,
   * and a stage-sized, mostly transparent layer would cost as much as the rest together.
   */
  protected scenery(
    areas: readonly (readonly [number, number, number, number])[],
    paint: (context: CanvasRenderingContext2D) => void,
  ): void {
    const scale = 1 / resolutionOf(this);
    areas.forEach(([x0, y0, x1, y1], i) => {
      const x = Math.floor(this.width * x0);
      const y = Math.floor(this.height * y0);
      const key = `${this.scene.key}-scenery-${i}`;
      paintTexture(
        this,
        key,
        Math.ceil(this.width * x1) - x,
        Math.ceil(this.height * y1) - y,
        (c) => {
          c.translate(-x, -y);
          paint(c);
        },
      );
      this.add.image(x, y, key).setOrigin(0, 0).setScale(scale);
    });
  }

  /** A looping tween, only when things may move. */
  protected loop(config: Phaser.Types.Tweens.TweenBuilderConfig): void {
    if (this.motion) this.tweens.add({ yoyo: true, repeat: -1, ease: 'Sine.easeInOut', ...config });
  }

  /** A particle emitter that runs only when things may move (none at all when stilled). */
  protected particles(
    x: number,
    y: number,
    texture: string,
    config: Phaser.Types.GameObjects.Particles.ParticleEmitterConfig,
  ): Phaser.GameObjects.Particles.ParticleEmitter | null {
    if (!this.motion) return null;
    return this.add.particles(x, y, texture, config);
  }
}

/** A strip of moss and paving along the foot of the stage, shared by the outdoor places. */
export function paintGround(
  c: CanvasRenderingContext2D,
  width: number,
  height: number,
  colours: { top: string; bottom: string },
): void {
  const top = height * 0.93;
  const ground = c.createLinearGradient(0, top, 0, height);
  ground.addColorStop(0, colours.top);
  ground.addColorStop(1, colours.bottom);
  c.fillStyle = ground;
  c.beginPath();
  c.moveTo(0, top + height * 0.02);
  c.quadraticCurveTo(width / 2, top - height * 0.015, width, top + height * 0.02);
  c.lineTo(width, height);
  c.lineTo(0, height);
  c.closePath();
  c.fill();
}
