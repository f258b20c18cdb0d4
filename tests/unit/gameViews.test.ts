// @vitest-environment happy-dom
// The views render the game state they are handed, and input becomes the right intent:
// the story view, the workshop's holds, the stage and sound, the screens and the notices.
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordingAudio } from '../../src/audio/audioPort';
import { compileInk } from '../../src/ink/compileInk';
import type { Stage } from '../../src/scenes/stage';
import { CurrentGame, type GameEvent } from '../../src/session/currentGame';
import type { GameState } from '../../src/session/gameState';
import { type CompiledStoryModule, Session } from '../../src/session/session';
import { mountNotices } from '../../src/ui/notices';
import { mountScreens } from '../../src/ui/screens';
import { StoryView } from '../../src/ui/storyView';
import { Workshop } from '../../src/ui/workshop';
import { WorldView } from '../../src/ui/worldView';

let story: CompiledStoryModule;
beforeAll(() => {
  story = compileInk(path.resolve(import.meta.dirname, '../fixtures/ink/state/main.ink'));
});

const WORKSHOP = {
  cast: { elara: 'Ana', torus: 'Sam', kara: 'Lee <b>', jalen: 'Ana' },
  length: 'short' as const,
  discussion: true,
};

/** Plays a game through CurrentGame and records every event a view would be handed. */
function playing(session: Session) {
  const game = new CurrentGame();
  const events: GameEvent[] = [];
  game.subscribe((event) => events.push(event));
  game.begin(session);
  return { game, events };
}

function storyView() {
  document.body.innerHTML = '<p id="chapter"></p><div id="log"></div><div id="choices"></div>';
  const choose = vi.fn();
  const view = new StoryView(
    {
      log: document.getElementById('log') as HTMLElement,
      choices: document.getElementById('choices') as HTMLElement,
      chapter: document.getElementById('chapter') as HTMLElement,
    },
    { choose, playAgain: vi.fn() },
  );
  const lines = () =>
    [...document.querySelectorAll('#log .line')].map((node) => node.textContent ?? '');
  const buttons = () => [...document.querySelectorAll<HTMLButtonElement>('#choices button')];
  return { view, choose, lines, buttons };
}

describe('the story view', () => {
  it('draws a new game, echoes each choice before its lines, and a click chooses', () => {
    const { view, choose, lines, buttons } = storyView();
    const { game, events } = playing(Session.begin(story, 'kara'));
    game.subscribe((event) => view.render(event));
    view.render(events[0] as GameEvent);
    expect(lines()).toEqual(['The lanterns are lit.']);
    expect(document.getElementById('chapter')?.textContent).toBe('Festival');
    expect(buttons().map((b) => b.textContent)).toEqual(['1Taste the honey cake', '2Drink water']);
    buttons()[1]?.click();
    expect(choose).toHaveBeenCalledWith(1);
    game.choose(1);
    expect(lines()).toEqual([
      'The lanterns are lit.',
      'Drink water',
      'Cool.',
      'Night falls over the Commons.',
      'The wall pulses.',
      'What should the hub do?',
      'Something to talk about: Who decides?',
      'Something to talk about: Who is left out?',
    ]);
  });

  it('draws a loaded game whole, and the title empties it', () => {
    const { view, lines, buttons } = storyView();
    const session = Session.begin(story, 'kara');
    session.choose(0);
    view.render({ kind: 'shown', state: session.state() });
    expect(lines()).toContain('Taste the honey cake');
    expect(lines()).toContain('Sweet.');
    expect(buttons()).toHaveLength(2);
    view.render({ kind: 'none' });
    expect(lines()).toEqual([]);
    expect(buttons()).toEqual([]);
  });

  it('shows the ending the session judged, and a hold changes nothing on the page', () => {
    const { view, lines } = storyView();
    const session = Session.begin(story, 'kara');
    for (let n = 0; n < 3; n += 1) session.choose(0);
    const state = session.state();
    view.render({ kind: 'shown', state });
    const before = lines();
    view.render({ kind: 'hold', state });
    expect(lines()).toEqual(before);
    expect(document.querySelector('.ending-title')?.textContent).toMatch(/\w/);
    expect(document.querySelector<HTMLButtonElement>('#choices button')?.textContent).toBe(
      'Play again',
    );
  });
});

function workshopView() {
  document.body.innerHTML = `
    <section><p id="prompt"></p></section>
    <dialog id="pause"><button id="resume">Resume play</button></dialog>
    <dialog id="discuss"><p id="progress"></p><p id="question"></p>
      <button id="continue">Continue the story</button></dialog>`;
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  const actions = { setPaused: vi.fn(), continueDiscussion: vi.fn() };
  const workshop = new Workshop(
    {
      prompt: byId('prompt'),
      pause: byId('pause') as HTMLDialogElement,
      discuss: byId('discuss') as HTMLDialogElement,
      question: byId('question'),
      progress: byId('progress'),
      resume: byId('resume'),
      continue: byId('continue'),
    },
    actions,
  );
  return { workshop, actions, byId };
}

