// Rewind in solo play: back to the previous choice, with the story, the choices and the
// microbiome exactly as they stood then. Ensemble choices are the group's, so they are
// never undone.
//
// Two ways back, both pure. The fast one resumes a checkpoint: the game's state as it was
// shown before the last choice, kept by the shell during this visit. Without one (after a
// reload, a loaded save, or a story edited while `npm start` runs) the game is rebuilt by
// replaying every choice but the last from the start; the simulation is seeded and the
// story uses no ink randomness, so the replay lands on the same state, only more slowly
// (about half a second for a whole playthrough).
//
// The players' strokes on the wall are not choices, and neither way back knows them (a
// checkpoint was taken before the latest paint, a replay makes only choices): the strokes
// painted at or before the choice returned to are put back on the wall, the later ones
// are taken off with the choices they followed.
import type { Checkpoints } from './checkpoints';
import type { GameState } from './gameState';
import { type MuralStroke, strokesUpTo } from './muralStrokes';
import { type CompiledStoryModule, Session } from './session';

export { type Checkpoints, canRewind, MAX_CHECKPOINTS, remember } from './checkpoints';

export type RewindResult =
  | { ok: true; session: Session }
  /** Why not, in words for the player. */
  | { ok: false; reason: string };

/** The game as it was just before its last choice; `state` itself is left untouched. */
export function rewind(
  compiled: CompiledStoryModule,
  state: GameState,
  checkpoints: Checkpoints = [],
): RewindResult {
  if (state.mode !== 'solo') {
    return { ok: false, reason: 'choices made together are not taken back' };
  }
  if (state.log.length === 0) return { ok: false, reason: 'no choice has been made yet' };
  const back = state.log.length - 1;
  const strokes = strokesUpTo(state.strokes, back, state.log.length);
  const earlier = checkpoints.find((candidate) => isJustBefore(candidate, state, compiled));
  if (earlier) {
    try {
      return { ok: true, session: Session.resume(compiled, { ...earlier, strokes }) };
    } catch {
      // A checkpoint the story runtime refuses is no loss: the replay below rebuilds it.
    }
  }
  const path = state.log.slice(0, -1).map((entry) => entry.text);
  const { session, replayed } = Session.replay(compiled, state.role, path);
  if (replayed < path.length) {
    // Only after the writer edited the story mid-game: the earlier path no longer exists.
    return {
      ok: false,
      reason: `the story changed and the choice "${path[replayed]}" is no longer offered`,
    };
  }
  return { ok: true, session: withStrokes(compiled, session, strokes) };
}

/**
 * A replayed session with the players' strokes put back: the replay made the choices, the
 * paint is added as the state it is (resumed from the replay's own state, at once).
 */
export function withStrokes(
  compiled: CompiledStoryModule,
  session: Session,
  strokes: readonly MuralStroke[],
): Session {
  if (strokes.length === 0) return session;
  try {
    return Session.resume(compiled, { ...session.state(), strokes: [...strokes] });
  } catch {
    // The runtime refusing its own state would lose the paint, never the game.
    return session;
  }
}

/** A checkpoint of this same game, one choice earlier, on the story now running. */
function isJustBefore(
  candidate: GameState,
  state: GameState,
  compiled: CompiledStoryModule,
): boolean {
  return (
    candidate.mode === 'solo' &&
    candidate.role === state.role &&
    candidate.storyVersion === compiled.version &&
    candidate.log.length === state.log.length - 1 &&
    candidate.log.every(
      (entry, i) => entry.text === state.log[i]?.text && entry.turn === state.log[i]?.turn,
    )
  );
}
