// Which lines the player has already read, across playthroughs, so text read before can
// appear at once instead of fading in again. Plain data and pure functions: the shell
// keeps it in web storage next to the settings, and a missing storage simply means the
// memory lasts for this visit.
//
// Lines are remembered by a short hash of what they say, never by their text: the memory
// stays small, and it holds no story text a writer may later rewrite or remove.
import type { StoryLine } from '../narrative/narrative';

export const READING_KEY = 'dental-biocalypse:read';
export const READING_VERSION = 1;

/**
 * How many lines are remembered. The whole story (four roles, every branch) is well under
 * this, so in practice nothing is forgotten; the bound only keeps a long-lived browser's
 * storage from growing without end. The least recently read lines are forgotten first.
 */
export const MAX_REMEMBERED = 6000;

export interface ReadingMemory {
  /** Line keys, least recently read first. */
  readonly order: readonly string[];
  readonly keys: ReadonlySet<string>;
}

export function emptyMemory(): ReadingMemory {
  return { order: [], keys: new Set() };
}

/**
 * What identifies a line: its words, or for a line that only carries cues (a chapter
 * heading, a sound) the cues themselves. The speaker is left out on purpose: the same
 * words said again are the same to read.
 */
export function lineKey(line: StoryLine): string {
  const what =
    line.text !== ''
      ? `t:${line.text}`
      : `c:${line.cues.map((cue) => (cue.kind === 'unknown' ? cue.tag : `${cue.kind}:${cue.value}`)).join('|')}`;
  return hash(what);
}

export function hasRead(memory: ReadingMemory, line: StoryLine): boolean {
  return memory.keys.has(lineKey(line));
}

/**
 * Remembers lines as read, the most recent last; past `limit` the least recently read are
 * forgotten. Returns the same memory when nothing changes, so callers can skip a write.
 */
export function markRead(
  memory: ReadingMemory,
  lines: readonly StoryLine[],
  limit = MAX_REMEMBERED,
): ReadingMemory {
  const added = lines.map(lineKey);
  if (added.length === 0) return memory;
  const last = memory.order.slice(-added.length);
  // Re-reading the latest lines again (a redraw) changes nothing worth writing.
  if (added.every((key, i) => last[i] === key) && last.length === added.length) return memory;
  const fresh = new Set(added);
  const order = [...memory.order.filter((key) => !fresh.has(key)), ...fresh].slice(-limit);
  return { order, keys: new Set(order) };
}

export function serializeMemory(memory: ReadingMemory): string {
  return JSON.stringify({ version: READING_VERSION, read: memory.order });
}

/** Reads what storage held; anything unreadable is an empty memory, never an error. */
export function parseMemory(raw: string | null, limit = MAX_REMEMBERED): ReadingMemory {
  if (raw === null) return emptyMemory();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return emptyMemory();
  }
  if (typeof data !== 'object' || data === null) return emptyMemory();
  const { version, read } = data as { version?: unknown; read?: unknown };
  if (version !== READING_VERSION || !Array.isArray(read)) return emptyMemory();
  const valid = read.filter((key): key is string => typeof key === 'string' && KEY.test(key));
  const order = [...new Set(valid)].slice(-limit);
  return { order, keys: new Set(order) };
}

const KEY = /^[0-9a-z]{1,11}$/;

/**
 * cyrb53: a fast 53-bit string hash, in base 36. With a few thousand lines the chance
 * that two different lines share a key is about one in a billion, and a collision would
 * only make one line appear without its fade.
 */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
