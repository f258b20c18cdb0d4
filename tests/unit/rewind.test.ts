import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import type { GameState } from '../../src/session/gameState';
import { canRewind, MAX_CHECKPOINTS, remember, rewind } from '../../src/session/rewind';
import { type CompiledStoryModule, Session } from '../../src/session/session';

let story: CompiledStoryModule;
let fixture: CompiledStoryModule;

beforeAll(() => {
  story = compileInk(path.resolve(import.meta.dirname, '../../story/main.ink'));
  fixture = compileInk(path.resolve(import.meta.dirname, '../fixtures/ink/good/main.ink'));
});

/** Plays `picks` (each taken modulo the number of choices); returns the indices chosen. */
function playOn(session: Session, picks: readonly number[]): number[] {
  const chosen: number[] = [];
  for (const pick of picks) {
    if (session.passage.ended) break;
    const index = pick % session.passage.choices.length;
    session.choose(index);
    chosen.push(index);
  }
  return chosen;
}

/**
 * The game as the player knows it. The ink state's random seed is drawn anew for every
 * story instance and the story never uses it, so it is set aside; everything else in the
 * ink state (position, variables, visit and turn counts) must match.
 */
function comparable(state: GameState) {
  const { storySeed: _seed, previousRandom: _previous, ...ink } = JSON.parse(state.story);
  return { ...state, story: ink };
}

function stateOf(result: ReturnType<typeof rewind>): GameState {
  if (!result.ok) throw new Error(`rewind failed: ${result.reason}`);
  return result.session.state();
}

describe('rewind (solo)', () => {
  it('returns to the previous choice: same text, choices and microbiome as then', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('elara', 'torus', 'kara', 'jalen'),
        fc.array(fc.nat(5), { minLength: 1, maxLength: 10 }),
        (role, picks) => {
          const before = Session.begin(story, role);
          const chosen = playOn(before, picks.slice(0, -1));
          if (before.passage.ended) return;
          const earlier = comparable(before.state());
          const passage = before.passage;
          const last = (picks.at(-1) ?? 0) % passage.choices.length;
          before.choose(last);

          const back = rewind(story, before.state());
          if (!back.ok) throw new Error(back.reason);
          expect(back.session.passage).toEqual(passage);
          expect(comparable(back.session.state())).toEqual(earlier);
          expect(chosen.length).toBe(back.session.log.length);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('rewinding and then choosing the same again gives exactly the original game', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('elara', 'torus', 'kara', 'jalen'),
        fc.array(fc.nat(5), { minLength: 1, maxLength: 12 }),
        (role, picks) => {
          const original = Session.begin(story, role);
          const chosen = playOn(original, picks);
          const back = rewind(story, original.state());
          if (!back.ok) throw new Error(back.reason);
          back.session.choose(chosen.at(-1) ?? 0);
          expect(comparable(back.session.state())).toEqual(comparable(original.state()));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('works from an ending back to the last choice', () => {
    const session = Session.begin(fixture, 'elara');
    session.choose(1);
    session.choose(0);
    expect(session.passage.ended).toBe(true);
    const back = rewind(fixture, session.state());
    if (!back.ok) throw new Error(back.reason);
    expect(back.session.passage.ended).toBe(false);
    expect(back.session.passage.choices.map((c) => c.text)).toEqual(['Wait an hour']);
    expect(back.session.log.map((entry) => entry.text)).toEqual(['Drink water']);
  });

  it('can go back step by step to the very first choice, and no further', () => {
    const session = Session.begin(story, 'kara');
    playOn(session, [0, 1, 0]);
    const start = comparable(Session.begin(story, 'kara').state());
    let state = session.state();
    for (let steps = 0; canRewind(state); steps += 1) {
      expect(steps).toBeLessThan(3);
      state = stateOf(rewind(story, state));
    }
    expect(comparable(state)).toEqual(start);
    expect(rewind(story, state)).toEqual({ ok: false, reason: 'no choice has been made yet' });
  });

  it('leaves the state it was given untouched', () => {
    const session = Session.begin(story, 'torus');
    playOn(session, [1, 0]);
    const state = session.state();
    const copy = structuredClone(state);
    rewind(story, state);
    expect(state).toEqual(copy);
  });

  it('is never offered in ensemble play', () => {
    const session = Session.begin(fixture, 'kara');
    session.choose(0);
    const together = { ...session.state(), mode: 'ensemble' } as unknown as GameState;
    expect(canRewind(together)).toBe(false);
    expect(rewind(fixture, together).ok).toBe(false);
    expect(canRewind(session.state())).toBe(true);
  });

  it('resumes the checkpoint from before the last choice exactly, ink state and all', () => {
    const session = Session.begin(story, 'jalen');
    let checkpoints = remember([], session.state());
    for (const pick of [0, 1, 1]) {
      session.choose(pick % session.passage.choices.length);
      checkpoints = remember(checkpoints, session.state());
    }
    const shown = checkpoints[2];
    const back = rewind(story, session.state(), checkpoints);
    if (!back.ok) throw new Error(back.reason);
    expect(back.session.state()).toEqual(shown);
    // The replay, used when no checkpoint was kept, reaches the same game.
    expect(comparable(stateOf(rewind(story, session.state())))).toEqual(
      comparable(shown as GameState),
    );
  });

  it('ignores checkpoints of another path or of an edited story', () => {
    const session = Session.begin(fixture, 'elara');
    session.choose(1);
    const drankWater = session.state();
    session.choose(0);
    const other = Session.begin(fixture, 'elara');
    other.choose(0);
    const stale = [
      other.state(),
      { ...drankWater, storyVersion: 'before the edit', chapter: 'Stale' },
    ];
    const back = stateOf(rewind(fixture, session.state(), stale));
    expect(back.log.map((entry) => entry.text)).toEqual(['Drink water']);
    expect(back.chapter).toBe('Test');
  });

  it('keeps checkpoints for one path: rewinding drops the states past the one shown', () => {
    const session = Session.begin(story, 'elara');
    let checkpoints = remember([], session.state());
    session.choose(0);
    checkpoints = remember(checkpoints, session.state());
    session.choose(0);
    checkpoints = remember(checkpoints, session.state());
    expect(checkpoints.map((state) => state.log.length)).toEqual([0, 1, 2]);
    const back = stateOf(rewind(story, session.state(), checkpoints));
    checkpoints = remember(checkpoints, back);
    expect(checkpoints.map((state) => state.log.length)).toEqual([0, 1]);
    let many = checkpoints;
    for (let i = 0; i < MAX_CHECKPOINTS + 5; i += 1) {
      many = remember(many, { ...back, log: [...back.log, ...Array(i + 1).fill(back.log[0])] });
    }
    expect(many).toHaveLength(MAX_CHECKPOINTS);
  });

  it('says so when an edited story no longer offers an earlier choice', () => {
    const session = Session.begin(fixture, 'elara');
    session.choose(1);
    session.choose(0);
    const state = session.state();
    const edited = {
      ...state,
      log: state.log.map((entry, i) => (i === 0 ? { ...entry, text: 'Juggle' } : entry)),
    };
    const back = rewind(fixture, edited);
    expect(back).toEqual({
      ok: false,
      reason: 'the story changed and the choice "Juggle" is no longer offered',
    });
  });
});
