// Saves: an autosave after every change, so nothing depends on remembering to save. A
// browser that refuses storage is told about once, with the way to keep the game anyway.
import type { GameState } from '../session/gameState';
import { makeSave } from '../session/saveGame';
import { type SaveStorage, storeSave } from '../session/saveSlots';
import type { Notices } from './notices';

export function autosaver(storage: SaveStorage, notices: Notices): (state: GameState) => void {
  let failed = false;
  return (state) => {
    try {
      storeSave(storage, 'auto', makeSave(state, new Date()), new Date());
    } catch (error) {
      if (failed) return;
      failed = true;
      notices.say(
        `This browser would not store your progress (${error instanceof Error ? error.message : 'storage refused'}). Use "Download save" to keep it.`,
      );
    }
  };
}
