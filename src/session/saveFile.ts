// A save file's envelope: what writing a save needs (the autosave, "Download save", the
// debrief's export). Reading one back, checked against the game's schema, is saveGame.ts,
// which loads zod and the story runtime; this module loads neither, so the title does not
// (issue #14).
import type { GameState } from './gameState';

export const SAVE_KIND = 'dental-biocalypse-save';
export const SAVE_FORMAT = 1;

export interface SaveFile {
  kind: typeof SAVE_KIND;
  format: typeof SAVE_FORMAT;
  /** ISO time, for the save slots' list. */
  savedAt: string;
  game: GameState;
}

export function makeSave(game: GameState, savedAt: Date): SaveFile {
  return { kind: SAVE_KIND, format: SAVE_FORMAT, savedAt: savedAt.toISOString(), game };
}

export function writeSave(save: SaveFile): string {
  return JSON.stringify(save);
}
