// The stage's Phaser is built from Phaser's sources with its build flags set
// (src/scenes/phaserVitePlugin.ts): a flag that is on becomes `true`, and a block under a
// flag that is off goes whole, so the modules it requires stay out of the build.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASER_FEATURES, setPhaserFeatures } from '../../src/scenes/phaserVitePlugin';

describe("the stage's Phaser build flags", () => {
  it('keeps both renderers and leaves out sound and the WebGL debugger', () => {
    expect(PHASER_FEATURES).toMatchObject({
      CANVAS_RENDERER: true,
      WEBGL_RENDERER: true,
      FEATURE_SOUND: false,
      WEBGL_DEBUG: false,
    });
  });

  it('removes a block under a flag that is off, requires and nested braces included', () => {
    const source = [
      "var A = require('./a');",
      'if (typeof FEATURE_SOUND)',
      '{',
      "    var Sound = require('../sound/SoundManagerCreator');",
      '    if (x) { y(); }',
      '}',
      'if (typeof WEBGL_RENDERER)',
      '{',
      "    var Gl = require('./webgl');",
      '}',
      'if (typeof WEBGL_DEBUG && window) { z(); }',
    ].join('\n');
    const built = setPhaserFeatures(source);
    expect(built).not.toContain('SoundManagerCreator');
    expect(built).not.toContain('typeof');
    expect(built).toContain("if (true)\n{\n    var Gl = require('./webgl');");
    expect(built).toContain('if (false) {}');
    expect(built).toContain('if (false && window) { z(); }');
    // Nothing after the removed block is lost.
    expect(built.startsWith("var A = require('./a');\nif (false) {}\nif (true)")).toBe(true);
  });

  it('has a factory for every game object the scenes add (this.add.x)', () => {
    const scenes = path.resolve(import.meta.dirname, '../../src/scenes');
    const build = readFileSync(path.join(scenes, 'phaserBuild.ts'), 'utf8');
    const factories = new Set(
      [...build.matchAll(/import '[^']*\/(\w+)Factory\.js';/g)].map((m) => m[1]),
    );
    // The factory each `this.add.x` is registered by, where the names differ.
    const factoryOf: Record<string, string> = { circle: 'Arc', particles: 'ParticleEmitter' };
    const added = new Set<string>();
    for (const file of readdirSync(scenes, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts')) continue;
      const code = readFileSync(path.join(scenes, file), 'utf8');
      for (const m of code.matchAll(/\.add\s*\.(\w+)\(/g)) added.add(m[1] as string);
    }
    expect(added.size).toBeGreaterThan(4);
    for (const kind of added) {
      const factory = factoryOf[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
      expect(factories, `this.add.${kind}`).toContain(factory);
    }
  });
});
