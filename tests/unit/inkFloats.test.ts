// Floats survive compiling and loading: `{ 5 / 2.0 }` prints 2.5 as inklecate does, and the
// inkjs runtime's text-based float marking (Node 20, Safari) no longer breaks on `0.05`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Story } from 'inkjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { floatToken, shieldStringCommas } from '../../src/ink/runtimeJson';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = 'tests/fixtures/ink/floats/main.ink';

function compileText(source: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'ink-'));
  writeFileSync(path.join(folder, 'main.ink'), source);
  return compileInk(path.join(folder, 'main.ink')).json;
}

/** Every number written outside strings in a JSON text. */
function numbersIn(json: string): string[] {
  return json.replace(/"(?:[^"\\]|\\.)*"/g, '""').match(/-?\d[\d.eE+-]*/g) ?? [];
}

describe('floats keep their type', () => {
  it('prints { 5 / 2.0 } as 2.5 in npm run story -- play, as inklecate does', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tools/story.ts', 'play', fixture],
      {
        cwd: root,
        encoding: 'utf8',
        input: '',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      readFileSync(path.join(root, 'tests/fixtures/ink/floats/main.out'), 'utf8'),
    );
    expect(run.stdout.split('\n')[0]).toBe('2.5');
    // A Node start with tsx: seconds when the machine is busy, not a hang.
  }, 60_000);

  it('writes no number whose text a runtime could take for an int with a float source', () => {
    const json = compileInk(path.join(root, fixture)).json;
    // A reviver that sees source text (Node 22+, Chrome, Firefox) turns `N.0` into a float
    // and anything else integral into an int: floats must therefore not be bare numbers.
    for (const number of numbersIn(json)) expect(number).toMatch(/^(-?\d+|-\d+\.\d+(e-\d+)?)$/);
    expect(json).toContain('"2.0f"');
  });
});

describe('floats where JSON.parse cannot show a number its source text', () => {
  // Node 20 and Safari read floats with a regular expression over the whole text. Hiding
  // the reviver's third argument puts every Node version on that path, so this test means
  // the same on the Node 22 and 24 players use.
  const parse = JSON.parse;
  beforeEach(() => {
    vi.spyOn(JSON, 'parse').mockImplementation((text, reviver) =>
      reviver ? parse(text, (key, value) => reviver.call(undefined, key, value)) : parse(text),
    );
  });
  afterEach(() => vi.restoreAllMocks());

  it('reads 0.05 and 1.05 right and a text holding ", 6.0" unbroken', () => {
    const json = compileText(
      'VAR x = 0.5\n{x > 0.05: big|small} {x > 1.05: huge|fine} {x == 2.0: two|"0.05"} {5 / 2.0}\npH 7, 6.0 today\n-> END\n',
    );
    expect(new Story(json).ContinueMaximally()).toBe('big fine "0.05" 2.5\npH 7, 6.0 today\n');
  });

  it('keeps a negative whole float a float, in a variable and in an expression', () => {
    const json = compileText('VAR debt = -2.0\n{5 / debt} {5 / -2.0} {-2.0 / 4}\n-> END\n');
    expect(new Story(json).ContinueMaximally()).toBe('-2.5 -2.5 -0.5\n');
  });
});

describe('float tokens', () => {
  it('parse back to the very same number', () => {
    for (const value of [0, 2, 0.05, 1.05, 10.5, 1e-7, 1.05e-7, 123456.789, 2 ** 60, 1e21]) {
      const token = floatToken(value);
      expect(token).toMatch(/^[0-9]+\.[0-9]+f$/);
      expect(Number.parseFloat(token)).toBe(value);
    }
  });

  it('hide only commas inside strings that a number follows', () => {
    const json = '["^pH 7, 6.0",1,2,"a,b","x,\\" 3"]';
    const shielded = shieldStringCommas(json);
    expect(shielded).toBe('["^pH 7\\u002c 6.0",1,2,"a,b","x,\\" 3"]');
    expect(JSON.parse(shielded)).toEqual(JSON.parse(json));
  });
});
