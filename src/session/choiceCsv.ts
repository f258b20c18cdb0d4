// The choices as CSV for a spreadsheet: one row per choice with the group's name, the
// simulation after it and, for a room, the vote's tally. One session (the debrief's download)
// or several groups in one file (Compare groups). The column key says what every column
// means; it is one table here, so the header, the key shown beside a download, the key file
// and docs/WORKSHOP.md cannot drift apart (a test holds the header and the key together).
import { GROUP_INFO, GROUPS } from '../sim';
import type { Ensemble } from './ensemble';
import type { ChoiceRecord } from './gameState';
import { ROLES } from './roles';

/** A room's vote on one choice, as counts (the room protocol's RoomVote has this shape). */
export interface VoteCount {
  /** The choice's number in the log (`ChoiceRecord.turn`). */
  turn: number;
  /** Votes for each option, in the order the options were shown. */
  tally: readonly number[];
  /** Position of the option taken, 0 first. */
  option: number;
  /** `everyone` or the team (role id) that voted. */
  voters: string;
}

/** One group's session for the CSV. */
export interface CsvSession {
  log: readonly ChoiceRecord[];
  ensemble?: Ensemble | null;
  /** The group's name; without one, `defaultGroupName`. */
  group?: string;
  /** A room's votes (none for one-screen play). */
  votes?: readonly VoteCount[];
}

/** Every column, in order, with what it means: the header and the column key. */
export const CSV_COLUMNS: ReadonlyArray<readonly [column: string, meaning: string]> = [
  ['turn', 'The choice’s number in the session: 1 is the first choice.'],
  ['day', 'The story’s day the choice was made on: 1 is the first day.'],
  ['time', 'The story’s time of day when the choice was made (hh:mm).'],
  ['role', 'Whose choice it was: a role (elara, torus, kara, jalen), or group for everyone’s.'],
  [
    'player',
    'Who made it at one screen (for a group choice, every player); in a room, the team. Empty in solo play.',
  ],
  ['chapter', 'The story’s chapter.'],
  ['choice', 'The text of the choice taken.'],
  [
    'interventions',
    'What the choice did to the mouth: the simulation’s interventions and their doses, e.g. "sugar_snack 1; brushing 1".',
  ],
  ['ph', 'Plaque pH after the choice; below 5.5 enamel dissolves.'],
  ['health', 'Health of the mouth’s community after the choice, from 0 to 1.'],
  ...GROUPS.map(
    (group) =>
      [
        `share_${group}`,
        `${GROUP_INFO[group].name}: their share of the community after the choice, from 0 to 1.`,
      ] as const,
  ),
  ['mural', 'The state the living mural showed after the choice.'],
  [
    'group',
    'The group’s name: a room’s name (given when it was opened, else "Room" and its code), or at one screen the players’ names (solo: the role).',
  ],
  [
    'votes',
    'Rooms only: the votes for each option of this choice, in the order the options were shown, e.g. "12 / 5 / 3". Empty when the choice was not voted on.',
  ],
  ['voters', 'Rooms only: how many votes were cast on this choice.'],
  ['voted_by', 'Rooms only: who voted, everyone or one team (elara, torus, kara, jalen).'],
  [
    'chosen_option',
    'Rooms only: which option was taken, counted from 1 in "votes". A tie went to a 15-second runoff, then to the tied option listed first.',
  ],
];

const HEADER = CSV_COLUMNS.map(([column]) => column);

/**
 * A field as a spreadsheet should read it: quoted when it holds a separator, a quote or a
 * line break; a leading = + - @ (or tab, carriage return) gets a ' so the text is never run
 * as a formula (OWASP's CSV injection advice).
 */
export function csvField(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvLines(rows: readonly (readonly (string | number)[])[]): string {
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** One row per choice: time, role, choice, interventions, pH, health, shares, group, votes. */
export function choiceLogCsv(
  log: readonly ChoiceRecord[],
  ensemble: Ensemble | null = null,
  extra: { group?: string; votes?: readonly VoteCount[] } = {},
): string {
  return groupsCsv([{ log, ensemble, ...extra }]);
}

/** Several groups' choices in one CSV, one header: what Compare groups downloads. */
export function groupsCsv(sessions: readonly CsvSession[]): string {
  return csvLines([HEADER, ...sessions.flatMap(sessionRows)]);
}

/** The column key as a CSV of its own (column, meaning), for a spreadsheet's second sheet. */
export function csvColumnKey(): string {
  return csvLines([['column', 'meaning'], ...CSV_COLUMNS]);
}

function sessionRows(session: CsvSession): (string | number)[][] {
  const ensemble = session.ensemble ?? null;
  const group = session.group ?? defaultGroupName(session.log, ensemble);
  const votes = new Map((session.votes ?? []).map((vote) => [vote.turn, vote]));
  return session.log.map((record) => {
    const day = Math.floor(record.minute / 1440) + 1;
    const minutes = Math.round(record.minute % 1440);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const vote = votes.get(record.turn);
    return [
      record.turn,
      day,
      time,
      record.role,
      playerOf(record, ensemble),
      record.chapter ?? '',
      record.text,
      record.interventions.map((i) => `${i.name} ${i.dose}`).join('; '),
      record.ph.toFixed(2),
      record.health.toFixed(3),
      ...GROUPS.map((name) => record.shares[name].toFixed(4)),
      record.mural,
      group,
      vote ? vote.tally.join(' / ') : '',
      vote ? vote.tally.reduce((sum, count) => sum + count, 0) : '',
      vote?.voters ?? '',
      vote ? vote.option + 1 : '',
    ];
  });
}

/** The player's name in ensemble play (every player for a group choice); empty in solo. */
function playerOf(record: ChoiceRecord, ensemble: Ensemble | null): string {
  if (!ensemble) return '';
  if (record.role === 'group') return [...new Set(Object.values(ensemble.cast))].join(' + ');
  return ensemble.cast[record.role];
}

/** A one-screen group is named by its players ("Ana + Ben"); a solo game by its role. */
export function defaultGroupName(log: readonly ChoiceRecord[], ensemble: Ensemble | null): string {
  if (ensemble) return [...new Set(Object.values(ensemble.cast))].join(' + ');
  const role = log.find((record) => record.role !== 'group')?.role;
  return role && role !== 'group' ? `${ROLES[role].name} (solo)` : 'Solo';
}
