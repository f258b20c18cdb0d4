// Starts Phaser in the stage element and gives the shell a small, typed handle on it.
// Calls made before the scene exists are kept and replayed once it is ready.
import Phaser from 'phaser';
import type { MuralDescriptor } from '../session/science';
import { BIO_HUB_SCENE, BioHubScene } from './bioHubScene';

export interface Stage {
  showMural(descriptor: MuralDescriptor): void;
  showBackdrop(name: string): void;
  setMotion(enabled: boolean): void;
  /**
   * A line with `# mural: pulse` is shown: the colonies swell and glow once (with reduced
   * motion, a still highlight for a moment). Before the scene has loaded it does nothing:
   * a pulse is of its moment, not state to replay.
   */
  pulseMural(): void;
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

export function startStage(parent: HTMLElement, options: { motion: boolean }): Stage {
  let scene: BioHubScene | null = null;
  let pendingMural: MuralDescriptor | null = null;
  let pendingBackdrop: string | null = null;
  let motion = options.motion;

  const renderer = rendererFor(document.createElement('canvas'));
  // Said on the page for anyone debugging a slow machine (and for the browser tests).
  parent.dataset.renderer = renderer;
  const game = new Phaser.Game({
    type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    backgroundColor: '#081a22',
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth, height: parent.clientHeight },
    // Multisampling smooths WebGL's edges as Canvas 2D smooths its own; it is only ever
    // asked of a real GPU, where it is cheap.
    render: { antialias: true, powerPreference: 'low-power' },
    // The mural moves slowly (its fastest beat is about 1.2 Hz, spores drift a pixel a
    // frame): 30 painted frames a second look no different from 60 at half the cost, and
    // where the CPU paints, 20 (every third screen refresh, so still evenly spaced) take a
    // third less of a main thread that other work needs too.
    fps: { limit: renderer === 'webgl' ? 30 : 20 },
    banner: false,
    audio: { noAudio: true },
    scene: [BioHubScene],
  });

  game.events.once(Phaser.Core.Events.READY, () => {
    const bioHub = game.scene.getScene(BIO_HUB_SCENE) as BioHubScene;
    const attach = () => {
      scene = bioHub;
      scene.motion = motion ? 1 : 0;
      if (pendingBackdrop) scene.showBackdrop(pendingBackdrop);
      if (pendingMural) scene.showMural(pendingMural);
    };
    if (bioHub.sys.isActive()) attach();
    else bioHub.events.once('ready', attach);
  });

  return {
    showMural(descriptor) {
      pendingMural = descriptor;
      scene?.showMural(descriptor);
    },
    showBackdrop(name) {
      pendingBackdrop = name;
      scene?.showBackdrop(name);
    },
    setMotion(enabled) {
      motion = enabled;
      if (scene) scene.motion = enabled ? 1 : 0;
    },
    pulseMural() {
      scene?.pulseMural();
    },
  };
}
