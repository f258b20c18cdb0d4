import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { inkStory } from './src/ink/vitePlugin.ts';
import { offlinePlay } from './src/offline/vitePlugin.ts';
import { phaserForTheStage } from './src/scenes/phaserVitePlugin.ts';

// The built game allows only its own files: no inline script, no eval, nothing from the
// network. The dev server also needs its HMR socket and the styles Vite injects.
const BUILD_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const DEV_POLICY = BUILD_POLICY.replace(
  "style-src 'self'",
  "style-src 'self' 'unsafe-inline'",
).replace("connect-src 'self' data: blob:", "connect-src 'self' data: blob: ws: wss:");

function contentSecurityPolicy(): Plugin {
  return {
    name: 'dental-biocalypse:csp',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const policy = context.server ? DEV_POLICY : BUILD_POLICY;
        return html.replace('%CONTENT_SECURITY_POLICY%', policy);
      },
    },
  };
}

type ModuleInfoOf = (id: string) => {
  isEntry: boolean;
  importers: readonly string[];
  dynamicImporters: readonly string[];
} | null;

/**
 * The HTML pages that reach a module: `now` through static imports only (loaded with the
 * page), `ever` through static or dynamic ones.
 */
function pagesReaching(id: string, info: ModuleInfoOf): { now: Set<string>; ever: Set<string> } {
  const walk = (dynamic: boolean) => {
    const pages = new Set<string>();
    const seen = new Set<string>([id]);
    const queue = [id];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      const module = info(next);
      if (!module) continue;
      if (module.isEntry && next.endsWith('.html')) pages.add(path.basename(next));
      const importers = dynamic
        ? [...module.importers, ...module.dynamicImporters]
        : module.importers;
      for (const importer of importers) {
        if (!seen.has(importer)) {
          seen.add(importer);
          queue.push(importer);
        }
      }
    }
    return pages;
  };
  return { now: walk(false), ever: walk(true) };
}

/**
 * The title's JavaScript in as few files as the other pages allow (issue #14: a request past
 * the browser's six connections to a host waits for one to free). What the game's page loads
 * goes into three chunks: `boot` (its own modules, merged into the entry chunk), `shared`
 * (also loaded by the room or the handout page), `engine` (also used by their later
 * imports, such as the room's Compare groups: the game state, the debrief's figures). The
 * story, the session's runtime (inkjs and zod, `src/ui/sessionRuntime.ts`), Phaser and the
 * other late loads keep chunks of their own, asked for after the title.
 */
function startupChunk(
  id: string,
  context: { getModuleInfo: ModuleInfoOf },
  chunk: 'boot' | 'shared' | 'engine',
): string | null {
  // The page's own script stays the entry chunk.
  if (/[\\/]src[\\/]main\.ts$/.test(id)) return null;
  const pages = pagesReaching(id, (module) => context.getModuleInfo(module));
  if (!pages.now.has('index.html')) return null;
  const wanted = pages.now.size > 1 ? 'shared' : pages.ever.size > 1 ? 'engine' : 'boot';
  return wanted === chunk ? chunk : null;
}

export default defineConfig({
  // Relative paths: the built game plays from any static host under any folder.
  base: './',
  plugins: [phaserForTheStage(), inkStory(), contentSecurityPolicy(), offlinePlay()],
  server: { host: '127.0.0.1', port: 5173, open: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    // Phaser ships as one prebuilt file; keep it in its own long-cached chunk.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      input: ['index.html', 'room.html', 'handout.html'].map(
        (page) => `${import.meta.dirname}/${page}`,
      ),
      output: {
        codeSplitting: {
          groups: [
            // The stage's Phaser: the engine's sources and the entry that picks them.
            { name: 'phaser', test: /node_modules[\\/](phaser|eventemitter3)|phaserBuild\.ts$/ },
            // The compiled story (src/ink/vitePlugin.ts), fetched after the title is painted.
            { name: 'story', test: /\.ink\?ink-json$/ },
            { name: (id, c) => startupChunk(id, c, 'shared'), debugName: 'shared', priority: -1 },
            { name: (id, c) => startupChunk(id, c, 'engine'), debugName: 'engine', priority: -2 },
            { name: (id, c) => startupChunk(id, c, 'boot'), debugName: 'boot', priority: -3 },
          ],
        },
      },
    },
  },
});
