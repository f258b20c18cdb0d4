// Phaser, howler and the tapestry load late, so the title and the first choice never wait
// for them; each draws the current state when it arrives. Phaser's start-up is one long
// task (120-260 ms on a busy 2-core machine), so it waits until a game or the gallery is
// on screen and painted, and the page is idle: never between the title and the story.
import { followVolumes, volumesFor } from '../audio/audioSettings';
import { SOUNDS } from '../audio/sounds';
import { showStageStill } from '../scenes/stageStill';
import type { ChapterMural } from '../session/gameState';
import type { MuralDescriptor } from '../session/science';
import { byId } from './dom';
import type { LiveSettings } from './liveSettings';
import { afterPaint, whenIdle } from './storyLoading';
import type { WorldView } from './worldView';

/**
 * Shows the mural still at once (`mural`, src/scenes/stageStill.ts) and returns what starts
 * the Phaser stage in `#stage` and hands it to the world view, which takes the still's
 * place; later calls do nothing. The stage waits for `first` (the compiled story, which a
 * new game reads first), then a paint, then idle time. The gallery drops the still at once:
 * it shows murals the still does not.
 */
export function stageLoader(
  world: WorldView,
  settings: LiveSettings,
  mural: MuralDescriptor | null,
  first: () => Promise<unknown>,
): (options?: { dropStill: boolean }) => void {
  const parent = byId('stage');
  const still = showStageStill(parent, mural, afterPaint());
  let requested = false;
  return (options) => {
    if (options?.dropStill) still.remove();
    if (requested) return;
    requested = true;
    // Asked for after a paint: a request in the task that showed a game (a role clicked
    // before the title's first paint) would put Vite's preload work into that task.
    void afterPaint()
      .then(first)
      // A story that failed to arrive is reported elsewhere; the stage starts all the same.
      .catch(() => undefined)
      .then(afterPaint)
      .then(whenIdle)
      .then(() => import('../scenes/stage'))
      .then(({ startStage }) => {
        const stage = startStage(parent, { motion: settings.motion() });
        still.remove();
        settings.onMotion((motion) => stage.setMotion(motion));
        world.attachStage(stage);
      });
  };
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
    // After the next paint: the gesture's own task only shows what it asked for.
    void afterPaint()
      .then(() => import('../audio/howlerAudio'))
      .then(({ HowlerAudio }) => {
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
  // In idle time: asking for a chunk costs Vite's preload work, kept off the first path.
  void whenIdle()
    .then(() => import('./tapestry'))
    .then((module) => {
      tapestry = module;
    });
  return (panels) => tapestry?.renderTapestry(panels, { motion: settings.motion() }) ?? null;
}
