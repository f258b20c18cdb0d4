// The classroom room end to end over real WebSockets (the @colyseus/testing SDK against the
// real room server): joining by code, the refusals a student reads, team votes with the live
// tally, the timer, the tie rule, reconnection to the same seat, facilitator commands refused
// to students, and malformed, oversized and too-fast messages answered with a notice.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  isJoinCode,
  LIMITS,
  REFUSAL_WORDS,
  REFUSALS,
  type RoomView,
  TEAMS,
  type Team,
} from '../../src/room/protocol';
import { MAX_FRAME_BYTES } from '../../src/server/roomServer';
import {
  Device,
  joinRoom,
  openRoom,
  refusal,
  startTestRooms,
  type TestRooms,
} from './serverHarness';

// Real sockets on a machine other engineers share: joins take longer when it is busy.
vi.setConfig({ testTimeout: 60_000 });

let server: TestRooms;

beforeAll(async () => {
  server = await startTestRooms();
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

/** A room with one student per team (Ana in Elara's, Ben in Torus's...), story started. */
async function classOfFour(settings: { discussion?: boolean; seconds?: number } = {}) {
  const host = await openRoom(server.testing, {
    as: 'host',
    settings: { discussion: settings.discussion ?? false, seconds: settings.seconds ?? 60 },
  });
  const names = ['Ana', 'Ben', 'Cy', 'Dee'];
  const students: Record<Team, Device> = {} as Record<Team, Device>;
  for (const [i, team] of TEAMS.entries()) {
    students[team] = await joinRoom(server.testing, host.code, {
      as: 'player',
      nickname: names[i] ?? 'X',
      team,
    });
  }
  host.send('command', { do: 'start' });
  await host.untilView((view) => view.phase === 'playing' && view.vote !== null);
  return { host, students, everyone: Object.values(students) };
}

/** The devices that may vote now, from the view's `vote.voters`. */
function voters(view: RoomView, students: Record<Team, Device>): Device[] {
  const who = view.vote?.voters;
  if (!who) return [];
  return who === 'everyone' ? Object.values(students) : [students[who]];
}

describe('joining a room by its code', () => {
  it('gives the facilitator a four-letter code and the host secret, and deals students into teams', async () => {
    const host = await openRoom(server.testing);
    expect(isJoinCode(host.code)).toBe(true);
    expect(host.seat()).toMatchObject({ as: 'host' });
    expect(host.view()).toMatchObject({ phase: 'lobby', code: host.code, lines: [], choices: [] });

    const names = ['Ana', 'Ben', 'Cy', 'Dee', 'Eve'];
    const students: Device[] = [];
    for (const nickname of names) {
      students.push(await joinRoom(server.testing, host.code, { as: 'player', nickname }));
    }
    // Dealt into the smallest team in turn: one each, then the fifth to the first team.
    const teams = students.map((student) => {
      const seat = student.seat();
      return seat.as === 'player' ? seat.team : null;
    });
    expect(teams).toEqual([...TEAMS, TEAMS[0]]);
    const view = await host.untilView((v) => Object.values(v.teams).flat().length === 5);
    expect(view.teams.elara.map((entry) => entry.nickname)).toEqual(['Ana', 'Eve']);
    // The roster shows public seat ids and nicknames, never a student's seat token.
    const first = students[0]?.seat();
    if (first?.as !== 'player') throw new Error('not a student');
    expect(JSON.stringify(view)).not.toContain(first.token);
  });

  it('refuses a wrong code, a taken nickname, a locked room and a bad nickname, each in words', async () => {
    const host = await openRoom(server.testing);
    const wrong = host.code === 'BBBB' ? 'CCCC' : 'BBBB';
    expect(
      (await refusal(server.testing.sdk.joinById(wrong, { as: 'player', nickname: 'Zed' }))).code,
    ).toBe(REFUSALS.wrongCode);
    await joinRoom(server.testing, host.code, { as: 'player', nickname: 'Ana' });
    expect(
      await refusal(server.testing.sdk.joinById(host.code, { as: 'player', nickname: 'ana' })),
    ).toEqual({ code: REFUSALS.nicknameTaken, message: REFUSAL_WORDS.nicknameTaken });
    expect(
      (await refusal(server.testing.sdk.joinById(host.code, { as: 'player', nickname: ' ' }))).code,
    ).toBe(REFUSALS.badRequest);
    expect(
      (
        await refusal(
          server.testing.sdk.joinById(host.code, { as: 'host', secret: 'x'.repeat(24) }),
        )
      ).code,
    ).toBe(REFUSALS.notHost);

    host.send('command', { do: 'lock' });
    await host.untilView((view) => view.locked);
    expect(
      await refusal(server.testing.sdk.joinById(host.code, { as: 'player', nickname: 'Late' })),
    ).toEqual({ code: REFUSALS.locked, message: REFUSAL_WORDS.locked });
  });

  it('lets a late student in after the start, dealt into the smallest team and told so', async () => {
    const { host } = await classOfFour();
    const late = await joinRoom(server.testing, host.code, { as: 'player', nickname: 'Late' });
    expect(late.seat()).toMatchObject({ as: 'player', late: true, team: TEAMS[0] });
    expect(late.view().phase).toBe('playing');
  });

  it('refuses the sixty-first student as full', async () => {
    const host = await openRoom(server.testing);
    for (let i = 0; i < LIMITS.players; i += 1) {
      const device = await joinRoom(server.testing, host.code, { as: 'player', nickname: `S${i}` });
      await device.leave();
    }
    expect(
      (
        await refusal(
          server.testing.sdk.joinById(host.code, { as: 'player', nickname: 'One more' }),
        )
      ).code,
    ).toBe(REFUSALS.full);
  }, 120_000);
});

describe('votes', () => {
  it('counts the voting team’s votes in a live tally and plays the choice when all have voted', async () => {
    const { host, students } = await classOfFour();
    const before = host.view();
    expect(before.choices.length).toBeGreaterThan(1);
    expect(before.lines.length).toBeGreaterThan(0);
    const voting = voters(before, students);
    const [first, ...rest] = voting;
    if (!first) throw new Error('nobody votes');
    first.send('vote', { choice: 1 });
    if (rest.length > 0) {
      const tally = await host.until<{ tally: number[]; cast: number }>(
        'tally',
        (t) => t.cast === 1,
      );
      expect(tally.tally[1]).toBe(1);
    }
    for (const device of rest) device.send('vote', { choice: 1 });
    const after = await host.untilView((view) => view.turns === 1);
    expect(after.lastChoice?.text).toBe(before.choices[1]?.text);
    expect(after.lastChoice?.tally[1]).toBe(voting.length);
    // Every device holds the new passage.
    for (const device of Object.values(students))
      await device.untilView((view) => view.turns === 1);
  });

  it('refuses a vote from a team whose choice it is not, and a choice that is not offered', async () => {
    const { host, students } = await classOfFour();
    // Play until a choice belongs to one team, so another team's vote is refused.
    for (let turn = 0; turn < 12; turn += 1) {
      const view = host.view();
      const team = view.vote?.voters;
      if (team && team !== 'everyone') {
        const outsider = Object.entries(students).find(([t]) => t !== team)?.[1];
        outsider?.send('vote', { choice: 0 });
        const notice = await outsider?.until<{ text: string }>('notice');
        expect(notice?.text).toMatch(/team/);
        break;
      }
      for (const device of voters(view, students)) device.send('vote', { choice: 0 });
      await host.untilView((v) => v.turns === turn + 1);
    }
    const someone = students.elara;
    someone.send('vote', { choice: 63 });
    expect(
      (await someone.until<{ text: string }>('notice', (n) => /not one of/.test(n.text))).text,
    ).toBe('That vote is not one of the choices.');
  }, 60_000);

  it('runs one runoff on a tie, then takes the tied choice listed first', async () => {
    const { host, students } = await classOfFour();
    // A tie needs two voters: play on until everyone votes.
    let view = host.view();
    for (let turn = 0; view.vote?.voters !== 'everyone' && turn < 12; turn += 1) {
      for (const device of voters(view, students)) device.send('vote', { choice: 0 });
      view = await host.untilView((v) => v.turns === turn + 1);
    }
    expect(view.vote?.voters).toBe('everyone');
    const turns = view.turns;
    students.elara.send('vote', { choice: 1 });
    students.torus.send('vote', { choice: 1 });
    students.kara.send('vote', { choice: 0 });
    students.jalen.send('vote', { choice: 0 });
    const runoff = await host.untilView((v) => v.vote?.runoff === true);
    expect(runoff.turns).toBe(turns);
    expect(runoff.vote).toMatchObject({ running: true, seconds: 15 });
    expect(runoff.vote?.tally.slice(0, 2)).toEqual([2, 2]);
    // Still tied when the facilitator closes: the tied choice listed first.
    host.send('command', { do: 'close' });
    const after = await host.untilView((v) => v.turns === turns + 1);
    expect(after.lastChoice).toMatchObject({ text: view.choices[0]?.text, runoff: true });
  }, 60_000);

  it('has a timer that counts down, stops while paused, and can be extended', async () => {
    const { host, students } = await classOfFour({ seconds: 60 });
    const start = host.view().vote;
    expect(start).toMatchObject({ running: true, seconds: 60 });
    expect(start?.remainingMs).toBeGreaterThan(50_000);
    host.send('command', { do: 'pause' });
    const paused = await host.untilView((v) => v.paused);
    expect(paused.vote?.running).toBe(false);
    students.elara.send('vote', { choice: 0 });
    expect((await students.elara.until<{ text: string }>('notice')).text).toBe(
      'The game is paused.',
    );
    host.send('command', { do: 'extend', seconds: 30 });
    const left = paused.vote?.remainingMs ?? 0;
    // Paused, the time left is exact: 30 s more, to the millisecond.
    const extended = await host.untilView((v) => (v.vote?.remainingMs ?? 0) > left + 1_000);
    expect(extended.vote?.remainingMs).toBe(left + 30_000);
    host.send('command', { do: 'resume' });
    const resumed = await host.untilView((v) => !v.paused && v.vote?.running === true);
    expect(resumed.vote?.remainingMs).toBeLessThanOrEqual(left + 30_000);
  });
});

describe('the facilitator', () => {
  it('alone can give commands: a student’s start, close, remove and end are refused', async () => {
    const { host, students } = await classOfFour();
    const student = students.kara;
    for (const command of [
      { do: 'close' },
      { do: 'end' },
      { do: 'lock' },
      { do: 'remove', seat: 'x' },
    ]) {
      student.send('command', command);
    }
    await student.until('notice', () => student.all('notice').length >= 4);
    expect(student.all('notice')).toEqual(
      new Array(4).fill({ text: 'Only the facilitator can do that.' }),
    );
    const view = host.view();
    expect(view).toMatchObject({ phase: 'playing', locked: false, turns: 0 });
  });

  it('removes a student: the seat goes and its token no longer gets in', async () => {
    const { host, students } = await classOfFour();
    const seat = students.jalen.seat();
    if (seat.as !== 'player') throw new Error('not a student');
    host.send('command', { do: 'remove', seat: seat.id });
    await students.jalen.until('removed');
    await host.untilView((view) => view.teams.jalen.length === 0);
    expect(
      (
        await refusal(
          server.testing.sdk.joinById(host.code, {
            as: 'player',
            nickname: 'Dee',
            seat: seat.token,
          }),
        )
      ).code,
    ).toBe(REFUSALS.removed);
  });

  it('a second facilitator device joins with the host secret; the room outlives the host leaving', async () => {
    const { host, students } = await classOfFour();
    const secret = host.seat();
    if (secret.as !== 'host') throw new Error('not the host');
    await host.leave();
    const laptop = await joinRoom(server.testing, host.code, { as: 'host', secret: secret.secret });
    expect(laptop.view().phase).toBe('playing');
    laptop.send('command', { do: 'pause' });
    await students.elara.untilView((view) => view.paused);
  });
});

describe('reconnecting', () => {
  it('a dropped phone comes back to its seat with its vote', async () => {
    const { host, students } = await classOfFour();
    const view = host.view();
    const phone = voters(view, students)[0];
    if (!phone) throw new Error('nobody votes');
    const seat = phone.seat();
    const token = phone.room.reconnectionToken;
    if (voters(view, students).length > 1) phone.send('vote', { choice: 1 });
    // The phone's connection drops without leaving (as a sleeping phone's does); this test
    // reconnects by hand, as the page does when the SDK's own retries are spent.
    phone.room.reconnection.enabled = false;
    phone.room.connection.close(3000, 'asleep');
    await host.untilView((v) =>
      Object.values(v.teams)
        .flat()
        .some((entry) => !entry.here),
    );
    const back = await server.testing.sdk.reconnect(token);
    const device = new Device(back);
    const again = await device.until('seat');
    const voted = voters(view, students).length > 1;
    expect(again).toMatchObject({ id: (seat as { id: string }).id, vote: voted ? 1 : null });
    await host.untilView((v) =>
      Object.values(v.teams)
        .flat()
        .every((entry) => entry.here),
    );
  });

  it('a phone whose reconnection expired gets its seat back by its seat token', async () => {
    const { host, students } = await classOfFour();
    const seat = students.torus.seat();
    if (seat.as !== 'player') throw new Error('not a student');
    await students.torus.leave();
    host.send('command', { do: 'lock' });
    await host.untilView((view) => view.locked);
    const back = await joinRoom(server.testing, host.code, {
      as: 'player',
      nickname: 'Another name',
      seat: seat.token,
    });
    expect(back.seat()).toMatchObject({ id: seat.id, nickname: 'Ben', team: 'torus' });
  });
});

describe('messages a room refuses', () => {
  it('answers malformed, unknown, oversized and too-fast messages with a notice and changes nothing', async () => {
    const { host, students } = await classOfFour();
    const phone = students.elara;
    phone.send('vote', { choice: 'one' });
    phone.send('vote', { choice: -1 });
    phone.send('shout', { text: 'hi' });
    phone.send('vote', { choice: 0, padding: 'x'.repeat(LIMITS.messageBytes) });
    await phone.until('notice', () => phone.all('notice').length >= 4);
    expect(phone.all('notice')).toEqual([
      { text: 'That vote is not one of the choices.' },
      { text: 'That vote is not one of the choices.' },
      { text: 'The room does not know that message.' },
      { text: 'That message is too long.' },
    ]);
    // Past the burst, the room answers "wait" and counts nothing.
    for (let i = 0; i < LIMITS.burst + 5; i += 1) phone.send('shout', {});
    await phone.until<{ text: string }>('notice', (n) => n.text.startsWith('Too many'));
    expect(host.view()).toMatchObject({ turns: 0, phase: 'playing' });
    expect(host.view().vote?.cast).toBe(0);
  });

  it('closes the socket of a device whose message is over 4 KB, unread', async () => {
    const { host, students } = await classOfFour();
    const phone = students.elara;
    phone.room.reconnection.enabled = false;
    const closed = new Promise<number>((resolve) => phone.room.onLeave((code) => resolve(code)));
    // Under the socket's cap the room reads a message and refuses it by its own, smaller cap.
    phone.send('vote', { choice: 0, padding: 'x'.repeat(MAX_FRAME_BYTES - 200) });
    await phone.until<{ text: string }>('notice', (n) => n.text === 'That message is too long.');
    // Over it, the socket is closed as too big (1009) before the room sees a byte of it.
    phone.send('vote', { choice: 0, padding: 'x'.repeat(MAX_FRAME_BYTES) });
    expect(await closed).toBe(1009);
    const view = await host.untilView((v) => v.teams.elara.some((seat) => !seat.here));
    expect(view.vote?.cast).toBe(0);
    expect(view.turns).toBe(0);
  });
});
