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
            { name: 'inkjs', test: /node_modules[\\/]inkjs/ },
            // The compiled story (src/ink/vitePlugin.ts), fetched after the title is painted.
            { name: 'story', test: /\.ink\?ink-json$/ },
          ],
        },
      },
    },
  },
});
