// The first scene: nothing to load from the network (all the stage's art is painted by
// code), so Boot only hands over to Preload, which paints the textures the places share.
import Phaser from 'phaser';
import { BOOT_SCENE, PRELOAD_SCENE } from './sceneKeys';

export class BootScene extends Phaser.Scene {
  constructor() {
    super(BOOT_SCENE);
  }

  create(): void {
    this.scene.start(PRELOAD_SCENE);
  }
}
