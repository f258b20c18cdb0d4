// The vote on the waiting choices and its timer. The timer stops while play is held (a
// pause, a discussion) and goes on with the time that was left; the facilitator can add
// time; when time runs out with no vote cast, the first vote decides.
import type { Delayed } from '@colyseus/core';
import { RUNOFF_SECONDS, type ViewVote, type Voters } from '../room/protocol';
import { type Decision, decide, tallyOf, turnout, type VotingSeat } from './votes';

/** The room's clock as the ballot needs it (Colyseus's `this.clock`). */
export interface BallotClock {
  setTimeout(callback: () => void, ms: number): Delayed;
}

export class Ballot {
  /** Ms the vote ends at while the timer runs (epoch), else null. */
  private deadline: number | null = null;
  private timer: Delayed | null = null;
  /** Ms left while the timer is stopped. */
  private left: number;
  runoff = false;
  /** Time ran out before anyone voted: the first vote decides. */
  expired = false;

  constructor(
    /** Choices made before this vote: a tally for another turn is stale. */
    readonly turns: number,
    readonly voters: Voters,
    private seconds: number,
    private readonly clock: BallotClock,
    private readonly onTimeUp: () => void,
  ) {
    this.left = seconds * 1000;
  }

  get running(): boolean {
    return this.deadline !== null;
  }

  /** Starts (or goes on with) the countdown; nothing if it runs or is spent. */
  start(): void {
    if (this.deadline !== null || this.expired) return;
    this.deadline = Date.now() + this.left;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.deadline = null;
      this.left = 0;
      this.onTimeUp();
    }, this.left);
  }

  /** Stops the countdown, keeping the time left. */
  stop(): void {
    if (this.deadline !== null) this.left = Math.max(0, this.deadline - Date.now());
    this.deadline = null;
    this.timer?.clear();
    this.timer = null;
  }

  /** Adds time; a vote whose time ran out with no vote opens again for that long. */
  extend(seconds: number): void {
    const running = this.running;
    this.stop();
    this.left = (this.expired ? 0 : this.left) + seconds * 1000;
    this.expired = false;
    if (running || this.left > 0) this.start();
  }

  /** The tie rule's runoff: the same vote, RUNOFF_SECONDS more, once. */
  beginRunoff(): void {
    this.stop();
    this.runoff = true;
    this.seconds = RUNOFF_SECONDS;
    this.left = RUNOFF_SECONDS * 1000;
    this.expired = false;
  }

  /** Nobody voted in time: the vote stays open, and the next vote decides. */
  expire(): void {
    this.stop();
    this.left = 0;
    this.expired = true;
  }

  /** Everyone here who may vote has voted (a runoff runs its time regardless). */
  allVoted(seats: readonly VotingSeat[]): boolean {
    if (this.runoff || !this.running) return false;
    const { cast, eligible } = turnout(seats, this.voters);
    return eligible > 0 && cast >= eligible;
  }

  /**
   * The vote is over (time, everyone, or the facilitator): the tally and the decision under
   * the tie rule. A tie begins the runoff here; no votes at all leaves the vote open.
   */
  close(
    seats: readonly VotingSeat[],
    options: number,
    closedByHost: boolean,
  ): { tally: number[]; decision: Decision } {
    const tally = tallyOf(seats, this.voters, options);
    const decision = decide(tally, this.runoff, closedByHost);
    if (decision.kind === 'none') this.expire();
    if (decision.kind === 'runoff') this.beginRunoff();
    if (decision.kind === 'chosen') this.stop();
    return { tally, decision };
  }

  view(seats: readonly VotingSeat[], options: number): ViewVote {
    const { cast, eligible } = turnout(seats, this.voters);
    const remaining = this.deadline !== null ? Math.max(0, this.deadline - Date.now()) : this.left;
    return {
      voters: this.voters,
      tally: tallyOf(seats, this.voters, options),
      cast,
      eligible,
      remainingMs: Math.round(remaining),
      running: this.running,
      seconds: this.seconds,
      runoff: this.runoff,
    };
  }
}
