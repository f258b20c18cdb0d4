// The states a solo player has seen in this visit, kept by the shell so Back one choice
// (rewind.ts) can resume the one before at once. Apart from rewind.ts, which needs the story
// runtime: the play screen keeps these from its first passage, before inkjs has loaded.
import type { GameState } from './gameState';

/** States the player has seen in this visit, oldest first (see `remember`). */
export type Checkpoints = readonly GameState[];

/** Enough to step back through any playthrough of the story, and a bound on memory. */
export const MAX_CHECKPOINTS = 80;

/** Whether there is a choice to take back: solo play, at least one choice made. */
export function canRewind(state: Pick<GameState, 'mode' | 'log'>): boolean {
  return state.mode === 'solo' && state.log.length > 0;
}

/**
 * Adds the state now on screen to the checkpoints. States further along than it belong to
 * a path that was just rewound or abandoned, so they are dropped.
 */
export function remember(checkpoints: Checkpoints, state: GameState): Checkpoints {
  const kept = checkpoints.filter((earlier) => earlier.log.length < state.log.length);
  return [...kept, state].slice(-MAX_CHECKPOINTS);
}
