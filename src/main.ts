// Composition root: builds the session from the compiled story, mounts the HTML views
// and starts the Phaser stage. Game state flows one way: input -> session -> views.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/styles.css';
import './offline/enableOfflinePlay';
import story from '../story/main.ink';
import { playCues } from './audio/audioCues';
import type { AudioPort } from './audio/audioPort';
import { followVolumes, volumesFor } from './audio/audioSettings';
import { SOUNDS } from './audio/sounds';
import { cueValue } from './narrative/tags';
import type { Stage } from './scenes/stage';
import { castWords, type Ensemble, type StoryRole } from './session/ensemble';
import type { RoleId } from './session/roles';
import { ROLES } from './session/roles';
import {
  makeSave,
  type RestoreResult,
  readSave,
  restoreSave,
  type SaveFile,
  writeSave,
} from './session/saveGame';
import { keepSave, slotStatus, storeSave } from './session/saveSlots';
import { type CompiledStoryModule, Session } from './session/session';
import {
  classifyEnding,
  createMicrobiome,
  MURAL_DESCRIPTIONS,
  type MuralDescriptor,
  type MuralStateName,
  muralState,
} from './sim';
import { applySettingsToDocument } from './ui/applySettings';
import { renderDebrief } from './ui/debriefScreen';
import { byId, element } from './ui/dom';
import { ENDING_WORDS } from './ui/endingWords';
import { renderEnsembleSetup } from './ui/ensembleSetup';
import { installChoiceKeys } from './ui/keyboard';
import { isMuralState, renderGallery } from './ui/muralGallery';
import { mountReadingTools } from './ui/readingTools';
import { renderRolePicker } from './ui/rolePicker';
import { browserSaveStorage, downloadText, formatSavedTime, pickTextFile } from './ui/saveControls';
import { mountSettingsDialog } from './ui/settingsDialog';
import { browserStorage, SettingsStore } from './ui/settingsStore';
import { StoryView } from './ui/storyView';
import { Workshop } from './ui/workshop';

const titleScreen = byId('title-screen');
const playScreen = byId('play-screen');
const problem = byId('problem');
const muralWords = byId('mural-words');
const roleBadge = byId('role-badge');

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const settings = new SettingsStore(browserStorage());
const keys = installChoiceKeys(byId('choices'), settings.current.shortcuts);
let motion = true;
let stage: Stage | null = null;
let audio: AudioPort | null = null;
let session: Session | null = null;
let compiled: CompiledStoryModule = story;

const view = new StoryView(
  { log: byId('story-log'), choices: byId('choices'), chapter: byId('chapter') },
  {
    choose,
    playAgain: showTitle,
    readBefore: (line) => reading.readBefore(line),
    debrief: showDebrief,
    endingPicture: () =>
      session ? (tapestry?.renderTapestry(session.tapestry, { motion }) ?? null) : null,
    turnWords: (role) =>
      session?.ensemble
        ? `${ROLES[role].name}'s part, played by ${session.ensemble.cast[role]}`
        : `${ROLES[role].name}'s part`,
  },
);

// Settings apply live: text size, font, text speed and motion through <html>, the mural's
// motion through the stage, the number keys through their handler, volumes through audio.
function applySettings(current = settings.current): void {
  motion = !applySettingsToDocument(document.documentElement, current, reducedMotion.matches)
    .reducedMotion;
  stage?.setMotion(motion);
  keys.setEnabled(current.shortcuts);
}
settings.subscribe(applySettings);
reducedMotion.addEventListener('change', () => applySettings());

const settingsDialog = mountSettingsDialog(byId<HTMLDialogElement>('settings'), settings, {
  reducesMotion: () => reducedMotion.matches,
  onChange: (listener) => reducedMotion.addEventListener('change', listener),
});
for (const id of ['title-settings', 'play-settings']) {
  const button = byId(id);
  button.addEventListener('click', () => settingsDialog.open(button));
}

// Phaser and howler load after the first paint: the title and the first choice never
// wait for the renderer.
void import('./scenes/stage').then(({ startStage }) => {
  stage = startStage(byId('stage'), { motion });
  stage.showMural(galleryMural ?? muralState(session?.microbiome ?? createMicrobiome()));
  stage.showBackdrop(session ? 'festival' : 'title');
});

// The tapestry (the ending's and the debrief's picture) paints with the mural's own painter
// on a plain canvas; it loads after first paint, long before any ending needs it.
let tapestry: typeof import('./ui/tapestry') | null = null;
void import('./ui/tapestry').then((module) => {
  tapestry = module;
});

