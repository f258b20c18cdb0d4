// One classroom: a Colyseus room that runs the story and the simulation through the same
// Session and GameState as solo play, with the class voting in four role teams. Devices
// only send intents (join, vote, facilitator commands: the protocol's schemas), checked for
// rate, size and shape (intents.ts); a refused one gets a `notice` and changes nothing.
// The vote itself (ballot, tally, tie rule, views) is the base class, in classroomVoting.ts.
import type { Client } from '@colyseus/core';
import {
  CLOSE_CODES,
  type Command,
  createOptionsSchema,
  joinOptionsSchema,
  LIMITS,
  REFUSAL_WORDS,
  type SessionMessage,
} from '../room/protocol';
import {
  claimCode,
  codeKey,
  DAY_SECONDS,
  newSession,
  refuse,
  resumedSession,
  shared,
} from './classroomContext';
import { VotingRoom } from './classroomVoting';
import { type Caller, newCaller, readIntent } from './intents';
import { RoomKeeper } from './roomKeeper';
import type { RoomRecord } from './roomStore';
import { Roster, type Seat, SeatRefused, sameSecret, secretToken } from './roster';
import { VoteLog } from './voteLog';

export class Classroom extends VotingRoom {
  // The facilitator's disconnect (or everyone's) does not end a lesson; `end` does.
  override autoDispose = false;
  // Colyseus drops a device past this; our own, gentler limit answers with a notice first.
  override maxMessagesPerSecond = 30;

  private creatorPending = true;
  private readonly keeper = new RoomKeeper(shared().store, () => this.record());

  override async onCreate(options: unknown): Promise<void> {
    const { compiled, restoring } = shared();
    const restoreCode = (options as { restoreCode?: unknown } | null)?.restoreCode;
    const record = typeof restoreCode === 'string' ? restoring.get(restoreCode) : undefined;
    if (record) {
      restoring.delete(record.code);
      this.restore(record);
      await this.presence.setex(codeKey(record.code), '1', DAY_SECONDS);
      this.roomId = record.code;
      this.creatorPending = false;
    } else {
      const parsed = createOptionsSchema.safeParse(options);
      if (!parsed.success) throw refuse('badRequest');
      this.settings = parsed.data.settings;
      this.hostSecret = secretToken();
      this.session = newSession(compiled, this.settings);
      this.roomId = await claimCode(this.presence, shared().store);
      this.settings.group ??= `Room ${this.roomId}`;
    }
    this.onMessage('*', (client, type, message) => this.receive(client, String(type), message));
    this.clock.setInterval(() => this.forgetIfIdle(), 60 * 60 * 1000);
    this.save();
  }

  private restore(record: RoomRecord): void {
    this.settings = { ...record.settings, group: record.settings.group ?? `Room ${record.code}` };
    this.voteLog = new VoteLog(record);
    this.hostSecret = record.hostSecret;
    this.phase = record.phase;
    this.doorLocked = record.locked;
    this.lastActive = record.savedAt;
    this.roster = new Roster(record.seats, record.removed);
    this.session = resumedSession(shared().compiled, record.game);
    this.openVote();
  }

  override onJoin(client: Client, options: unknown): void {
    // The device that created the room joins with its create options: it is the host.
    const creator = this.creatorPending;
    this.creatorPending = false;
    const parsed = creator ? null : joinOptionsSchema.safeParse(options);
    if (parsed && !parsed.success) throw refuse('badRequest');
    const join = parsed?.data;
    if (!join || join.as === 'host') {
      if (join && !sameSecret(join.secret, this.hostSecret)) throw refuse('notHost');
      client.userData = newCaller(Date.now(), { host: true });
      this.welcome(client);
      return;
    }
    if (this.phase === 'ended') throw refuse('ended');
    let seat: Seat;
    try {
      seat = this.roster.claim(join, { locked: this.doorLocked, late: this.phase !== 'lobby' });
    } catch (error) {
      throw error instanceof SeatRefused ? refuse(error.refusal) : error;
    }
    if (seat.client && seat.client !== client) {
      // The same seat on a new device (or a reloaded page): the newest one plays it.
      this.send(seat.client, 'notice', { text: 'This seat was opened on another device.' });
      seat.client.leave(CLOSE_CODES.removed);
    }
    seat.client = client;
    seat.here = true;
    this.lastActive = Date.now();
    client.userData = newCaller(this.lastActive, { seat: seat.id });
    this.welcome(client);
    this.rosterChanged();
  }

  /** A device that joined or came back: its seat (token, team, vote) and the whole view. */
  private welcome(client: Client): void {
    this.sendSeat(client);
    this.send(client, 'view', this.view());
  }

  override onDrop(client: Client): void {
    // A phone asleep or a dropped Wi-Fi keeps its seat; the facilitator's device too. A seat
    // not reclaimed in time stays away (onLeave); its token still opens it later.
    if (this.phase !== 'ended') {
      this.allowReconnection(client, LIMITS.reconnectSeconds).catch(() => undefined);
    }
    this.away(client);
  }

