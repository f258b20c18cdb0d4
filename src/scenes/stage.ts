// Starts Phaser in the stage element and gives the shell a small, typed handle on it.
// Calls made before the scene exists are kept and replayed once it is ready.
import Phaser from 'phaser';
import type { MuralDescriptor } from '../sim';
import { BIO_HUB_SCENE, BioHubScene } from './bioHubScene';

export interface Stage {
  showMural(descriptor: MuralDescriptor): void;
  showBackdrop(name: string): void;
  setMotion(enabled: boolean): void;
}

export function startStage(parent: HTMLElement, options: { motion: boolean }): Stage {
  let scene: BioHubScene | null = null;
  let pendingMural: MuralDescriptor | null = null;
  let pendingBackdrop: string | null = null;
  let motion = options.motion;

  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#081a22',
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth, height: parent.clientHeight },
    // The mural moves slowly: 30 painted frames a second keep it alive at half the cost,
    // and without multisampling software-rendered WebGL (school laptops) keeps up.
    render: { antialias: false, powerPreference: 'low-power' },
    fps: { limit: 30 },
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
  };
}
