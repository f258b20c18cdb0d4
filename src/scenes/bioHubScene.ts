// The bio-hub: the sky of Neo-anthropolis and Kara's living mural on its wall, under
// whichever place of the story is on (places/, each a scene of its own launched over this
// one). It only paints what it is told; it never touches game state.
//
// Layers keep a frame cheap where there is no GPU to draw it (software WebGL, or Canvas 2D
// on the CPU): the large still shapes (sky, domes, the wall and its inner light) and the
// players' strokes are painted into canvas textures only when they change; every frame
// draws those as images and repaints only what lives (the colonies, glow, rim); spores and
// the pulse's motes are particles.
//
// Microscope mode is this scene's camera zooming into the plaque around one colony (the
// key's card asks for it, mural/microscopeView.ts): the colonies are drawn as vectors, so
// they are as sharp magnified as on the wall; the place's people and the sky's spores step
// aside while it is on.
import Phaser from 'phaser';
import type { MuralStroke } from '../session/muralStrokes';
import type { GroupName, MuralDescriptor } from '../session/science';
import { BackdropPainter, paintSky } from './backdropPainter';
import { canvasPen } from './mural/canvasPen';
import { microscopeGroup, microscopeView } from './mural/microscopeView';
import { blendLook, easeFraction, lookOf, type MuralLook } from './mural/muralBlend';
import { muralFrame } from './mural/muralFrame';
import { type MuralFrame, MuralPainter } from './mural/muralPainter';
import { muralSwell } from './mural/muralPulse';
import { timePaints, wantsFlush, wantsPaintTiming } from './paintTiming';
import { PLACE_FOR_BACKDROP } from './places/placeList';
import type { PlaceScene } from './places/placeScene';
import { BIO_HUB_SCENE, DATA, HUB_READY, sporeKey } from './sceneKeys';
import { fitCamera, motionOf, resolutionOf } from './stageView';
import { paintStrokes } from './strokePainter';

const STILL_LAYER = 'bio-hub-still';
const STROKE_LAYER = 'bio-hub-strokes';
/** How long the microscope takes to zoom in or out, in ms (a cut with reduced motion). */
const LENS_MS = 800;

export class BioHubScene extends Phaser.Scene {
  private backdrop = new BackdropPainter();
  private mural = new MuralPainter();
  private still!: Phaser.Textures.CanvasTexture;
  private stillImage!: Phaser.GameObjects.Image;
  /** What the still layer shows now; repainted when this changes. */
  private stillKey = '';
  private life!: Phaser.GameObjects.Graphics;
  private spores!: Phaser.GameObjects.Particles.ParticleEmitter;
  private motes!: Phaser.GameObjects.Particles.ParticleEmitter;
  private strokeLayer!: Phaser.Textures.CanvasTexture;
  private strokeImage!: Phaser.GameObjects.Image;
  private strokes: readonly MuralStroke[] = [];
  private strokesKey = '';
  private shown: MuralLook | null = null;
  private target: MuralLook | null = null;
  private seconds = 0;
  /** When the last `# mural: pulse` arrived, on the scene's clock (none yet: -Infinity). */
  private pulsedAt = Number.NEGATIVE_INFINITY;
  private backdropName = 'title';
  /** The place scene on now, if any. */
  private place: string | null = null;
  private size = { width: 1, height: 1 };
  private frame: MuralFrame = muralFrame(1, 1);
  /** The group under the microscope, or null; and the zoom's move while it is under way. */
  private microscope: GroupName | null = null;
  private lensMove: Phaser.Tweens.Tween | null = null;

  constructor() {
    super(BIO_HUB_SCENE);
  }

  get motion(): number {
    return motionOf(this) ? 1 : 0;
  }

