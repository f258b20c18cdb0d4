// Into the story without a wait. The entry holds only the story's version and each role's
// opening (played at build time by the real engine); the compiled story is fetched after
// the title's first paint, and inkjs reads it (one 100-270 ms task that cannot be split)
// only once the first passage is on screen, so no click waits behind it. inkjs itself, and
// zod with the save schemas, are not in the entry either (`loadRuntime`, sessionRuntime.ts):
// they too are fetched after the first paint, and what needs them waits for them.

import type { CurrentGame } from '../session/currentGame';
import type { Ensemble, StoryRole } from '../session/ensemble';
import type { StoryModule } from '../session/openings';
import { type MuralDescriptor, muralState } from '../session/science';
import type { CompiledStoryModule } from '../session/session';
import type * as Runtime from './sessionRuntime';

/** The session's story runtime and save reading (sessionRuntime.ts). */
export type SessionRuntime = typeof Runtime;

let runtime: SessionRuntime | null = null;
let loadingRuntime: Promise<SessionRuntime> | null = null;
let waitingForRuntime: Array<(runtime: SessionRuntime) => void> = [];

/**
 * Runs `run` on each item in order. One that throws is thrown again (uncaught, so reported
 * as before) from a microtask of its own, and the items after it still run.
 */
function eachInTurn<T>(items: readonly T[], run: (item: T) => void): void {
  for (const item of items) {
    try {
      run(item);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/**
 * Fetches the session's runtime (inkjs, zod and what uses them), once; `main.ts` asks in idle
 * time after the title's first paint. A failed fetch is tried again on the next call.
 */
export function loadRuntime(): Promise<SessionRuntime> {
  loadingRuntime ??= import('./sessionRuntime').then(
    (module) => {
      runtime = module;
      // Those that waited, in the order they asked, before anyone who asks from now on.
      const waiting = waitingForRuntime;
      waitingForRuntime = [];
      eachInTurn(waiting, (use) => use(module));
      return module;
    },
    (error: unknown) => {
      loadingRuntime = null;
      throw error;
    },
  );
  return loadingRuntime;
}

/**
 * Runs `use` with the runtime: at once (in this task) once it has loaded, else when it
 * arrives, after every earlier call, so calls keep their order (the autosave's do). Asks
 * for it too, unless `ask` is false: what only draws when it can (the title's saved games)
 * must not fetch it before the title is painted and a click has been answered.
 */
export function withRuntime(
  use: (runtime: SessionRuntime) => void,
  { ask = true }: { ask?: boolean } = {},
): void {
  if (runtime) {
    use(runtime);
    return;
  }
  waitingForRuntime.push(use);
  if (ask) void loadRuntime().catch(() => undefined);
}

/** Resolves after the next frame has been painted (or soon, in a tab that paints none). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A task queued from an animation frame runs after that frame's paint.
    const fallback = setTimeout(resolve, 250);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/** Resolves when the main thread is idle: a gap no click or frame is waiting for. */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve());
    else setTimeout(resolve, 50);
  });
}

/**
 * Calls `follow` with each event, in order. An event `wait` picks, and every event after it
 * until then, waits for the next paint: the task that shows a passage does only that.
 */
export function afterPaintFrom<E>(
  follow: (event: E) => void,
  wait: (event: E) => boolean,
): (event: E) => void {
  let waiting: E[] | null = null;
  return (event) => {
    if (waiting) waiting.push(event);
    else if (!wait(event)) follow(event);
    else {
      const queue = [event];
      waiting = queue;
      void afterPaint().then(() => {
        waiting = null;
        eachInTurn(queue, follow);
      });
    }
  };
}

export class StoryLoading {
  private story: StoryModule;
  private loaded: CompiledStoryModule | null = null;
  private loading: Promise<CompiledStoryModule> | null = null;

  constructor(story: StoryModule) {
    this.story = story;
  }

  /** The story's version, known before its compiled form arrives. */
  get version(): string {
    return this.story.version;
  }

  /** Fetches the compiled story, once (the chunk is precached for offline play). */
  load(): Promise<CompiledStoryModule> {
    if (!this.loading) {
      const story = this.story;
      this.loading = story.json().then((json) => {
        const compiled = { json, version: story.version };
        // A story swapped in meanwhile (hot reload) wins.
        if (this.story === story) this.loaded = compiled;
        return compiled;
      });
    }
    return this.loading;
  }

  /**
   * The compiled story for saves, rewinds and reloads. It arrives a moment after the title
   * is painted, before the title offers anything that needs it (see `main.ts`).
   */
  compiled(): CompiledStoryModule {
    if (!this.loaded) throw new Error('The story is still loading: try again in a moment.');
    return this.loaded;
  }

  /**
   * Puts a new game in `game`. A solo role's opening is shown at once, and its session is
   * made from that very state once the story has been read, after the opening is painted.
   * A workshop (or a role the story has no opening for) is begun when the story is here.
   * `enter` runs just before the game is shown.
   */
  begin(
    game: CurrentGame,
    role: StoryRole,
    ensemble: Ensemble | undefined,
    hooks: { enter(): void; failed(error: unknown): void },
  ): void {
    const opening = role === 'ensemble' ? undefined : this.story.openings[role];
    if (!opening) {
      Promise.all([this.load(), loadRuntime()]).then(([compiled, { Session }]) => {
        const session = Session.begin(compiled, role, { ensemble });
        hooks.enter();
        game.begin(session);
      }, hooks.failed);
      return;
    }
    // Not even the story's import starts on the click: the click only shows the opening.
    const session = afterPaint()
      .then(() => Promise.all([this.load(), loadRuntime()]))
      .then(([compiled, { Session }]) => Session.resume(compiled, opening));
    hooks.enter();
    game.open(opening, session, hooks.failed);
  }

  /** The wall the game starts with (the first role's opening), for the title's still. */
  startingMural(): MuralDescriptor | null {
    const opening = Object.values(this.story.openings)[0];
    return opening ? muralState(opening.microbiome) : null;
  }

  /** Hot reload: the edited story replaces this one; resolves once it is fetched. */
  swap(next: StoryModule): Promise<CompiledStoryModule> {
    this.story = next;
    this.loading = null;
    return this.load();
  }
}

/**
 * Writers: saving an .ink file while `npm start` runs swaps the story in place, and `replay`
 * puts the page back where the writer was. If a later save arrives while one loads, only the
 * later one replays. A save that changes nothing (an editor writing the file twice, or
 * saving it unchanged) is not swapped at all: replaying it would go back to play and clear
 * the notice the real change left, such as "the choice ... is no longer offered".
 */
export function storyHotSwap(
  story: Pick<StoryLoading, 'version' | 'swap'>,
  replay: () => void,
): (next: StoryModule) => Promise<void> {
  let swaps = 0;
  return async (next) => {
    if (next.version === story.version) return;
    const swap = ++swaps;
    await story.swap(next);
    if (swap === swaps) replay();
  };
}
