// Ensemble play: a group at one screen shares the four roles. Each role is played by one
// of up to four players (a player may take more than one role); choices the story tags
// `# role: <id>` belong to that role's player, untagged choices to the whole group.
import type { Cue } from '../narrative/tags';
import { cueValue } from '../narrative/tags';
import { isRoleId, ROLE_IDS, ROLES, type RoleId } from './roles';

/** "short" plays the classroom cut (story/acts/classroom.ink, each role one scene); "full" plays every role's part. */
export type SessionLength = 'short' | 'full';

export interface Ensemble {
  /** The player who takes each role, by the name they gave. */
  cast: Record<RoleId, string>;
  length: SessionLength;
  /** Whether `# discuss:` prompts stop play until the facilitator continues. */
  discussion: boolean;
}

/** The value of the story's `role` variable: one role in solo play, or the whole ensemble. */
export type StoryRole = RoleId | 'ensemble';

/** Who a choice belongs to: one role's player, or the whole group. */
export type Chooser = RoleId | 'group';

export const MAX_PLAYERS = 4;
/** The group's accent beside the roles' own (the panel's text colour, 15:1). */
const GROUP_COLOUR = '#e9f5f1';
const MAX_NAME = 24;

export interface Player {
  name: string;
  roles: RoleId[];
}

/** The players in the order they first appear in the cast, each with the roles they take. */
export function playersOf(ensemble: Ensemble): Player[] {
  const players: Player[] = [];
  for (const role of ROLE_IDS) {
    const name = ensemble.cast[role];
    const player = players.find((p) => p.name === name);
    if (player) player.roles.push(role);
    else players.push({ name, roles: [role] });
  }
  return players;
}

/**
 * Builds an ensemble from what the setup screen gathered: player names in seat order and,
 * for each role, the seat that takes it. Blank names become "Player 2" and the like, so a
 * facilitator can start without typing; the result is checked by `ensembleProblem`.
 */
export function makeEnsemble(
  names: readonly string[],
  seats: Record<RoleId, number>,
  length: SessionLength,
  discussion: boolean,
): Ensemble {
  const players = names.map((name, seat) => tidyName(name) || `Player ${seat + 1}`);
  const cast = {} as Record<RoleId, string>;
  for (const role of ROLE_IDS) cast[role] = players[seats[role]] ?? players[0] ?? 'Player 1';
  return { cast, length, discussion };
}

function tidyName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
}

/** Why an ensemble (e.g. read from a save file) cannot be played, or null if it can. */
export function ensembleProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'no players';
  const ensemble = value as Partial<Ensemble>;
  if (ensemble.length !== 'short' && ensemble.length !== 'full') return 'no session length';
  if (typeof ensemble.discussion !== 'boolean') return 'no discussion setting';
  const cast = ensemble.cast as Record<string, unknown> | undefined;
  if (typeof cast !== 'object' || cast === null) return 'no players';
  for (const role of ROLE_IDS) {
    const name = cast[role];
    if (typeof name !== 'string' || tidyName(name) === '') return `nobody plays ${role}`;
  }
  const players = new Set(ROLE_IDS.map((role) => cast[role]));
  if (players.size > MAX_PLAYERS) return 'more than four players';
  return null;
}

/** Whose choice this is: the `# role:` tag's role in ensemble play, else the group. */
export function chooserOf(cues: readonly Cue[]): Chooser {
  return turnOf(cues) ?? 'group';
}

/** The role a line hands the screen to (the ink's `Kara Femir's part. # role: kara`). */
export function turnOf(cues: readonly Cue[]): RoleId | null {
  const role = cueValue(cues, 'role')?.toLowerCase();
  return isRoleId(role) ? role : null;
}

/** The accent of a chooser's prompts and chart markers: the role's colour, or the group's. */
export function chooserColour(chooser: Chooser): string {
  return chooser === 'group' ? GROUP_COLOUR : ROLES[chooser].colour;
}

/** "Sam, as Torus Kline" or "The group": who a prompt addresses. */
export function chooserWords(chooser: Chooser, ensemble: Ensemble | null): string {
  if (chooser === 'group') return ensemble ? 'The group' : 'You';
  const role = ROLES[chooser];
  return ensemble ? `${ensemble.cast[chooser]}, as ${role.name}` : role.name;
}

/** Who is playing, for a badge or a save slot: "Torus Kline" or "Workshop: Sam, Ana and Lee". */
export function castWords(role: StoryRole, ensemble: Ensemble | null | undefined): string {
  if (role !== 'ensemble') return ROLES[role].name;
  const names = ensemble ? playersOf(ensemble).map((player) => player.name) : [];
  if (names.length === 0) return 'Workshop';
  const last = names.pop();
  return `Workshop: ${names.length ? `${names.join(', ')} and ${last}` : last}`;
}
