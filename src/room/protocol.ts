// The room protocol: everything a projector, a phone or a facilitator's device and the room
// server say to each other, as zod schemas both sides check. Devices only send intents (join,
// vote, facilitator commands); the server runs the story and sends what to render. Pure: no
// Node, no DOM, no Colyseus, so the page, the server and the tests share it (with joinCode.ts, re-exported here).
import { z } from 'zod';
import { ROLE_IDS, type RoleId } from '../session/roles';

export {
  CODE_ALPHABET,
  CODE_LENGTH,
  isJoinCode,
  joinAddress,
  makeCode,
  normaliseCode,
  ROOM_NAME,
  randomNickname,
  roomServerUrl,
} from './joinCode';

// ---------------------------------------------------------------------------------------------
// Limits
// ---------------------------------------------------------------------------------------------

export const LIMITS = {
  /** Students in one room (a class and a few late ones); hosts' devices come on top. */
  players: 60,
  /** Facilitator devices at once: the projector, a laptop, a phone, a spare. */
  hosts: 4,
  // As the one-screen workshop's player names (session/ensemble.ts): the longest random one is 22.
  nickname: 24,
  /** A room's group name, as the facilitator types it when opening the room. */
  group: 40,
  /** Bytes of one message from a device, however encoded; a longer one is refused unread. */
  messageBytes: 512,
  /** Messages a device may send: a burst of `burst`, refilled at `perSecond`. */
  burst: 10,
  perSecond: 4,
  /** Vote timer bounds in seconds; the default is what a class reads and decides in. */
  minSeconds: 10,
  maxSeconds: 600,
  defaultSeconds: 45,
  /** The accessibility option: every vote gets this many times as long. */
  extendedFactor: 2,
  /** Seconds a dropped device keeps its seat through Colyseus's reconnection. */
  reconnectSeconds: 120,
  /** A room is forgotten (names included) this long after it was last played. */
  keepMs: 24 * 60 * 60 * 1000,
} as const;

// ---------------------------------------------------------------------------------------------
// Teams, nickname text
// ---------------------------------------------------------------------------------------------

/** The four role teams are the story's four roles. */
export const TEAMS = ROLE_IDS;
export type Team = RoleId;
/** Who votes on a choice: one team (a `# role:` tagged choice) or everyone. */
export type Voters = Team | 'everyone';

const teamSchema = z.enum(ROLE_IDS);
const votersSchema = z.union([teamSchema, z.literal('everyone')]);

/** Printable text, no control characters (a nickname shows on the projector as text). */
const plain = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
    .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/, 'no control characters');

export const nicknameSchema = plain(LIMITS.nickname);

// ---------------------------------------------------------------------------------------------
// Joining: the options of client.create / client.joinById
// ---------------------------------------------------------------------------------------------

/** How a room plays, chosen by the facilitator when they open it (and changeable by command). */
export const roomSettingsSchema = z.object({
  /** "short": the classroom cut, each role one scene (story/acts/classroom.ink); "full": every role's part. */
  length: z.enum(['short', 'full']).default('short'),
  /** Whether `# discuss:` prompts hold every device on the question. */
  discussion: z.boolean().default(true),
  /** Seconds a vote runs. */
  seconds: z.int().min(LIMITS.minSeconds).max(LIMITS.maxSeconds).default(LIMITS.defaultSeconds),
  /** Accessibility: every vote runs `extendedFactor` times as long. */
  extendedTime: z.boolean().default(false),
  /**
   * The group's name in the session file, the CSV and Compare groups ("Year 9 blue"). The
   * server names an unnamed room "Room <code>". Not a student's name: the facilitator's label.
   */
  group: plain(LIMITS.group).optional(),
});
export type RoomSettings = z.infer<typeof roomSettingsSchema>;

/** `client.create(ROOM_NAME, options)`: the projector (or facilitator) opens a room. */
export const createOptionsSchema = z.object({
  as: z.literal('host'),
  settings: roomSettingsSchema.default({
    length: 'short',
    discussion: true,
    seconds: LIMITS.defaultSeconds,
    extendedTime: false,
  }),
});
export type CreateOptions = z.input<typeof createOptionsSchema>;

