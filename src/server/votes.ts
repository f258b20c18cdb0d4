// How a room's vote is counted and decided: plain functions over the seats, so the rules
// (who may vote, when a vote closes, the tie rule) are tested without a server.
import type { Team, Voters } from '../room/protocol';
import type { Chooser } from '../session/ensemble';

export interface VotingSeat {
  team: Team;
  here: boolean;
  vote: number | null;
}

/**
 * Who votes on the waiting choices: the team whose choice it is, or everyone for the
 * group's. A team with nobody here cannot vote, so everyone does rather than the room stall.
 */
export function votersFor(turn: Chooser | null, seats: readonly VotingSeat[]): Voters {
  if (turn === null || turn === 'group') return 'everyone';
  return seats.some((seat) => seat.team === turn && seat.here) ? turn : 'everyone';
}

export function mayVote(seat: VotingSeat, voters: Voters): boolean {
  return voters === 'everyone' || seat.team === voters;
}

/** Votes for each of `options` choices, counted over the seats that may vote. */
export function tallyOf(seats: readonly VotingSeat[], voters: Voters, options: number): number[] {
  const tally = new Array<number>(options).fill(0);
  for (const seat of seats) {
    if (seat.vote === null || !mayVote(seat, voters)) continue;
    if (seat.vote >= 0 && seat.vote < options) tally[seat.vote] = (tally[seat.vote] ?? 0) + 1;
  }
  return tally;
}

/** Seats here that may vote, and how many of all voting seats have voted. */
export function turnout(
  seats: readonly VotingSeat[],
  voters: Voters,
): { cast: number; eligible: number } {
  let cast = 0;
  let eligible = 0;
  for (const seat of seats) {
    if (!mayVote(seat, voters)) continue;
    if (seat.here) eligible += 1;
    if (seat.vote !== null) cast += 1;
  }
  return { cast, eligible };
}

/** The options with the most votes (none when nobody voted), in the order they are listed. */
export function leaders(tally: readonly number[]): number[] {
  const most = Math.max(0, ...tally);
  if (most === 0) return [];
  return tally.flatMap((count, option) => (count === most ? [option] : []));
}

export type Decision =
  | { kind: 'none' }
  | { kind: 'runoff'; tied: number[] }
  | { kind: 'chosen'; option: number };

/**
 * The tie rule (TIE_RULE in the protocol): a tie starts one runoff; a tie after the runoff,
 * or a vote the facilitator closes, takes the tied choice listed first. No votes, no choice.
 */
export function decide(
  tally: readonly number[],
  runoffDone: boolean,
  closedByHost: boolean,
): Decision {
  const top = leaders(tally);
  const first = top[0];
  if (first === undefined) return { kind: 'none' };
  if (top.length > 1 && !runoffDone && !closedByHost) return { kind: 'runoff', tied: top };
  return { kind: 'chosen', option: first };
}

/** The team a new student is dealt into: the one with the fewest seats, first listed on a tie. */
export function smallestTeam(teams: readonly Team[], seats: readonly { team: Team }[]): Team {
  let best = teams[0] as Team;
  let fewest = Number.POSITIVE_INFINITY;
  for (const team of teams) {
    const count = seats.filter((seat) => seat.team === team).length;
    if (count < fewest) {
      best = team;
      fewest = count;
    }
  }
  return best;
}
