// The title's saved games: Continue from the autosave, an unreadable autosave explained and
// offered as a download (never overwritten), "Load a save file", and loading a save whose
// story has changed since: play goes on from the nearest point, the longer save is kept.
// Reading saves needs zod and resuming them inkjs (the session's runtime, loaded after the
// title's first paint): the buttons appear when it has arrived, a save resumes once it has.
import { castWords } from '../session/ensemble';
import { type SaveFile, writeSave } from '../session/saveFile';
import type { RestoreResult } from '../session/saveGame';
import type { SaveStorage } from '../session/saveStorage';
import type { CompiledStoryModule, Session } from '../session/session';
import { actionButton as button, byId, element } from './dom';
import type { Notices } from './notices';
import { downloadText, formatSavedTime, pickTextFile } from './saveControls';
import { afterPaint, loadRuntime, type SessionRuntime, withRuntime } from './storyLoading';

export interface TitleSavesOptions {
  saves: { storage: SaveStorage; persistent: boolean };
  /** The story: its version (known at once), its compiled form (now, or when loaded). */
  story: { version: string; compiled(): CompiledStoryModule; load(): Promise<CompiledStoryModule> };
  notices: Notices;
  /**
   * Puts a restored game on screen. `quiet` (a writer's story swapped under them) keeps the
   * notice standing: one saying a choice was lost stays true when the next save replays.
   */
  show(restored: RestoreResult, quiet: boolean): void;
  /** Puts a save of this very story on screen at once; its session follows (`CurrentGame.open`). */
  open(state: SaveFile['game'], session: Promise<Session>, quiet: boolean): void;
  /** Back to the title. */
  title(): void;
  /** Extra buttons beside Continue (the saved games dialog's opener). */
  extras(): HTMLElement[];
  /** Every save was deleted from the title. */
  deleted(): void;
}

export interface TitleSaves {
  /**
   * Draws the title's save buttons for what storage holds now: at once if the session's
   * runtime has loaded, else when it arrives.
   */
  render(): void;
  /**
   * Resumes a save: exactly, replayed on an edited story (said unless `quiet`, as when a
   * writer's own story is swapped under them, which also leaves a standing notice up), or from
   * the nearest point (always said).
   * `text` is the save as it was stored or loaded, kept aside byte for byte when needed.
   */
  resume(save: SaveFile, options?: { quiet?: boolean; text?: string }): void;
  /** "Load a save file": refused with its reason, or resumed. */
  loadFile(): Promise<void>;
}

export function mountTitleSaves(options: TitleSavesOptions): TitleSaves {
  const { storage, persistent } = options.saves;
  const { notices } = options;

  function resume(save: SaveFile, { quiet = false, text = writeSave(save) } = {}): void {
    if (save.game.storyVersion === options.story.version) {
      // A save of the story on this page is shown as saved at once, and inkjs reads the story
      // (100-270 ms) after it is painted, not in the click. Same story, same choices: the
      // session is at this very state, resumed or (if the runtime refused it) replayed.
      const session = afterPaint()
        .then(() => Promise.all([options.story.load(), loadRuntime()]))
        .then(([compiled, { restoreSave }]) => restoreSave(compiled, save).session);
      options.open(save.game, session, quiet);
      return;
    }
    // A save of an edited story is replayed on this one, so it needs the story read: at
    // once when it has arrived, else as soon as it does (a Continue clicked early waits).
    Promise.all([options.story.load(), loadRuntime()]).then(
      ([compiled, runtime]) => replayOnThisStory(runtime, compiled, save, quiet, text),
      (error: unknown) => notices.report(error),
    );
  }

  function replayOnThisStory(
    { restoreSave, keepSave }: SessionRuntime,
    compiled: CompiledStoryModule,
    save: SaveFile,
    quiet: boolean,
    text: string,
  ): void {
    let restored: RestoreResult;
    try {
      restored = restoreSave(compiled, save);
    } catch (error) {
      notices.report(error);
      return;
    }
    if (restored.kind === 'partial') {
      // The story lost one of this save's choices. The game goes on from the nearest point
      // that still exists, but the longer game is kept and offered as a file, and a fresh
      // start is one button away.
      try {
        keepSave(storage, text, new Date());
      } catch {
        // Storage refused: the download below is then the only copy, as it says.
      }
    }
    options.show(restored, quiet);
    if (restored.kind === 'replayed' && !quiet) {
      notices.say(
        'The story has been edited since this save; your choices were replayed on the new version.',
      );
    } else if (restored.kind === 'partial') {
      notices.say(
        `The story changed: the choice "${restored.missing}" is no longer offered here, so play goes on from the last point that still exists (after ${restored.replayed} of your ${restored.total} choices). Your old save is kept.`,
        [
          button('Download the old save', () =>
            downloadText('dental-biocalypse-before-the-story-changed.json', text),
          ),
          button('Start afresh', () => {
            notices.clear();
            options.title();
          }),
        ],
      );
    }
  }

  async function loadFile(): Promise<void> {
    const text = await pickTextFile(byId<HTMLInputElement>('save-file'));
    if (text === null) return;
    let runtime: SessionRuntime;
    try {
      runtime = await loadRuntime();
    } catch (error) {
      notices.report(error);
      return;
    }
    const read = runtime.readSave(text);
    if (read.ok) resume(read.save, { text });
    else notices.say(`That file could not be loaded: ${read.reason}.`);
  }

  function render(): void {
    // Not the request itself: main.ts asks for the runtime once the title is painted.
    withRuntime(draw, { ask: false });
  }

  function draw({ slotStatus, hasAnySave, confirmDeleteAll }: SessionRuntime): void {
    const auto = slotStatus(storage, 'auto');
    const parts: HTMLElement[] = [];
    if (auto.state === 'ready') {
      const { game, savedAt } = auto.save;
      parts.push(
        button(
          `Continue as ${castWords(game.role, game.ensemble)}${game.chapter ? `, ${game.chapter}` : ''} (saved ${formatSavedTime(savedAt)})`,
          () => resume(auto.save, { text: auto.text }),
          'role-button continue-button',
        ),
      );
    } else if (auto.state === 'unreadable') {
      notices.say(
        `Your saved game could not be read: ${auto.reason}. It is kept, not overwritten, until you start a new game, and "Download the unreadable save" below gives you a copy.`,
      );
      parts.push(
        button('Download the unreadable save', () =>
          downloadText('dental-biocalypse-unreadable-save.json', auto.text),
        ),
      );
    }
    if (!persistent) {
      parts.push(
        element('p', {
          className: 'content-note',
          text: 'This browser will not keep saves: your progress lives only in save files you download while playing.',
        }),
      );
    }
    parts.push(
      ...options.extras(),
      button('Load a save file', () => void loadFile()),
    );
    // Privacy between classes: the next group need not see the last one's names.
    if (hasAnySave(storage)) {
      const remove = button('Delete all saves', () =>
        confirmDeleteAll(storage, (deleted) => {
          if (!deleted) return remove.focus();
          options.deleted();
          notices.clear();
          render();
          byId('title-screen').querySelector('button')?.focus();
        }),
      );
      parts.push(remove);
    }
    byId('save-actions').replaceChildren(...parts);
  }

  return { render, resume, loadFile };
}