  override onReconnect(client: Client): void {
    const seat = this.seatOf(client);
    if (seat) {
      seat.client = client;
      seat.here = true;
      this.rosterChanged();
    }
    this.welcome(client);
  }

  override onLeave(client: Client): void {
    this.away(client);
  }

  private away(client: Client): void {
    const seat = this.seatOf(client);
    if (!seat || seat.client !== client) return;
    seat.here = false;
    this.rosterChanged();
  }

  private rosterChanged(): void {
    this.broadcastView();
    this.closeIfAllVoted();
    this.save();
  }

  private receive(client: Client, type: string, message: unknown): void {
    const caller = client.userData as Caller | undefined;
    const intent = caller ? readIntent(caller, type, message, Date.now()) : 'Join the room first.';
    const refusal =
      typeof intent === 'string'
        ? intent
        : intent.type === 'vote'
          ? this.castVote(client, intent.choice, intent.turns)
          : this.command(client, intent.command);
    if (refusal) this.send(client, 'notice', { text: refusal });
  }

  private command(client: Client, command: Command): string | undefined {
    const session = this.session;
    const ballot = this.ballot;
    switch (command.do) {
      case 'start':
        if (this.phase !== 'lobby') return 'The story has already begun.';
        this.phase = 'playing';
        this.openVote();
        break;
      case 'pause':
      case 'resume':
        session.setPaused(command.do === 'pause');
        this.holdOrRun();
        break;
      case 'extend':
        if (!ballot) return 'No vote is open.';
        ballot.extend(command.seconds);
        this.holdOrRun();
        break;
      case 'close':
        if (!ballot) return 'No vote is open.';
        this.settle(true);
        return undefined;
      case 'next':
      case 'skip':
        if (!session.pendingDiscussion) return 'No discussion is on.';
        if (command.do === 'next') session.continueDiscussion();
        else session.endDiscussion();
        this.holdOrRun();
        break;
      case 'lock':
      case 'unlock':
        this.doorLocked = command.do === 'lock';
        break;
      case 'remove':
        return this.removeSeat(command.seat);
      case 'end':
        this.endSession();
        return undefined;
      case 'timer': {
        const extendedTime = command.extendedTime ?? this.settings.extendedTime;
        this.settings = { ...this.settings, seconds: command.seconds, extendedTime };
        break;
      }
      case 'export':
        this.send(client, 'session', this.sessionMessage());
        return undefined;
    }
    this.broadcastView();
    this.save();
    return undefined;
  }

  private removeSeat(id: string): string | undefined {
    const seat = this.roster.remove(id);
    if (!seat) return 'No such student in this room.';
    if (seat.client) {
      this.send(seat.client, 'removed', { text: REFUSAL_WORDS.removed });
      seat.client.leave(CLOSE_CODES.removed);
    }
    this.rosterChanged();
    return undefined;
  }

  private endSession(): void {
    this.ballot?.stop();
    this.ballot = null;
    this.phase = 'ended';
    this.broadcastView();
    const session = this.sessionMessage();
    for (const client of this.clients) {
      if ((client.userData as Caller | undefined)?.host) this.send(client, 'session', session);
    }
    // The names go with the room: nothing of it stays in the store.
    void shared().store.remove(this.roomId);
    void this.presence.del(codeKey(this.roomId));
    this.clock.setTimeout(() => void this.disconnect(CLOSE_CODES.ended), 2_000);
  }

  /**
   * Hourly: a room with no choice made and no one joining for a day is ended, and deleted
   * with its names, even if a forgotten projector is still connected. True if it was.
   */
  forgetIfIdle(now = Date.now()): boolean {
    if (this.phase === 'ended' || now - this.lastActive <= LIMITS.keepMs) return false;
    this.endSession();
    return true;
  }

  private record(): RoomRecord {
    return {
      format: 1,
      code: this.roomId,
      savedAt: Date.now(),
      hostSecret: this.hostSecret,
      settings: this.settings,
      phase: this.phase,
      locked: this.doorLocked,
      ...this.roster.stored(),
      ...this.voteLog.stored(),
      game: this.session.state(),
    };
  }

  /** The session for the facilitator's download: the game, the group's name, the votes. */
  private sessionMessage(): SessionMessage {
    const group = this.settings.group ?? `Room ${this.roomId}`;
    return { group, votes: this.voteLog.stored().votes, game: this.session.state() };
  }

  /** Writes the room (after every choice and every change of who is in it); not once ended. */
  protected save(): void {
    if (this.phase !== 'ended') this.keeper.save();
  }

  /** A shutdown disposes rooms (not ended ones' records): their last write must land. */
  override onDispose(): Promise<void> {
    return this.keeper.saved();
  }

  /** Resolves once the room's writes have reached the store (tests, a shutdown). */
  saved(): Promise<void> {
    return this.keeper.saved();
  }
}