/** A secret token (host secret, seat token): URL-safe, long enough not to be guessed. */
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

/** `client.joinById(code, options)`: a student's phone, or another facilitator device. */
export const joinOptionsSchema = z.discriminatedUnion('as', [
  z.object({
    as: z.literal('player'),
    nickname: nicknameSchema,
    /** The seat token this device was given before: rejoin that seat (team, votes). */
    seat: tokenSchema.optional(),
    /** A team the student asks for; otherwise they are dealt into the smallest. */
    team: teamSchema.optional(),
  }),
  z.object({
    as: z.literal('host'),
    /** The host secret the room's creator was given (`HostSeat.secret`). */
    secret: tokenSchema,
  }),
]);
export type JoinOptions = z.input<typeof joinOptionsSchema>;

// ---------------------------------------------------------------------------------------------
// Intents: device -> server (room.send(type, payload))
// ---------------------------------------------------------------------------------------------

/** `room.send('vote', { choice })`: the position of the choice in `RoomView.choices`. */
export const voteSchema = z.object({
  choice: z.int().min(0).max(63),
  /**
   * `RoomView.turns` of the view the vote was cast on. A tap that reaches the server after
   * its vote closed is refused instead of counting for the next passage's choice. Optional
   * for tools; pages should send it.
   */
  turns: z.int().min(0).optional(),
});
export type Vote = z.infer<typeof voteSchema>;

/** `room.send('command', {...})`: facilitator only; anyone else is refused with a notice. */
export const commandSchema = z.discriminatedUnion('do', [
  /** Leave the lobby: the story begins and the first vote opens. */
  z.object({ do: z.literal('start') }),
  z.object({ do: z.literal('pause') }),
  z.object({ do: z.literal('resume') }),
  /** Add seconds to the running vote. */
  z.object({ do: z.literal('extend'), seconds: z.int().min(5).max(LIMITS.maxSeconds) }),
  /** Close the vote now; the tally decides (with the tie rule). */
  z.object({ do: z.literal('close') }),
  /** The discussion: `next` shows its next question, `skip` leaves it for the story. */
  z.object({ do: z.literal('next') }),
  z.object({ do: z.literal('skip') }),
  z.object({ do: z.literal('lock') }),
  z.object({ do: z.literal('unlock') }),
  /** Remove a student by their seat id (`RosterEntry.id`): their seat and name are gone. */
  z.object({ do: z.literal('remove'), seat: z.string().min(1).max(32) }),
  /** End the session for everyone: the room and its names are deleted. */
  z.object({ do: z.literal('end') }),
  /** Seconds for the next votes, and the extended-time option. */
  z.object({
    do: z.literal('timer'),
    seconds: z.int().min(LIMITS.minSeconds).max(LIMITS.maxSeconds),
    extendedTime: z.boolean().optional(),
  }),
  /** Ask for the whole GameState (`game` message), e.g. for the debrief or an export. */
  z.object({ do: z.literal('export') }),
]);
export type Command = z.infer<typeof commandSchema>;
export type CommandName = Command['do'];

/** Every message type a device may send, with its schema. Anything else is refused. */
export const INTENTS = { vote: voteSchema, command: commandSchema } as const;
export type IntentType = keyof typeof INTENTS;

// ---------------------------------------------------------------------------------------------
// What devices render: server -> device messages
// ---------------------------------------------------------------------------------------------

const text = z.string().max(4_000);
const cueSchema = z.union([
  z.object({ kind: z.string().max(32), value: text }),
  z.object({ kind: z.literal('unknown'), tag: text }),
]);

/** One line of the story: its text and its cues (speaker, image, role...), as in solo play. */
export const viewLineSchema = z.object({ text, cues: z.array(cueSchema).max(64) });

export const viewChoiceSchema = z.object({
  /** Position in this list: what `vote` sends. */
  choice: z.int().min(0),
  text,
  /** The team whose choice it is (`# role:` tag), or everyone. */
  voters: votersSchema,
});

