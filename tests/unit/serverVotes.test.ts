// The room's rules without a server: who votes, the tally, the tie rule, the vote's timer
// (on a fake clock), the message allowance, and the protocol's codes and nicknames.
import type { Delayed } from '@colyseus/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CODE_ALPHABET,
  isJoinCode,
  LIMITS,
  makeCode,
  nicknameSchema,
  normaliseCode,
  REFUSAL_WORDS,
  REFUSALS,
  randomNickname,
  refusalWords,
} from '../../src/room/protocol';
import { Ballot, type BallotClock } from '../../src/server/ballot';
import { newCaller, readIntent } from '../../src/server/intents';
import {
  decide,
  leaders,
  smallestTeam,
  tallyOf,
  turnout,
  type VotingSeat,
  votersFor,
} from '../../src/server/votes';

const seat = (team: VotingSeat['team'], vote: number | null, here = true): VotingSeat => ({
  team,
  vote,
  here,
});

describe('who votes and how votes count', () => {
  const seats = [seat('kara', 0), seat('kara', 1), seat('torus', 1), seat('elara', null, false)];

  it('gives a team its tagged choice, everyone the group’s, and everyone a team nobody is here for', () => {
    expect(votersFor('kara', seats)).toBe('kara');
    expect(votersFor('group', seats)).toBe('everyone');
    expect(votersFor('elara', seats)).toBe('everyone');
    expect(votersFor('jalen', seats)).toBe('everyone');
  });

  it('counts only the voting team’s votes, and who of them is here', () => {
    expect(tallyOf(seats, 'kara', 2)).toEqual([1, 1]);
    expect(tallyOf(seats, 'everyone', 3)).toEqual([1, 2, 0]);
    expect(turnout(seats, 'kara')).toEqual({ cast: 2, eligible: 2 });
    expect(turnout(seats, 'everyone')).toEqual({ cast: 3, eligible: 3 });
  });

  it('applies the tie rule: one runoff, then the tied choice listed first; the facilitator closes at once', () => {
    expect(leaders([0, 0])).toEqual([]);
    expect(decide([0, 0], false, false)).toEqual({ kind: 'none' });
    expect(decide([1, 3, 2], false, false)).toEqual({ kind: 'chosen', option: 1 });
    expect(decide([2, 1, 2], false, false)).toEqual({ kind: 'runoff', tied: [0, 2] });
    expect(decide([1, 2, 2], true, false)).toEqual({ kind: 'chosen', option: 1 });
    expect(decide([1, 2, 2], false, true)).toEqual({ kind: 'chosen', option: 1 });
  });

  it('deals a new student into the smallest team, the first listed on a tie', () => {
    const teams = ['elara', 'torus', 'kara', 'jalen'] as const;
    expect(smallestTeam(teams, [])).toBe('elara');
    expect(smallestTeam(teams, [{ team: 'elara' }, { team: 'torus' }])).toBe('kara');
  });
});

