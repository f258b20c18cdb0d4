// npm run loadtest: 10 rooms of 30 students (and a projector each) on 127.0.0.1, every
// student who may vote voting on every choice of a short session. Measures, for each vote,
// the time from sending it to every device of its room holding a tally (or the next passage)
// that counts it; prints memory per room and ends with the line
//   rooms 10, clients 300, votes N, p95 X ms, lost 0
// Goal: p95 <= 150 ms with nothing lost (exit 1 otherwise). Bounded: LOADTEST_TURNS choices
// per room (8), every wait capped, the whole run capped at LOADTEST_SECONDS (300).
// The room server runs as its own process (tools/serve.ts, as `npm run serve` runs it), so its
// memory is its own; the 310 devices share this process (with the @colyseus/sdk 0.18 client:
// @colyseus/loadtest is still 0.17). Votes in a room are spread over two seconds, so they
// reach the server in the order they were sent and "the k-th vote" is exact.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Client, type Room } from '@colyseus/sdk';
import { ROOM_NAME, type RoomView, roomViewSchema, TEAMS } from '../src/room/protocol';

const ROOMS = Number(process.env.LOADTEST_ROOMS ?? 10);
const STUDENTS = Number(process.env.LOADTEST_STUDENTS ?? 30);
const TURNS = Number(process.env.LOADTEST_TURNS ?? 8);
const RUN_MS = Number(process.env.LOADTEST_SECONDS ?? 300) * 1000;
const SPREAD_MS = 2_000;
const WAIT_MS = 20_000;
const root = path.resolve(import.meta.dirname, '..');
const started = performance.now();

/** What a device has seen: when it held which turn and how many votes counted. */
interface Seen {
  at: number;
  turns: number;
  cast: number;
}

class Device {
  readonly seen: Seen[] = [];
  view: RoomView | null = null;
  constructor(readonly room: Room) {
    room.onMessage('view', (message: unknown) => {
      const view = roomViewSchema.parse(message);
      this.view = view;
      this.seen.push({ at: performance.now(), turns: view.turns, cast: view.vote?.cast ?? 0 });
    });
    room.onMessage('tally', (message: { turns: number; cast: number }) => {
      this.seen.push({ at: performance.now(), turns: message.turns, cast: message.cast });
    });
    for (const type of ['seat', 'notice', 'game', 'removed']) room.onMessage(type, () => {});
  }
}

interface Classroom {
  projector: Device;
  students: Device[];
}

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

/** CPU seconds (user + system) a process has used, from /proc (Linux). */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function rssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
  } catch {
    return Number.NaN;
  }
}

