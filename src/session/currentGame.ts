// The game on screen, if any: one place that holds the session and hands every view the
// same plain `GameState` after each change. Views subscribe and render; input comes back
// here as intents (choose, pause, continue), which go to the session's rules. A room
// server can hold one of these per room and send the same states to its devices.
import type { GameState } from './gameState';
import type { Change, Session } from './session';

export type GameEvent =
  /** No game: the title, the setup or the gallery is on screen. */
  | { kind: 'none' }
  /** A new game: its opening is news. */
  | { kind: 'begun'; state: GameState }
  /** A game was loaded, rewound or swapped in: draw it whole, as the past. */
  | { kind: 'shown'; state: GameState }
  /** A choice was made (a new passage) or the hold on play changed. */
  | { kind: Change; state: GameState };

export type GameListener = (event: GameEvent) => void;

export class CurrentGame {
  private session: Session | null = null;
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

  private hold(session: Session): void {
    this.unsubscribe?.();
    this.session = session;
    this.unsubscribe = session.subscribe((state, change) => this.emit({ kind: change, state }));
  }

  /** Leaves the game (the title, play again). */
  leave(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.session = null;
    this.emit({ kind: 'none' });
  }

  choose(index: number): void {
    this.session?.choose(index);
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
