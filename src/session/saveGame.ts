// Save files: the whole game as one JSON file a player can keep, download and load
// again. A save never loses a player's story: one made before the story was edited is
// replayed choice by choice, and a save that cannot be read is explained and kept.

import { ensembleProblem } from './ensemble';
import type { GameState } from './gameState';
import { isRoleId } from './roles';
import { type CompiledStoryModule, Session } from './session';

export const SAVE_KIND = 'dental-biocalypse-save';
export const SAVE_FORMAT = 1;

export interface SaveFile {
  kind: typeof SAVE_KIND;
  format: typeof SAVE_FORMAT;
  /** ISO time, for the save slots' list. */
  savedAt: string;
  game: GameState;
}

export function makeSave(session: Session, savedAt: Date): SaveFile {
  return {
    kind: SAVE_KIND,
    format: SAVE_FORMAT,
    savedAt: savedAt.toISOString(),
    game: session.state(),
  };
}

export function writeSave(save: SaveFile): string {
  return JSON.stringify(save);
}

export type ReadResult = { ok: true; save: SaveFile } | { ok: false; reason: string };

/** Checks a save's shape; the reason is written for the player, not for a developer. */
export function readSave(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not a save file (the text is not valid JSON)' };
  }
  if (!isObject(data) || data.kind !== SAVE_KIND) {
    return { ok: false, reason: 'it is not a Dental Biocalypse save file' };
  }
  if (typeof data.format !== 'number' || data.format > SAVE_FORMAT) {
    return { ok: false, reason: 'it was made by a newer version of the game' };
  }
  if (data.format < SAVE_FORMAT) {
    return {
      ok: false,
      reason: 'it was made by an older version of the game that saved differently',
    };
  }
  const game = data.game;
  const problem = gameProblem(game);
  if (problem) return { ok: false, reason: `it is damaged (${problem})` };
  if (typeof data.savedAt !== 'string' || Number.isNaN(Date.parse(data.savedAt))) {
    return { ok: false, reason: 'it is damaged (no valid save time)' };
  }
  return { ok: true, save: data as unknown as SaveFile };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function gameProblem(game: unknown): string | null {
  if (!isObject(game)) return 'no game inside';
  if (game.format !== 1) return 'unknown game format';
  if (game.role === 'ensemble') {
    const problem = ensembleProblem(game.ensemble);
    if (problem) return `an ensemble game with ${problem}`;
  } else if (!isRoleId(game.role)) return 'no valid role';
  if (typeof game.story !== 'string') return 'no story state';
  if (typeof game.storyVersion !== 'string') return 'no story version';
  if (!isObject(game.microbiome)) return 'no microbiome';
  if (!Array.isArray(game.log)) return 'no choice log';
  if (!Array.isArray(game.transcript)) return 'no history';
  return null;
}

export type RestoreResult =
  /** Same story version: resumed exactly as saved. */
  | { kind: 'resumed'; session: Session }
  /** The story was edited: every recorded choice was replayed on the new story. */
  | { kind: 'replayed'; session: Session; choices: number }
  /** The story was edited and a recorded choice is gone: stopped at the nearest valid point. */
  | { kind: 'partial'; session: Session; replayed: number; total: number; missing: string };

export function restoreSave(compiled: CompiledStoryModule, save: SaveFile): RestoreResult {
  const { game } = save;
  if (game.storyVersion === compiled.version) {
    try {
      return { kind: 'resumed', session: Session.resume(compiled, game) };
    } catch {
      // A state the runtime cannot load is still a path of choices: fall through to replay.
    }
  }
  const path = game.log.map((entry) => entry.text);
  const { session, replayed } = Session.replay(compiled, game.role, path, {
    ensemble: game.ensemble,
  });
  if (replayed === path.length) return { kind: 'replayed', session, choices: replayed };
  return {
    kind: 'partial',
    session,
    replayed,
    total: path.length,
    missing: path[replayed] ?? '',
  };
}
