// Compare groups (issue #12 item 9): several sessions side by side, for the class
// discussion after a day of rooms or of one-screen groups. Each is a session file, the
// debrief's "Download session (JSON)" or a room's download, checked whole by readSave; a room's
// file also carries its vote counts (never who voted). Nothing is stored: the files stay on
// the teacher's disk and the comparison goes when the page closes.
import { z } from 'zod';
import { phCourse, turningPoints } from '../../session/debrief';
import type { GameState } from '../../session/gameState';
import { makeSave, readSave, writeSave } from '../../session/saveGame';
import { actionButton, element } from '../dom';
import { ENDING_WORDS } from '../endingWords';
import { downloadText, fileStamp } from '../saveControls';

/** One vote of a room, as counts: the choice taken and the tally of every option. */
const roomVoteSchema = z.object({
  turn: z.int().min(1).max(10_000),
  chosen: z.string().max(4_000),
  tally: z.array(z.int().min(0).max(10_000)).max(64),
});
export type RoomVote = z.infer<typeof roomVoteSchema>;
const roomVotesSchema = z.object({ roomVotes: z.array(roomVoteSchema).max(10_000) });

export interface GroupSummary {
  name: string;
  ending: string;
  why: string;
  lowestPh: number;
  choices: number;
  turningPoints: string[];
  votes: RoomVote[] | null;
}

/** A room's session as a file: the save format every session uses, plus the vote counts. */
export function roomSessionFile(
  game: GameState,
  votes: readonly RoomVote[],
  savedAt: Date,
): string {
  return JSON.stringify({ ...JSON.parse(writeSave(makeSave(game, savedAt))), roomVotes: votes });
}

/**
 * The room's session as a file, checked whole as a save before it is offered: the GameState
 * the server sent (unchecked until here) with the vote counts the facilitator's device saw.
 */
export function sessionFile(
  game: unknown,
  votes: readonly RoomVote[],
): { text: string } | { reason: string } {
  const text = roomSessionFile(game as GameState, votes, new Date());
  const read = readSave(text);
  return read.ok ? { text } : { reason: read.reason };
}

/** Downloads the room's session file; the reason it cannot, or null when it did. */
export function downloadRoomSession(
  code: string,
  game: unknown,
  votes: readonly RoomVote[],
): string | null {
  const file = sessionFile(game, votes);
  if ('reason' in file) return file.reason;
  downloadText(`dental-biocalypse-room-${code}-${fileStamp(new Date())}.json`, file.text);
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
  let votes: RoomVote[] | null = null;
  try {
    const extra = roomVotesSchema.safeParse(JSON.parse(text));
    if (extra.success) votes = extra.data.roomVotes;
  } catch {
    // readSave has read it as JSON already.
  }
  const lowestPh = Math.min(...phCourse(game.log).points.map((point) => point.ph));
  return {
    ok: true,
    group: {
      name,
      // A lesson may end before the story does: such a group is compared as far as it got.
      ending: game.ending ? ENDING_WORDS[game.ending.name].title : 'Not reached yet',
      why: game.ending?.reason ?? `Stopped after ${choiceCount(game.log.length)}.`,
      lowestPh,
      choices: game.log.length,
      turningPoints: turningPoints(game.log, 3).map((point) => point.words),
      votes,
    },
  };
}

function choiceCount(count: number): string {
  return `${count} ${count === 1 ? 'choice' : 'choices'}`;
}

function votesWords(vote: RoomVote): string {
  const total = vote.tally.reduce((sum, n) => sum + n, 0);
  return `${vote.turn}. "${vote.chosen}": ${vote.tally.join(' / ')} (${total} ${total === 1 ? 'vote' : 'votes'})`;
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
                g.votes.map((v) => element('li', { text: votesWords(v) })),
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
    actionButton('Clear the comparison', () => {
      groups.length = 0;
      problems.hidden = true;
      redraw();
    }),
  ]);
}
