// Composition root and screen router. The session owns the game's one state; `CurrentGame`
// hands it to every view after each change (story text, stage and sound, workshop holds,
// header, reading tools, autosave); input comes back as intents. Nothing here keeps game
// state of its own.
import './ui/fonts.css';
import './ui/styles.css';
import './offline/enableOfflinePlay';
import storyModule from '../story/main.ink';
import { CurrentGame, type GameEvent } from './session/currentGame';
import type { Ensemble, StoryRole } from './session/ensemble';
import { castWords } from './session/ensemble';
import { makeSave, writeSave } from './session/saveFile';
import type { RestoreResult } from './session/saveGame';
import { autosaver } from './ui/autosave';
import { renderDebrief } from './ui/debriefScreen';
import { byId } from './ui/dom';
import { renderEnsembleSetup } from './ui/ensembleSetup';
import { mountGallery } from './ui/galleryScreen';
import { installChoiceKeys } from './ui/keyboard';
import { soundOnFirstGesture, stageLoader, tapestryPainter } from './ui/lateLoads';
import { mountLiveSettings } from './ui/liveSettings';
import { mountNotices } from './ui/notices';
import { renderPlayHeader } from './ui/playHeader';
import { mountReadingTools } from './ui/readingTools';
import { renderRolePicker } from './ui/rolePicker';
import { browserSaveStorage, downloadText, fileStamp } from './ui/saveControls';
import { mountScreens } from './ui/screens';
import {
  afterPaint,
  afterPaintFrom,
  loadRuntime,
  StoryLoading,
  storyHotSwap,
  whenIdle,
} from './ui/storyLoading';
import { StoryView } from './ui/storyView';
import { mountTitleSaves } from './ui/titleSaves';
import { Workshop } from './ui/workshop';
import { WorldView } from './ui/worldView';

const story = new StoryLoading(storyModule);
const game = new CurrentGame();
const screens = mountScreens({
  title: byId('title-screen'),
  gallery: byId('gallery-screen'),
  workshop: byId('workshop-screen'),
  play: byId('play-screen'),
  debrief: byId('debrief-screen'),
});
const notices = mountNotices(byId('problem'), { title: byId('panel'), play: byId('turn-prompt') });
const saves = browserSaveStorage();
const autosave = autosaver(saves.storage, notices);

const keys = installChoiceKeys(byId('choices'), true);
const settings = mountLiveSettings(keys, ['title-settings', 'play-settings']);
const world = new WorldView(byId('mural-words'), game);
// Phaser starts once a game or the gallery is on screen, never between title and story.
const startStage = stageLoader(world, settings, story.startingMural(), () => story.load());
const ensureAudio = soundOnFirstGesture(world, settings);
const paintTapestry = tapestryPainter(settings);
const endingPicture = () => (game.state ? paintTapestry(game.state.tapestry) : null);

// The views. Each renders the state it is handed; none keeps a copy of the game.
const view = new StoryView(
  { log: byId('story-log'), choices: byId('choices'), chapter: byId('chapter') },
  {
    choose,
    playAgain: showTitle,
    readBefore: (line) => reading.readBefore(line),
    debrief: showDebrief,
    endingPicture,
    turnWords: (role) => {
      const state = game.state;
      const words = castWords(role, null);
      return state?.ensemble
        ? `${words}'s part, played by ${state.ensemble.cast[role]}`
        : `${words}'s part`;
    },
  },
);
const workshop = new Workshop(
  {
    prompt: byId('turn-prompt'),
    pause: byId<HTMLDialogElement>('pause-dialog'),
    discuss: byId<HTMLDialogElement>('discuss-dialog'),
    question: byId('discuss-question'),
    progress: byId('discuss-progress'),
    resume: byId('resume-button'),
    continue: byId('discuss-continue'),
  },
  {
    setPaused: (paused) => game.setPaused(paused),
    continueDiscussion: () => game.continueDiscussion(),
  },
);
const reading = mountReadingTools({
  keys,
  settings: settings.store,
  saves,
  compiled: () => story.compiled(),
  state: () => game.state,
  show: (rewound) => game.show(rewound),
  load: (save, text) => titleSaves.resume(save, { text }),
  download: downloadSave,
  loadFile: () => void titleSaves.loadFile(),
  who: (state) => castWords(state.role, state.ensemble),
  notice: (text) => notices.say(text),
  savesDeleted: () => titleSaves.render(),
});
const titleSaves = mountTitleSaves({
  saves,
  story,
  notices,
  show: showRestored,
  open: (state, session, quiet) => {
    ensureAudio();
    enterPlay(quiet);
    game.open(state, session, notices.report, 'shown');
  },
  title: showTitle,
  extras: () => [reading.loadButton],
  deleted: () => reading.reloadMemory(),
});

