// This device's line to its room on the server (Colyseus). It opens or joins the room, checks
// every message the server sends against the protocol's schemas, and keeps the seat through
// drops: Colyseus reconnects on its own for a short gap; past that (a long sleep, a reload, a
// restarted server) the link rejoins with the seat token or host secret the server gave it, so
// a phone is back on its team with its vote. Tokens are stored anew on every connection.
import { Client, type Room } from '@colyseus/sdk';
import {
  CLOSE_CODES,
  type Command,
  type CreateOptions,
  type JoinOptions,
  noticeMessageSchema,
  REFUSAL_WORDS,
  REFUSALS,
  ROOM_NAME,
  type RoomSettings,
  type RoomView,
  refusalWords,
  roomViewSchema,
  type SeatMessage,
  type SessionMessage,
  seatMessageSchema,
  sessionMessageSchema,
  type TallyMessage,
  type Team,
  tallyMessageSchema,
} from '../../room/protocol';
import { forget, recall, remember } from './roomMemory';

export type LinkStatus = 'connected' | 'reconnecting';

export interface LinkHandlers {
  view(view: RoomView): void;
  tally(tally: TallyMessage): void;
  seat(seat: SeatMessage): void;
  notice(text: string): void;
  status(status: LinkStatus): void;
  /** The room is over for this device (ended, removed, or gone): `words` say why. */
  closed(words: string): void;
  /**
   * The session (facilitators only): the group's name and the server's vote counts, checked
   * here; the GameState inside is checked by the caller, which reads it as a save.
   */
  session?(session: SessionMessage): void;
}

/** How a device enters: opening a new room, or joining one by its code. */
export type Entry =
  | { as: 'create'; settings?: Partial<RoomSettings> }
  | { as: 'host'; code: string; secret: string }
  | { as: 'player'; code: string; nickname: string; seat?: string; team?: Team };

/** A join the server (or the network) refused, with words for the person at the device. */
export class JoinRefused extends Error {
  constructor(
    readonly words: string,
    readonly code: number | undefined,
  ) {
    super(words);
    this.name = 'JoinRefused';
  }
}

export const UNREACHABLE =
  'Cannot reach the room server. Check the network, or ask the facilitator whether the room is running.';

/** Refusals that will not change by trying again. */
const FINAL = new Set<number>([
  REFUSALS.ended,
  REFUSALS.removed,
  REFUSALS.notHost,
  REFUSALS.badRequest,
  REFUSALS.nicknameTaken,
]);
/** Colyseus gives up its own reconnection after this many tries (about 6 s), then we rejoin. */
const SDK_RETRIES = 6;
/** How long a dropped device keeps trying to get its seat back before it says so. */
const GIVE_UP_MS = 10 * 60 * 1000;
/** After a restart the room may be restored a moment after the server answers again. */
const WRONG_CODE_GRACE_MS = 30_000;

function errorCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

function refusal(error: unknown): JoinRefused {
  const code = errorCode(error);
  // No code at all: fetch failed, the server is not there.
  return new JoinRefused(code === undefined ? UNREACHABLE : refusalWords(code), code);
}

export class RoomLink {
  private room: Room | null = null;
  private rejoining = false;
  private closedFor: string | null = null;

  private constructor(
    private readonly client: Client,
    private entry:
      | Exclude<Entry, { as: 'create' }>
      | { as: 'create'; settings?: Partial<RoomSettings> },
    private readonly handlers: LinkHandlers,
  ) {}

  /** Opens (as: 'create') or joins a room; rejects with JoinRefused and its words. */
  static async open(serverUrl: string, entry: Entry, handlers: LinkHandlers): Promise<RoomLink> {
    const link = new RoomLink(new Client(serverUrl), entry, handlers);
    await link.connect();
    return link;
  }

  /** The room's code (the Colyseus room id), once connected. */
  get code(): string {
    return this.room?.roomId ?? ('code' in this.entry ? this.entry.code : '');
  }

  get connected(): boolean {
    return this.room !== null && !this.rejoining;
  }

  vote(choice: number): boolean {
    return this.send('vote', { choice });
  }

  command(command: Command): boolean {
    return this.send('command', command);
  }

  /** Leaves on purpose (the page closes the room view); the seat is not held. */
  async leave(): Promise<void> {
    this.closedFor = 'left';
    await this.room?.leave(true);
  }

  private send(type: 'vote' | 'command', payload: object): boolean {
    if (!this.room || this.rejoining) {
      this.handlers.notice('Reconnecting to the room: try again in a moment.');
      return false;
    }
    this.room.send(type, payload);
    return true;
  }

  private async connect(): Promise<void> {
    const entry = this.entry;
    let room: Room;
    if (entry.as === 'create') {
      const options: CreateOptions = { as: 'host', settings: entry.settings as RoomSettings };
      room = await this.client.create(ROOM_NAME, options).catch((error: unknown) => {
        throw refusal(error);
      });
    } else {
      room = await this.join(entry);
    }
    this.attach(room);
  }

