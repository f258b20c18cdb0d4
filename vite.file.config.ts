// `npm run build:file`: the whole game as ONE html file (dist-file/dental-biocalypse.html)
// that a teacher can copy to a USB stick and open by double-click, from a file:// address,
// with no server and no install. vite-plugin-singlefile inlines every script, style, font,
// sound and picture; this config adds what a file:// page needs on top:
// - a Content-Security-Policy that allows exactly the inlined code, by its sha256 hashes
//   (no 'unsafe-inline', no eval), computed after the inlining;
// - web workers inlined as blob: scripts (a file:// page may not start a worker from
//   another file: its origin is opaque);
// - no service worker, no manifest, no public/ files: none of them works from a file, and
//   the title says so in words (`FILE_NOTE`) instead of failing quietly.
// The hosted build (vite.config.ts, dist/) is unchanged by all this.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { inkStory } from './src/ink/vitePlugin.ts';
import { phaserForTheStage } from './src/scenes/phaserVitePlugin.ts';

export const FILE_BUILD_DIR = 'dist-file';
export const FILE_BUILD_NAME = 'dental-biocalypse.html';

/** Said on the title of the single file, where the hosted game would offer to install. */
export const FILE_NOTE =
  'You opened the single-file copy of the game. It plays without a network and keeps saves in this browser, for this file. It cannot be installed as an app, update itself or host a class room for phones: for those, use the hosted game.';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The policy for the finished file: its own inline code by hash, data: and blob: for the rest. */
function filePolicy(scriptHashes: string[], styleHashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    `style-src ${styleHashes.join(' ')}`,
    'img-src data: blob:',
    'media-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    'worker-src blob: data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const ICON = readFileSync(path.join(import.meta.dirname, 'public/icons/icon.svg'));

/** The page's head for a file: no manifest (nothing to install), the icon inline. */
function fileHead(): Plugin {
  return {
    name: 'dental-biocalypse:file-head',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html
          .replace(/\s*<link rel="manifest"[^>]*>/, '')
          .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, '')
          .replace(
            /<link rel="icon"[^>]*>/,
            `<link rel="icon" href="data:image/svg+xml;base64,${ICON.toString('base64')}" type="image/svg+xml" />`,
          )
          // The hosted build's "open it through a server" message has no place in a file
          // that plays from disk.
          .replace(/\s*<script src="[^"]*opened-from-disk\.js"[^>]*><\/script>/, '')
          // Room mode needs the game's server, and the class handout is a page of the
          // hosted game; the file is one page, with no server behind it.
          .replace(/\s*<a id="open-room"[^>]*>[^<]*<\/a>/, '')
          .replace(/\s*<a id="open-handout"[^>]*>[^<]*<\/a>/, '')
          .replace(
            /(<p class="tagline">)/,
            `<p class="file-note" role="note">${FILE_NOTE}</p>\n          $1`,
          ),
    },
  };
}

/**
 * Workers written as `new Worker(new URL('./x.ts', import.meta.url), { type: 'module' })`
 * become Vite's inline workers (`?worker&inline`: the worker's code in the page, started
 * from a blob: address), since a file:// page cannot start one from a separate file.
 */
function inlineWorkers(): Plugin {
  const pattern =
    /new Worker\(\s*new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*,\s*\{\s*type:\s*'module'\s*,?\s*\}\s*\)/g;
  return {
    name: 'dental-biocalypse:inline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !code.includes('new Worker(')) return null;
      const imports: string[] = [];
      const next = code.replace(pattern, (_match, _quote, file: string) => {
        const name = `__InlineWorker${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${file}?worker&inline`)};`);
        return `new ${name}()`;
      });
      if (imports.length === 0) return null;
      return { code: `${imports.join('\n')}\n${next}`, map: null };
    },
  };
}

/**
 * A service worker cannot register from a file: main.ts's import of the module that
 * registers it gets an empty module, so the file neither tries nor warns in the console;
 * the title's note (`FILE_NOTE`) says what is missing instead.
 */
function noServiceWorker(): Plugin {
  const empty = '\0dental-biocalypse:no-service-worker';
  return {
    name: 'dental-biocalypse:no-service-worker',
    enforce: 'pre',
    resolveId: (source) => (/\/offline\/enableOfflinePlay(\.ts)?$/.test(source) ? empty : null),
    load: (id) => (id === empty ? 'export {};' : null),
  };
}

/**
 * The hosted build keeps sounds and pictures as files of their own (`?no-inline`, so no
 * browser downloads a format it will not play); a single file must carry them all, so here
 * every `no-inline` becomes `inline` (data: addresses inside the page).
 */
function inlineEverything(): Plugin {
  return {
    name: 'dental-biocalypse:inline-everything',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !code.includes('no-inline')) return null;
      return { code: code.replace(/([?&])no-inline\b/g, '$1inline'), map: null };
    },
  };
}

/** After the inlining: the policy by hashes, and the one file under its own name. */
function sealFile(): Plugin {
  return {
    name: 'dental-biocalypse:seal-file',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const htmlName = Object.keys(bundle).find((name) => name.endsWith('.html'));
        const page = htmlName ? bundle[htmlName] : undefined;
        if (!htmlName || !page || page.type !== 'asset') {
          this.error('the single-file build produced no html page');
          return;
        }
        const html = String(page.source);
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
          sha256(m[1] ?? ''),
        );
        const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) =>
          sha256(m[1] ?? ''),
        );
        if (scripts.length === 0) this.error('the single-file build inlined no script');
        const sealed = html.replace('%CONTENT_SECURITY_POLICY%', filePolicy(scripts, styles));
        const left = Object.keys(bundle).filter((name) => name !== htmlName);
        if (left.length > 0) {
          this.error(`the single-file build left files beside the page: ${left.join(', ')}`);
        }
        delete bundle[htmlName];
        this.emitFile({ type: 'asset', fileName: FILE_BUILD_NAME, source: sealed });
      },
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [
    phaserForTheStage(),
    inkStory(),
    noServiceWorker(),
    fileHead(),
    inlineEverything(),
    inlineWorkers(),
    viteSingleFile(),
    sealFile(),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: FILE_BUILD_DIR,
    emptyOutDir: true,
  },
});
