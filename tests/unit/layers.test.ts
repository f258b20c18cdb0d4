// The import-graph rule (.dependency-cruiser.cjs) on the game's real imports, and proof that
// it can fail: the same rules run on a copy of src/ with one forbidden import added per rule,
// and each must be reported against the file that holds it. `npm run lint:imports` runs the
// same rules from the command line; `npm run typecheck` also compiles the core without DOM
// types (tsconfig.core.json), which covers DOM globals that no import names.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Runs the project's rules on `folders` under `baseDir`, as `npm run lint:imports` does. */
async function cruiseGame(baseDir: string, folders: string[]): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions(path.join(root, '.dependency-cruiser.cjs'));
  const { output } = await cruise(folders, { ...options, baseDir });
  if (typeof output === 'string') throw new Error('expected the cruise result, got a report');
  return output;
}

/** Each broken import as `rule: from -> to`, the way a failing run names it. */
function violations(result: ICruiseResult): string[] {
  return result.summary.violations.map(
    (violation) => `${violation.rule.name}: ${violation.from} -> ${violation.to}`,
  );
}

describe('the import-graph rule', () => {
  it('finds every import in the game and none that breaks a rule', async () => {
    const started = performance.now();
    const result = await cruiseGame(root, ['src', 'tools']);
    const modules = new Map(result.modules.map((module) => [module.source, module]));

    // It reads every TypeScript file of the game (TS 7 has no compiler API: swc parses), so a
    // quiet result means something. Bare and dynamic imports: see the planted breaks below.
    const onDisk = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map((file) => `src/${file.split(path.sep).join('/')}`);
    expect(onDisk.filter((file) => !modules.has(file))).toEqual([]);
    expect(modules.get('src/sim/index.ts')?.dependencies.length).toBeGreaterThan(3);
    expect(violations(result)).toEqual([]);
    // The cruise takes 1-2 s on a busy two-core machine; this only catches a runaway.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  describe('on a copy of src/ with forbidden imports added', () => {
    let copy: string;
    let found: string[];

    /** Writes a file into the copy. */
    function plant(file: string, text: string): void {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      writeFileSync(path.join(copy, file), text);
    }

    beforeAll(async () => {
      copy = mkdtempSync(path.join(tmpdir(), 'layers-'));
      cpSync(path.join(root, 'src'), path.join(copy, 'src'), { recursive: true });
      symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
      plant('tools/chartTool.ts', 'export const chart = 1;\n');
      // One planted break per rule, each in a file of its own so the report names it.
      plant('src/sim/bareHowler.ts', "import 'howler';\n");
      plant('src/narrative/dynamicPhaser.ts', "export const stage = () => import('phaser');\n");
      plant(
        'src/session/typeFromUi.ts',
        "import type { byId } from '../ui/dom';\nexport type B = typeof byId;\n",
      );
      plant(
        'src/session/nodeFile.ts',
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      );
      plant('src/session/domPackage.ts', "import 'happy-dom';\n");
      plant(
        'src/sim/knowsSession.ts',
        "import type { Session } from '../session/session';\nexport type S = Session;\n",
      );
      plant('src/narrative/knowsSession.ts', "export { ROLES } from '../session/roles';\n");
      plant(
        'src/ui/simDirect.ts',
        "import type { MuralDescriptor } from '../sim';\nexport type M = MuralDescriptor;\n",
      );
      plant('src/scenes/usesTool.ts', "export { chart } from '../../tools/chartTool';\n");
      plant(
        'src/sim/cycleOne.ts',
        "import { two } from './cycleTwo';\nexport const one = () => two;\n",
      );
      plant(
        'src/sim/cycleTwo.ts',
        "import { one } from './cycleOne';\nexport const two = () => one;\n",
      );
      found = violations(await cruiseGame(copy, ['src', 'tools']));
    });

    afterAll(() => {
      if (copy) rmSync(copy, { recursive: true, force: true });
    });

    it('reports a bare `import "howler"` in src/sim by its file name', () => {
      expect(found).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /^core-not-to-phaser-or-howler: src\/sim\/bareHowler\.ts -> .*node_modules\/howler\//,
          ),
        ]),
      );
    });

    it.each([
      [
        'a dynamic import of Phaser',
        'core-not-to-phaser-or-howler',
        'src/narrative/dynamicPhaser.ts',
      ],
      ['a type import from the page', 'core-not-to-shell', 'src/session/typeFromUi.ts'],
      ['a Node built-in', 'core-only-core-and-known-packages', 'src/session/nodeFile.ts'],
      ['a DOM-only package', 'core-only-core-and-known-packages', 'src/session/domPackage.ts'],
      ['the sim knowing the session', 'sim-knows-nothing-of-the-story', 'src/sim/knowsSession.ts'],
      [
        'the narrative knowing the session',
        'narrative-knows-nothing-of-the-session',
        'src/narrative/knowsSession.ts',
      ],
      ['ui reaching past the session', 'shell-reaches-sim-through-session', 'src/ui/simDirect.ts'],
      ['the game importing a tool', 'src-not-to-tools', 'src/scenes/usesTool.ts'],
      ['an import cycle', 'no-circular', 'src/sim/cycleOne.ts'],
    ])('reports %s (%s) in %s', (_what, rule, file) => {
      expect(found.filter((line) => line.startsWith(`${rule}: ${file} -> `))).not.toEqual([]);
    });

    it('reports nothing else: the copied game itself still passes', () => {
      const planted =
        /(bareHowler|dynamicPhaser|typeFromUi|nodeFile|domPackage|knowsSession|simDirect|usesTool|cycleOne|cycleTwo)\.ts/;
      expect(found.filter((line) => !planted.test(line))).toEqual([]);
    });
  });
});