// The mural gallery: every state of the wall after a short simulated history.
const galleryScreen = byId('gallery-screen');
let galleryMural: MuralDescriptor | null = null;

function showGallery(state: MuralStateName): void {
  session = null;
  titleScreen.hidden = true;
  playScreen.hidden = true;
  galleryScreen.hidden = false;
  galleryMural = renderGallery(
    { states: byId('gallery-states'), words: byId('gallery-words') },
    state,
    (next) => {
      history.replaceState(null, '', `#mural=${next}`);
      showGallery(next);
      galleryScreen.querySelector<HTMLButtonElement>('[aria-pressed="true"]')?.focus();
    },
  );
  stage?.showMural(galleryMural);
}

function closeGallery(): void {
  galleryMural = null;
  galleryScreen.hidden = true;
  history.replaceState(null, '', location.pathname + location.search);
  showTitle();
}

byId('open-gallery').addEventListener('click', () => {
  history.replaceState(null, '', '#mural=vibrant');
  showGallery('vibrant');
  galleryScreen.querySelector('button')?.focus();
});
byId('close-gallery').addEventListener('click', closeGallery);
const askedState = /^#mural=(\w+)$/.exec(location.hash)?.[1];
if (askedState && isMuralState(askedState)) showGallery(askedState);

renderRolePicker(byId('role-list'), (role: RoleId) => begin(role));

// Workshop (ensemble) play: the setup screen, the facilitator's pause and debrief, and the
// discussion prompts that wait for the group.
const workshopScreen = byId('workshop-screen');
const debriefScreen = byId('debrief-screen');
const workshop = new Workshop({
  prompt: byId('turn-prompt'),
  pause: byId<HTMLDialogElement>('pause-dialog'),
  discuss: byId<HTMLDialogElement>('discuss-dialog'),
  question: byId('discuss-question'),
  progress: byId('discuss-progress'),
});
byId('resume-button').addEventListener('click', () => workshop.togglePause());
byId('discuss-continue').addEventListener('click', () => workshop.continueDiscussion());
const pauseButton = byId('pause-button');
pauseButton.addEventListener('click', () => workshop.togglePause(pauseButton));
byId('debrief-button').addEventListener('click', showDebrief);
keys.bind('p', () => {
  if (!session?.ensemble || playScreen.hidden) return false;
  workshop.togglePause(pauseButton);
  return true;
});

byId('open-workshop').addEventListener('click', () => {
  titleScreen.hidden = true;
  workshopScreen.hidden = false;
  problem.hidden = true;
  renderEnsembleSetup(workshopScreen, {
    start: (ensemble) => begin('ensemble', ensemble),
    cancel: showTitle,
  }).focus();
});

/** Says whose turn it is and, with discussion on, lets the group talk before choosing. */
async function holdForDiscussion(current: Session): Promise<void> {
  const passage = current.passage;
  workshop.showTurn(current.chooser, current.ensemble);
  if (!current.ensemble?.discussion) return;
  const questions = passage.lines.flatMap((line) =>
    line.cues.flatMap((cue) => (cue.kind === 'discuss' ? [cue.value] : [])),
  );
  await workshop.discuss(questions);
  if (session === current) byId('choices').querySelector('button')?.focus();
}

function showDebrief(): void {
  if (!session) return;
  const current = session;
  playScreen.hidden = true;
  debriefScreen.hidden = false;
  renderDebrief(
    debriefScreen,
    current,
    {
      mural: tapestry?.renderTapestry(current.tapestry, { motion }) ?? null,
      muralWords: muralWords.textContent ?? '',
    },
    {
      back: () => {
        debriefScreen.hidden = true;
        playScreen.hidden = false;
        byId('choices').querySelector('button')?.focus();
      },
      playAgain: showTitle,
    },
  ).focus();
  window.scrollTo(0, 0);
}

function begin(role: StoryRole, ensemble?: Ensemble): void {
  ensureAudio();
  try {
    session = Session.begin(compiled, role, { ensemble });
  } catch (error) {
    report(error);
    return;
  }
  enterPlay(session);
  // A notice about an old or unreadable save belongs to the title; a new game moves on.
  problem.hidden = true;
  view.reset();
  present();
  autosave();
}