describe('the vote timer', () => {
  let timeUps = 0;
  const clock: BallotClock = {
    setTimeout(callback, ms) {
      const timer = setTimeout(callback, ms);
      return { clear: () => clearTimeout(timer) } as unknown as Delayed;
    },
  };
  const ballot = (seconds: number) => new Ballot(0, 'everyone', seconds, clock, () => timeUps++);

  beforeEach(() => {
    vi.useFakeTimers();
    timeUps = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('runs out once after its seconds, keeps the time left while stopped, and takes extra time', () => {
    const vote = ballot(30);
    vote.start();
    vi.advanceTimersByTime(10_000);
    vote.stop();
    expect(vote.view([], 2)).toMatchObject({ running: false, remainingMs: 20_000 });
    vi.advanceTimersByTime(60_000);
    expect(timeUps).toBe(0);
    vote.extend(15);
    expect(vote.view([], 2).remainingMs).toBe(35_000);
    vote.start();
    vi.advanceTimersByTime(34_999);
    expect(timeUps).toBe(0);
    vi.advanceTimersByTime(1);
    expect(timeUps).toBe(1);
    expect(vote.view([], 2)).toMatchObject({ running: false, remainingMs: 0 });
  });

  it('with no vote cast stays open; extending it then opens it for that long', () => {
    const vote = ballot(10);
    vote.start();
    vi.advanceTimersByTime(10_000);
    const { decision } = vote.close([seat('kara', null)], 2, false);
    expect(decision.kind).toBe('none');
    expect(vote.expired).toBe(true);
    vote.extend(20);
    expect(vote.expired).toBe(false);
    expect(vote.view([], 2)).toMatchObject({ running: true, remainingMs: 20_000 });
  });

  it('begins a 15 s runoff on a tie and closes early only outside a runoff', () => {
    const vote = ballot(60);
    vote.start();
    const tied = [seat('kara', 0), seat('jalen', 1)];
    expect(vote.allVoted(tied)).toBe(true);
    expect(vote.close(tied, 2, false).decision.kind).toBe('runoff');
    vote.start();
    expect(vote.view(tied, 2)).toMatchObject({ runoff: true, seconds: 15, remainingMs: 15_000 });
    expect(vote.allVoted(tied)).toBe(false);
    vi.advanceTimersByTime(15_000);
    expect(timeUps).toBe(1);
    expect(vote.close(tied, 2, false).decision).toEqual({ kind: 'chosen', option: 0 });
  });
});

describe('reading what a device sent', () => {
  it('lets a burst through, then refills at the allowed rate', () => {
    const caller = newCaller(0, {});
    const results = Array.from({ length: LIMITS.burst + 1 }, () =>
      readIntent(caller, 'vote', { choice: 0 }, 0),
    );
    expect(results.slice(0, LIMITS.burst).every((r) => typeof r !== 'string')).toBe(true);
    expect(results[LIMITS.burst]).toBe('Too many messages: wait a moment.');
    expect(readIntent(caller, 'vote', { choice: 0 }, 1000 / LIMITS.perSecond)).toMatchObject({
      type: 'vote',
    });
  });

  it('refuses commands from students and unknown shapes from anyone', () => {
    const student = newCaller(0, { seat: 'a' });
    const host = newCaller(0, { host: true });
    expect(readIntent(student, 'command', { do: 'end' }, 0)).toBe(
      'Only the facilitator can do that.',
    );
    expect(readIntent(host, 'command', { do: 'end' }, 0)).toEqual({
      type: 'command',
      command: { do: 'end' },
    });
    expect(readIntent(host, 'command', { do: 'explode' }, 0)).toBe(
      'The room does not know that command.',
    );
    expect(readIntent(host, 'command', { do: 'extend', seconds: 1e9 }, 0)).toBe(
      'The room does not know that command.',
    );
    expect(readIntent(host, 'vote', { choice: 1.5 }, 0)).toBe(
      'That vote is not one of the choices.',
    );
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(readIntent(host, 'vote', circular, 0)).toBe('That message is too long.');
  });
});

describe('codes and nicknames', () => {
  it('makes codes only from the RFC 8628 alphabet and reads what a student types', () => {
    let n = 0;
    const codes = Array.from({ length: 500 }, () => makeCode(() => (n++ % 97) / 97));
    expect(codes.every(isJoinCode)).toBe(true);
    expect(makeCode(() => 0.999999)).toBe('ZZZZ');
    expect(normaliseCode(' bc-df ')).toBe('BCDF');
    expect(isJoinCode('BCDA')).toBe(false);
    expect(isJoinCode('BCD')).toBe(false);
    expect([...CODE_ALPHABET].some((letter) => 'AEIOU0123456789'.includes(letter))).toBe(false);
  });

  it('offers random nicknames that the join accepts, every one of them', () => {
    // Each word list is at most 10 long: step each draw through 0, 0.1, ... 0.9 in turn.
    for (let a = 0; a < 10; a += 1) {
      for (let b = 0; b < 10; b += 1) {
        for (let c = 0; c < 10; c += 1) {
          const draws = [a / 10, b / 10, c / 10];
          const nickname = randomNickname(() => draws.shift() ?? 0);
          expect(nicknameSchema.safeParse(nickname).success, nickname).toBe(true);
        }
      }
    }
  });

  it('has words for every refusal and a general line for anything else', () => {
    for (const [refusal, code] of Object.entries(REFUSALS)) {
      expect(refusalWords(code)).toBe(REFUSAL_WORDS[refusal as keyof typeof REFUSALS]);
    }
    expect(refusalWords(undefined)).toMatch(/Could not join/);
  });
});