  create(): void {
    this.size = fitCamera(this);
    this.frame = muralFrame(this.size.width, this.size.height);
    const still = this.textures.createCanvas(STILL_LAYER, 1, 1);
    const strokes = this.textures.createCanvas(STROKE_LAYER, 1, 1);
    if (!still || !strokes) throw new Error('the stage layers already exist');
    this.still = still;
    this.strokeLayer = strokes;
    this.stillImage = this.add.image(0, 0, STILL_LAYER).setOrigin(0, 0);
    this.spores = this.add.particles(0, 0, sporeKey('title'), {
      speedY: { min: -18, max: -6 },
      speedX: { min: -4, max: 4 },
      lifespan: { min: 6000, max: 11000 },
      alpha: { start: 0.5, end: 0.15 },
      scale: { min: 0.3, max: 0.8 },
      frequency: 320,
      maxAliveParticles: 30,
    });
    this.life = this.add.graphics();
    this.strokeImage = this.add.image(0, 0, STROKE_LAYER).setOrigin(0, 0);
    this.motes = this.add.particles(0, 0, 'mote', {
      speed: { min: 20, max: 70 },
      lifespan: { min: 900, max: 1600 },
      alpha: { start: 0.9, end: 0 },
      scale: { start: 1, end: 0.2 },
      emitting: false,
    });
    this.layOut();
    // The sky is full of spores from the first frame, as if they had always drifted.
    this.spores.fastForward(9000);

    this.scale.on(Phaser.Scale.Events.RESIZE, () => {
      this.size = fitCamera(this);
      this.frame = muralFrame(this.size.width, this.size.height);
      this.layOut();
      this.followMicroscope(false);
    });
    this.registry.events.on(`changedata-${DATA.motion}`, () => this.followMotion());
    this.registry.events.on(`changedata-${DATA.microscope}`, () => this.followMicroscope(true));
    this.followMotion();
    this.followMicroscope(false);
    // Only for the browser bench (`?bench`): the stage's own time per painted frame.
    const search = window.location.search;
    if (wantsPaintTiming(search)) timePaints(this.game, { flush: wantsFlush(search) });
    this.events.emit(HUB_READY);
  }

  showMural(descriptor: MuralDescriptor): void {
    this.target = lookOf(descriptor);
    this.shown ??= this.target;
  }

  /** The story's place: the sky eases to its palette, and its scene (if any) comes on. */
  showBackdrop(name: string): void {
    this.backdrop.show(name);
    if (name !== this.backdropName) {
      this.backdropName = name;
      // Each place's spores are a texture of their own colour (the Canvas renderer has no tint).
      if (this.textures.exists(sporeKey(name))) this.spores.setTexture(sporeKey(name));
    }
    const next = PLACE_FOR_BACKDROP[name] ?? null;
    if (next === this.place) return;
    if (this.place) (this.scene.get(this.place) as PlaceScene).leave();
    this.place = next;
    this.events.emit('place', next);
    if (next) {
      // A place leaving may still be gliding out; the one arriving starts afresh.
      this.scene.stop(next);
      this.scene.launch(next, { enter: true });
    }
  }

  showStrokes(strokes: readonly MuralStroke[]): void {
    this.strokes = strokes;
    this.paintStrokeLayer();
  }

  /** The colonies swell and glow once, motes fly off the wall (a still highlight when stilled). */
  pulseMural(): void {
    this.pulsedAt = this.seconds;
    if (this.motion && !this.microscope) this.motes.explode(28);
  }

  /** Places the layers and emitters for the stage's size. */
  private layOut(): void {
    const { width, height } = this.size;
    const { frame } = this;
    const scale = 1 / resolutionOf(this);
    this.stillImage.setScale(scale);
    this.strokeImage.setScale(scale);
    this.spores.clearEmitZones();
    this.spores.addEmitZone({
      type: 'random',
      source: new Phaser.Geom.Rectangle(0, 0, width, height),
      quantity: 1,
    } as Phaser.Types.GameObjects.Particles.EmitZoneData);
    this.spores.clearDeathZones();
    // Spores that drift behind the wall are gone from sight: they end there.
    this.spores.addDeathZone({
      type: 'onEnter',
      source: new Phaser.Geom.Rectangle(frame.x, frame.y, frame.width, frame.height),
    });
    this.motes.clearEmitZones();
    this.motes.addEmitZone({
      type: 'edge',
      source: new Phaser.Geom.Rectangle(frame.x, frame.y, frame.width, frame.height),
      quantity: 28,
    } as Phaser.Types.GameObjects.Particles.EmitZoneData);
    this.stillKey = '';
    this.paintStrokeLayer();
  }

