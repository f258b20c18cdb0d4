// Build-time only. Writes `sw.js` beside index.html: src/offline/serviceWorker.ts with its
// types stripped, given the list of every file this build wrote and a cache name hashed
// from their content. The dev server gets no service worker (it would fight hot reload).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Plugin, transformWithOxc } from 'vite';
import {
  type BuiltFile,
  CACHE_PREFIX,
  cacheName,
  INDEX_FILE,
  precacheUrls,
  SERVICE_WORKER_FILE,
} from './precache.ts';

const WORKER_SOURCE = path.join(import.meta.dirname, 'serviceWorker.ts');

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Files under public/, which Vite copies into the build without passing them through it. */
function publicFiles(folder: string): BuiltFile[] {
  if (!folder) return [];
  let entries: string[];
  try {
    entries = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const file = path.join(folder, entry);
    try {
      return [{ fileName: entry.split(path.sep).join('/'), source: readFileSync(file) }];
    } catch {
      return []; // a folder
    }
  });
}

/** The worker's source as a classic script: one function, no module syntax. */
export async function workerScript(precache: {
  cacheName: string;
  urls: readonly string[];
}): Promise<string> {
  const source = readFileSync(WORKER_SOURCE, 'utf8');
  const { code } = await transformWithOxc(source, WORKER_SOURCE, { lang: 'ts' });
  const script = code.replace(/^export (function runServiceWorker)/m, '$1');
  // Service workers are classic scripts here (module workers are not everywhere yet).
  if (/^\s*(import|export)\b/m.test(script)) {
    throw new Error('src/offline/serviceWorker.ts must not import or export anything else');
  }
  const config = JSON.stringify(
    { cacheName: precache.cacheName, urls: precache.urls, prefix: CACHE_PREFIX, index: INDEX_FILE },
    null,
    2,
  );
  const header = [
    '// Dental Biocalypse offline play. Written by the build (src/offline/vitePlugin.ts)',
    '// from src/offline/serviceWorker.ts, where its workings are explained.',
  ].join('\n');
  return `${header}\n${script.trimEnd()}\n\nrunServiceWorker(self, ${config});\n`;
}

export function offlinePlay(): Plugin {
  let publicDir = '';
  return {
    name: 'dental-biocalypse:offline',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.build.copyPublicDir ? config.publicDir : '';
    },
    generateBundle: {
      // After Vite has written index.html and the CSS into the bundle.
      order: 'post',
      async handler(_options, bundle) {
        const files: BuiltFile[] = [
          ...publicFiles(publicDir),
          ...Object.values(bundle).map((output) => ({
            fileName: output.fileName,
            source: output.type === 'chunk' ? output.code : output.source,
          })),
        ];
        const urls = precacheUrls(files);
        this.emitFile({
          type: 'asset',
          fileName: SERVICE_WORKER_FILE,
          source: await workerScript({ cacheName: cacheName(files, sha256), urls }),
        });
      },
    },
  };
}
