// Scale past one process: two room-server processes (tools/serve.ts, as `npm run serve` runs
// it) share one Redis; a room created through one is joined through the other, the student's
// vote reaches the facilitator, and the room's record is in Redis. And a room kept in Redis
// survives its process being killed mid-lesson: a new process brings it back at the same
// choice with the same code, seats and votes. Redis is the one named by ROOMS_TEST_REDIS
// (.ci/run starts Debian's redis-server and sets it), else a redis-server this test starts on
// a free port and stops again.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RedisPresence } from '@colyseus/redis-presence';
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { ROOM_NAME, type RoomView, sessionMessageSchema } from '../../src/room/protocol';
import { PresenceRoomStore } from '../../src/server/roomStore';
import { Device } from './serverHarness';

const root = path.resolve(import.meta.dirname, '../..');
const children: ChildProcess[] = [];
const folder = mkdtempSync(path.join(tmpdir(), 'rooms-redis-'));
let redisUrl = process.env.ROOMS_TEST_REDIS ?? '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts a child and resolves when a line of its output passes `ready`. */
function start(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env } });
    children.push(child);
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`${command} not ready in 150 s:\n${output}`)),
      150_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${command}: ${error.message} (install redis-server; .ci/run does)`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}) before it was ready:\n${output}`));
    });
  });
}

async function roomServer(port: number): Promise<ChildProcess> {
  return await start(
    process.execPath,
    ['--import', 'tsx', 'tools/serve.ts'],
    {
      PORT: String(port),
      REDIS_URL: redisUrl,
      PUBLIC_ADDRESS: `127.0.0.1:${port}`,
      DIST: folder,
      ROOMS_DATA: folder,
    },
    /rooms: ready on/,
  );
}

let ports: number[] = [];

beforeAll(async () => {
  if (!redisUrl) {
    const port = await freePort();
    await start(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {},
      /Ready to accept connections/,
    );
    redisUrl = `redis://127.0.0.1:${port}`;
  }
  ports = [await freePort(), await freePort()];
  // One at a time: two story compiles at once on a shared two-core machine take twice as long.
  for (const port of ports) await roomServer(port);
}, 400_000);

afterAll(async () => {
  // Room servers first (they write to Redis as they stop), then Redis itself.
  for (const child of children.slice().reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  rmSync(folder, { recursive: true, force: true });
}, 120_000);

it('joins through one process a room created through the other, over one Redis', async () => {
  const [first, second] = ports;
  const projector = new Device(
    await new Client(`http://127.0.0.1:${first}`).create(ROOM_NAME, {
      as: 'host',
      settings: { discussion: false },
    }),
  );
  await projector.until('view');
  const code = projector.code;
  // The phone asks the other process: the Redis driver finds the room, and the phone is
  // sent to the process that holds it.
  const phone = new Device(
    await new Client(`http://127.0.0.1:${second}`).joinById(code, {
      as: 'player',
      nickname: 'Far',
    }),
  );
  await phone.until('view');
  expect(phone.view().code).toBe(code);
  await projector.untilView((view: RoomView) =>
    view.teams.elara.some((entry) => entry.nickname === 'Far'),
  );

  projector.send('command', { do: 'start' });
  const started = await phone.untilView((view) => view.phase === 'playing' && view.vote !== null);
  phone.send('vote', { choice: 0, turns: started.turns });
  // One student here: their vote closes it, and both devices see the next passage.
  await projector.untilView((view) => view.turns === 1);
  await phone.untilView((view) => view.turns === 1);

  // A second room through the second process gets another code: the claim is shared.
  const other = new Device(
    await new Client(`http://127.0.0.1:${second}`).create(ROOM_NAME, { as: 'host' }),
  );
  await other.until('view');
  expect(other.code).not.toBe(code);
  await Promise.all([projector.leave(), phone.leave(), other.leave()]);
}, 120_000);

it('brings a room kept in Redis back after its process is killed mid-lesson', async () => {
  const port = await freePort();
  const doomed = await roomServer(port);
  const projector = new Device(
    await new Client(`http://127.0.0.1:${port}`).create(ROOM_NAME, {
      as: 'host',
      settings: { discussion: false, group: 'Year 9 blue' },
    }),
  );
  await projector.until('view');
  const code = projector.code;
  const phone = new Device(
    await new Client(`http://127.0.0.1:${port}`).joinById(code, { as: 'player', nickname: 'Kept' }),
  );
  await phone.until('seat');
  projector.send('command', { do: 'start' });
  const started = await phone.untilView((view) => view.phase === 'playing' && view.vote !== null);
  phone.send('vote', { choice: 0, turns: started.turns });
  const chosen = await projector.untilView((view) => view.turns === 1);
  const seat = phone.seat();
  const host = projector.seat();
  if (seat.as !== 'player' || host.as !== 'host') throw new Error('seats');

  // The record in Redis holds the choice (the room writes after every choice), read as the
  // server reads it; then the process dies without a word (no graceful shutdown).
  const presence = new RedisPresence(redisUrl);
  const store = new PresenceRoomStore(presence);
  await vi.waitFor(async () => expect((await store.load(code))?.game.log).toHaveLength(1), {
    timeout: 10_000,
  });
  for (const device of [projector, phone]) device.room.reconnection.enabled = false;
  const exited = new Promise((resolve) => doomed.once('exit', resolve));
  doomed.kill('SIGKILL');
  await exited;

  // A new process brings the room back; the student's seat token opens it through another.
  const revived = await freePort();
  await roomServer(revived);
  const [first] = ports;
  const back = new Device(
    await new Client(`http://127.0.0.1:${first}`).joinById(code, {
      as: 'player',
      nickname: 'whoever',
      seat: seat.token,
    }),
  );
  await back.until('view');
  expect(back.seat()).toMatchObject({ id: seat.id, nickname: 'Kept' });
  expect(back.view()).toMatchObject({ code, phase: 'playing', turns: 1 });
  expect(back.view().choices).toEqual(chosen.choices);
  const facilitator = new Device(
    await new Client(`http://127.0.0.1:${revived}`).joinById(code, {
      as: 'host',
      secret: host.secret,
    }),
  );
  await facilitator.until('view');
  facilitator.send('command', { do: 'export' });
  const session = sessionMessageSchema.parse(await facilitator.until('session'));
  expect(session.group).toBe('Year 9 blue');
  expect(session.votes).toMatchObject([
    { turn: 1, chosen: chosen.lastChoice?.text, tally: chosen.lastChoice?.tally },
  ]);
  await Promise.all([back.leave(), facilitator.leave()]);
  presence.shutdown();
}, 300_000);
