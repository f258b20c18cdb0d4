// What every classroom of one process shares (the compiled story, the store, the rooms being
// brought back), and the small rules around a room's identity: its code, claimed atomically
// across every process that shares the presence, and its story session.
import { randomInt } from 'node:crypto';
import { type Presence, ServerError } from '@colyseus/core';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  LIMITS,
  REFUSAL_WORDS,
  REFUSALS,
  type Refusal,
  type RoomSettings,
  TEAMS,
} from '../room/protocol';
import type { Ensemble } from '../session/ensemble';
import type { GameState } from '../session/gameState';
import { ROLES } from '../session/roles';
import { type CompiledStoryModule, Session } from '../session/session';
import type { RoomRecord, RoomStore } from './roomStore';

export interface ClassroomContext {
  compiled: CompiledStoryModule;
  store: RoomStore;
  /** Records the server is bringing back after a restart, by code (see roomServer.ts). */
  restoring: Map<string, RoomRecord>;
}

let context: ClassroomContext | null = null;

export function setClassroomContext(next: ClassroomContext | null): void {
  context = next;
}

export function shared(): ClassroomContext {
  if (!context) throw new Error('the room server has no story: call setClassroomContext first');
  return context;
}

export const DAY_SECONDS = LIMITS.keepMs / 1000;
export const codeKey = (code: string) => `classroom-code:${code}`;

/** A code no other room holds (in any process sharing the presence): an atomic counter. */
export async function claimCode(presence: Presence, store: RoomStore): Promise<string> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    if ((await presence.incr(codeKey(code))) !== 1) continue;
    await presence.expire(codeKey(code), DAY_SECONDS);
    // A stored room not yet brought back keeps its code too.
    if (await store.load(code)) continue;
    return code;
  }
  throw new ServerError(REFUSALS.full, 'No free room code: try again in a moment.');
}

/** A join refused with the protocol's code and words. */
export function refuse(refusal: Refusal): ServerError {
  return new ServerError(REFUSALS[refusal], REFUSAL_WORDS[refusal]);
}

/** Workshop play with the four teams as the cast: the story's ensemble mode. */
export function newSession(compiled: CompiledStoryModule, settings: RoomSettings): Session {
  const cast = Object.fromEntries(TEAMS.map((team) => [team, `Team ${ROLES[team].name}`]));
  const ensemble: Ensemble = {
    cast: cast as Ensemble['cast'],
    length: settings.length,
    discussion: settings.discussion,
  };
  return Session.begin(compiled, 'ensemble', { ensemble });
}

/** A stored game, continued exactly, or replayed choice by choice on an edited story. */
export function resumedSession(compiled: CompiledStoryModule, game: GameState): Session {
  if (game.storyVersion === compiled.version) return Session.resume(compiled, game);
  const path = game.log.map((entry) => entry.text);
  return Session.replay(compiled, game.role, path, { ensemble: game.ensemble }).session;
}
