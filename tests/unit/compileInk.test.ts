import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk, formatDiagnostic, InkCompileError } from '../../src/ink/compileInk';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/ink');
const root = path.resolve(import.meta.dirname, '../..');

describe('compileInk', () => {
  it('compiles a story and everything it INCLUDEs into runtime JSON', () => {
    const compiled = compileInk(path.join(fixtures, 'good/main.ink'), { relativeTo: root });
    expect(JSON.parse(compiled.json)).toHaveProperty('inkVersion');
    expect(compiled.files.map((f) => path.relative(fixtures, f))).toEqual([
      'good/main.ink',
      'good/acts/market.ink',
    ]);
    expect(compiled.version).toMatch(/^[0-9a-f]{12}$/);
    expect(compiled.warnings).toEqual([]);
  });

  it('names the INCLUDEd file and its own line when that file is broken', () => {
    let caught: unknown;
    try {
      compileInk(path.join(fixtures, 'broken/main.ink'), { relativeTo: root });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InkCompileError);
    const error = caught as InkCompileError;
    expect(error.first).toMatchObject({
      severity: 'error',
      file: 'tests/fixtures/ink/broken/acts/outbreak.ink',
      line: 3,
    });
    expect(error.message.split('\n')[0]).toMatch(
      /^tests\/fixtures\/ink\/broken\/acts\/outbreak\.ink:3: /,
    );
    // The parser reports some errors twice; the writer sees each once.
    expect(new Set(error.message.split('\n')).size).toBe(error.message.split('\n').length);
  });

  it('reports warnings and TODOs with file and line without failing', () => {
    const compiled = compileInk(path.join(fixtures, 'warning/main.ink'), { relativeTo: root });
    const lines = compiled.warnings.map(formatDiagnostic);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^tests\/fixtures\/ink\/warning\/main\.ink:7: warning: Apparent loose end/,
      ),
    );
    expect(lines).toContain(
      'tests/fixtures/ink/warning/main.ink:2: todo: write the festival scene',
    );
  });

  it('says which INCLUDE cannot be found', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ink-'));
    writeFileSync(path.join(folder, 'main.ink'), 'INCLUDE acts/missing.ink\nHello.\n-> END\n');
    expect(() => compileInk(path.join(folder, 'main.ink'), { relativeTo: folder })).toThrow(
      /main\.ink: INCLUDE names acts\/missing\.ink, which cannot be read/,
    );
  });

  it('says so when the root file itself is missing', () => {
    expect(() => compileInk(path.join(fixtures, 'nope.ink'), { relativeTo: root })).toThrow(
      'tests/fixtures/ink/nope.ink: cannot read this file',
    );
  });

  it('ignores a byte-order mark written by some editors', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ink-'));
    writeFileSync(path.join(folder, 'main.ink'), '\ufeffHello.\n-> END\n');
    expect(() => compileInk(path.join(folder, 'main.ink'))).not.toThrow();
  });
});
