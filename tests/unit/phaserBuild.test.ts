// The stage's Phaser is built from Phaser's sources with its build flags set
// (src/scenes/phaserVitePlugin.ts): a flag that is on becomes `true`, and a block under a
// flag that is off goes whole, so the modules it requires stay out of the build.
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
});
