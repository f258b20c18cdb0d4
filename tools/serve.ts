// One process for the game and its rooms, on one port (so a phone needs one address):
//   npm start      (tsx tools/serve.ts --dev)  the game from Vite with hot reload + rooms
//   npm run serve  (vite build, then this)     the built game (dist/) + rooms, production
// Environment: PORT (5173 with --dev, else 8080), HOST (127.0.0.1; 0.0.0.0 lets phones on the
// network in), REDIS_URL (several processes share rooms through Redis; without it one
// process keeps rooms as files), ROOMS_DATA (the file store's folder, ./data/rooms), DIST
// (the built game, ./dist), PUBLIC_ADDRESS (host:port devices reach this process at, when
// several share one Redis). Prints `rooms: ready on http://HOST:PORT ...` when it listens;
// SIGTERM or SIGINT stops it cleanly (rooms are kept for the next start).
import http from 'node:http';
import path from 'node:path';
import { startRoomServer } from '../src/server/roomServer';
import { staticFiles } from '../src/server/staticFiles';
import { compileStory } from '../src/server/story';

const root = path.resolve(import.meta.dirname, '..');
const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? (dev ? 5173 : 8080));
const host = process.env.HOST ?? '127.0.0.1';
const dataFolder = path.resolve(root, process.env.ROOMS_DATA ?? 'data/rooms');
const dist = path.resolve(root, process.env.DIST ?? 'dist');
const redisUrl = process.env.REDIS_URL || undefined;

const httpServer = http.createServer();
const compiled = compileStory(root);
const rooms = await startRoomServer({
  httpServer,
  compiled,
  redisUrl,
  dataFolder,
  publicAddress: process.env.PUBLIC_ADDRESS || undefined,
});

type Handler = (
  request: http.IncomingMessage,
  response: http.ServerResponse,
  next: () => void,
) => void;
let game: Handler;
let closeGame = async () => {};
if (dev) {
  const { createServer } = await import('vite');
  // Vite in middleware mode on our server: its hot-reload socket shares the port with the rooms'.
  const vite = await createServer({
    root,
    server: { middlewareMode: true, ws: { server: httpServer } },
    appType: 'mpa',
  });
  game = vite.middlewares;
  closeGame = () => vite.close();
} else {
  game = staticFiles(dist);
}

const notFound = (response: http.ServerResponse) => {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Not found');
};
httpServer.on('request', (request, response) => {
  rooms.middleware(request, response, () => game(request, response, () => notFound(response)));
});

await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
const store = rooms.store.kind === 'file' ? `files in ${path.relative(root, dataFolder)}` : 'redis';
console.log(
  `rooms: ready on http://${host}:${port} (${dev ? 'dev, hot reload' : `game from ${path.relative(root, dist)}`}; store: ${store}; rooms brought back: ${rooms.restored.length})`,
);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`rooms: ${signal}, stopping`);
  await rooms.stop();
  await closeGame();
  httpServer.closeAllConnections();
  httpServer.close(() => process.exit(0));
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