function enterPlay(current: Session): void {
  // During play a notice stands just above the choices, where the player is looking.
  byId('turn-prompt').before(problem);
  titleScreen.hidden = true;
  workshopScreen.hidden = true;
  debriefScreen.hidden = true;
  playScreen.hidden = false;
  // The facilitator's menu: pause and the debrief at any time, in ensemble play.
  byId('pause-button').hidden = !current.ensemble;
  byId('debrief-button').hidden = !current.ensemble;
  const role = current.role === 'ensemble' ? null : ROLES[current.role];
  roleBadge.textContent = role
    ? `${role.name}, ${role.calling}`
    : castWords(current.role, current.ensemble);
  roleBadge.style.setProperty('--role-colour', role?.colour ?? 'var(--text)');
}

// Saves: an autosave after every choice, Continue on the title, and files to download
// and upload, so nothing depends on browser storage alone.
const saves = browserSaveStorage();
let savingFailed = false;

function autosave(): void {
  if (!session) return;
  try {
    storeSave(saves.storage, 'auto', makeSave(session, new Date()), new Date());
  } catch (error) {
    if (!savingFailed) {
      savingFailed = true;
      notice(
        `This browser would not store your progress (${error instanceof Error ? error.message : 'storage refused'}). Use "Download save" to keep it.`,
      );
    }
  }
}

function notice(text: string): void {
  problem.hidden = false;
  problem.textContent = text;
}

function resumeFrom(save: SaveFile): void {
  ensureAudio();
  const restored = restoreSave(compiled, save);
  if (restored.kind === 'partial') {
    // The story lost one of this save's choices. The game goes on from the nearest point
    // that still exists, but the longer game is kept and offered as a file, and a fresh
    // start is one button away.
    try {
      keepSave(saves.storage, save, new Date());
    } catch {
      // Storage refused: the download below is then the only copy, as it says.
    }
  }
  showRestored(restored, true);
  if (restored.kind === 'partial') {
    const download = element('button', {
      className: 'tool-button',
      text: 'Download the old save',
      attributes: { type: 'button' },
    });
    download.addEventListener('click', () =>
      downloadText('dental-biocalypse-before-the-story-changed.json', writeSave(save)),
    );
    const fresh = element('button', {
      className: 'tool-button',
      text: 'Start afresh',
      attributes: { type: 'button' },
    });
    fresh.addEventListener('click', () => {
      problem.hidden = true;
      showTitle();
    });
    problem.append(element('span', { className: 'problem-actions' }, [download, fresh]));
  }
}

/**
 * Puts a restored game on screen: a loaded save file, or the writer's game after the
 * story was swapped while `npm start` runs (there a full replay needs no notice).
 */
function showRestored(restored: RestoreResult, sayWhenReplayed: boolean): void {
  session = restored.session;
  enterPlay(session);
  view.showTranscript(session.transcript, session.passage, endingOf(session));
  showWorld(session);
  reading.follow(session);
  workshop.showTurn(session.chooser, session.ensemble);
  problem.hidden = true;
  if (restored.kind === 'replayed' && sayWhenReplayed) {
    notice(
      'The story has been edited since this save; your choices were replayed on the new version.',
    );
  } else if (restored.kind === 'partial') {
    notice(
      `The story changed: the choice "${restored.missing}" is no longer offered here, so play goes on from the last point that still exists (after ${restored.replayed} of your ${restored.total} choices). Your old save is kept.`,
    );
  }
  autosave();
}

function renderSaveActions(): void {
  const box = byId('save-actions');
  const auto = slotStatus(saves.storage, 'auto');
  const parts: HTMLElement[] = [];
  if (auto.state === 'ready') {
    const { game, savedAt } = auto.save;
    const when = formatSavedTime(savedAt);
    const resume = element('button', {
      className: 'role-button continue-button',
      text: `Continue as ${castWords(game.role, game.ensemble)}${game.chapter ? `, ${game.chapter}` : ''} (saved ${when})`,
      attributes: { type: 'button' },
    });
    resume.addEventListener('click', () => resumeFrom(auto.save));
    parts.push(resume);
  } else if (auto.state === 'unreadable') {
    const keep = element('button', {
      className: 'tool-button',
      text: 'Download the unreadable save',
      attributes: { type: 'button' },
    });
    keep.addEventListener('click', () =>
      downloadText('dental-biocalypse-unreadable-save.json', auto.text),
    );
    notice(
      `Your saved game could not be read: ${auto.reason}. It is kept, not overwritten, until you start a new game, and "Download the unreadable save" below gives you a copy.`,
    );
    parts.push(keep);
  }
  if (!saves.persistent) {
    parts.push(
      element('p', {
        className: 'content-note',
        text: 'This browser will not keep saves: your progress lives only in save files you download while playing.',
      }),
    );
  }
  const load = element('button', {
    className: 'tool-button',
    text: 'Load a save file',
    attributes: { type: 'button' },
  });
  load.addEventListener('click', loadSaveFile);
  parts.push(reading.loadButton, load);
  box.replaceChildren(...parts);
}

