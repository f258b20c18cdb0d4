// Damaged saves: whatever a broken disk, a hand edit or a truncated download does to a save
// file, it is either refused with a reason or restores to a game that plays on. Nothing
// throws or hangs after a save has been accepted (a hang fails the test on its timeout).
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { makeSave, readSave, restoreSave, writeSave } from '../../src/session/saveGame';
import { type CompiledStoryModule, Session } from '../../src/session/session';

let story: CompiledStoryModule;
let fixture: CompiledStoryModule;

beforeAll(() => {
  story = compileInk(path.resolve(import.meta.dirname, '../../story/main.ink'));
  fixture = compileInk(path.resolve(import.meta.dirname, '../fixtures/ink/good/main.ink'));
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Every place in a JSON value, the root's children down to the leaves. */
function placesIn(value: Json, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => {
    const here = [...at, key];
    return [here, ...placesIn((value as Record<string | number, Json>)[key] as Json, here)];
  });
}

// JSON cannot say NaN or Infinity: these stand in for them and are swapped in as text, so
// the file reads back as `NaN` (not JSON at all) or `1e999` (Infinity once parsed).
const NAN = '"__nan__"';
const INFINITE = '"__infinite__"';

const DAMAGE = [
  'delete',
  'string',
  'object',
  'array',
  'null',
  'true',
  'nan',
  'infinity',
  'huge',
  'negative',
  'fraction',
  'small number',
  'truncate string',
  'truncate file',
] as const;
type Damage = (typeof DAMAGE)[number];

/** The save's text with one thing damaged at one place. */
function damage(text: string, kind: Damage, pick: number, size: number): string {
  if (kind === 'truncate file') return text.slice(0, pick % text.length);
  const save = JSON.parse(text) as Json;
  const places = placesIn(save);
  const place = places[pick % places.length] as Path;
  const parent = place
    .slice(0, -1)
    .reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, save) as
    | Json[]
    | Record<string, Json>;
  const key = place[place.length - 1] as string | number;
  const old = (parent as Record<string | number, Json>)[key];
  const replacement: Record<Exclude<Damage, 'delete' | 'truncate file'>, Json> = {
    string: 'x',
    object: {},
    array: [],
    null: null,
    true: true,
    nan: '__nan__',
    infinity: '__infinite__',
    huge: 1e308,
    negative: -1e9,
    fraction: 0.5,
    'small number': (size % 21) - 10,
    'truncate string': typeof old === 'string' ? old.slice(0, size % (old.length + 1)) : 'x',
  };
  if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else {
    (parent as Record<string | number, Json>)[key] = replacement[kind];
  }
  return JSON.stringify(save).replaceAll(NAN, 'NaN').replaceAll(INFINITE, '1e999');
}

/** Plays a few choices on; a workshop's holds are lifted as a facilitator would. */
function playsOn(session: Session): void {
  for (let n = 0; n < 3 && !session.passage.ended; n += 1) {
    session.setPaused(false);
    session.endDiscussion();
    session.choose(n % session.passage.choices.length);
  }
}

function saveAfter(compiled: () => CompiledStoryModule, begin: () => Session, choices: number) {
  const session = begin();
  for (let n = 0; n < choices && !session.passage.ended; n += 1) {
    session.endDiscussion();
    session.choose(n % session.passage.choices.length);
  }
  return { compiled, text: writeSave(makeSave(session.state(), new Date(0))) };
}

describe('damaged saves', () => {
  it('are refused with a reason, or restore to a game that plays on (fixture story, 600 cases)', () => {
    const bases = [0, 1, 3].map((choices) =>
      saveAfter(
        () => fixture,
        () => Session.begin(fixture, 'kara'),
        choices,
      ),
    );
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat(bases.length - 1),
        fc.constantFrom(...DAMAGE),
        fc.nat(),
        fc.nat(),
        (base, kind, pick, size) => {
          const { compiled, text } = bases[base] as (typeof bases)[number];
          const read = readSave(damage(text, kind, pick, size));
          if (!read.ok) {
            expect(read.reason).toMatch(/\w/);
            refused += 1;
            return;
          }
          playsOn(restoreSave(compiled(), read.save).session);
        },
      ),
      { numRuns: 600, seed: 2147 },
    );
    // Most damage must be caught: a schema that accepted everything would restore nearly
    // every case and only the JSON-breaking ones would count here.
    expect(refused).toBeGreaterThan(300);
  }, 120_000);

  it('are refused or play on for a workshop of the real story (60 cases)', () => {
    const cast = { elara: 'Ana', torus: 'Sam', kara: 'Lee', jalen: 'Ana' };
    const base = saveAfter(
      () => story,
      () =>
        Session.begin(story, 'ensemble', {
          ensemble: { cast, length: 'short', discussion: true },
        }),
      4,
    );
    fc.assert(
      fc.property(fc.constantFrom(...DAMAGE), fc.nat(), fc.nat(), (kind, pick, size) => {
        const read = readSave(damage(base.text, kind, pick, size));
        if (read.ok) playsOn(restoreSave(story, read.save).session);
        else expect(read.reason).toMatch(/\w/);
      }),
      { numRuns: 60, seed: 4 },
    );
  }, 120_000);

  it('a minute that is an object, or a number given as text, is refused with where it is', () => {
    const { text } = saveAfter(
      () => fixture,
      () => Session.begin(fixture, 'kara'),
      1,
    );
    const save = JSON.parse(text);
    save.game.microbiome.minute = {};
    expect(readSave(JSON.stringify(save))).toEqual({
      ok: false,
      reason: 'it is damaged (microbiome.minute is missing or of the wrong kind)',
    });
    save.game.microbiome.minute = 10;
    save.game.microbiome.acid = '3';
    expect(readSave(JSON.stringify(save))).toMatchObject({ ok: false });
    save.game.microbiome.acid = 3;
    save.game.microbiome.groups.M = 1e308;
    expect(readSave(JSON.stringify(save))).toEqual({
      ok: false,
      reason: 'it is damaged (microbiome.groups.M is out of range)',
    });
  });
});
