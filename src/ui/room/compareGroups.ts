// Compare groups (issue #12 item 9): several sessions side by side, for the class
// discussion after a day of rooms or of one-screen groups. Each is a session file, the
// debrief's "Download session (JSON)" or a room's download, checked whole by readSave; a room's
// file also carries its group's name and the server's record of its votes (counts, never who
// voted). One CSV of every group loaded can be downloaded, with its column key. Nothing is
// stored: the files stay on the teacher's disk and the comparison goes when the page closes.
import { z } from 'zod';
import { LIMITS, type RoomVote, roomVotesSchema, type SessionMessage } from '../../room/protocol';
import { type CsvSession, defaultGroupName, groupsCsv } from '../../session/choiceCsv';
import { phCourse, turningPoints } from '../../session/debrief';
import type { GameState } from '../../session/gameState';
import { makeSave, readSave, writeSave } from '../../session/saveGame';
import { csvKeyButton, csvKeyDetails } from '../csvKey';
import { actionButton, element } from '../dom';
import { ENDING_WORDS } from '../endingWords';
import { downloadText, fileStamp } from '../saveControls';
import { teamName, votesWords } from './roomWords';

/** What a room's session file adds to a save: the group's name and its votes. */
const roomExtraSchema = z.object({
  group: z.string().trim().min(1).max(LIMITS.group).optional(),
  roomVotes: roomVotesSchema.optional(),
});

export interface GroupSummary {
  name: string;
  /** The group's rows for the class CSV. */
  csv: CsvSession;
  ending: string;
  why: string;
  lowestPh: number;
  choices: number;
  turningPoints: string[];
  votes: RoomVote[] | null;
}

/** A room's session as a file: the save format every session uses, the group, the votes. */
export function roomSessionFile(
  game: GameState,
  group: string,
  votes: readonly RoomVote[],
  savedAt: Date,
): string {
  const save = JSON.parse(writeSave(makeSave(game, savedAt)));
  return JSON.stringify({ ...save, group, roomVotes: votes });
}

/**
 * The room's session as a file, checked whole as a save before it is offered: the GameState
 * the server sent (unchecked until here), with the group's name and the votes as the server
 * recorded them (the link checked their shape); this device only passes them on.
 */
export function sessionFile(session: SessionMessage): { text: string } | { reason: string } {
  const { game, group, votes } = session;
  const text = roomSessionFile(game as GameState, group, votes, new Date());
  const read = readSave(text);
  return read.ok ? { text } : { reason: read.reason };
}

/** Downloads the room's session file; the reason it cannot, or null when it did. */
export function downloadRoomSession(code: string, session: SessionMessage): string | null {
  const file = sessionFile(session);
  if ('reason' in file) return file.reason;
  downloadText(`dental-biocalypse-room-${code}-${fileStamp(new Date())}.json`, file.text);
  return null;
}

/** The room's choices as CSV (group name and tallies), from the same checked session file. */
export function downloadRoomCsv(code: string, session: SessionMessage): string | null {
  const file = sessionFile(session);
  if ('reason' in file) return file.reason;
  const read = readGroup(session.group, file.text);
  if (!read.ok) return read.reason;
  downloadText(
    `dental-biocalypse-room-${code}-choices-${fileStamp(new Date())}.csv`,
    groupsCsv([read.group.csv]),
    'text/csv',
  );
  return null;
}

/** A session file read into one column of the comparison, or the reason it cannot be. */
export function readGroup(
  name: string,
  text: string,
): { ok: true; group: GroupSummary } | { ok: false; reason: string } {
  const read = readSave(text);
  if (!read.ok) return read;
  const game = read.save.game;
  let extra: z.infer<typeof roomExtraSchema> = {};
  try {
    const parsed = roomExtraSchema.safeParse(JSON.parse(text));
    if (!parsed.success)
      return { ok: false, reason: 'its room votes or group name are unreadable' };
    extra = parsed.data;
  } catch {
    // readSave has read it as JSON already.
  }
  const votes = extra.roomVotes ?? null;
  // A room's file names its group; a one-screen file is named as its CSV names it.
  const group = extra.group ?? (name || defaultGroupName(game.log, game.ensemble ?? null));
  const lowestPh = Math.min(...phCourse(game.log).points.map((point) => point.ph));
  return {
    ok: true,
    group: {
      name: group,
      csv: { log: game.log, ensemble: game.ensemble ?? null, group, votes: votes ?? [] },
      // A lesson may end before the story does: such a group is compared as far as it got.
      ending: game.ending ? ENDING_WORDS[game.ending.name].title : 'Not reached yet',
      why: game.ending?.reason ?? `Stopped after ${choiceCount(game.log.length)}.`,
      lowestPh,
      choices: game.log.length,
      turningPoints: turningPoints(game.log, 3, null, game.ending?.name ?? null).map(
        (point) => point.words,
      ),
      votes,
    },
  };
}

