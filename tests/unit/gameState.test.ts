// The one game state: the scene the story set, the holds on play (a workshop's discussion
// and pause), whose turn it is and the ending, all kept by the session, saved whole and
// resumed exactly.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { CurrentGame, type GameEvent } from '../../src/session/currentGame';
import { endingNow } from '../../src/session/debrief';
import type { Ensemble } from '../../src/session/ensemble';
import { passageOf } from '../../src/session/gameState';
import { makeSave, readSave, restoreSave, writeSave } from '../../src/session/saveGame';
import { type CompiledStoryModule, Session, SessionError } from '../../src/session/session';

let story: CompiledStoryModule;
beforeAll(() => {
  story = compileInk(path.resolve(import.meta.dirname, '../fixtures/ink/state/main.ink'));
});

const WORKSHOP: Ensemble = {
  cast: { elara: 'Ana', torus: 'Sam', kara: 'Lee', jalen: 'Ana' },
  length: 'short',
  discussion: true,
};

const workshop = () => Session.begin(story, 'ensemble', { ensemble: WORKSHOP });

/** Saves and loads through the file format, as a player's browser would. */
function saveAndResume(session: Session): Session {
  const read = readSave(writeSave(makeSave(session.state(), new Date(0))));
  if (!read.ok) throw new Error(read.reason);
  const restored = restoreSave(story, read.save);
  expect(restored.kind).toBe('resumed');
  return restored.session;
}

describe('the scene', () => {
  it('is the last backdrop and music the story set, kept across lines that set none', () => {
    const session = Session.begin(story, 'kara');
    expect(session.state().scene).toEqual({ backdrop: 'festival', music: 'festival' });
    session.choose(1);
    expect(session.state().scene).toEqual({ backdrop: 'night', music: 'outbreak' });
    session.choose(0);
    // `# music: stop` silences the loop; the place stays where it was.
    expect(session.state().scene).toEqual({ backdrop: 'night', music: null });
  });

  it('comes back from a save exactly, though the passage on screen names no place', () => {
    const session = Session.begin(story, 'kara');
    session.choose(1);
    session.choose(0);
    expect(passageOf(session.state()).lines.some((l) => l.cues.some((c) => c.kind === 'bg'))).toBe(
      false,
    );
    expect(saveAndResume(session).state()).toEqual(session.state());
  });

  it('is rebuilt from the whole backlog for a save of the first format', () => {
    const session = Session.begin(story, 'kara');
    session.choose(1);
    session.choose(0);
    const save = makeSave(session.state(), new Date(0));
    const { scene, choices, turn, discussion, paused, ending, ...rest } = save.game;
    const old = { ...save, game: { ...rest, format: 1 } };
    const read = readSave(JSON.stringify(old));
    if (!read.ok) throw new Error(read.reason);
    expect(read.save.game.scene).toEqual(scene);
    const resumed = restoreSave(story, read.save).session.state();
    expect(resumed).toEqual(session.state());
  });
});

describe('the holds on play', () => {
  it('a workshop discussion holds the choice until the facilitator has asked every question', () => {
    const session = workshop();
    session.choose(0);
    expect(session.state().discussion).toEqual({
      questions: ['Who decides?', 'Who is left out?'],
      current: 0,
    });
    expect(() => session.choose(0)).toThrow(SessionError);
    session.continueDiscussion();
    expect(session.state().discussion?.current).toBe(1);
    expect(() => session.choose(0)).toThrow(SessionError);
    session.continueDiscussion();
    expect(session.state().discussion).toBeNull();
    session.choose(0);
    expect(session.log).toHaveLength(2);
  });

  it('solo play and a workshop without discussion never hold for the questions', () => {
    const solo = Session.begin(story, 'jalen');
    solo.choose(0);
    expect(solo.state().discussion).toBeNull();
    const quiet = Session.begin(story, 'ensemble', {
      ensemble: { ...WORKSHOP, discussion: false },
    });
    quiet.choose(0);
    expect(quiet.state().discussion).toBeNull();
  });

  it('the pause holds a workshop and is saved with it; solo play has no pause', () => {
    const session = workshop();
    session.setPaused(true);
    expect(() => session.choose(0)).toThrow('play is paused');
    const resumed = saveAndResume(session);
    expect(resumed.state().paused).toBe(true);
    resumed.setPaused(false);
    resumed.choose(0);
    const solo = Session.begin(story, 'torus');
    solo.setPaused(true);
    expect(solo.state().paused).toBe(false);
  });

  it('a discussion already holds play: no pause is put under it', () => {
    const session = workshop();
    session.choose(0);
    session.setPaused(true);
    expect(session.state()).toMatchObject({ paused: false, discussion: { current: 0 } });
  });

  it('a held discussion is resumed on the question that was on screen', () => {
    const session = workshop();
    session.choose(0);
    session.continueDiscussion();
    expect(saveAndResume(session).state().discussion).toEqual({
      questions: ['Who decides?', 'Who is left out?'],
      current: 1,
    });
  });

  it('a solo save that claims a hold is resumed without it, so its player is never locked out', () => {
    const session = Session.begin(story, 'elara');
    const save = makeSave(session.state(), new Date(0));
    save.game.paused = true;
    save.game.discussion = { questions: ['Why?'], current: 0 };
    const read = readSave(writeSave(save));
    if (!read.ok) throw new Error(read.reason);
    const resumed = restoreSave(story, read.save).session;
    expect(resumed.state()).toMatchObject({ paused: false, discussion: null });
    resumed.choose(0);
  });
});

describe('turns, choices and the ending', () => {
  it('says whose turn the waiting choice is and what it offers', () => {
    const session = workshop();
    expect(session.state().turn).toBe('kara');
    expect(session.state().choices.map((c) => c.text)).toEqual([
      'Taste the honey cake',
      'Drink water',
    ]);
    session.choose(0);
    expect(session.state().turn).toBe('group');
  });

  it('refuses a choice that is not offered, and changes nothing', () => {
    const session = Session.begin(story, 'kara');
    const before = session.state();
    expect(() => session.choose(5)).toThrow('there is no choice 6 to make here');
    expect(session.state()).toEqual(before);
  });

  it('judges the ending once, when the story ends, with its reason', () => {
    const session = Session.begin(story, 'kara');
    expect(session.state().ending).toBeNull();
    for (let n = 0; n < 3; n += 1) session.choose(0);
    const state = session.state();
    expect(state.ended).toBe(true);
    expect(state.turn).toBeNull();
    expect(state.ending).toEqual(endingNow(state.microbiome));
    expect(state.ending?.reason).toMatch(/\w/);
  });
});

describe('the game on screen', () => {
  it('hands every view each change with what changed, and nothing after it is left', () => {
    const game = new CurrentGame();
    const events: GameEvent['kind'][] = [];
    game.subscribe((event) => events.push(event.kind));
    const session = workshop();
    game.begin(session);
    game.choose(0);
    game.continueDiscussion();
    game.continueDiscussion();
    game.togglePause();
    expect(game.state?.paused).toBe(true);
    game.togglePause();
    game.show(saveAndResume(session));
    game.leave();
    // The session left behind no longer reaches the views.
    session.continueDiscussion();
    expect(events).toEqual(['begun', 'choice', 'hold', 'hold', 'hold', 'hold', 'shown', 'none']);
    expect(game.state).toBeNull();
  });
});
