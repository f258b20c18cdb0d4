// A room server for tests: the real one (src/server/roomServer.ts) on a fresh HTTP server at a
// free port of 127.0.0.1, a temporary data folder, and @colyseus/testing's SDK and helpers
// pointed at it. Devices are recorded: every message they receive is kept by type, and a
// test waits for the message it expects (never for a fixed time).
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from '@colyseus/core';
import type { Room as DeviceRoom } from '@colyseus/sdk';
import { ColyseusTestServer } from '@colyseus/testing';
import {
  type CreateOptions,
  type JoinOptions,
  ROOM_NAME,
  type RoomView,
  roomViewSchema,
  type SeatMessage,
  seatMessageSchema,
  type TallyMessage,
  tallyMessageSchema,
} from '../../src/room/protocol';
import { type RoomServer, startRoomServer } from '../../src/server/roomServer';
import { compileStory } from '../../src/server/story';
import type { CompiledStoryModule } from '../../src/session/session';

const root = path.resolve(import.meta.dirname, '../..');
let compiledOnce: CompiledStoryModule | null = null;

/** The real story, compiled once per test file (it takes seconds on a loaded machine). */
export function realStory(): CompiledStoryModule {
  compiledOnce ??= compileStory(root);
  return compiledOnce;
}

export interface TestRooms {
  testing: ColyseusTestServer;
  rooms: RoomServer;
  port: number;
  dataFolder: string;
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export async function startTestRooms(
  options: { dataFolder?: string; compiled?: CompiledStoryModule } = {},
): Promise<TestRooms> {
  const dataFolder = options.dataFolder ?? mkdtempSync(path.join(tmpdir(), 'rooms-'));
  const httpServer = http.createServer();
  const rooms = await startRoomServer({
    httpServer,
    compiled: options.compiled ?? realStory(),
    dataFolder,
  });
  httpServer.on('request', (request, response) =>
    rooms.middleware(request, response, () => {
      response.writeHead(404);
      response.end();
    }),
  );
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  // The testing package's SDK and room lookups, on our server (it reads only the port).
  const testing = new ColyseusTestServer({ port } as unknown as Server);
  return {
    testing,
    rooms,
    port,
    dataFolder,
    async stop({ keepData = false } = {}) {
      await rooms.stop();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      if (!keepData) rmSync(dataFolder, { recursive: true, force: true });
    },
  };
}

/** A device in a room: what it received, by type, checked against the protocol. */
export class Device {
  readonly received = new Map<string, unknown[]>();
  private waiters: { type: string; test: (message: unknown) => boolean; done: () => void }[] = [];

  constructor(readonly room: DeviceRoom) {
    room.onMessage('*', (type, message) => {
      const key = String(type);
      const list = this.received.get(key) ?? [];
      list.push(message);
      this.received.set(key, list);
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.type !== key || !waiter.test(message)) return true;
        waiter.done();
        return false;
      });
    });
  }

  get code(): string {
    return this.room.roomId;
  }

  all(type: string): unknown[] {
    return this.received.get(type) ?? [];
  }

  /** The latest view, checked against the protocol's schema. */
  view(): RoomView {
    const views = this.all('view');
    return roomViewSchema.parse(views[views.length - 1]);
  }

  seat(): SeatMessage {
    const seats = this.all('seat');
    return seatMessageSchema.parse(seats[seats.length - 1]);
  }

  tallies(): TallyMessage[] {
    return this.all('tally').map((tally) => tallyMessageSchema.parse(tally));
  }

  /**
   * Waits until the latest message of `type` passes `test`: the one already here, or the next
   * ones as they come (an older message never counts: it is not what the device shows now).
   */
  until<T = unknown>(
    type: string,
    test: (message: T) => boolean = () => true,
    ms = 10_000,
  ): Promise<T> {
    const latest = this.all(type).at(-1);
    if (latest !== undefined && test(latest as T)) return Promise.resolve(latest as T);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} message in ${ms} ms`)), ms);
      this.waiters.push({
        type,
        test: (message) => test(message as T),
        done: () => {
          clearTimeout(timer);
          resolve(
            this.all(type)
              .filter((message) => test(message as T))
              .pop() as T,
          );
        },
      });
    });
  }

  /** Waits for a view that passes `test`. */
  untilView(test: (view: RoomView) => boolean, ms?: number): Promise<RoomView> {
    return this.until<RoomView>('view', (view) => test(roomViewSchema.parse(view)), ms);
  }

  send(type: string, message: unknown): void {
    this.room.send(type, message);
  }

  async leave(): Promise<void> {
    await this.room.leave(true);
  }
}

export async function openRoom(
  testing: ColyseusTestServer,
  options: CreateOptions = { as: 'host' },
): Promise<Device> {
  const device = new Device(await testing.sdk.create(ROOM_NAME, options));
  await device.until('view');
  return device;
}

export async function joinRoom(
  testing: ColyseusTestServer,
  code: string,
  options: JoinOptions,
): Promise<Device> {
  const device = new Device(await testing.sdk.joinById(code, options));
  await device.until('view');
  return device;
}

/** The error a refused join rejects with: its code and message. */
export async function refusal(
  attempt: Promise<unknown>,
): Promise<{ code: number; message: string }> {
  try {
    await attempt;
  } catch (error) {
    const { code, message } = error as { code: number; message: string };
    return { code, message };
  }
  throw new Error('the join was not refused');
}
