// The openings the build plays ahead (src/session/openings.ts) and how the page shows one
// before its session exists (CurrentGame.open): the game must be the real engine's, and a
// game continued from an opening must play exactly as one begun on the click.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { CurrentGame, type GameEvent } from '../../src/session/currentGame';
import { playOpenings } from '../../src/session/openings';
import { ROLE_IDS } from '../../src/session/roles';
import { type CompiledStoryModule, Session } from '../../src/session/session';

let story: CompiledStoryModule;

beforeAll(() => {
  story = compileInk(path.resolve(import.meta.dirname, '../../story/main.ink'));
}, 60_000);

/**
 * A state to compare: the ink state parsed, without the seed inkjs draws from the clock for
 * each new Story (only `RANDOM` and shuffles read it, and the story uses neither).
 */
const comparable = (state: ReturnType<Session['state']>) => ({
  ...state,
  story: { ...JSON.parse(state.story), storySeed: 0 },
});

describe('openings played ahead', () => {
  it('are what Session.begin gives each role, and a session resumed there plays the same', () => {
    const { openings, failures } = playOpenings(story);
    expect(failures).toEqual([]);
    expect(Object.keys(openings)).toEqual([...ROLE_IDS]);
    for (const role of ROLE_IDS) {
      const opening = openings[role];
      if (!opening) throw new Error(`no opening for ${role}`);
      const begun = Session.begin(story, role);
      expect(comparable(opening)).toEqual(comparable(begun.state()));
      const resumed = Session.resume(story, opening);
      expect(comparable(resumed.state())).toEqual(comparable(opening));
      // Two choices on from the opening, the begun and the resumed game are one game.
      for (const index of [0, 1]) {
        const choice = Math.min(index, begun.passage.choices.length - 1);
        begun.choose(choice);
        resumed.choose(choice);
        expect(comparable(resumed.state())).toEqual(comparable(begun.state()));
      }
    }
  }, 60_000);
});

describe('CurrentGame.open', () => {
  function opened() {
    const opening = playOpenings(story).openings.kara;
    if (!opening) throw new Error('no opening for kara');
    const game = new CurrentGame();
    const events: GameEvent[] = [];
    game.subscribe((event) => events.push(event));
    let arrive: (session: Session) => void = () => undefined;
    const session = new Promise<Session>((resolve) => {
      arrive = resolve;
    });
    const failures: unknown[] = [];
    game.open(opening, session, (error) => failures.push(error));
    return { game, events, opening, arrive, failures };
  }

  it('shows the opening at once and plays the first choice made before the session arrives', async () => {
    const { game, events, opening, arrive, failures } = opened();
    expect(events.map((event) => event.kind)).toEqual(['begun']);
    expect(game.state).toBe(opening);
    expect(game.reading).toBe(true);
    // A quick player clicks twice: both clicks were on the opening's choices, so one counts.
    game.choose(1);
    game.choose(0);
    expect(events).toHaveLength(1);
    const session = Session.resume(story, opening);
    arrive(session);
    await Promise.resolve();
    await Promise.resolve();
    expect(game.reading).toBe(false);
    expect(events.map((event) => event.kind)).toEqual(['begun', 'choice']);
    const expected = Session.begin(story, 'kara');
    expected.choose(1);
    expect(comparable(game.state ?? opening)).toEqual(comparable(expected.state()));
    expect(failures).toEqual([]);
  }, 60_000);

  it('forgets a session that arrives after the player left', async () => {
    const { game, events, opening, arrive } = opened();
    game.choose(0);
    game.leave();
    arrive(Session.resume(story, opening));
    await Promise.resolve();
    await Promise.resolve();
    expect(events.map((event) => event.kind)).toEqual(['begun', 'none']);
    expect(game.state).toBeNull();
  }, 60_000);
});
