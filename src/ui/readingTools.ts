// Reading comfort on the play screen: "Back one choice" (solo play only), "History" and
// "Save" under the choices, their keys (B and H, under the shortcuts setting), the title's
// "Load a saved game", and the memory of lines read before, which lets the story view
// show them at once. main.ts tells it which game is on screen (`follow`); it changes the
// game only through the callbacks it is given. Going back and the saved games dialog use
// the session's runtime (inkjs, zod), loaded after the title's first paint: the dialog is
// built the first time it opens.
import type { StoryLine } from '../narrative/narrative';
import { type Checkpoints, canRewind, remember } from '../session/checkpoints';
import type { GameState } from '../session/gameState';
import {
  hasRead,
  markRead,
  parseMemory,
  READING_KEY,
  type ReadingMemory,
  serializeMemory,
} from '../session/readingMemory';
import { isRoleId, ROLES } from '../session/roles';
import { makeSave, type SaveFile } from '../session/saveFile';
import type { SaveStorage } from '../session/saveStorage';
import type { CompiledStoryModule, Session } from '../session/session';
import { mountBacklog } from './backlog';
import { byId, element } from './dom';
import type { ChoiceKeys } from './keyboard';
import type { SaveSlotsDialog } from './saveSlotsDialog';
import type { SettingsStore } from './settingsStore';
import { withRuntime } from './storyLoading';

export interface ReadingToolsOptions {
  keys: ChoiceKeys;
  settings: SettingsStore;
  /** Where saves and the memory of read lines are kept (see saveControls.ts). */
  saves: { storage: SaveStorage; persistent: boolean };
  compiled(): CompiledStoryModule;
  /** The game on screen, or null on the title. */
  state(): GameState | null;
  /** Puts a rewound game on screen and autosaves it. */
  show(session: Session): void;
  /** Resumes a saved game. */
  load(save: SaveFile, text: string): void;
  /** "Download save". */
  download(): void;
  /** "Load a save file". */
  loadFile(): void;
  /** Who played a saved game, in words. */
  who(game: GameState): string;
  /** Tells the player something went wrong. */
  notice(text: string): void;
  /** Saves were deleted from the saved games dialog: the title's Continue redraws. */
  savesDeleted(): void;
}

export interface ReadingTools {
  /** The game now on screen (after every choice, load and rewind), or null on the title. */
  follow(state: GameState | null): void;
  /** Whether a line was read before; remembers it as read from now on. */
  readBefore(line: StoryLine): boolean;
  /** The title screen's "Load a saved game". */
  readonly loadButton: HTMLButtonElement;
  /** Reads the memory of lines read again, after saves (and it) may have been deleted. */
  reloadMemory(): void;
}

export function mountReadingTools(options: ReadingToolsOptions): ReadingTools {
  const { storage } = options.saves;
  const rewindButton = byId<HTMLButtonElement>('rewind');
  const historyButton = byId<HTMLButtonElement>('open-history');
  const saveButton = byId<HTMLButtonElement>('open-save');
  const loadButton = element('button', {
    className: 'tool-button',
    text: 'Load a saved game',
    attributes: { type: 'button', 'aria-haspopup': 'dialog' },
  });
  const backlog = mountBacklog();
  let dialog: SaveSlotsDialog | null = null;
  /** The saved games dialog, built the first time it opens (once the runtime is here). */
  const slots = (open: (dialog: SaveSlotsDialog) => void) =>
    withRuntime(({ mountSaveSlots }) => {
      dialog ??= mountSaveSlots({
        storage,
        persistent: options.saves.persistent,
        who: options.who,
        colour: (game) => (isRoleId(game.role) ? ROLES[game.role].colour : undefined),
        current: () => {
          const state = options.state();
          return state ? makeSave(state, new Date()) : null;
        },
        load: options.load,
        download: options.download,
        loadFile: options.loadFile,
        onDeleted: () => {
          reloadMemory();
          options.savesDeleted();
        },
      });
      open(dialog);
    });

  let memory: ReadingMemory = readMemory(storage);
  let unsaved = false;
  // A delete-all takes the stored memory with it; the copy held here must not write it back.
  function reloadMemory(): void {
    memory = readMemory(storage);
    unsaved = false;
  }
  let checkpoints: Checkpoints = [];

  const onPlayScreen = () => options.state() !== null && !historyButton.closest('[hidden]');
  const focused = () =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null;

  function openHistory(opener: HTMLElement | null): void {
    const state = options.state();
    if (!state) return;
    backlog.open(state.transcript, state.mode === 'solo', opener);
  }

  function goBack(): void {
    withRuntime(({ rewind }) => {
      const state = options.state();
      if (!state) return;
      const result = rewind(options.compiled(), state, checkpoints);
      if (result.ok) options.show(result.session);
      else options.notice(`Could not go back one choice: ${result.reason}.`);
    });
  }

  historyButton.addEventListener('click', () => openHistory(historyButton));
  rewindButton.addEventListener('click', goBack);
  saveButton.addEventListener('click', () => slots((dialog) => dialog.openSave(saveButton)));
  loadButton.addEventListener('click', () => slots((dialog) => dialog.openLoad(loadButton)));
  // The buttons announce their keys only while single-key shortcuts are on.
  options.settings.subscribe((current) => {
    for (const [button, key] of [
      [historyButton, 'H'],
      [rewindButton, 'B'],
    ] as const) {
      if (current.shortcuts) button.setAttribute('aria-keyshortcuts', key);
      else button.removeAttribute('aria-keyshortcuts');
    }
  });
  options.keys.bind('h', () => {
    if (!onPlayScreen()) return false;
    openHistory(focused());
    return true;
  });
  options.keys.bind('b', () => {
    if (!onPlayScreen() || rewindButton.disabled || rewindButton.hidden) return false;
    goBack();
    return true;
  });

  function persist(): void {
    if (!unsaved) return;
    unsaved = false;
    try {
      storage.setItem(READING_KEY, serializeMemory(memory));
    } catch {
      // A full or locked storage only means the fades come back on a later visit.
    }
  }

  return {
    follow(state) {
      persist();
      if (!state) {
        checkpoints = [];
        return;
      }
      checkpoints = remember(checkpoints, state);
      // Ensemble choices belong to the group: they are not taken back, so nothing is offered.
      rewindButton.hidden = state.mode !== 'solo';
      rewindButton.disabled = !canRewind(state);
    },
    readBefore(line) {
      const read = hasRead(memory, line);
      const next = markRead(memory, [line]);
      if (next !== memory) {
        memory = next;
        unsaved = true;
      }
      return read && options.settings.current.skipRead;
    },
    loadButton,
    reloadMemory,
  };
}

function readMemory(storage: SaveStorage): ReadingMemory {
  try {
    return parseMemory(storage.getItem(READING_KEY));
  } catch {
    return parseMemory(null);
  }
}
