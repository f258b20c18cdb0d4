// Colyseus 0.18 reads the global `WebSocket` (its constants, when a device reconnects; the
// SDK in Node when it reconnects). Node 22+ has the global; Node 20 has it only behind
// `--experimental-websocket`. Without it, the `ws` package that @colyseus/ws-transport
// already brings stands in, so the server and its tests run on Node 20 with no flag.
import { createRequire } from 'node:module';

if (typeof globalThis.WebSocket === 'undefined') {
  const require = createRequire(import.meta.url);
  const ws = require('ws') as { WebSocket: typeof globalThis.WebSocket };
  globalThis.WebSocket = ws.WebSocket;
}
