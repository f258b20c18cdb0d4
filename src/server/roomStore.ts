// Where a room is kept between choices, so a server restarted mid-lesson brings every room
// back at its last choice with the same code. Two stores behind one port: a JSON file per
// room under a data folder (the default: nothing to install), or Redis when REDIS_URL is
// set (through the Colyseus presence, which several server processes already share).
// Names live in these records only while the room lives: `remove` at the session's end,
// and a record older than a day is deleted when it is next listed (Redis expires it itself).
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Presence } from '@colyseus/core';
import { z } from 'zod';
import {
  isJoinCode,
  LIMITS,
  PHASES,
  type RoomSettings,
  type RoomVote,
  roomSettingsSchema,
  roomVotesSchema,
  TEAMS,
} from '../room/protocol';
import type { GameState } from '../session/gameState';
import { saveSchemas } from '../session/saveSchemas';

/** A student's seat as it is kept: the token is the seat's key, so it is kept too. */
export interface StoredSeat {
  id: string;
  token: string;
  nickname: string;
  team: (typeof TEAMS)[number];
  late: boolean;
}

export interface RoomRecord {
  format: 1;
  code: string;
  /** Epoch ms of the last write: a record a day older than now is deleted. */
  savedAt: number;
  hostSecret: string;
  settings: RoomSettings;
  phase: (typeof PHASES)[number];
  locked: boolean;
  seats: StoredSeat[];
  /** Seat tokens the facilitator removed: they do not get back in. */
  removed: string[];
  lastChoice: { text: string; tally: number[]; runoff: boolean } | null;
  /** Every closed vote, counts only: the session file's and the CSV's tallies come from here. */
  votes: RoomVote[];
  game: GameState;
}

const token = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

/** A stored record is read like a save: checked whole, the game down to every number. */
function recordSchema() {
  return z.object({
    format: z.literal(1),
    code: z.string().refine(isJoinCode),
    savedAt: z.number(),
    hostSecret: token,
    settings: roomSettingsSchema,
    phase: z.enum(PHASES),
    locked: z.boolean(),
    seats: z
      .array(
        z.object({
          id: z.string().max(32),
          token,
          nickname: z.string().max(LIMITS.nickname),
          team: z.enum(TEAMS),
          late: z.boolean(),
        }),
      )
      .max(LIMITS.players),
    removed: z.array(token).max(1_000),
    lastChoice: z
      .object({ text: z.string(), tally: z.array(z.int().min(0)), runoff: z.boolean() })
      .nullable(),
    // Records written before the room kept its votes read as a room with none yet.
    votes: roomVotesSchema.default([]),
    game: saveSchemas().gameState,
  });
}

export function readRecord(value: unknown): RoomRecord | null {
  const parsed = recordSchema().safeParse(value);
  return parsed.success ? (parsed.data as RoomRecord) : null;
}

export interface RoomStore {
  readonly kind: 'file' | 'redis';
  save(record: RoomRecord): Promise<void>;
  load(code: string): Promise<RoomRecord | null>;
  /** Every room still kept; records past their day (or unreadable) are deleted on the way. */
  list(now?: number): Promise<RoomRecord[]>;
  remove(code: string): Promise<void>;
}

const expired = (record: RoomRecord, now: number) => now - record.savedAt > LIMITS.keepMs;

/** One `<CODE>.json` per room; written to a temporary file and renamed, so never half. */
export class FileRoomStore implements RoomStore {
  readonly kind = 'file';
  constructor(readonly folder: string) {}

  private file(code: string): string {
    if (!isJoinCode(code)) throw new Error(`not a room code: ${code}`);
    return path.join(this.folder, `${code}.json`);
  }

  async save(record: RoomRecord): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const target = this.file(record.code);
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, JSON.stringify(record));
    await rename(temporary, target);
  }

  async load(code: string): Promise<RoomRecord | null> {
    try {
      return readRecord(JSON.parse(await readFile(this.file(code), 'utf8')));
    } catch {
      return null;
    }
  }

  async list(now = Date.now()): Promise<RoomRecord[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const records: RoomRecord[] = [];
    for (const name of names) {
      const code = name.replace(/\.json$/, '');
      if (name.endsWith('.tmp')) {
        // A write the process did not finish: the room's previous file still stands.
        await rm(path.join(this.folder, name), { force: true });
        continue;
      }
      if (!name.endsWith('.json') || !isJoinCode(code)) continue;
      const record = await this.load(code);
      if (record && !expired(record, now)) records.push(record);
      else await this.remove(code);
    }
    return records;
  }

  async remove(code: string): Promise<void> {
    await rm(this.file(code), { force: true });
  }
}

const KEY = (code: string) => `classroom:${code}`;
const INDEX = 'classrooms';

/** Redis (through the shared Colyseus presence): each record expires a day after its write. */
export class PresenceRoomStore implements RoomStore {
  readonly kind = 'redis';
  constructor(private readonly presence: Presence) {}

  async save(record: RoomRecord): Promise<void> {
    await this.presence.setex(
      KEY(record.code),
      JSON.stringify(record),
      Math.ceil(LIMITS.keepMs / 1000),
    );
    await this.presence.sadd(INDEX, record.code);
  }

  async load(code: string): Promise<RoomRecord | null> {
    const text = (await this.presence.get(KEY(code))) as string | null;
    if (!text) return null;
    try {
      return readRecord(JSON.parse(text));
    } catch {
      return null;
    }
  }

  async list(now = Date.now()): Promise<RoomRecord[]> {
    const records: RoomRecord[] = [];
    for (const code of await this.presence.smembers(INDEX)) {
      const record = await this.load(code);
      if (record && !expired(record, now)) records.push(record);
      else await this.remove(code);
    }
    return records;
  }

  async remove(code: string): Promise<void> {
    await this.presence.del(KEY(code));
    await this.presence.srem(INDEX, code);
  }
}