// What is not read first (the wall and its words, lines read, the stage, the autosave) follows
// a game shown before its session exists (an opening, a save) after its paint: a quick click.
const follow = afterPaintFrom<GameEvent>(
  (event) => {
    if (event.kind !== 'none') autosave(event.state);
    world.render(event);
    reading.follow(event.kind === 'none' ? null : event.state);
    if (event.kind !== 'none') startStage();
  },
  () => game.reading,
);
game.subscribe((event) => {
  view.render(event);
  workshop.render(event.kind === 'none' ? null : event.state);
  if (event.kind !== 'none') renderPlayHeader(event.state);
  follow(event);
});
function downloadSave(): void {
  const state = game.state;
  if (!state) return;
  downloadText(
    `dental-biocalypse-${state.role}-${fileStamp(new Date())}.json`,
    writeSave(makeSave(state, new Date())),
  );
}
byId('download-save').addEventListener('click', downloadSave);

// Input becomes intents.
function choose(index: number): void {
  // A notice has been read once the player chooses on; a new one may follow from autosave.
  notices.clear();
  try {
    game.choose(index);
  } catch (error) {
    notices.report(error);
  }
}
const pauseButton = byId('pause-button');
pauseButton.addEventListener('click', () => game.togglePause());
keys.bind('p', () => {
  if (game.state?.mode !== 'ensemble' || screens.current !== 'play') return false;
  game.togglePause();
  return true;
});
byId('debrief-button').addEventListener('click', showDebrief);

// The screens.
// A notice about an old or unreadable save belongs to the title; a game moves on. A writer's
// story swapped in place (`keepNotice`) keeps one standing: each save of an .ink file replays
// the game, and "the choice ... is no longer offered" must outlast the saves that follow it.
function enterPlay(keepNotice = false): void {
  if (!keepNotice) notices.clear();
  notices.place('play');
  screens.show('play');
}

function begin(role: StoryRole, ensemble?: Ensemble): void {
  ensureAudio();
  story.begin(game, role, ensemble, { enter: enterPlay, failed: notices.report });
}

function showRestored(restored: RestoreResult, quiet: boolean): void {
  ensureAudio();
  enterPlay(quiet);
  game.show(restored.session);
}

function showTitle(): void {
  game.leave();
  notices.place('title');
  screens.show('title');
  titleSaves.render();
  byId('title-screen').querySelector('button')?.focus();
}

function showDebrief(): void {
  const state = game.state;
  if (!state) return;
  screens.show('debrief');
  const back = () => {
    screens.show('play');
    byId('choices').querySelector('button')?.focus();
  };
  renderDebrief(
    byId('debrief-screen'),
    state,
    { mural: endingPicture(), muralWords: byId('mural-words').textContent ?? '' },
    { back, playAgain: showTitle },
  ).focus();
  window.scrollTo(0, 0);
}

renderRolePicker(byId('role-list'), (role) => begin(role));
byId('open-workshop').addEventListener('click', () => {
  notices.clear();
  screens.show('workshop');
  renderEnsembleSetup(byId('workshop-screen'), {
    start: (ensemble) => begin('ensemble', ensemble),
    cancel: showTitle,
  }).focus();
});

// What the title shows besides the roles (the saved games, the gallery) each in a task of
// its own after the roles are on screen, so the title is not held back by them (issue #14).
later(() => titleSaves.render());
// The compiled story once the title is painted, and the session's runtime (inkjs, zod: saves,
// rewinds and every game's session need them) in the idle time after: nothing before the title
// waits for them, and a role clicked at once is shown before the runtime is even asked for
// (a game asks for it itself, after its first passage is painted).
void afterPaint().then(() => story.load().catch(notices.report));
void afterPaint()
  .then(whenIdle)
  .then(() => loadRuntime().catch(notices.report));
later(() =>
  mountGallery({
    screens,
    showMural: (mural) => {
      startStage({ dropStill: true });
      world.showGallery(mural);
    },
    leaveGame: () => game.leave(),
    title: showTitle,
  }),
);

function later(work: () => void): void {
  setTimeout(() => {
    try {
      work();
    } catch (error) {
      notices.report(error);
    }
  }, 0);
}

// Writers: a saved .ink file replays the game so far on the new story (storyHotSwap).
if (import.meta.hot) {
  const swap = storyHotSwap(story, () => {
    const state = game.state;
    if (!state) return;
    try {
      titleSaves.resume(makeSave(state, new Date()), { quiet: true });
    } catch (error) {
      notices.report(error);
    }
  });
  import.meta.hot.accept('../story/main.ink', (next) => {
    if (next) void swap(next.default as typeof storyModule);
  });
}