describe('the workshop holds', () => {
  let state: GameState;
  beforeEach(() => {
    state = Session.begin(story, 'ensemble', { ensemble: WORKSHOP }).state();
  });

  it('names whose turn it is, names as text', () => {
    const { workshop, byId } = workshopView();
    workshop.render(state);
    expect(byId('prompt').textContent).toBe('Lee <b>, as Kara Femir: your choice.');
    expect(byId('prompt').querySelector('b')).toBeNull();
    workshop.render(null);
    expect(byId('prompt').hidden).toBe(true);
  });

  it('opens the pause from the state, and Resume asks the session', () => {
    const { workshop, actions, byId } = workshopView();
    workshop.render({ ...state, paused: true });
    expect((byId('pause') as HTMLDialogElement).open).toBe(true);
    byId('resume').click();
    expect(actions.setPaused).toHaveBeenCalledWith(false);
    workshop.render({ ...state, paused: false });
    expect((byId('pause') as HTMLDialogElement).open).toBe(false);
  });

  it('shows the discussion’s question on screen, and Continue asks the session', () => {
    const { workshop, actions, byId } = workshopView();
    const discussion = { questions: ['Who decides?', 'Who is left out?'], current: 1 };
    workshop.render({ ...state, discussion });
    expect((byId('discuss') as HTMLDialogElement).open).toBe(true);
    expect(byId('question').textContent).toBe('Who is left out?');
    expect(byId('progress').textContent).toBe('Question 2 of 2');
    byId('continue').click();
    expect(actions.continueDiscussion).toHaveBeenCalledTimes(1);
    workshop.render({ ...state, discussion: null });
    expect((byId('discuss') as HTMLDialogElement).open).toBe(false);
  });
});

function fakeStage() {
  const calls: string[] = [];
  const stage: Stage = {
    showMural: (mural) => calls.push(`mural:${mural.state}`),
    showBackdrop: (name) => calls.push(`backdrop:${name}`),
    setMotion: () => undefined,
    pulseMural: () => calls.push('pulse'),
    showStrokes: () => undefined,
    setBrush: () => undefined,
    showKeyboardStroke: () => undefined,
    onStroke: () => undefined,
  };
  return { stage, calls };
}

describe('the stage and sound', () => {
  it('follow the scene; effects and pulses come only with lines that are news', () => {
    document.body.innerHTML = '<p id="words"></p>';
    const words = document.getElementById('words') as HTMLElement;
    const world = new WorldView(words);
    const { stage, calls } = fakeStage();
    const audio = new RecordingAudio();
    world.attachStage(stage);
    world.attachAudio(audio);
    expect(calls).toContain('backdrop:title');

    const { game, events } = playing(Session.begin(story, 'kara'));
    game.subscribe((event) => world.render(event));
    world.render(events[0] as GameEvent);
    expect(calls.at(-2)).toBe('backdrop:festival');
    expect(audio.music).toBe('festival');
    expect(words.textContent).toMatch(/^The mural is \w+: /);

    calls.length = 0;
    audio.calls.length = 0;
    game.choose(0);
    expect(calls).toEqual(['backdrop:night', expect.stringMatching(/^mural:/), 'pulse']);
    expect(audio.calls).toEqual(['music:outbreak', 'sfx:chime']);

    // A loaded game is the past: its place and music, but no effect and no pulse again.
    calls.length = 0;
    audio.calls.length = 0;
    world.render({ kind: 'shown', state: game.state as GameState });
    expect(calls).not.toContain('pulse');
    expect(audio.calls).toEqual([]);

    world.render({ kind: 'none' });
    expect(calls.at(-2)).toBe('backdrop:title');
    expect(audio.calls).toEqual(['music:stop']);
    expect(words.textContent).toBe('');
  });

  it('sound that arrives late starts the music where the game is', () => {
    document.body.innerHTML = '<p id="words"></p>';
    const world = new WorldView(document.getElementById('words') as HTMLElement);
    const session = Session.begin(story, 'kara');
    session.choose(1);
    world.render({ kind: 'shown', state: session.state() });
    const audio = new RecordingAudio();
    world.attachAudio(audio);
    expect(audio.calls).toEqual(['music:outbreak']);
  });
});

describe('screens and notices', () => {
  it('exactly one screen shows at a time', () => {
    document.body.innerHTML = ['title', 'gallery', 'workshop', 'play', 'debrief']
      .map((id) => `<section id="${id}"></section>`)
      .join('');
    const get = (id: string) => document.getElementById(id) as HTMLElement;
    const screens = mountScreens({
      title: get('title'),
      gallery: get('gallery'),
      workshop: get('workshop'),
      play: get('play'),
      debrief: get('debrief'),
    });
    screens.show('debrief');
    expect(
      [...document.querySelectorAll('section')].filter((s) => !s.hidden).map((s) => s.id),
    ).toEqual(['debrief']);
    expect(screens.current).toBe('debrief');
  });

  it('a notice is text, stands where the player looks, and clears', () => {
    document.body.innerHTML =
      '<main id="panel"><p id="problem" hidden></p></main><section><p id="turn"></p></section>';
    const box = document.getElementById('problem') as HTMLElement;
    const notices = mountNotices(box, {
      title: document.getElementById('panel') as HTMLElement,
      play: document.getElementById('turn') as HTMLElement,
    });
    notices.place('play');
    notices.say('Your save <img src=x> could not be read.');
    expect(box.hidden).toBe(false);
    expect(box.querySelector('img')).toBeNull();
    expect(box.nextElementSibling?.id).toBe('turn');
    notices.clear();
    expect(box.hidden).toBe(true);
  });
});
