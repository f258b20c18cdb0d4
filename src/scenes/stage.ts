// Starts Phaser in the stage element and gives the shell a small, typed handle on it.
// Calls made before the bio-hub exists are kept and replayed once it is ready.
//
// The scenes: Boot hands over to Preload, which paints every shared texture (the people,
// spores, lanterns) and starts the bio-hub (sky and wall); the hub launches the story's
// place scenes (places/) over itself as the story moves. Sharp on high-DPI screens: the
// canvas has devicePixelRatio (at most 2) device pixels to each CSS pixel, and every
// scene's camera zooms by that much (stageView.ts).
//
// Microscope mode: the mural's key writes a group into the stage element's data-microscope
// attribute and the bio-hub's camera zooms into that colony's plaque; a move to another
// place of the story ends it (this clears the attribute, and the key follows it).
import Phaser from 'phaser';
import type { MuralStroke, StrokeColour, WallPoint } from '../session/muralStrokes';
import type { MuralDescriptor } from '../session/science';
import { BioHubScene } from './bioHubScene';
import { BootScene } from './bootScene';
import { MICROSCOPE_ATTRIBUTE, microscopeGroup } from './mural/microscopeView';
import { PLACE_SCENES } from './places/placeList';
import { PreloadScene } from './preloadScene';
import { BIO_HUB_SCENE, DATA, HUB_READY, STAGE_EVENTS } from './sceneKeys';

export interface Stage {
  showMural(descriptor: MuralDescriptor): void;
  /** The story's place (its `# bg:`): the sky's palette and, for the five places, their scene. */
  showBackdrop(name: string): void;
  setMotion(enabled: boolean): void;
  /**
   * A line with `# mural: pulse` is shown: the colonies swell and glow once (with reduced
   * motion, a still highlight for a moment). Before the scene has loaded it does nothing:
   * a pulse is of its moment, not state to replay.
   */
  pulseMural(): void;
  /** The players' strokes on the wall, and whether the wall takes more now. */
  showStrokes(strokes: readonly MuralStroke[], open: boolean): void;
  /** The paint a pointer stroke is made with. */
  setBrush(colour: StrokeColour): void;
  /** A stroke being painted with the keys (its points so far), or null when there is none. */
  showKeyboardStroke(points: readonly WallPoint[] | null): void;
  /** Called with each stroke a pointer paints on the open wall. */
  onStroke(listener: (stroke: MuralStroke) => void): void;
}

/** Names of GPUs emulated on the CPU: Chromium's SwiftShader, Mesa's llvmpipe, Windows' WARP. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/**
 * WebGL where a real GPU draws it; otherwise Phaser's Canvas renderer. Without a GPU,
 * Chromium emulates WebGL on the CPU (SwiftShader) and reads every frame back for
 * compositing: the mural's thousands of translucent triangles then cost 80-250 ms a frame,
 * where Skia's Canvas 2D draws the same shapes in a few milliseconds. Chromium does not
 * flag SwiftShader as a "major performance caveat", so the GPU's name decides.
 */
export function rendererFor(probe: HTMLCanvasElement): 'webgl' | 'canvas' {
  const gl = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (!gl) return 'canvas';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  // Gives the probe's context back now rather than at garbage collection: browsers cap
  // how many WebGL contexts a page may hold.
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return SOFTWARE_GL.test(name) ? 'canvas' : 'webgl';
}

/** Device pixels per CSS pixel: the screen's, capped at 2 (more costs fill and shows nothing). */
export function stageResolution(devicePixelRatio: number): number {
  return Math.min(2, Math.max(1, devicePixelRatio || 1));
}

