// Build-time only: builds the stage's Phaser from Phaser's own sources with only the parts
// the scenes use (phaserBuild.ts), where the package's prebuilt file ships the whole engine.
// The hosted build and the single file use it; the dev server keeps the prebuilt file (its
// sources are CommonJS, which the dev server would have to pre-bundle whole anyway).
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENTRY = path.join(ROOT, 'src/scenes/phaserBuild.ts');
// Real paths, as the bundler names modules (node_modules may be a link).
const SOURCES = realpathSync(path.join(ROOT, 'node_modules/phaser/src'));

/**
 * Phaser's build flags (its webpack config's DefinePlugin), as its sources test them:
 * `if (typeof WEBGL_RENDERER)`. Both renderers (WebGL on a real GPU, Canvas 2D where WebGL
 * is emulated: stage.ts); no sound (howler plays the game's); no WebGL debugging; no
 * Facebook Instant Games or 3D camera plugins.
 */
export const PHASER_FEATURES: Readonly<Record<string, boolean>> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

const FLAG = new RegExp(`typeof (${Object.keys(PHASER_FEATURES).join('|')})\\b`, 'g');
const FLAG_BLOCK = new RegExp(
  `if \\s*\\(typeof (${Object.keys(PHASER_FEATURES).join('|')})\\)\\s*\\{`,
  'g',
);

/**
 * Sets Phaser's build flags in one of its source files. A block under a flag that is off
 * goes whole (not just made unreachable): its `require`s would otherwise still bring their
 * modules (the sound system, the WebGL debugger) into the build. Phaser's blocks under a
 * flag hold plain code, so counting braces finds their end.
 */
export function setPhaserFeatures(code: string): string {
  let out = '';
  let from = 0;
  for (const match of code.matchAll(FLAG_BLOCK)) {
    const flag = match[1] as string;
    if (PHASER_FEATURES[flag] || match.index < from) continue;
    let depth = 0;
    let end = match.index + match[0].length - 1;
    for (; end < code.length; end += 1) {
      if (code[end] === '{') depth += 1;
      else if (code[end] === '}' && --depth === 0) break;
    }
    out += `${code.slice(from, match.index)}if (false) {}`;
    from = end + 1;
  }
  out += code.slice(from);
  return out.replace(FLAG, (_match, flag: string) => String(PHASER_FEATURES[flag]));
}

export function phaserForTheStage(): Plugin {
  return {
    name: 'dental-biocalypse:phaser-for-the-stage',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      if (source === 'phaser') return ENTRY;
      if (source.startsWith('phaser-src/')) {
        return path.join(SOURCES, source.slice('phaser-src/'.length));
      }
      return null;
    },
    transform(code, id) {
      if (!id.startsWith(SOURCES) || !code.includes('typeof ')) return null;
      return { code: setPhaserFeatures(code), map: null };
    },
  };
}
