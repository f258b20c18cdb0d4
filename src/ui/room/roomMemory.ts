// What this device remembers of a room, in localStorage under the room's code: a phone's seat
// token, nickname and latest reconnection token, or the facilitator's host secret. Enough to get
// the same seat back after the phone sleeps, the page reloads or the server restarts; nothing
// else. It is deleted when the room ends or the device is removed (names stay in their room).
// Storage may throw (private modes, locked-down school machines): then the device simply does
// not remember, and a student types the code again.

export interface RoomMemory {
  /** Colyseus's reconnection token of the last connection (it changes on every connection). */
  reconnect?: string;
  /** A phone's seat token (the `seat` message): rejoins its seat after a restart. */
  seat?: string;
  nickname?: string;
  /** The facilitator's host secret: never on a student's device. */
  secret?: string;
}

const PREFIX = 'dental-biocalypse:room:';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function recall(code: string): RoomMemory {
  try {
    const raw = storage()?.getItem(PREFIX + code);
    if (!raw) return {};
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return {};
    // Only the four known strings come back, whatever the storage held.
    const memory: RoomMemory = {};
    for (const key of ['reconnect', 'seat', 'nickname', 'secret'] as const) {
      const field = (value as Record<string, unknown>)[key];
      if (typeof field === 'string' && field.length <= 200) memory[key] = field;
    }
    return memory;
  } catch {
    return {};
  }
}

export function remember(code: string, update: RoomMemory): void {
  try {
    storage()?.setItem(PREFIX + code, JSON.stringify({ ...recall(code), ...update }));
  } catch {
    // Not remembered: the device can still join by typing the code.
  }
}

export function forget(code: string): void {
  try {
    storage()?.removeItem(PREFIX + code);
  } catch {
    // Nothing was stored.
  }
}
