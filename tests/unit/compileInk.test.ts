import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileInk,
  formatDiagnostic,
  InkCompileError,
  protectFloats,
} from '../../src/ink/compileInk';

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

describe('floats in compiled stories', () => {
  it('survive the runtime, which in Node misreads numbers like 0.05', async () => {
    const { Story } = await import('inkjs');
    const folder = mkdtempSync(path.join(tmpdir(), 'ink-'));
    writeFileSync(
      path.join(folder, 'main.ink'),
      'VAR x = 0.5\n{x > 0.05: big|small} {x > 1.05: huge|fine} {x == 2.0: two|"0.05"}\n-> END\n',
    );
    const compiled = compileInk(path.join(folder, 'main.ink'));
    expect(new Story(compiled.json).ContinueMaximally()).toBe('big fine "0.05"\n');
  });

  it('rewrites only numbers outside strings, keeping their value', () => {
    expect(protectFloats('[0.05,"^0.05",1.05,-0.005,2.0,10.5]')).toBe(
      '[5e-2,"^0.05",105e-2,-5e-3,2.0,10.5]',
    );
    expect(JSON.parse(protectFloats('[0.05,1.05,-0.005]'))).toEqual([0.05, 1.05, -0.005]);
  });
});
