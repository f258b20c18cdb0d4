// The game on screen, if any: one place that holds the session and hands every view the
// same plain `GameState` after each change. Views subscribe and render; input comes back
// here as intents (choose, pause, continue), which go to the session's rules. A room
// server can hold one of these per room and send the same states to its devices.
import type { GameState } from './gameState';
import type { MuralStroke } from './muralStrokes';
import type { Change, Session } from './session';

export type GameEvent =
  /** No game: the title, the setup or the gallery is on screen. */
  | { kind: 'none' }
  /** A new game: its opening is news. */
  | { kind: 'begun'; state: GameState }
  /** A game was loaded, rewound or swapped in: draw it whole, as the past. */
  | { kind: 'shown'; state: GameState }
  /** A choice was made (a new passage), the hold on play or the wall's strokes changed. */
  | { kind: Change; state: GameState };

export type GameListener = (event: GameEvent) => void;

export class CurrentGame {
  private session: Session | null = null;
  /** A game shown from its opening whose session is still being made (see `open`). */
  private opening: { choice: number | null } | null = null;
  private latest: GameState | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly listeners = new Set<GameListener>();

  /** The state every view renders, or null with no game on screen. */
  get state(): GameState | null {
    return this.latest;
  }

  /** Puts a new game on screen. */
  begin(session: Session): void {
    this.hold(session);
    this.emit({ kind: 'begun', state: session.state() });
  }

  /** Puts a loaded, rewound or replayed game on screen. */
  show(session: Session): void {
    this.hold(session);
    this.emit({ kind: 'shown', state: session.state() });
  }

  /**
   * Puts a new game on screen from its opening state (played ahead by the same engine)
   * before its session exists: the story is read after this passage is on screen. Choices
   * made meanwhile wait: the first one is played once `session` arrives (later clicks were
   * on the same choices, still on screen); the session must be at this very state. A
   * failure goes to `failed`.
   */
  open(
    opening: GameState,
    session: Promise<Session>,
    failed: (error: unknown) => void,
    kind: 'begun' | 'shown' = 'begun', // 'shown': a saved game of this story, drawn as the past
  ): void {
    this.leaveSession();
    const waiting: { choice: number | null } = { choice: null };
    this.opening = waiting;
    this.emit({ kind, state: opening });
    session.then(
      (ready) => {
        // Left (the title, another game) before the story was read: nothing to attach.
        if (this.opening !== waiting) return;
        this.opening = null;
        this.hold(ready);
        if (waiting.choice === null) return;
        try {
          ready.choose(waiting.choice);
        } catch (error) {
          failed(error);
        }
      },
      (error: unknown) => {
        if (this.opening !== waiting) return;
        this.leave();
        failed(error);
      },
    );
  }

  /** True while a game opened from its opening waits for its session. */
  get reading(): boolean {
    return this.opening !== null;
  }

  private hold(session: Session): void {
    this.leaveSession();
    this.session = session;
    this.unsubscribe = session.subscribe((state, change) => this.emit({ kind: change, state }));
  }

  /** Leaves the game (the title, play again). */
  leave(): void {
    this.leaveSession();
    this.emit({ kind: 'none' });
  }

  private leaveSession(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.session = null;
    this.opening = null;
  }

  choose(index: number): void {
    // Before the story is read, the first choice is kept and played the moment it is.
    if (this.opening) this.opening.choice ??= index;
    else this.session?.choose(index);
  }

  togglePause(): void {
    const session = this.session;
    if (session) session.setPaused(!session.isPaused);
  }

  setPaused(paused: boolean): void {
    this.session?.setPaused(paused);
  }

  continueDiscussion(): void {
    this.session?.continueDiscussion();
  }

  /** A stroke on the wall; refused (SessionError) where the session's rules refuse it. */
  addStroke(stroke: MuralStroke): void {
    this.session?.addStroke(stroke);
  }

  /** Calls `listener` with every change from now on. */
  subscribe(listener: GameListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: GameEvent): void {
    this.latest = event.kind === 'none' ? null : event.state;
    for (const listener of this.listeners) listener(event);
  }
}
