// What a device sent, read with care: its rate (a token bucket per connection), its size and
// its shape (the protocol's zod schemas). Anything else is refused with words for a notice.
import { type Command, commandSchema, LIMITS, voteSchema } from '../room/protocol';

/** Who a connection is, and its message allowance. */
export interface Caller {
  seat?: string;
  host?: boolean;
  allowance: number;
  filledAt: number;
}

export function newCaller(now: number, who: { seat?: string; host?: boolean }): Caller {
  return { ...who, allowance: LIMITS.burst, filledAt: now };
}

export type Intent =
  | { type: 'vote'; choice: number; turns: number | undefined }
  | { type: 'command'; command: Command };

/** The intent in a message, or why it is refused. */
export function readIntent(
  caller: Caller,
  type: string,
  message: unknown,
  now: number,
): Intent | string {
  const refill = ((now - caller.filledAt) / 1000) * LIMITS.perSecond;
  caller.allowance = Math.min(LIMITS.burst, caller.allowance + refill);
  caller.filledAt = now;
  if (caller.allowance < 1) return 'Too many messages: wait a moment.';
  caller.allowance -= 1;
  if (encodedLength(message) > LIMITS.messageBytes) return 'That message is too long.';
  if (type === 'vote') {
    const vote = voteSchema.safeParse(message);
    return vote.success
      ? { type, choice: vote.data.choice, turns: vote.data.turns }
      : 'That vote is not one of the choices.';
  }
  if (type === 'command') {
    if (!caller.host) return 'Only the facilitator can do that.';
    const command = commandSchema.safeParse(message);
    return command.success
      ? { type, command: command.data }
      : 'The room does not know that command.';
  }
  return 'The room does not know that message.';
}

/** The size of a message as JSON: what a device could make the server hold. */
function encodedLength(message: unknown): number {
  try {
    return JSON.stringify(message ?? null).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
