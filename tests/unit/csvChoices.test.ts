// The choices' CSV: the group's name and a room's vote tallies as columns, the column key that
// matches the header column for column (and docs/WORKSHOP.md's copy of it), quoting, and the
// guard that keeps a spreadsheet from running a cell as a formula.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import {
  CSV_COLUMNS,
  choiceLogCsv,
  csvColumnKey,
  csvField,
  defaultGroupName,
  groupsCsv,
} from '../../src/session/choiceCsv';
import type { Ensemble } from '../../src/session/ensemble';
import type { ChoiceRecord } from '../../src/session/gameState';
import { type CompiledStoryModule, Session } from '../../src/session/session';

const root = path.resolve(import.meta.dirname, '../..');
let fixture: CompiledStoryModule;
let log: readonly ChoiceRecord[];

beforeAll(() => {
  fixture = compileInk(path.join(root, 'tests/fixtures/ink/good/main.ink'));
  const session = Session.begin(fixture, 'kara');
  session.choose(0);
  session.choose(0);
  log = session.log;
});

/** Parses CSV text the way a spreadsheet does (quotes, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return rows;
}

describe('the choices CSV', () => {
  it('has one header, and the column key names the same columns in the same order', () => {
    const [header] = parseCsv(choiceLogCsv(log));
    expect(header).toEqual(CSV_COLUMNS.map(([column]) => column));
    expect(header?.slice(-5)).toEqual(['group', 'votes', 'voters', 'voted_by', 'chosen_option']);
    const key = parseCsv(csvColumnKey());
    expect(key[0]).toEqual(['column', 'meaning']);
    expect(key.slice(1).map(([column]) => column)).toEqual(header);
    for (const [, meaning] of key.slice(1)) expect(meaning?.length).toBeGreaterThan(10);
  });

  it('is the key docs/WORKSHOP.md prints, column for column', () => {
    const workshop = readFileSync(path.join(root, 'docs/WORKSHOP.md'), 'utf8');
    const documented = [...workshop.matchAll(/^\| `([a-z_A-Z]+)` +\|/gm)].map((m) => m[1]);
    expect(documented).toEqual(CSV_COLUMNS.map(([column]) => column));
  });

  it('names the group and carries a room vote’s tally on the row it decided', () => {
    const votes = [{ turn: 2, tally: [12, 5, 3], option: 1, voters: 'kara' }];
    const rows = parseCsv(choiceLogCsv(log, null, { group: 'Year 9, blue', votes }));
    const [header, first, second] = rows;
    const at = (row: string[] | undefined, column: string) => row?.[header?.indexOf(column) ?? -1];
    expect(at(first, 'group')).toBe('Year 9, blue');
    expect(at(first, 'votes')).toBe('');
    expect(at(first, 'voters')).toBe('');
    expect(at(second, 'votes')).toBe('12 / 5 / 3');
    expect(at(second, 'voters')).toBe('20');
    expect(at(second, 'voted_by')).toBe('kara');
    expect(at(second, 'chosen_option')).toBe('2');
    expect(rows.every((row) => row.length === header?.length)).toBe(true);
  });

  it('puts several groups under one header, each row named by its group', () => {
    const rows = parseCsv(
      groupsCsv([
        { log, group: 'Room BCDF' },
        { log, group: 'Room GHJK' },
      ]),
    );
    expect(rows).toHaveLength(1 + 2 * log.length);
    const group = rows[0]?.indexOf('group') ?? -1;
    expect(rows.slice(1).map((row) => row[group])).toEqual([
      ...log.map(() => 'Room BCDF'),
      ...log.map(() => 'Room GHJK'),
    ]);
  });

  it('names a one-screen group by its players, and a solo game by its role', () => {
    const ensemble: Ensemble = {
      cast: { elara: 'Ana', torus: 'Ben', kara: 'Ana', jalen: 'Dee' },
      length: 'short',
      discussion: false,
    };
    expect(defaultGroupName(log, ensemble)).toBe('Ana + Ben + Dee');
    expect(defaultGroupName(log, null)).toBe('Kara Femir (solo)');
    const [header, first] = parseCsv(choiceLogCsv(log));
    expect(first?.[header?.indexOf('group') ?? -1]).toBe('Kara Femir (solo)');
  });

  it('quotes separators, quotes and line breaks, and reads back the same text', () => {
    const text = 'Say "no", then\nleave';
    expect(csvField(text)).toBe('"Say ""no"", then\nleave"');
    const [record] = log;
    if (!record) throw new Error('no record');
    const rows = parseCsv(choiceLogCsv([{ ...record, text }]));
    expect(rows[1]?.[rows[0]?.indexOf('choice') ?? -1]).toBe(text);
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+cmd', "'+1+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
  ])('never lets a spreadsheet run %j as a formula', (text, field) => {
    expect(csvField(text)).toBe(field);
    const [record] = log;
    if (!record) throw new Error('no record');
    const csv = choiceLogCsv([{ ...record, text }], null, { group: text });
    const [header, row] = parseCsv(csv);
    for (const column of ['choice', 'group']) {
      expect(row?.[header?.indexOf(column) ?? -1]).toBe(`'${text}`);
    }
  });
});