  /**
   * Zooms the camera into the plaque around the group under the microscope, or back out to
   * the whole stage: a glide (the view's centre and the zoom together) when things may
   * move and `animate`, otherwise a cut. The spores hide while it is on: they drift in the
   * sky, not in the plaque.
   */
  private followMicroscope(animate: boolean): void {
    const group = microscopeGroup(this.registry.get(DATA.microscope) as string | null);
    this.microscope = group;
    const resolution = resolutionOf(this);
    const camera = this.cameras.main;
    const { width, height } = this.size;
    const to = group ? microscopeView(this.frame, this.size, group) : { left: 0, top: 0, zoom: 1 };
    const from = { left: camera.scrollX, top: camera.scrollY, zoom: camera.zoom / resolution };
    const place = (left: number, top: number, zoom: number) => {
      camera.setZoom(resolution * zoom);
      camera.setScroll(left, top);
    };
    this.lensMove?.stop();
    this.lensMove = null;
    this.spores.setVisible(group === null);
    if (group) this.motes.killAll();
    if (!animate || !this.motion) {
      place(to.left, to.top, to.zoom);
      return;
    }
    // The view's centre moves in a straight line while the zoom grows evenly (geometrically),
    // so the plaque seems to come closer rather than slide sideways.
    const centre = (view: typeof to) => ({
      x: view.left + width / view.zoom / 2,
      y: view.top + height / view.zoom / 2,
    });
    const a = centre(from);
    const b = centre(to);
    this.lensMove = this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: LENS_MS,
      ease: 'Sine.easeInOut',
      onUpdate: (tween) => {
        const t = tween.getValue() ?? 1;
        const zoom = from.zoom * (to.zoom / from.zoom) ** t;
        const x = a.x + (b.x - a.x) * t;
        const y = a.y + (b.y - a.y) * t;
        place(x - width / zoom / 2, y - height / zoom / 2, zoom);
      },
      onComplete: () => {
        place(to.left, to.top, to.zoom);
        this.lensMove = null;
      },
    });
  }

  /** With reduced motion the spores hang still where they are; places rebuild stilled. */
  private followMotion(): void {
    if (this.motion) {
      this.spores.resume();
    } else {
      this.spores.pause();
      this.motes.killAll();
      // A zoom under way when motion is turned off ends where it was going, at once.
      if (this.lensMove) this.followMicroscope(false);
    }
    if (this.place && this.scene.isActive(this.place)) {
      (this.scene.get(this.place) as PlaceScene).rebuild();
    }
  }

  /** The strokes' layer covers the wall only: the rest of it would be transparent. */
  private paintStrokeLayer(): void {
    const { frame } = this;
    const last = this.strokes[this.strokes.length - 1];
    const key = `${frame.width} ${frame.height} ${this.strokes.length} ${last?.points.length ?? 0}`;
    if (key === this.strokesKey) return;
    this.strokesKey = key;
    const resolution = resolutionOf(this);
    this.strokeLayer.setSize(
      Math.max(1, Math.ceil(frame.width * resolution)),
      Math.max(1, Math.ceil(frame.height * resolution)),
    );
    const context = this.strokeLayer.context;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.strokeLayer.width, this.strokeLayer.height);
    context.setTransform(
      resolution,
      0,
      0,
      resolution,
      -frame.x * resolution,
      -frame.y * resolution,
    );
    paintStrokes(context, this.strokes, frame);
    this.strokeLayer.refresh();
    this.strokeImage.setPosition(frame.x, frame.y);
    this.strokeImage.setVisible(this.strokes.length > 0);
  }

  override update(_time: number, deltaMs: number): void {
    const delta = Math.min(deltaMs, 100) / 1000;
    this.seconds += delta;
    const { width, height } = this.size;
    const palette = this.backdrop.advance(delta);
    if (this.target && this.shown) {
      this.shown = blendLook(this.shown, this.target, easeFraction(delta * 1000, 450));
    }
    const look = this.shown;
    const { frame } = this;

    const key = [
      width,
      height,
      palette.skyTop,
      palette.skyBottom,
      palette.domes,
      look ? this.mural.wallKey(look, frame) : '',
    ].join(' ');
    if (key !== this.stillKey) {
      this.stillKey = key;
      const resolution = resolutionOf(this);
      // Only a change of size clears the canvas; the sky then covers all of it anyway.
      this.still.setSize(
        Math.max(1, Math.ceil(width * resolution)),
        Math.max(1, Math.ceil(height * resolution)),
      );
      const context = this.still.context;
      context.setTransform(resolution, 0, 0, resolution, 0, 0);
      paintSky(context, palette, width, height);
      if (look) this.mural.paintWall(canvasPen(context), look, frame);
      // Uploads the layer under WebGL; nothing to do under Canvas 2D.
      this.still.refresh();
    }

    this.life.clear();
    if (look) {
      const swell = muralSwell(this.seconds - this.pulsedAt, this.motion);
      this.mural.paintLife(this.life, look, frame, this.seconds, this.motion, swell);
    }
  }
}