export const MURAL_STATES = [
  'serene',
  'vibrant',
  'anxious',
  'acidic',
  'inflamed',
  'scorched',
] as const;
export const ENDINGS = ['flourishing', 'fragile', 'acid_takeover', 'inflamed', 'scorched'] as const;
const GROUPS = ['C', 'M', 'L', 'V', 'F', 'P', 'K'] as const;
const share = z.number().min(0).max(1);

/** The mural as the sim describes it (MuralDescriptor), plus the numbers a caption shows. */
export const viewMuralSchema = z.object({
  state: z.enum(MURAL_STATES),
  hue: z.number().min(0).max(360),
  pulse: share,
  cracks: share,
  glow: share,
  wash: share,
  bloom: share,
  groups: z.array(z.object({ group: z.enum(GROUPS), share, colour: z.string().max(16) })).max(7),
  /** Each bacterial group's share of the community, summing to 1. */
  shares: z.record(z.enum(GROUPS), share),
  ph: z.number().min(0).max(14),
  health: share,
});
export type ViewMural = z.infer<typeof viewMuralSchema>;

export const rosterEntrySchema = z.object({
  /** Public seat id: what `remove` names. Not the seat token, which only its device holds. */
  id: z.string().max(32),
  nickname: z.string().max(LIMITS.nickname),
  /** False while the device is away (asleep, dropped); its seat is kept. */
  here: z.boolean(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

/** The running (or last) vote. `tally[i]` counts votes for `choices[i]`. */
export const viewVoteSchema = z.object({
  voters: votersSchema,
  tally: z.array(z.int().min(0)).max(64),
  /** Votes cast and seats that may vote (those here). The vote closes early when all have. */
  cast: z.int().min(0),
  eligible: z.int().min(0),
  /** Milliseconds left when this was sent (count down from receipt: device clocks differ). */
  remainingMs: z.int().min(0),
  /** False while paused or held by a discussion, or when time ran out with no vote cast. */
  running: z.boolean(),
  /** The whole vote's length in seconds (for a progress ring). */
  seconds: z.int().min(0),
  /** True after a tie: the runoff is on (see TIE_RULE). */
  runoff: z.boolean(),
});
export type ViewVote = z.infer<typeof viewVoteSchema>;

/** The tie rule, in words the facilitator (and the projector) show. */
export const TIE_RULE =
  'On a tie the vote runs 15 more seconds, once. Still tied, or closed by the facilitator: the tied choice listed first is taken.';
export const RUNOFF_SECONDS = 15;

export const PHASES = ['lobby', 'playing', 'ended'] as const;

/** What a projector and a phone render: broadcast as `view` on every change but a vote. */
export const roomViewSchema = z.object({
  code: z.string(),
  phase: z.enum(PHASES),
  locked: z.boolean(),
  paused: z.boolean(),
  settings: roomSettingsSchema,
  chapter: text.nullable(),
  /** The passage on screen: the lines since the last choice. */
  lines: z.array(viewLineSchema).max(400),
  choices: z.array(viewChoiceSchema).max(64),
  vote: viewVoteSchema.nullable(),
  /** The choice the room took last, with its tally, for the projector's "you chose". */
  lastChoice: z
    .object({ text, tally: z.array(z.int().min(0)).max(64), runoff: z.boolean() })
    .nullable(),
  discussion: z.object({ question: text, number: z.int().min(1), of: z.int().min(1) }).nullable(),
  teams: z.record(teamSchema, z.array(rosterEntrySchema).max(LIMITS.players)),
  mural: viewMuralSchema,
  ending: z.object({ name: z.enum(ENDINGS), reason: text }).nullable(),
  tieRule: z.string(),
  /** Choices made so far (the turn number of the next is `turns + 1`). */
  turns: z.int().min(0),
});
export type RoomView = z.infer<typeof roomViewSchema>;

/** Sent as `tally` on each vote: only what changed, so 30 votes do not resend the passage. */
export const tallyMessageSchema = z.object({
  turns: z.int().min(0),
  tally: z.array(z.int().min(0)).max(64),
  cast: z.int().min(0),
  eligible: z.int().min(0),
});
export type TallyMessage = z.infer<typeof tallyMessageSchema>;

/** Sent as `seat` to one device when it joins or rejoins, and again when its vote changes. */
export const seatMessageSchema = z.discriminatedUnion('as', [
  z.object({
    as: z.literal('player'),
    /** Keep it (localStorage, per room code): join with it to get this seat back. */
    token: tokenSchema,
    id: z.string().max(32),
    nickname: z.string().max(LIMITS.nickname),
    team: teamSchema,
    /** True when the story had begun before this seat joined (see LATE_JOIN). */
    late: z.boolean(),
    /** This seat's vote in the running vote, or null. */
    vote: z.int().min(0).nullable(),
  }),
  z.object({
    as: z.literal('host'),
    /** The host secret: another facilitator device joins with it. Never show it to students. */
    secret: tokenSchema,
  }),
]);
export type SeatMessage = z.infer<typeof seatMessageSchema>;

/** Sent as `notice` to one device: why an intent was refused, or what happened to it. */
export const noticeMessageSchema = z.object({ text: z.string().max(400) });
export type NoticeMessage = z.infer<typeof noticeMessageSchema>;

/** A closed vote as the room keeps it (stored, so it survives a restart): counts, never names.
 * `tally[i]` counts the i-th choice; `option` is the one taken; `turn` its number in the log. */
export const roomVoteSchema = z.object({
  turn: z.int().min(1).max(10_000),
  chosen: text,
  option: z.int().min(0).max(63),
  tally: z.array(z.int().min(0).max(10_000)).max(64),
  voters: votersSchema,
  runoff: z.boolean(),
});
export type RoomVote = z.infer<typeof roomVoteSchema>;
export const roomVotesSchema = z.array(roomVoteSchema).max(10_000);

/** Sent as `session` to facilitators (on `export`, and as the session ends): the GameState (the
 * page reads it as a save), the group's name and the room's votes, which the page forwards. */
export const sessionMessageSchema = z.object({
  group: z.string().max(LIMITS.group),
  votes: roomVotesSchema,
  game: z.unknown(),
});
export type SessionMessage = z.infer<typeof sessionMessageSchema>;

/** Every message type the server sends. `session` goes to facilitators only. */
export const SERVER_MESSAGES = ['view', 'tally', 'seat', 'notice', 'session', 'removed'] as const;

// ---------------------------------------------------------------------------------------------
// Refusals: join errors (a Colyseus ServerError's code) and their words
// ---------------------------------------------------------------------------------------------

/**
 * Why a join was refused: `error.code` of the rejected `joinById`. The matchmaker's own
 * "no such room" (522, MATCHMAKE_INVALID_ROOM_ID) is the wrong code.
 */
export const REFUSALS = {
  wrongCode: 522,
  locked: 4601,
  full: 4602,
  ended: 4603,
  nicknameTaken: 4604,
  badRequest: 4605,
  notHost: 4606,
  removed: 4607,
} as const;
export type Refusal = keyof typeof REFUSALS;

export const REFUSAL_WORDS: Record<Refusal, string> = {
  wrongCode: 'No room has that code. Check the four letters on the projector.',
  locked: 'This room is locked: the facilitator is not letting anyone new in.',
  full: `This room is full (${LIMITS.players} players). Ask the facilitator.`,
  ended: 'This session has ended.',
  nicknameTaken: 'Someone in this room already has that nickname. Try another.',
  badRequest: 'Give a nickname of 1 to 24 letters.',
  notHost: 'That is not this room’s facilitator secret.',
  removed: 'The facilitator removed you from this room.',
};

/** The words for a refused join's error code (unknown codes get a general line). */
export function refusalWords(code: number | undefined): string {
  for (const [refusal, value] of Object.entries(REFUSALS)) {
    if (value === code) return REFUSAL_WORDS[refusal as Refusal];
  }
  return 'Could not join the room. Check the code and try again.';
}

/** The late-join rule, shown to a seat that joins after the story began. */
export const LATE_JOIN =
  'The story has already begun: you join the team with the fewest players and vote from now on.';

/** Close codes the server uses when it ends a device's connection on purpose. */
export const CLOSE_CODES = { removed: 4607, ended: 4603 } as const;
