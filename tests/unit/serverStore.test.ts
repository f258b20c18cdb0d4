// Nothing lost: a room is written after every choice, a restarted server brings it back with
// the same code at the same choice, students get their seats back by token, and a room's
// names are deleted when the session ends or a day after its last write.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LIMITS, sessionMessageSchema, TEAMS } from '../../src/room/protocol';
import type { Classroom } from '../../src/server/classroom';
import { FileRoomStore, type RoomRecord } from '../../src/server/roomStore';
import { type Device, joinRoom, openRoom, startTestRooms, type TestRooms } from './serverHarness';

vi.setConfig({ testTimeout: 120_000 });

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function dataFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'rooms-store-'));
  folders.push(folder);
  return folder;
}

async function saved(server: TestRooms, code: string): Promise<void> {
  await server.testing.getRoomById<Classroom>(code).saved();
}

describe('a restarted server', () => {
  it('brings a room back with the same code, at the same choice, with every seat', async () => {
    const folder = dataFolder();
    let server = await startTestRooms({ dataFolder: folder });
    const host = await openRoom(server.testing, { as: 'host', settings: { discussion: false } });
    const students: Device[] = [];
    for (const [i, team] of TEAMS.entries()) {
      students.push(
        await joinRoom(server.testing, host.code, { as: 'player', nickname: `P${i}`, team }),
      );
    }
    host.send('command', { do: 'start' });
    let view = await host.untilView((v) => v.phase === 'playing');
    // Everyone votes for the first choice on this passage; a vote that arrives after it
    // closed is refused (turns), so exactly one choice is made.
    for (const student of students) student.send('vote', { choice: 0, turns: 0 });
    view = await host.untilView((v) => v.turns === 1);
    await saved(server, host.code);
    const seats = students.map((student) => student.seat());
    const hostSeat = host.seat();
    const file = path.join(folder, `${host.code}.json`);
    const record = JSON.parse(readFileSync(file, 'utf8')) as RoomRecord;
    expect(record.game.log).toHaveLength(1);

    await server.stop({ keepData: true });
    server = await startTestRooms({ dataFolder: folder });
    try {
      expect(server.rooms.restored).toEqual([host.code]);
      const first = seats[0];
      if (first?.as !== 'player' || hostSeat.as !== 'host') throw new Error('seats');
      const back = await joinRoom(server.testing, host.code, {
        as: 'player',
        nickname: 'whatever',
        seat: first.token,
      });
      expect(back.seat()).toMatchObject({ id: first.id, nickname: 'P0', team: 'elara' });
      const after = back.view();
      expect(after).toMatchObject({ code: host.code, phase: 'playing', turns: 1 });
      expect(after.lines).toEqual(view.lines);
      expect(after.choices).toEqual(view.choices);
      expect(after.lastChoice).toEqual(view.lastChoice);
      expect(
        Object.values(after.teams)
          .flat()
          .map((entry) => entry.nickname)
          .sort(),
      ).toEqual(['P0', 'P1', 'P2', 'P3']);
      // The facilitator's secret still opens the room, and play goes on from there.
      const again = await joinRoom(server.testing, host.code, {
        as: 'host',
        secret: hostSeat.secret,
      });
      expect(again.view().turns).toBe(1);
      expect(after.vote?.running).toBe(true);
      // The server's record of the votes came back with the room: the first vote's counts.
      again.send('command', { do: 'export' });
      const session = sessionMessageSchema.parse(await again.until('session'));
      expect(session.group).toBe(`Room ${host.code}`);
      expect(session.votes).toEqual([
        {
          turn: 1,
          chosen: view.lastChoice?.text,
          option: 0,
          tally: view.lastChoice?.tally,
          voters: record.votes[0]?.voters,
          runoff: false,
        },
      ]);
      expect(record.votes).toEqual(session.votes);
    } finally {
      await server.stop();
    }
  });

  it('deletes the room and its names when the facilitator ends the session', async () => {
    const folder = dataFolder();
    const server = await startTestRooms({ dataFolder: folder });
    try {
      const host = await openRoom(server.testing);
      await joinRoom(server.testing, host.code, { as: 'player', nickname: 'Named Student' });
      await saved(server, host.code);
      const file = path.join(folder, `${host.code}.json`);
      expect(readFileSync(file, 'utf8')).toContain('Named Student');
      host.send('command', { do: 'end' });
      await host.untilView((view) => view.phase === 'ended');
      await host.until('session');
      await vi.waitFor(() => expect(existsSync(file)).toBe(false));
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});

describe('a room nobody plays', () => {
  it('is ended a day after its last choice or join, and deleted with its names', async () => {
    const folder = dataFolder();
    const server = await startTestRooms({ dataFolder: folder });
    // Only Date is faked: the sockets and Colyseus's own clock keep real time.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const host = await openRoom(server.testing);
      await joinRoom(server.testing, host.code, { as: 'player', nickname: 'Named Student' });
      const joinedAt = Date.now();
      const room = server.testing.getRoomById<Classroom>(host.code);
      await room.saved();
      const file = path.join(folder, `${host.code}.json`);
      expect(readFileSync(file, 'utf8')).toContain('Named Student');

      // A projector still connected does not keep a forgotten room: only play does.
      vi.setSystemTime(joinedAt + LIMITS.keepMs - 60_000);
      expect(room.forgetIfIdle()).toBe(false);
      expect(existsSync(file)).toBe(true);
      vi.setSystemTime(joinedAt + LIMITS.keepMs + 60_000);
      expect(room.forgetIfIdle()).toBe(true);
      await host.untilView((view) => view.phase === 'ended');
      await vi.waitFor(() => expect(existsSync(file)).toBe(false));
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      vi.useRealTimers();
      await server.stop();
    }
  });
});

describe('the file store', () => {
  const record = (code: string, savedAt: number): RoomRecord =>
    ({ format: 1, code, savedAt }) as unknown as RoomRecord;

  it('drops a record a day old, an unreadable one and a half-written one when listing', async () => {
    const folder = dataFolder();
    const store = new FileRoomStore(folder);
    // Shapes the store refuses are deleted too: only whole, valid records come back.
    writeFileSync(path.join(folder, 'BCDF.json'), JSON.stringify(record('BCDF', Date.now())));
    writeFileSync(path.join(folder, 'GHJK.json'), '{ not json');
    writeFileSync(path.join(folder, 'LMNP.json.1a2b.tmp'), '{}');
    writeFileSync(path.join(folder, 'notes.txt'), 'kept: not a room');
    expect(await store.list()).toEqual([]);
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });

  it('keeps a valid record for a day after its last write, then deletes it', async () => {
    const folder = dataFolder();
    const server = await startTestRooms({ dataFolder: folder });
    try {
      const host = await openRoom(server.testing);
      await joinRoom(server.testing, host.code, { as: 'player', nickname: 'Someone' });
      await saved(server, host.code);
      const store = new FileRoomStore(folder);
      const [kept] = await store.list();
      expect(kept?.code).toBe(host.code);
      const savedAt = kept?.savedAt ?? 0;
      expect(await store.list(savedAt + LIMITS.keepMs - 1)).toHaveLength(1);
      expect(await store.list(savedAt + LIMITS.keepMs + 1)).toEqual([]);
      expect(existsSync(path.join(folder, `${host.code}.json`))).toBe(false);
    } finally {
      await server.stop();
    }
  });
});
