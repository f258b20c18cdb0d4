// The room server's two import rules (.dependency-cruiser.cjs) can fail: on a copy of src/
// with a page importing the server, the protocol importing Node, Colyseus or the page, each
// is reported against its file; the real src/room and src/server break no rule.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

async function violations(baseDir: string): Promise<string[]> {
  const options = await extractDepcruiseOptions(path.join(root, '.dependency-cruiser.cjs'));
  const { output } = await cruise(['src'], { ...options, baseDir });
  if (typeof output === 'string') throw new Error('expected the cruise result');
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('the room server’s import rules', () => {
  let copy: string;
  let found: string[];

  beforeAll(async () => {
    copy = mkdtempSync(path.join(tmpdir(), 'room-layers-'));
    cpSync(path.join(root, 'src'), path.join(copy, 'src'), { recursive: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    const plant = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      writeFileSync(path.join(copy, file), text);
    };
    plant('src/ui/room/usesServer.ts', "export { Roster } from '../../server/roster';\n");
    plant(
      'src/scenes/typeFromServer.ts',
      "import type { Seat } from '../server/roster';\nexport type S = Seat;\n",
    );
    plant(
      'src/room/nodeCrypto.ts',
      "import { randomInt } from 'node:crypto';\nexport const r = randomInt;\n",
    );
    plant('src/room/colyseus.ts', "export { Room } from '@colyseus/core';\n");
    plant('src/room/fromPage.ts', "export { byId } from '../ui/dom';\n");
    found = await violations(copy);
  }, 120_000);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it.each([
    ['page-not-to-server', 'src/ui/room/usesServer.ts'],
    ['page-not-to-server', 'src/scenes/typeFromServer.ts'],
    ['room-protocol-stays-pure', 'src/room/nodeCrypto.ts'],
    ['room-protocol-stays-pure', 'src/room/colyseus.ts'],
    ['room-protocol-stays-pure', 'src/room/fromPage.ts'],
  ])('reports %s in %s', (rule, file) => {
    expect(found.filter((line) => line.startsWith(`${rule}: ${file} -> `))).not.toEqual([]);
  });

  it('finds nothing wrong in the real src/room and src/server', () => {
    expect(
      found.filter((line) => /: src\/(room|server)\/(?!nodeCrypto|colyseus|fromPage)/.test(line)),
    ).toEqual([]);
  });
});