async function startServer(port: number, folder: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/serve.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), ROOMS_DATA: folder, DIST: folder, REDIS_URL: '' },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready:\n${output}`)), 180_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('rooms: ready on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return child;
}

async function until(test: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return true;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openClassroom(client: Client): Promise<Classroom> {
  const projector = new Device(
    await client.create(ROOM_NAME, { as: 'host', settings: { discussion: false, seconds: 120 } }),
  );
  await until(() => projector.view !== null, WAIT_MS);
  const code = projector.room.roomId;
  const students = await Promise.all(
    Array.from({ length: STUDENTS }, async (_, i) => {
      const team = TEAMS[i % TEAMS.length];
      return new Device(await client.joinById(code, { as: 'player', nickname: `S${i}`, team }));
    }),
  );
  return { projector, students };
}

/** One vote: when it was sent, the turn it was for, and how many votes it makes. */
interface Cast {
  sent: number;
  turns: number;
  rank: number;
  devices: Device[];
}

/** Plays one room until its turns are done (or the run's time is up); returns its votes. */
async function play(room: Classroom, deadline: number): Promise<Cast[]> {
  const casts: Cast[] = [];
  const devices = [room.projector, ...room.students];
  for (let turn = 0; turn < TURNS && performance.now() < deadline; turn += 1) {
    const view = room.projector.view;
    if (!view || view.ending || !view.vote || view.turns !== turn) break;
    const voters = view.vote.voters;
    const eligible = room.students.filter((_student, i) => {
      return voters === 'everyone' || TEAMS[i % TEAMS.length] === voters;
    });
    // A clear majority for the first choice, so no tie sends the room into a runoff.
    const order = eligible.map((device, i) => ({ device, i, at: Math.random() * SPREAD_MS }));
    order.sort((a, b) => a.at - b.at);
    const begun = performance.now();
    let rank = 0;
    for (const { device, i, at } of order) {
      await sleep(Math.max(0, begun + at - performance.now()));
      rank += 1;
      casts.push({ sent: performance.now(), turns: view.turns, rank, devices });
      device.room.send('vote', { choice: i % 4 === 3 ? 1 : 0, turns: view.turns });
    }
    await until(() => devices.every((device) => device.view?.turns === turn + 1), WAIT_MS);
  }
  return casts;
}

/** Ms from a vote's sending to the last device of its room holding it; null if one never did. */
function latency(cast: Cast): number | null {
  let last = 0;
  for (const device of cast.devices) {
    const held = device.seen.find(
      (seen) =>
        seen.at >= cast.sent &&
        (seen.turns > cast.turns || (seen.turns === cast.turns && seen.cast >= cast.rank)),
    );
    if (!held) return null;
    last = Math.max(last, held.at - cast.sent);
  }
  return last;
}

function percentile(sorted: number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

const folder = mkdtempSync(path.join(tmpdir(), 'rooms-load-'));
const port = await freePort();
const server = await startServer(port, folder);
const guard = setTimeout(() => {
  console.error(`loadtest: over ${RUN_MS / 1000 + 120} s, stopping`);
  server.kill('SIGKILL');
  process.exit(2);
}, RUN_MS + 120_000);
let code = 1;
try {
  await sleep(500);
  const idleMb = rssMb(server.pid);
  const client = new Client(`http://127.0.0.1:${port}`);
  const rooms: Classroom[] = [];
  for (let i = 0; i < ROOMS; i += 1) rooms.push(await openClassroom(client));
  for (const room of rooms) room.projector.room.send('command', { do: 'start' });
  await until(() => rooms.every((room) => room.projector.view?.vote), WAIT_MS);
  const joinedMb = rssMb(server.pid);
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const playStart = performance.now();
  const serverCpuStart = cpuSeconds(server.pid);
  const devicesCpuStart = process.cpuUsage();
  const results = await Promise.all(rooms.map((room) => play(room, performance.now() + RUN_MS)));
  const playSeconds = (performance.now() - playStart) / 1000;
  const serverCpu = cpuSeconds(server.pid) - serverCpuStart;
  const devicesCpu = process.cpuUsage(devicesCpuStart);
  const casts = results.flat();
  const times = casts.map(latency);
  const held = times.filter((t): t is number => t !== null).sort((a, b) => a - b);
  const lost = times.length - held.length;
  const p95 = percentile(held, 95);
  const turns = rooms.map((room) => room.projector.view?.turns ?? 0);
  console.log(
    `server RSS ${idleMb.toFixed(1)} MB idle, ${joinedMb.toFixed(1)} MB with ${ROOMS} rooms and ` +
      `${ROOMS * (STUDENTS + 1)} devices: ${((joinedMb - idleMb) / ROOMS).toFixed(2)} MB per room; ` +
      `${rssMb(server.pid).toFixed(1)} MB after play`,
  );
  console.log(
    `choices per room ${turns.join(' ')} in ${playSeconds.toFixed(1)} s; latency p50 ` +
      `${percentile(held, 50).toFixed(1)} ms, p99 ${percentile(held, 99).toFixed(1)} ms, max ` +
      `${(held[held.length - 1] ?? Number.NaN).toFixed(1)} ms (wall, send to last device; ` +
      `load average ${load} at start; run ${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
  console.log(
    `CPU during play: server ${serverCpu.toFixed(2)} s (${((serverCpu * 1000) / Math.max(1, casts.length)).toFixed(2)} ms per vote), ` +
      `devices ${((devicesCpu.user + devicesCpu.system) / 1e6).toFixed(2)} s, over ${playSeconds.toFixed(1)} s of wall time`,
  );
  console.log(
    `rooms ${ROOMS}, clients ${ROOMS * STUDENTS}, votes ${casts.length}, p95 ${p95.toFixed(1)} ms, lost ${lost}`,
  );
  code = lost === 0 && p95 <= 150 && casts.length > 0 ? 0 : 1;
  const everyDevice = rooms.flatMap((room) => [room.projector, ...room.students]);
  for (const device of everyDevice) device.room.reconnection.enabled = false;
  await Promise.all(everyDevice.map((device) => device.room.leave(true).catch(() => {})));
} finally {
  clearTimeout(guard);
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(folder, { recursive: true, force: true });
}
process.exit(code);
