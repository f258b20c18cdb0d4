// Saves: an autosave after every change, so nothing depends on remembering to save. A
// browser that refuses storage is told about once, with the way to keep the game anyway.
// Storing checks an older save it would replace (saveSlots.ts, with zod): a game shown
// before the session's runtime has loaded is saved when it arrives, each save in order.
import type { GameState } from '../session/gameState';
import { makeSave } from '../session/saveFile';
import type { SaveStorage } from '../session/saveStorage';
import type { Notices } from './notices';
import { withRuntime } from './storyLoading';

export function autosaver(storage: SaveStorage, notices: Notices): (state: GameState) => void {
  let failed = false;
  return (state) => {
    const save = makeSave(state, new Date());
    withRuntime(({ storeSave }) => {
      try {
        storeSave(storage, 'auto', save, new Date());
      } catch (error) {
        if (failed) return;
        failed = true;
        notices.say(
          `This browser would not store your progress (${error instanceof Error ? error.message : 'storage refused'}). Use "Download save" to keep it.`,
        );
      }
    });
  };
}
