// The voting half of a classroom (classroom.ts is the rest: the door, the facilitator's
// commands, the store): the room's story session and its seats, the vote on the waiting
// choices with its timer and tie rule, and what devices are sent as it goes (the view, the
// tally, each seat). Split from Classroom by concept, as one Colyseus room in two classes.
import { type Client, Room } from '@colyseus/core';
import type { RoomSettings, RoomView, SeatMessage, Team } from '../room/protocol';
import { ROLES } from '../session/roles';
import type { Session } from '../session/session';
import { Ballot } from './ballot';
import type { Caller } from './intents';
import { buildView, voteSeconds } from './roomView';
import { Roster, type Seat, seatMessage } from './roster';
import { VoteLog } from './voteLog';
import { mayVote, votersFor } from './votes';

export abstract class VotingRoom extends Room {
  protected session!: Session;
  protected hostSecret = '';
  protected settings!: RoomSettings;
  protected phase: RoomView['phase'] = 'lobby';
  protected doorLocked = false;
  protected roster = new Roster();
  protected ballot: Ballot | null = null;
  protected voteLog = new VoteLog();
  /** Epoch ms of the room's last choice or join: a day past it, the room is forgotten. */
  protected lastActive = Date.now();

  /** Writes the room to the store (after a choice, a change of who is in it). */
  protected abstract save(): void;

  protected sendSeat(client: Client): void {
    const caller = client.userData as Caller;
    const seat = this.roster.get(caller.seat);
    const message: SeatMessage | undefined = caller.host
      ? { as: 'host', secret: this.hostSecret }
      : seat && seatMessage(seat, this.ballot !== null);
    if (message) this.send(client, 'seat', message);
  }

  protected seatOf(client: Client): Seat | undefined {
    return this.roster.get((client.userData as Caller | undefined)?.seat);
  }

  protected castVote(client: Client, choice: number, turns?: number): string | undefined {
    const seat = this.seatOf(client);
    const ballot = this.ballot;
    if (!seat) return 'Only students vote; the facilitator can close the vote.';
    if (this.phase !== 'playing' || !ballot) return 'No vote is open.';
    if ((turns ?? ballot.turns) !== ballot.turns) return 'That vote was for an earlier choice.';
    if (this.session.isPaused) return 'The game is paused.';
    if (this.session.pendingDiscussion) return 'Talk first: the vote opens after the discussion.';
    if (!this.session.passage.choices[choice]) return 'That vote is not one of the choices.';
    if (!mayVote(seat, ballot.voters)) {
      return `This choice is for ${ROLES[ballot.voters as Team].name}'s team.`;
    }
    seat.vote = choice;
    this.sendSeat(client);
    if (ballot.expired) this.settle(false);
    else {
      this.broadcastTally();
      this.closeIfAllVoted();
    }
    return undefined;
  }

  /** Opens the vote on the waiting choices: none in the lobby, at the end, or with no choice. */
  protected openVote(): void {
    this.ballot?.stop();
    this.ballot = null;
    this.roster.clearVotes();
    const passage = this.session.passage;
    if (this.phase !== 'playing' || passage.ended || passage.choices.length === 0) return;
    const voters = votersFor(this.session.chooser, this.roster.list());
    this.ballot = new Ballot(
      this.session.log.length,
      voters,
      voteSeconds(this.settings),
      this.clock,
      () => this.settle(false),
    );
    this.holdOrRun();
  }

  /** The timer runs unless play is held (a pause, a discussion on screen). */
  protected holdOrRun(): void {
    const held = this.session.isPaused || this.session.pendingDiscussion !== null;
    if (held) this.ballot?.stop();
    else this.ballot?.start();
  }

  protected closeIfAllVoted(): void {
    if (this.ballot?.allVoted(this.roster.list())) this.settle(false);
  }

  /** The vote is over: the tie rule, then the story moves on and the next vote opens. */
  protected settle(closedByHost: boolean): void {
    const ballot = this.ballot;
    if (!ballot) return;
    const choices = this.session.passage.choices;
    const { tally, decision } = ballot.close(this.roster.list(), choices.length, closedByHost);
    if (decision.kind === 'runoff') this.holdOrRun();
    const option = decision.kind === 'chosen' ? decision.option : -1;
    const chosen = choices[option];
    if (chosen) {
      ballot.stop();
      this.session.choose(chosen.index);
      this.voteLog.add(this.session.log.length, { text: chosen.text, option }, tally, ballot);
      this.lastActive = Date.now();
      // At the story's end no vote opens: the view shows the ending until the facilitator ends.
      this.openVote();
      for (const client of this.clients) this.sendSeat(client);
      this.save();
    }
    this.broadcastView();
  }

  protected view(): RoomView {
    const seats = this.roster.list();
    return buildView(this.session, {
      code: this.roomId,
      phase: this.phase,
      locked: this.doorLocked,
      settings: this.settings,
      seats,
      vote: this.ballot?.view(seats, this.session.passage.choices.length) ?? null,
      lastChoice: this.voteLog.last,
    });
  }

  protected broadcastView(): void {
    this.broadcast('view', this.view());
  }

  /** A vote resends only the counts, not the passage (thirty votes, thirty devices). */
  protected broadcastTally(): void {
    const ballot = this.ballot;
    if (!ballot) return;
    const view = ballot.view(this.roster.list(), this.session.passage.choices.length);
    const { tally, cast, eligible } = view;
    this.broadcast('tally', { turns: ballot.turns, tally, cast, eligible });
  }
}
