// Serves the built game (dist/) beside the rooms in one production process. Hand-written
// rather than a package: no static-file server is among the installed dependencies (Vite's
// preview bundles its own and is not meant for production), and the job is small: files
// under one folder only, the right types, long caching for Vite's hashed assets.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/** A request handler for the files under `folder`; `next` for anything not there. */
export function staticFiles(folder: string) {
  const root = path.resolve(folder);
  return async (
    request: http.IncomingMessage,
    response: http.ServerResponse,
    next: () => void,
  ): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return next();
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(root, `.${pathname}`);
    // Nothing outside the folder, however the path is spelled.
    if (file !== root && !file.startsWith(root + path.sep)) return next();
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return next();
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    // Vite names built assets by content hash; pages and the service worker must revalidate.
    const hashed = pathname.startsWith('/assets/');
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Length': info.size,
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  };
}
