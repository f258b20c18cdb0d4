// The students of one room: their seats (nickname, team, the secret token that gets a seat
// back), who is here, and the tokens the facilitator removed. A seat outlives its device: a
// phone that sleeps, a reloaded page or a restarted server finds it again by the token.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Client } from '@colyseus/core';
import {
  type JoinOptions,
  LIMITS,
  type Refusal,
  type SeatMessage,
  TEAMS,
  type Team,
} from '../room/protocol';
import type { StoredSeat } from './roomStore';
import { smallestTeam } from './votes';

export interface Seat extends StoredSeat {
  here: boolean;
  vote: number | null;
  /** The device on the seat now (kept while it may reconnect). */
  client: Client | null;
}

/** A URL-safe secret of 144 random bits: a seat token or a host secret. */
export const secretToken = (): string => randomBytes(18).toString('base64url');

/** Compares secrets in constant time, so timing tells nothing of a token. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Why a seat could not be given: one of the protocol's join refusals. */
export class SeatRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal);
  }
}

export class Roster {
  private readonly seats = new Map<string, Seat>();
  private readonly removedTokens = new Set<string>();

  constructor(stored: readonly StoredSeat[] = [], removed: readonly string[] = []) {
    for (const seat of stored)
      this.seats.set(seat.id, { ...seat, here: false, vote: null, client: null });
    for (const token of removed) this.removedTokens.add(token);
  }

  /** The seat a token opens; a removed token is refused, an unknown one gives nothing. */
  byToken(token: string): Seat | undefined {
    for (const seat of this.seats.values()) if (sameSecret(seat.token, token)) return seat;
    if (this.removedTokens.has(token)) throw new SeatRefused('removed');
    return undefined;
  }

  /** A student's join: the seat their token opens, or a new one. */
  claim(
    join: Extract<JoinOptions, { as: 'player' }>,
    options: { locked: boolean; late: boolean },
  ): Seat {
    const known = join.seat ? this.byToken(join.seat) : undefined;
    return known ?? this.add(join.nickname, join.team, options);
  }

  get(id: string | undefined): Seat | undefined {
    return id === undefined ? undefined : this.seats.get(id);
  }

  /** A new student, dealt into the team they asked for or the smallest. */
  add(nickname: string, team: Team | undefined, options: { locked: boolean; late: boolean }): Seat {
    if (options.locked) throw new SeatRefused('locked');
    if (this.seats.size >= LIMITS.players) throw new SeatRefused('full');
    const name = nickname.toLocaleLowerCase();
    if (this.list().some((seat) => seat.nickname.toLocaleLowerCase() === name)) {
      throw new SeatRefused('nicknameTaken');
    }
    const seat: Seat = {
      id: randomBytes(6).toString('base64url'),
      token: secretToken(),
      nickname,
      team: team ?? smallestTeam(TEAMS, this.list()),
      late: options.late,
      here: false,
      vote: null,
      client: null,
    };
    this.seats.set(seat.id, seat);
    return seat;
  }

  /** The facilitator removes a student: the seat and the name go, the token is refused. */
  remove(id: string): Seat | undefined {
    const seat = this.seats.get(id);
    if (!seat) return undefined;
    this.seats.delete(id);
    this.removedTokens.add(seat.token);
    return seat;
  }

  list(): Seat[] {
    return [...this.seats.values()];
  }

  anyoneHere(): boolean {
    return this.list().some((seat) => seat.here);
  }

  clearVotes(): void {
    for (const seat of this.seats.values()) seat.vote = null;
  }

  stored(): { seats: StoredSeat[]; removed: string[] } {
    return {
      seats: this.list().map(({ id, token, nickname, team, late }) => ({
        id,
        token,
        nickname,
        team,
        late,
      })),
      removed: [...this.removedTokens],
    };
  }
}

/** What a seat's own device is told of it; its vote only while a vote is open. */
export function seatMessage(seat: Seat, voting: boolean): SeatMessage {
  const { token, id, nickname, team, late, vote } = seat;
  return { as: 'player', token, id, nickname, team, late, vote: voting ? vote : null };
}
