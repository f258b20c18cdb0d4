// Save files: the whole game as one JSON file a player can keep, download and load
// again. A save never loses a player's story: one made before the story was edited is
// replayed choice by choice, and a save that cannot be read is explained and kept.

import { z } from 'zod';
import { endingNow } from './debrief';
import { type FirstFormatGame, type GameState, type Scene, sceneAfter } from './gameState';
import { paintedAfter, strokesUpTo } from './muralStrokes';
import { withStrokes } from './rewind';
import { SAVE_FORMAT, SAVE_KIND, type SaveFile } from './saveFile';
import { saveSchemas } from './saveSchemas';
import { type CompiledStoryModule, Session } from './session';

const saveEnvelope = z.object({
  kind: z.literal(SAVE_KIND),
  format: z.literal(SAVE_FORMAT),
  savedAt: z.iso.datetime(),
  game: z.unknown(),
});

export { makeSave, SAVE_FORMAT, SAVE_KIND, type SaveFile, writeSave } from './saveFile';

export type ReadResult = { ok: true; save: SaveFile } | { ok: false; reason: string };

/**
 * Checks a save whole against the game's schema, down to every number of the microbiome;
 * the reason is written for the player, not for a developer. A save is either accepted
 * whole or refused: never half-loaded.
 */
export function readSave(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not a save file (the text is not valid JSON)' };
  }
  const { kind, format } = (typeof data === 'object' && data !== null ? data : {}) as {
    kind?: unknown;
    format?: unknown;
  };
  if (kind !== SAVE_KIND) return { ok: false, reason: 'it is not a Dental Biocalypse save file' };
  if (typeof format === 'number' && format > SAVE_FORMAT) {
    return { ok: false, reason: 'it was made by a newer version of the game' };
  }
  if (typeof format === 'number' && format < SAVE_FORMAT) {
    return {
      ok: false,
      reason: 'it was made by an older version of the game that saved differently',
    };
  }
  const envelope = saveEnvelope.safeParse(data);
  if (!envelope.success)
    return { ok: false, reason: `it is damaged (${problemWords(envelope.error)})` };
  const { savedAt } = envelope.data;
  const game = readGame(envelope.data.game);
  if (!game.ok) return game;
  return { ok: true, save: { kind: SAVE_KIND, format: SAVE_FORMAT, savedAt, game: game.game } };
}

function readGame(data: unknown): { ok: true; game: GameState } | { ok: false; reason: string } {
  const format = (data as { format?: unknown } | null)?.format;
  if (format === 1) {
    const old = saveSchemas().firstFormatGame.safeParse(data);
    if (!old.success) return { ok: false, reason: `it is damaged (${problemWords(old.error)})` };
    return { ok: true, game: upgradeFirstFormat(old.data) };
  }
  if (typeof format === 'number' && format > 2) {
    return { ok: false, reason: 'it was made by a newer version of the game' };
  }
  const game = saveSchemas().gameState.safeParse(data);
  if (!game.success) return { ok: false, reason: `it is damaged (${problemWords(game.error)})` };
  // Strokes saved before they were stamped with their moment count as painted at the
  // choice the save stands at: kept on a replay of this save, gone on a rewind before it.
  const stamped = game.data.log.length;
  const strokes = game.data.strokes.map((stroke) => ({
    ...stroke,
    afterChoice: paintedAfter(stroke, stamped),
  }));
  return { ok: true, game: { ...game.data, strokes } };
}

/**
 * A game saved before the views' state was kept: the place and music are the last the
 * story gave in the whole backlog, the ending is judged again, and the waiting choices
 * come back from the story state when it resumes.
 */
function upgradeFirstFormat(old: FirstFormatGame): GameState {
  let scene: Scene = { backdrop: null, music: null };
  for (const entry of old.transcript) {
    if (entry.kind === 'line') scene = sceneAfter(scene, entry.line.cues);
  }
  const ending = old.ended ? endingNow(old.microbiome) : null;
  return {
    ...old,
    format: 2,
    tapestry: old.tapestry ?? [],
    scene,
    choices: [],
    turn: null,
    discussion: null,
    paused: false,
    ending,
    strokes: [],
  };
}

/** The first problem zod found, in words: "microbiome.minute is out of range". */
function problemWords(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unreadable';
  const place = issue.path.filter((part) => typeof part !== 'symbol').join('.') || 'the file';
  switch (issue.code) {
    case 'invalid_type':
      return `${place} is missing or of the wrong kind`;
    case 'too_big':
    case 'too_small':
      return `${place} is out of range`;
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
      return `${place} is not one the game knows`;
    case 'custom':
      return issue.message;
    default:
      return `${place} is not valid`;
  }
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
  const { session: replay, replayed } = Session.replay(compiled, game.role, path, {
    ensemble: game.ensemble,
  });
  // The replay makes the choices; the players' paint goes back on the wall as far as the
  // replay got (a stroke painted after a choice the edited story lost goes with it).
  const strokes = strokesUpTo(game.strokes, replayed, path.length);
  const session = withStrokes(compiled, replay, strokes);
  if (replayed === path.length) return { kind: 'replayed', session, choices: replayed };
  return {
    kind: 'partial',
    session,
    replayed,
    total: path.length,
    missing: path[replayed] ?? '',
  };
}
