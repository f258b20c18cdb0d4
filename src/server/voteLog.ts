// The room's record of its votes: every closed vote as counts (the choice taken, the tally of
// every option, which team voted, whether a runoff decided it), never who voted. Kept by the
// server with the room's GameState in the store, so a restart keeps it, and sent to the
// facilitator for the session file and the CSV: the facilitator's device only forwards it.
import type { RoomView, RoomVote, Voters } from '../room/protocol';

type LastChoice = NonNullable<RoomView['lastChoice']>;

export class VoteLog {
  private readonly closed: RoomVote[];
  /** The choice taken last, with its tally, for the projector's "you chose". */
  last: LastChoice | null;

  constructor(stored: { votes: readonly RoomVote[]; lastChoice: LastChoice | null } | null = null) {
    this.closed = [...(stored?.votes ?? [])];
    this.last = stored?.lastChoice ?? null;
  }

  /** A vote that took a choice: `turn` is the choice's number in the session's log. */
  add(
    turn: number,
    chosen: { text: string; option: number },
    tally: number[],
    ballot: { voters: Voters; runoff: boolean },
  ): void {
    const { voters, runoff } = ballot;
    this.closed.push({ turn, chosen: chosen.text, option: chosen.option, tally, voters, runoff });
    this.last = { text: chosen.text, tally, runoff };
  }

  get votes(): readonly RoomVote[] {
    return this.closed;
  }

  /** As the room's record keeps it. */
  stored(): { votes: RoomVote[]; lastChoice: LastChoice | null } {
    return { votes: [...this.closed], lastChoice: this.last };
  }
}
