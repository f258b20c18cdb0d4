// Each solo role's opening, played ahead of time. The story's first passage does not depend
// on the player (seed 1, nothing chosen yet), so the build plays it once per role with the
// real engine and the page shows it the moment a role is picked, while inkjs reads the
// compiled story after that passage is on screen. Only the start is played ahead: a game
// then continues from this state exactly as a saved game continues from its save.
import type { GameState } from './gameState';
import { ROLE_IDS, type RoleId } from './roles';
import { type CompiledStoryModule, Session } from './session';

export type Openings = Partial<Record<RoleId, GameState>>;

/** What `import story from '…/main.ink'` gives the page (src/ink/vitePlugin.ts builds it). */
export interface StoryModule {
  version: string;
  /** Each role's opening state; a role the story could not open is missing. */
  openings: Openings;
  /** The compiled story, fetched on request (a chunk of its own, not in the entry). */
  json(): Promise<string>;
}

/**
 * Plays every solo role up to its first choice with the real engine, as `Session.begin`
 * does when a role is picked. A role whose opening fails is left out (the page then
 * begins it the slow way and reports the same error there).
 */
export function playOpenings(compiled: CompiledStoryModule): {
  openings: Openings;
  failures: string[];
} {
  const openings: Openings = {};
  const failures: string[] = [];
  for (const role of ROLE_IDS) {
    try {
      openings[role] = Session.begin(compiled, role).state();
    } catch (error) {
      failures.push(`${role}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { openings, failures };
}
