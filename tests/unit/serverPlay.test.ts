// A class plays a whole short session through the room: discussions hold every device on
// the question until the facilitator moves on, the story reaches an ending, and the game the
// room played is exactly the one the solo engine plays from the same choices (same Session,
// same GameState), which the facilitator receives whole at the end.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { LIMITS, type RoomView, sessionMessageSchema, TEAMS } from '../../src/room/protocol';
import type { GameState } from '../../src/session/gameState';
import { saveSchemas } from '../../src/session/saveSchemas';
import { Session } from '../../src/session/session';
import {
  type Device,
  joinRoom,
  openRoom,
  realStory,
  startTestRooms,
  type TestRooms,
} from './serverHarness';

vi.setConfig({ testTimeout: 240_000 });

/** The refusal a device gets past its message allowance (LIMITS.burst, then perSecond). */
const TOO_FAST = 'Too many messages: wait a moment.';

/**
 * The voters vote for the first choice until the facilitator sees `moved`. A session voted by
 * machine goes faster than any class (a vote a few milliseconds after the last): a vote the
 * room refuses as too fast is cast again once the allowance has refilled, the wait the
 * refusal asks for.
 */
async function voteUntilTaken(
  host: Device,
  voters: Device[],
  turns: number,
  moved: (view: RoomView) => boolean,
): Promise<RoomView> {
  let pending = voters;
  for (let round = 0; round < 6; round += 1) {
    const seen = pending.map((voter) => voter.all('notice').length);
    for (const voter of pending) voter.send('vote', { choice: 0, turns });
    const tooFast = pending.map((voter, i) =>
      voter
        .until<{ text: string }>(
          'notice',
          (notice) => voter.all('notice').length > (seen[i] ?? 0) && notice.text === TOO_FAST,
        )
        .then(() => voter),
    );
    const outcome = await Promise.race([
      host.untilView(moved),
      Promise.any(tooFast).catch(() => new Promise<never>(() => undefined)),
    ]);
    // The losers time out on their own; their rejections are expected.
    for (const wait of tooFast) wait.catch(() => undefined);
    if (!Array.isArray(outcome) && 'turns' in outcome) return outcome as RoomView;
    pending = [outcome as Device];
    await new Promise((resolve) => setTimeout(resolve, 1000 / LIMITS.perSecond + 50));
  }
  return host.untilView(moved);
}

/** The words a refused vote gets, cast again if only refused as too fast. */
async function refusalOf(phone: Device, turns: number): Promise<string> {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const notices = phone.all('notice').length;
    phone.send('vote', { choice: 0, turns });
    const notice = await phone.until<{ text: string }>(
      'notice',
      () => phone.all('notice').length > notices,
    );
    if (notice.text !== TOO_FAST) return notice.text;
    await new Promise((resolve) => setTimeout(resolve, 1000 / LIMITS.perSecond + 50));
  }
  return TOO_FAST;
}

let server: TestRooms;
beforeAll(async () => {
  server = await startTestRooms();
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

it('plays a short session to its ending, holding every device on each discussion', async () => {
  const host = await openRoom(server.testing, { as: 'host', settings: { discussion: true } });
  const students: Device[] = [];
  for (const [i, team] of TEAMS.entries()) {
    students.push(
      await joinRoom(server.testing, host.code, { as: 'player', nickname: `P${i}`, team }),
    );
  }
  host.send('command', { do: 'start' });
  let view: RoomView = await host.untilView((v) => v.phase === 'playing');
  let discussions = 0;
  for (let step = 0; step < 80 && !view.ending; step += 1) {
    const turns = view.turns;
    if (view.discussion) {
      discussions += 1;
      // Held: no timer runs, a vote is refused, every device shows the same question.
      expect(view.vote?.running).toBe(false);
      const phone = students[0] as Device;
      expect(await refusalOf(phone, turns)).toBe(
        'Talk first: the vote opens after the discussion.',
      );
      const question = view.discussion.question;
      await Promise.all(
        students.map((s) => s.untilView((v) => v.discussion?.question === question)),
      );
      host.send('command', { do: discussions % 2 === 1 ? 'skip' : 'next' });
      view = await host.untilView(
        (v) => v.discussion?.question !== question || v.discussion === null,
      );
      continue;
    }
    expect(view.vote?.running).toBe(true);
    const team = view.choices[0]?.voters;
    const voters = students.filter((_, i) => team === 'everyone' || TEAMS[i] === team);
    view = await voteUntilTaken(
      host,
      voters,
      turns,
      (v) => v.turns === turns + 1 || (v.turns === turns && v.discussion !== null),
    );
  }
  expect(view.ending).not.toBeNull();
  expect(view.vote).toBeNull();
  expect(discussions).toBeGreaterThan(0);

  // The facilitator ends the session and receives the whole game, valid as a save's game,
  // with the room's name and the server's record of every vote: one per choice, counts only.
  host.send('command', { do: 'end' });
  const ended = sessionMessageSchema.parse(await host.until('session'));
  const game = saveSchemas().gameState.parse(ended.game) as GameState;
  expect(game.log).toHaveLength(view.turns);
  expect(ended.group).toBe(`Room ${host.code}`);
  expect(ended.votes.map((vote) => [vote.turn, vote.chosen])).toEqual(
    game.log.map((record) => [record.turn, record.text]),
  );
  for (const vote of ended.votes) {
    expect(vote.tally[vote.option]).toBe(Math.max(...vote.tally));
    expect(vote.tally.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
  }
  expect(JSON.stringify(ended.votes)).not.toMatch(/P[0-3]/);
  expect(game.ending?.name).toBe(view.ending?.name);
  // The same choices played by the solo engine give the same game, microbe for microbe.
  const { session, replayed } = Session.replay(
    realStory(),
    'ensemble',
    game.log.map((entry) => entry.text),
    { ensemble: game.ensemble },
  );
  expect(replayed).toBe(game.log.length);
  expect(session.state().microbiome).toEqual(game.microbiome);
  expect(session.state().ending).toEqual(game.ending);
  await host.untilView((v) => v.phase === 'ended');
});