export function startStage(parent: HTMLElement, options: { motion: boolean }): Stage {
  let hub: BioHubScene | null = null;
  let pendingMural: MuralDescriptor | null = null;
  let pendingBackdrop: string | null = null;
  let pendingStrokes: readonly MuralStroke[] = [];

  const renderer = rendererFor(document.createElement('canvas'));
  const resolution = stageResolution(window.devicePixelRatio);
  // Said on the page for anyone debugging a slow machine (and for the browser tests).
  parent.dataset.renderer = renderer;
  parent.dataset.resolution = String(resolution);
  const cssSize = () => ({
    width: Math.max(1, parent.clientWidth),
    height: Math.max(1, parent.clientHeight),
  });
  const { width, height } = cssSize();
  const lensOf = () => microscopeGroup(parent.getAttribute(MICROSCOPE_ATTRIBUTE));
  const game = new Phaser.Game({
    type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    backgroundColor: '#081a22',
    // The canvas in device pixels, shown at CSS size (zoom): Phaser's RESIZE mode would
    // make it CSS-sized and blurry on high-DPI screens. Resizes are followed below.
    width: Math.round(width * resolution),
    height: Math.round(height * resolution),
    scale: { mode: Phaser.Scale.NONE, zoom: 1 / resolution },
    // Multisampling smooths WebGL's edges as Canvas 2D smooths its own; it is only ever
    // asked of a real GPU, where it is cheap.
    // Where the CPU paints, the bio-hub's still layer (sky and wall, opaque) covers the whole
    // canvas first thing every frame, so clearing the canvas and filling it with the
    // background colour before it were two full-canvas passes of raster for nothing.
    render: {
      antialias: true,
      powerPreference: 'low-power',
      clearBeforeRender: renderer === 'webgl',
    },
    // The mural moves slowly (its fastest beat is about 1.2 Hz, spores drift a pixel a
    // frame): 30 painted frames a second look no different from 60 at half the cost, and
    // where the CPU paints, 20 (every third screen refresh, so still evenly spaced) take a
    // third less of a main thread that other work needs too.
    fps: { limit: renderer === 'webgl' ? 30 : 20 },
    banner: false,
    audio: { noAudio: true },
    callbacks: {
      preBoot: (booting) => {
        booting.registry.set(DATA.resolution, resolution);
        booting.registry.set(DATA.motion, options.motion);
        booting.registry.set(DATA.wallOpen, false);
        booting.registry.set(DATA.brush, 'moss');
        booting.registry.set(DATA.keyboardStroke, null);
        booting.registry.set(DATA.microscope, lensOf());
      },
    },
    scene: [BootScene, PreloadScene, BioHubScene, ...PLACE_SCENES],
  });

  // The stage's box changes with the window, the layout and the text size.
  const resized = new ResizeObserver(() => {
    const size = cssSize();
    game.scale.resize(Math.round(size.width * resolution), Math.round(size.height * resolution));
  });
  resized.observe(parent);
  // While the wall is an open canvas a press on it paints: it must not also reach the
  // stage's click listeners (the mural key's colony cards, ui/muralKey.ts).
  // Under the microscope the wall takes no paint, so a click there opens a card as anywhere.
  game.canvas.addEventListener('click', (event) => {
    if (game.registry.get(DATA.wallOpen) === true && lensOf() === null) event.stopPropagation();
  });
  new MutationObserver(() => game.registry.set(DATA.microscope, lensOf())).observe(parent, {
    attributes: true,
    attributeFilter: [MICROSCOPE_ATTRIBUTE],
  });

  game.events.once(Phaser.Core.Events.READY, () => {
    const bioHub = game.scene.getScene(BIO_HUB_SCENE) as BioHubScene;
    // Which place is on, said on the page for the browser tests (as the renderer is).
    bioHub.events.on('place', (place: string | null) => {
      parent.dataset.place = place ?? '';
    });
    bioHub.events.once(HUB_READY, () => {
      hub = bioHub;
      if (pendingBackdrop) hub.showBackdrop(pendingBackdrop);
      if (pendingMural) hub.showMural(pendingMural);
      hub.showStrokes(pendingStrokes);
    });
  });

  return {
    showMural(descriptor) {
      pendingMural = descriptor;
      hub?.showMural(descriptor);
    },
    showBackdrop(name) {
      // The story moved on: the camera leaves the microscope for the new place.
      if (pendingBackdrop !== null && name !== pendingBackdrop) {
        parent.removeAttribute(MICROSCOPE_ATTRIBUTE);
      }
      pendingBackdrop = name;
      hub?.showBackdrop(name);
    },
    setMotion(enabled) {
      game.registry.set(DATA.motion, enabled);
    },
    pulseMural() {
      hub?.pulseMural();
    },
    showStrokes(strokes, open) {
      pendingStrokes = strokes;
      game.registry.set(DATA.wallOpen, open);
      hub?.showStrokes(strokes);
    },
    setBrush(colour) {
      game.registry.set(DATA.brush, colour);
    },
    showKeyboardStroke(points) {
      game.registry.set(DATA.keyboardStroke, points ? [...points] : null);
    },
    onStroke(listener) {
      game.events.on(STAGE_EVENTS.stroke, listener);
    },
  };
}