function choiceCount(count: number): string {
  return `${count} ${count === 1 ? 'choice' : 'choices'}`;
}

function voteLine(vote: RoomVote): string {
  const total = vote.tally.reduce((sum, n) => sum + n, 0);
  const who = vote.voters === 'everyone' ? 'everyone' : teamName(vote.voters);
  return `${vote.turn}. "${vote.chosen}" (${who}): ${vote.tally.join(' / ')}, option ${vote.option + 1} taken (${votesWords(total)})`;
}

/** The comparison as a table: one column per group, one row per measure. */
export function compareTable(groups: readonly GroupSummary[]): HTMLTableElement {
  const rows: Array<[string, (group: GroupSummary) => Node[]]> = [
    ['Ending', (g) => [document.createTextNode(g.ending)]],
    ['Why', (g) => [document.createTextNode(g.why)]],
    ['Lowest plaque pH', (g) => [document.createTextNode(g.lowestPh.toFixed(2))]],
    ['Choices made', (g) => [document.createTextNode(String(g.choices))]],
    [
      'Turning points',
      (g) =>
        g.turningPoints.length > 0
          ? [
              element(
                'ul',
                {},
                g.turningPoints.map((text) => element('li', { text })),
              ),
            ]
          : [document.createTextNode('No choice moved the community enough to name.')],
    ],
    [
      'Votes (counts per option, no names)',
      (g) =>
        g.votes
          ? [
              element(
                'ul',
                { className: 'compare-votes' },
                g.votes.map((v) => element('li', { text: voteLine(v) })),
              ),
            ]
          : [document.createTextNode('Not a room: no votes counted')],
    ],
  ];
  return element('table', { className: 'compare-table' }, [
    element('caption', {
      text: `${groups.length} ${groups.length === 1 ? 'group' : 'groups'} side by side`,
    }),
    element('thead', {}, [
      element('tr', {}, [
        element('th', { text: 'Group', attributes: { scope: 'col' } }),
        ...groups.map((g) => element('th', { text: g.name, attributes: { scope: 'col' } })),
      ]),
    ]),
    element(
      'tbody',
      {},
      rows.map(([label, cell]) =>
        element('tr', {}, [
          element('th', { text: label, attributes: { scope: 'row' } }),
          ...groups.map((g) => element('td', {}, cell(g))),
        ]),
      ),
    ),
  ]);
}

/** The compare page: add session files, see them side by side; problems said per file. */
export function compareScreen(): HTMLElement {
  const groups: GroupSummary[] = [];
  const input = element('input', {
    attributes: {
      id: 'compare-files',
      type: 'file',
      accept: '.json,application/json',
      multiple: '',
    },
  });
  const problems = element('ul', {
    className: 'join-problem compare-problems',
    attributes: { role: 'alert' },
  });
  problems.hidden = true;
  const table = element('div', { className: 'compare-box' });
  const redraw = () => {
    table.replaceChildren(
      groups.length === 0
        ? element('p', { text: 'No sessions yet: add the files of finished sessions.' })
        : compareTable(groups),
    );
  };
  input.addEventListener('change', async () => {
    const refused: HTMLElement[] = [];
    for (const file of input.files ?? []) {
      const read = readGroup(file.name.replace(/\.json$/i, ''), await file.text());
      if (read.ok) groups.push(read.group);
      else refused.push(element('li', { text: `${file.name}: not added, ${read.reason}.` }));
    }
    problems.replaceChildren(...refused);
    problems.hidden = refused.length === 0;
    input.value = '';
    redraw();
  });
  redraw();
  return element('main', { className: 'compare' }, [
    element('h1', { text: 'Compare groups' }),
    element('p', {
      text: 'Add the session files of several groups (the debrief’s “Download session (JSON)”, or a room’s “Download the room’s session”) to see their endings, lowest pH, turning points and vote counts side by side. Nothing is uploaded or kept.',
    }),
    element('div', { className: 'join-field' }, [
      element('label', { text: 'Add session files', attributes: { for: 'compare-files' } }),
      input,
    ]),
    problems,
    table,
    element('p', { className: 'debrief-buttons' }, [
      actionButton('Download every group’s choices (CSV)', () => {
        if (groups.length === 0) return;
        downloadText(
          `dental-biocalypse-groups-${fileStamp(new Date())}.csv`,
          groupsCsv(groups.map((group) => group.csv)),
          'text/csv',
        );
      }),
      csvKeyButton(),
    ]),
    csvKeyDetails(),
    actionButton('Clear the comparison', () => {
      groups.length = 0;
      problems.hidden = true;
      redraw();
    }),
  ]);
}
