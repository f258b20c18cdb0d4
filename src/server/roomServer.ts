// Puts the room server on an HTTP server someone else owns: Vite's dev server (npm start),
// the production server that also serves the built game (npm run serve), a test's server.
// Colyseus's own `Server.listen` wants the whole HTTP server (it answers every request), so
// the pieces are put together here as the `colyseus/vite` plugin does: the matchmaker, a
// WebSocket transport that takes only Colyseus's upgrade paths (Vite's hot reload keeps its
// own), and the matchmaking routes as a middleware in front of the game's files.
import './nodeWebSocket';
import type http from 'node:http';
import path from 'node:path';
import {
  createNodeMatchmakingMiddleware,
  LocalPresence,
  matchMaker,
  type Presence,
} from '@colyseus/core';
import { setTransport } from '@colyseus/core/Transport';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { ROOM_NAME } from '../room/protocol';
import type { CompiledStoryModule } from '../session/session';
import { Classroom } from './classroom';
import { setClassroomContext } from './classroomContext';
import { FileRoomStore, PresenceRoomStore, type RoomStore } from './roomStore';

export interface RoomServerOptions {
  httpServer: http.Server;
  compiled: CompiledStoryModule;
  /** Redis for several processes (presence, driver and store); none: one process, files. */
  redisUrl?: string | undefined;
  /** Where the file store keeps one JSON file per room. */
  dataFolder: string;
  /** host:port devices reach this process at, when several processes share one Redis. */
  publicAddress?: string | undefined;
}

export type Middleware = (
  request: http.IncomingMessage,
  response: http.ServerResponse,
  next: () => void,
) => void;

export interface RoomServer {
  /** Answers Colyseus's `/matchmake/` requests; calls `next` for everything else. */
  middleware: Middleware;
  store: RoomStore;
  /** Codes of the rooms brought back from the store at start. */
  restored: string[];
  stop(): Promise<void>;
}

/** Colyseus's WebSocket paths are `/<process>/<room>`; anything else is not ours. */
const COLYSEUS_SOCKET = /^\/[a-zA-Z0-9_-]+\/[a-zA-Z0-9_-]+\/?$/;

/** A room's largest message from a device is small; anything past this closes the socket. */
export const MAX_FRAME_BYTES = 4 * 1024;

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const presence: Presence = options.redisUrl
    ? new RedisPresence(options.redisUrl)
    : new LocalPresence();
  const driver = options.redisUrl ? new RedisDriver(options.redisUrl) : undefined;
  await matchMaker.setup(presence, driver, options.publicAddress);

  const transport = new WebSocketTransport({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  transport.attachToServer(options.httpServer, {
    filter: (request) =>
      COLYSEUS_SOCKET.test(new URL(request.url ?? '/', 'http://localhost').pathname),
  });
  setTransport(transport);

  const store: RoomStore = options.redisUrl
    ? new PresenceRoomStore(presence)
    : new FileRoomStore(path.resolve(options.dataFolder));
  const restoring = new Map();
  setClassroomContext({ compiled: options.compiled, store, restoring });
  matchMaker.defineRoomType(ROOM_NAME, Classroom);
  await matchMaker.accept();

  const restored = await restoreRooms(store, presence, restoring);

  return {
    middleware: createNodeMatchmakingMiddleware() as Middleware,
    store,
    restored,
    async stop() {
      // Rooms are disposed without being ended: their records stay for the next start.
      await matchMaker.gracefullyShutdown();
      transport.shutdown();
      presence.shutdown();
      await driver?.shutdown();
      setClassroomContext(null);
    },
  };
}

/**
 * Brings back every stored room no live process holds, with the same code. With several
 * processes on one Redis, each room is claimed by one of them (an atomic counter).
 */
async function restoreRooms(
  store: RoomStore,
  presence: Presence,
  restoring: Map<string, unknown>,
): Promise<string[]> {
  const restored: string[] = [];
  for (const record of await store.list()) {
    const live = await matchMaker.query({ roomId: record.code });
    if (live.length > 0) continue;
    const claim = `classroom-restore:${record.code}`;
    if ((await presence.incr(claim)) !== 1) continue;
    await presence.expire(claim, 30);
    restoring.set(record.code, record);
    try {
      await matchMaker.createRoom(ROOM_NAME, { restoreCode: record.code });
      restored.push(record.code);
    } catch (error) {
      restoring.delete(record.code);
      console.error(`room ${record.code} could not be brought back:`, error);
    } finally {
      await presence.del(claim);
    }
  }
  return restored;
}
