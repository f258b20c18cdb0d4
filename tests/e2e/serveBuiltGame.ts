// Vitest global setup for the browser tests: builds the real game with the project's own
// Vite config and serves dist on 127.0.0.1 at a free port, closing it afterwards.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

const root = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    gameUrl: string;
    /** The folder the build was written to, for tests that serve their own copy. */
    gameDist: string;
  }
}

export default async function serveBuiltGame(project: TestProject) {
  // A folder of its own per run, so two test runs at once never overwrite each other's build.
  mkdirSync(path.join(root, 'test-results'), { recursive: true });
  const outDir = mkdtempSync(path.join(root, 'test-results/dist-'));
  // The tests play what ships: Vitest runs with NODE_ENV=test, which would make the build's
  // import.meta.env.PROD false (and, for one, leave the service worker unregistered).
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = testEnv;
  }
  // Served under a sub-folder: the build must play from any path of any static host.
  const server = await preview({
    root,
    logLevel: 'warn',
    base: '/games/dental-biocalypse/',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('gameDist', outDir);
  project.provide('gameUrl', `http://127.0.0.1:${address.port}/games/dental-biocalypse/`);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
