import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { makeSave, readSave, restoreSave, writeSave } from '../../src/session/saveGame';
import { type CompiledStoryModule, Session } from '../../src/session/session';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
let story: CompiledStoryModule;
let fixture: CompiledStoryModule;

beforeAll(() => {
  story = compileInk(path.resolve(import.meta.dirname, '../../story/main.ink'));
  fixture = compileInk(path.join(fixtures, 'ink/good/main.ink'));
});

/** Plays `picks` (each taken modulo the number of choices) and returns what it saw. */
function playOn(session: Session, picks: readonly number[]) {
  for (const pick of picks) {
    if (session.passage.ended) break;
    session.choose(pick % session.passage.choices.length);
  }
  return {
    passage: session.passage,
    microbiome: session.microbiome,
    log: session.log,
  };
}

describe('save files', () => {
  it('save, load and continue gives exactly an uninterrupted run (random paths)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('elara', 'torus', 'kara', 'jalen'),
        fc.array(fc.nat(5), { minLength: 0, maxLength: 8 }),
        fc.array(fc.nat(5), { minLength: 1, maxLength: 8 }),
        (role, before, after) => {
          const straight = Session.begin(story, role);
          playOn(straight, before);
          const saved = writeSave(makeSave(straight.state(), new Date('2147-05-01T10:00:00Z')));
          const expected = playOn(straight, after);

          const read = readSave(saved);
          if (!read.ok) throw new Error(read.reason);
          const restored = restoreSave(story, read.save);
          expect(restored.kind).toBe('resumed');
          const got = playOn(restored.session, after);
          expect(got.passage).toEqual(expected.passage);
          expect(got.microbiome).toEqual(expected.microbiome);
          expect(got.log).toEqual(expected.log);
        },
      ),
      { numRuns: 10, seed: 2147 },
    );
  }, 120_000);

  it('resumes at the same text and choices it was saved at', () => {
    const session = Session.begin(story, 'kara');
    session.choose(0);
    session.choose(0);
    const read = readSave(writeSave(makeSave(session.state(), new Date())));
    if (!read.ok) throw new Error(read.reason);
    const restored = restoreSave(story, read.save);
    expect(restored.session.passage).toEqual(session.passage);
    expect(restored.session.transcript).toEqual(session.transcript);
    expect(restored.session.chapter).toBe(session.chapter);
  });

  it('replays a save from an edited story, or stops at the nearest valid point', () => {
    const session = Session.begin(fixture, 'jalen');
    session.choose(1);
    session.choose(0);
    const save = makeSave(session.state(), new Date());
    // Same choices, different story version: replayed choice by choice.
    const edited = { ...fixture, version: 'edited00000' };
    const replayed = restoreSave(edited, save);
    expect(replayed).toMatchObject({ kind: 'replayed', choices: 2 });
    expect(replayed.session.microbiome).toEqual(session.microbiome);
    // A choice the edited story no longer has: stopped before it, and named.
    const reworded = {
      ...save,
      game: { ...save.game, log: [save.game.log[0], { ...save.game.log[1], text: 'Juggle' }] },
    } as typeof save;
    const partial = restoreSave(edited, reworded as never);
    expect(partial).toMatchObject({ kind: 'partial', replayed: 1, total: 2, missing: 'Juggle' });
  });

  it('explains a save it cannot read instead of failing', () => {
    expect(readSave('{ not json')).toEqual({
      ok: false,
      reason: 'it is not a save file (the text is not valid JSON)',
    });
    expect(readSave('{"kind":"something-else"}')).toMatchObject({ ok: false });
    expect(
      readSave('{"kind":"dental-biocalypse-save","format":99,"savedAt":"x","game":{}}'),
    ).toEqual({ ok: false, reason: 'it was made by a newer version of the game' });
    const good = JSON.parse(
      writeSave(makeSave(Session.begin(fixture, 'kara').state(), new Date())),
    );
    good.game.role = 'dracula';
    expect(readSave(JSON.stringify(good))).toEqual({
      ok: false,
      reason: 'it is damaged (role is not one the game knows)',
    });
  });

  // Saves made by the game with earlier versions of the story (see fixtures/saves/README.md).
  describe('saves from earlier versions of the story', () => {
    const load = (name: string) => {
      const read = readSave(readFileSync(path.join(fixtures, 'saves', `${name}.json`), 'utf8'));
      if (!read.ok) throw new Error(read.reason);
      return read.save;
    };

    it('replays every choice of a save from the first full story on the story as it is now', () => {
      const save = load('full-story-6751680c20da-kara');
      expect(save.game.storyVersion).not.toBe(story.version);
      const restored = restoreSave(story, save);
      expect(restored.kind).toBe('replayed');
      expect(restored.session.log.map((record) => record.text)).toEqual(
        save.game.log.map((record) => record.text),
      );
      // The replayed game plays on, and now keeps a tapestry the old save never had.
      expect(restored.session.passage.choices.length).toBeGreaterThan(0);
      restored.session.choose(0);
      expect(restored.session.tapestry.length).toBeGreaterThan(0);
    });

    it('stops a save from the story skeleton at the nearest point that still exists, and says which choice is gone', () => {
      const save = load('skeleton-e7bbfa3-torus');
      const restored = restoreSave(story, save);
      if (restored.kind !== 'partial') throw new Error(`expected partial, got ${restored.kind}`);
      expect(restored.total).toBe(save.game.log.length);
      expect(restored.replayed).toBeLessThan(restored.total);
      expect(restored.missing).toBe(save.game.log[restored.replayed]?.text);
      expect(restored.session.log).toHaveLength(restored.replayed);
      expect(restored.session.passage.choices.length).toBeGreaterThan(0);
    });

    it('refuses a save from an older save format with a reason, without throwing', () => {
      const save = load('full-story-6751680c20da-kara');
      const older = JSON.stringify({ ...save, format: 0 });
      expect(readSave(older)).toEqual({
        ok: false,
        reason: 'it was made by an older version of the game that saved differently',
      });
    });
  });
});