  /** Back to the same seat: Colyseus's reconnection token first, then the seat or secret. */
  private async join(entry: Exclude<Entry, { as: 'create' }>): Promise<Room> {
    // Colyseus's reconnection token first: within its window it is the very same session.
    const token = recall(entry.code).reconnect;
    if (token) {
      try {
        return await this.client.reconnect(token);
      } catch {
        // Past the reconnection window, or a restarted server: rejoin by seat below.
      }
    }
    const options: JoinOptions =
      entry.as === 'host'
        ? { as: 'host', secret: entry.secret }
        : {
            as: 'player',
            nickname: entry.nickname,
            ...(entry.seat ? { seat: entry.seat } : {}),
            ...(entry.team ? { team: entry.team } : {}),
          };
    try {
      return await this.client.joinById(entry.code, options);
    } catch (error) {
      throw refusal(error);
    }
  }

  private attach(room: Room): void {
    this.room = room;
    this.rejoining = false;
    room.reconnection.maxRetries = SDK_RETRIES;
    const code = room.roomId;
    if (this.entry.as === 'create') this.entry = { as: 'host', code, secret: '' };
    remember(code, { reconnect: room.reconnectionToken });

    room.onMessage('view', (raw: unknown) => {
      const view = roomViewSchema.safeParse(raw);
      if (view.success) this.handlers.view(view.data);
      else this.unreadable('view');
    });
    room.onMessage('tally', (raw: unknown) => {
      const tally = tallyMessageSchema.safeParse(raw);
      if (tally.success) this.handlers.tally(tally.data);
      else this.unreadable('tally');
    });
    room.onMessage('seat', (raw: unknown) => {
      const seat = seatMessageSchema.safeParse(raw);
      if (!seat.success) return this.unreadable('seat');
      const data = seat.data;
      if (data.as === 'host') {
        this.entry = { as: 'host', code, secret: data.secret };
        remember(code, { secret: data.secret });
      } else if (this.entry.as === 'player') {
        this.entry = { ...this.entry, nickname: data.nickname, seat: data.token };
        remember(code, { seat: data.token, nickname: data.nickname });
      }
      this.handlers.seat(data);
    });
    room.onMessage('notice', (raw: unknown) => {
      const notice = noticeMessageSchema.safeParse(raw);
      if (notice.success) this.handlers.notice(notice.data.text);
    });
    room.onMessage('removed', () => {
      this.close(REFUSAL_WORDS.removed);
    });
    room.onMessage('session', (raw: unknown) => {
      const session = sessionMessageSchema.safeParse(raw);
      if (!session.success) return this.unreadable('session');
      this.handlers.session?.(session.data);
    });

    room.onDrop(() => this.handlers.status('reconnecting'));
    room.onReconnect(() => {
      // A new connection, a new token: stored every time.
      remember(code, { reconnect: room.reconnectionToken });
      this.handlers.status('connected');
    });
    room.onLeave((closeCode: number) => {
      if (this.room !== room) return;
      this.room = null;
      if (closeCode === CLOSE_CODES.removed) this.close(REFUSAL_WORDS.removed);
      else if (closeCode === CLOSE_CODES.ended) this.close(REFUSAL_WORDS.ended);
      else if (this.closedFor === null) void this.rejoin();
    });
    this.handlers.status('connected');
  }

  private close(words: string): void {
    if (this.closedFor !== null) return;
    this.closedFor = words;
    forget(this.code);
    this.room = null;
    this.handlers.closed(words);
  }

  private unreadable(type: string): void {
    this.handlers.notice(`The room sent a ${type} this page cannot read. Reload the page.`);
  }

  /** Tries to get the seat back until it works, the room says no, or ten minutes pass. */
  private async rejoin(): Promise<void> {
    if (this.rejoining) return;
    this.rejoining = true;
    this.handlers.status('reconnecting');
    const started = Date.now();
    let wait = 500;
    while (this.closedFor === null) {
      try {
        await this.connect();
        return;
      } catch (error) {
        const code = error instanceof JoinRefused ? error.code : undefined;
        const lost = Date.now() - started;
        if (code !== undefined && FINAL.has(code)) return this.close(refusalWords(code));
        if (code === REFUSALS.wrongCode && lost > WRONG_CODE_GRACE_MS) {
          return this.close(refusalWords(code));
        }
        if (lost > GIVE_UP_MS) return this.close(`${UNREACHABLE} Reload the page to try again.`);
      }
      await this.pause(wait);
      wait = Math.min(5000, wait * 2);
    }
  }

  /** Waits `ms`, or less: a phone waking up or coming back online tries at once. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        window.removeEventListener('online', done);
        document.removeEventListener('visibilitychange', visible);
        resolve();
      };
      const visible = () => {
        if (document.visibilityState === 'visible') done();
      };
      const timer = setTimeout(done, ms);
      window.addEventListener('online', done);
      document.addEventListener('visibilitychange', visible);
    });
  }
}
