// The players' strokes on the wall (the aftermath's open canvas): the rules that take them,
// the bounds that keep a save small, and a save that keeps them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import type { GameState } from '../../src/session/gameState';
import {
  MAX_STROKE_POINTS,
  MAX_STROKES,
  type MuralStroke,
  strokeFrom,
  strokeProblem,
} from '../../src/session/muralStrokes';
import { type Checkpoints, remember, rewind } from '../../src/session/rewind';
import { makeSave, readSave, restoreSave, writeSave } from '../../src/session/saveGame';
import { type CompiledStoryModule, Session, SessionError } from '../../src/session/session';

/** A story of two places: the festival, then (after one choice) two choices of aftermath. */
const STORY = `VAR role = ""
The lanterns are lit. # bg: festival
* [Walk on]
- The days after. # bg: aftermath
* [Rest]
- A week later, the wall is still open.
* [Go home]
- The end.
-> END
`;

let story: CompiledStoryModule;
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'strokes-'));
  writeFileSync(path.join(folder, 'main.ink'), STORY);
  story = compileInk(path.join(folder, 'main.ink'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const dab: MuralStroke = {
  colour: 'moss',
  points: [
    [0.2, 0.3],
    [0.25, 0.35],
  ],
};

function inAftermath(): Session {
  const session = Session.begin(story, 'kara');
  session.choose(0);
  return session;
}

describe('strokes on the wall', () => {
  it('are taken only where the wall is open, the aftermath', () => {
    const session = Session.begin(story, 'kara');
    expect(() => session.addStroke(dab)).toThrow(SessionError);
    session.choose(0);
    const changes: string[] = [];
    session.subscribe((_state, change) => changes.push(change));
    session.addStroke(dab);
    // Stamped with its moment: painted after the first choice.
    expect(session.state().strokes).toEqual([{ ...dab, afterChoice: 1 }]);
    // A stroke is its own kind of change: the story view does not echo a choice for it.
    expect(changes).toEqual(['stroke']);
  });

  it('are bounded: a full wall, a stroke off the wall or too long is refused with a reason', () => {
    const session = inAftermath();
    expect(() => session.addStroke({ colour: 'moss', points: [[1.2, 0.5]] })).toThrow(
      /left the wall/,
    );
    const long = Array.from({ length: MAX_STROKE_POINTS + 1 }, (_, i): [number, number] => [
      i / 100,
      0.5,
    ]);
    expect(() => session.addStroke({ colour: 'moss', points: long })).toThrow(/1 to 64 points/);
    for (let i = 0; i < MAX_STROKES; i += 1) session.addStroke(dab);
    expect(() => session.addStroke(dab)).toThrow(/the wall is full/);
    expect(session.state().strokes).toHaveLength(MAX_STROKES);
  });

  it('thins a long hand path to the bound, keeping both ends, on the wall and rounded', () => {
    const path = Array.from({ length: 500 }, (_, i): [number, number] => [
      i / 499,
      0.5 + Math.sin(i / 20) / 3 + 1e-7,
    ]);
    const stroke = strokeFrom('sky', [[-0.2, 0.5], ...path]);
    expect(stroke.points.length).toBeLessThanOrEqual(MAX_STROKE_POINTS);
    expect(stroke.points[0]).toEqual([0, 0.5]);
    expect(stroke.points.at(-1)).toEqual([
      1,
      Math.round((0.5 + Math.sin(499 / 20) / 3) * 1000) / 1000,
    ]);
    expect(strokeProblem(stroke, 0)).toBeNull();
    // A tap is a stroke of one point: a dab of paint.
    expect(strokeFrom('chalk', [[0.5, 0.5]]).points).toEqual([[0.5, 0.5]]);
  });

  it('are saved with the game and come back with it', () => {
    const session = inAftermath();
    session.addStroke(dab);
    session.addStroke({ colour: 'lantern', points: [[0.9, 0.1]] });
    const read = readSave(writeSave(makeSave(session.state(), new Date())));
    if (!read.ok) throw new Error(read.reason);
    expect(read.save.game.strokes).toEqual(session.state().strokes);
    const resumed = Session.resume(story, read.save.game);
    expect(resumed.state().strokes).toEqual(session.state().strokes);
  });

  it('a save from before the wall took strokes loads with none; a damaged stroke is refused', () => {
    const save = makeSave(inAftermath().state(), new Date());
    const { strokes: _none, ...older } = save.game;
    const old = readSave(JSON.stringify({ ...save, game: older }));
    expect(old.ok && old.save.game.strokes).toEqual([]);
    const overfull = { ...save.game, strokes: Array.from({ length: MAX_STROKES + 1 }, () => dab) };
    expect(readSave(JSON.stringify({ ...save, game: overfull }))).toMatchObject({ ok: false });
    const unknownPaint = { ...save.game, strokes: [{ colour: 'tar', points: [[0.1, 0.1]] }] };
    const refused = readSave(JSON.stringify({ ...save, game: unknownPaint }));
    expect(refused).toMatchObject({ ok: false, reason: expect.stringMatching(/damaged/) });
  });

  it('a save from before strokes were stamped counts them as painted where it stands', () => {
    const session = inAftermath();
    session.choose(0);
    session.addStroke(dab);
    const save = makeSave(session.state(), new Date());
    const unstamped = { ...save.game, strokes: [dab] };
    const read = readSave(JSON.stringify({ ...save, game: unstamped }));
    expect(read.ok && read.save.game.strokes).toEqual([{ ...dab, afterChoice: 2 }]);
  });
});

describe('strokes through a replay and a rewind', () => {
  const ring: MuralStroke = { colour: 'berry', points: [[0.6, 0.6]] };

  type Memory = 'every state shown' | 'each passage as it arrived' | 'none (a loaded save)';

  /**
   * Paints `dab` after the first choice and `ring` after the second, as a player would, with
   * the checkpoints a rewind may be given: every state shown (as the reading tools keep
   * them), each passage as it arrived (before its paint), or none.
   */
  function paintedTwice(memory: Memory): { session: Session; seen: () => Checkpoints } {
    const session = Session.begin(story, 'kara');
    let seen: Checkpoints = memory === 'none (a loaded save)' ? [] : remember([], session.state());
    session.subscribe((state, change) => {
      if (
        memory === 'every state shown' ||
        (memory !== 'none (a loaded save)' && change === 'choice')
      )
        seen = remember(seen, state);
    });
    session.choose(0);
    session.addStroke(dab);
    session.choose(0);
    session.addStroke(ring);
    return { session, seen: () => seen };
  }

  const colours = (state: GameState) => state.strokes.map((stroke) => stroke.colour);

  function back(state: GameState, checkpoints: Checkpoints): GameState {
    const result = rewind(story, state, checkpoints);
    if (!result.ok) throw new Error(result.reason);
    return result.session.state();
  }

  it('a save loaded on an edited story (replayed choice by choice) keeps its strokes', () => {
    const { session } = paintedTwice('none (a loaded save)');
    const edited = { ...session.state(), storyVersion: 'an older version of the story' };
    const read = readSave(writeSave(makeSave(edited, new Date())));
    if (!read.ok) throw new Error(read.reason);
    const restored = restoreSave(story, read.save);
    expect(restored.kind).toBe('replayed');
    expect(restored.session.state().strokes).toEqual(session.state().strokes);
    expect(restored.session.state().log).toHaveLength(2);
  });

  it('a replay that stops early keeps only the strokes painted before it stopped', () => {
    const { session } = paintedTwice('none (a loaded save)');
    const state = session.state();
    const lost = state.log.map((entry, i) => (i === 1 ? { ...entry, text: 'Gone now' } : entry));
    const save = makeSave({ ...state, storyVersion: 'old', log: lost }, new Date());
    const restored = restoreSave(story, save);
    expect(restored.kind).toBe('partial');
    expect(colours(restored.session.state())).toEqual(['moss']);
  });

  const memories: Memory[] = [
    'every state shown',
    'each passage as it arrived',
    'none (a loaded save)',
  ];
  for (const memory of memories) {
    it(`a rewind keeps the strokes painted up to the choice it returns to; checkpoints: ${memory}`, () => {
      const { session, seen } = paintedTwice(memory);
      const once = back(session.state(), seen());
      expect(once.log).toHaveLength(1);
      expect(once.scene.backdrop).toBe('aftermath');
      expect(once.strokes).toEqual([{ ...dab, afterChoice: 1 }]);
      // Back before the aftermath: the wall was never painted there.
      const twice = back(once, seen());
      expect(twice.log).toHaveLength(0);
      expect(twice.strokes).toEqual([]);
    });
  }
});