async function loadSaveFile(): Promise<void> {
  const text = await pickTextFile(byId<HTMLInputElement>('save-file'));
  if (text === null) return;
  const read = readSave(text);
  if (read.ok) resumeFrom(read.save);
  else notice(`That file could not be loaded: ${read.reason}.`);
}

// Back one choice, History, the save slots and the memory of lines read before.
const reading = mountReadingTools({
  keys,
  settings,
  saves,
  compiled: () => compiled,
  session: () => session,
  show: (rewound) => showRestored({ kind: 'resumed', session: rewound }, false),
  load: resumeFrom,
  download: () => byId('download-save').click(),
  loadFile: () => void loadSaveFile(),
  who: (game) => castWords(game.role, game.ensemble),
  notice,
});

byId('download-save').addEventListener('click', () => {
  if (!session) return;
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  downloadText(
    `dental-biocalypse-${session.role}-${stamp}.json`,
    writeSave(makeSave(session, new Date())),
  );
});
renderSaveActions();

function choose(index: number): void {
  if (!session) return;
  const text = session.passage.choices.find((choice) => choice.index === index)?.text ?? '';
  try {
    session.choose(index);
  } catch (error) {
    report(error);
    return;
  }
  // A notice has been read once the player chooses on; a new one may follow from autosave.
  problem.hidden = true;
  view.echoChoice(text);
  present();
  autosave();
}

function present(): void {
  if (!session) return;
  showWorld(session);
  view.show(session.passage, endingOf(session));
  reading.follow(session);
  void holdForDiscussion(session);
}

/** The canvas, the sound and the mural's words follow the session's latest passage. */
function showWorld(current: Session): void {
  for (const line of current.passage.lines) {
    const backdrop = cueValue(line.cues, 'bg');
    if (backdrop) stage?.showBackdrop(backdrop);
    if (audio) playCues(audio, line.cues);
  }
  const mural = muralState(current.microbiome);
  stage?.showMural(mural);
  muralWords.textContent = `The mural is ${mural.state}: ${MURAL_DESCRIPTIONS[mural.state]}`;
}

function endingOf(current: Session) {
  return current.passage.ended ? ENDING_WORDS[classifyEnding(current.microbiome)] : null;
}

function showTitle(): void {
  session = null;
  byId('panel').prepend(problem);
  workshopScreen.hidden = true;
  debriefScreen.hidden = true;
  workshop.showTurn(null, null);
  reading.follow(null);
  renderSaveActions();
  view.reset();
  playScreen.hidden = true;
  titleScreen.hidden = false;
  muralWords.textContent = '';
  stage?.showBackdrop('title');
  stage?.showMural(muralState(createMicrobiome()));
  audio?.stopMusic();
  titleScreen.querySelector('button')?.focus();
}

function ensureAudio(): void {
  if (audio) return;
  // howler is loaded on the first gesture, which is also when browsers allow sound.
  void import('./audio/howlerAudio').then(({ HowlerAudio }) => {
    audio = new HowlerAudio(SOUNDS.music, SOUNDS.effects, volumesFor(settings.current));
    followVolumes(audio, settings);
    const music = session?.passage.lines.map((l) => cueValue(l.cues, 'music')).find(Boolean);
    if (music) audio.playMusic(music);
  });
}

function report(error: unknown): void {
  problem.hidden = false;
  problem.textContent = `Something went wrong in the story: ${
    error instanceof Error ? error.message : String(error)
  }`;
  console.error(error);
}

// Writers: saving an .ink file while `npm start` runs swaps the story in place and
// replays the choices made so far, so the page returns to where the writer was.
if (import.meta.hot) {
  import.meta.hot.accept('../story/main.ink', (next) => {
    if (!next) return;
    compiled = next.default as CompiledStoryModule;
    if (!session) return;
    try {
      showRestored(restoreSave(compiled, makeSave(session, new Date())), false);
    } catch (error) {
      report(error);
    }
  });
}
