// What devices render, built from the room's session and seats (RoomView in the protocol).
// Read from the session's live getters rather than `state()`, which copies the whole
// backlog: a view is built on every join and every choice of thirty devices.
import {
  LIMITS,
  type RoomSettings,
  type RoomView,
  type RosterEntry,
  TEAMS,
  type Team,
  TIE_RULE,
  type ViewVote,
  type Voters,
} from '../room/protocol';
import { chooserOf } from '../session/ensemble';
import type { Session } from '../session/session';
import { health, muralState, ph, shares } from '../sim';

export interface ViewSeat {
  id: string;
  nickname: string;
  team: Team;
  here: boolean;
}

export interface RoomFacts {
  code: string;
  phase: RoomView['phase'];
  locked: boolean;
  settings: RoomSettings;
  seats: readonly ViewSeat[];
  vote: ViewVote | null;
  lastChoice: RoomView['lastChoice'];
}

export function buildView(session: Session, facts: RoomFacts): RoomView {
  const microbiome = session.microbiome;
  const passage = session.passage;
  const lobby = facts.phase === 'lobby';
  const discussion = session.pendingDiscussion;
  const teams = Object.fromEntries(TEAMS.map((team) => [team, [] as RosterEntry[]])) as Record<
    Team,
    RosterEntry[]
  >;
  for (const seat of facts.seats) {
    teams[seat.team].push({ id: seat.id, nickname: seat.nickname, here: seat.here });
  }
  const ending = session.endingState;
  return {
    code: facts.code,
    phase: facts.phase,
    locked: facts.locked,
    paused: session.isPaused,
    settings: facts.settings,
    chapter: lobby ? null : session.chapter,
    // The lobby shows the code and the teams; the story waits for the facilitator's start.
    lines: lobby
      ? []
      : passage.lines.slice(-400).map((line) => ({ text: line.text, cues: line.cues })),
    choices: lobby
      ? []
      : passage.choices.map((choice, position) => {
          const chooser = chooserOf(choice.cues);
          const voters: Voters = chooser === 'group' ? 'everyone' : chooser;
          return { choice: position, text: choice.text, voters };
        }),
    vote: facts.vote,
    lastChoice: facts.lastChoice,
    discussion:
      discussion && !lobby
        ? {
            question: discussion.questions[discussion.current] ?? '',
            number: discussion.current + 1,
            of: discussion.questions.length,
          }
        : null,
    teams,
    mural: {
      ...muralState(microbiome),
      shares: shares(microbiome),
      ph: ph(microbiome),
      health: health(microbiome),
    },
    ending: ending ? { name: ending.name, reason: ending.reason } : null,
    tieRule: TIE_RULE,
    turns: session.log.length,
  };
}

/** A vote's length in seconds under the room's settings (the accessibility option doubles it). */
export function voteSeconds(settings: RoomSettings): number {
  return settings.seconds * (settings.extendedTime ? LIMITS.extendedFactor : 1);
}
