// Phaser, howler and the tapestry load after the first paint, so the title and the first
// choice never wait for them; each draws the current state when it arrives.
import { followVolumes, volumesFor } from '../audio/audioSettings';
import { SOUNDS } from '../audio/sounds';
import type { ChapterMural } from '../session/gameState';
import { byId } from './dom';
import type { LiveSettings } from './liveSettings';
import type { WorldView } from './worldView';

/** Starts the Phaser stage in `#stage` and hands it to the world view. */
export function loadStage(world: WorldView, settings: LiveSettings): void {
  void import('../scenes/stage').then(({ startStage }) => {
    const stage = startStage(byId('stage'), { motion: settings.motion() });
    settings.onMotion((motion) => stage.setMotion(motion));
    world.attachStage(stage);
  });
}

/**
 * Returns what starts sound: howler loads on the first gesture (a role, a save, the
 * workshop), which is also when browsers allow sound; later calls do nothing.
 */
export function soundOnFirstGesture(world: WorldView, settings: LiveSettings): () => void {
  let requested = false;
  return () => {
    if (requested) return;
    requested = true;
    void import('../audio/howlerAudio').then(({ HowlerAudio }) => {
      const volumes = volumesFor(settings.store.current);
      const audio = new HowlerAudio(SOUNDS.music, SOUNDS.effects, volumes);
      followVolumes(audio, settings.store);
      world.attachAudio(audio);
    });
  };
}

/** The tapestry (the ending's and the debrief's picture), or null until it has loaded. */
export function tapestryPainter(
  settings: LiveSettings,
): (panels: readonly ChapterMural[]) => HTMLElement | null {
  let tapestry: typeof import('./tapestry') | null = null;
  void import('./tapestry').then((module) => {
    tapestry = module;
  });
  return (panels) => tapestry?.renderTapestry(panels, { motion: settings.motion() }) ?? null;
}
