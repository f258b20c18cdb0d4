// @vitest-environment happy-dom
// Room mode's views (src/ui/room), fed the room server's view state as the protocol defines it:
// the projector (join code, QR, passage, live tally, rosters), a phone (its team's vote), the
// facilitator's bar, the join form's own checks, the timer and the notes read from WORKSHOP.md.
// Names and story text from the server must stay text: a nickname of markup makes no element.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { encode } from 'uqr';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { type RoomView, type RoomVote, roomViewSchema, TIE_RULE } from '../../src/room/protocol';
import { groupsCsv } from '../../src/session/choiceCsv';
import { createMicrobiome, muralState } from '../../src/session/science';
import { Session } from '../../src/session/session';
import { compareTable, readGroup, roomSessionFile } from '../../src/ui/room/compareGroups';
import { FacilitatorPanel } from '../../src/ui/room/facilitatorPanel';
import { joinForm, joinProblem } from '../../src/ui/room/joinForm';
import { joinQrCode, qrPath } from '../../src/ui/room/joinQr';
import { PhoneView } from '../../src/ui/room/phoneView';
import { onlyThisComputer, ProjectorView } from '../../src/ui/room/projectorView';
import { clockWords, secondsLeft, voteTimer } from '../../src/ui/room/voteTimer';
import { workshopNotes } from '../../src/ui/room/workshopNotes';

const MARKUP = '<img src=x>';

/** A room view as the server sends it, checked by the protocol's own schema. */
function roomView(change: Partial<RoomView> = {}): RoomView {
  const mural = muralState(createMicrobiome());
  const shares = Object.fromEntries(mural.groups.map((g) => [g.group, g.share]));
  return roomViewSchema.parse({
    code: 'BCDF',
    phase: 'playing',
    locked: false,
    paused: false,
    settings: { length: 'short', discussion: true, seconds: 45, extendedTime: false },
    chapter: 'The Festival',
    lines: [
      { text: 'The Lane glows with sugar.', cues: [] },
      { text: 'Try a tart!', cues: [{ kind: 'speaker', value: 'Mirela' }] },
      { text: 'Grazing keeps the plaque acidic.', cues: [{ kind: 'fact', value: 'pH falls.' }] },
    ],
    choices: [
      { choice: 0, text: 'One tart with supper', voters: 'kara' },
      { choice: 1, text: 'Graze all evening', voters: 'kara' },
    ],
    vote: {
      voters: 'kara',
      tally: [2, 1],
      cast: 3,
      eligible: 5,
      remainingMs: 30_000,
      running: true,
      seconds: 45,
      runoff: false,
    },
    lastChoice: null,
    discussion: null,
    teams: {
      elara: [{ id: 's1', nickname: 'Calm Otter', here: true }],
      torus: [],
      kara: [
        { id: 's2', nickname: MARKUP, here: true },
        { id: 's3', nickname: 'Quick Fern', here: false },
      ],
      jalen: [],
    },
    mural: { ...mural, shares, ph: 7, health: 0.8 },
    ending: null,
    tieRule: TIE_RULE,
    turns: 3,
    ...change,
  });
}

const page = { origin: 'https://class.example', pathname: '/room.html' };

beforeEach(() => {
  document.body.replaceChildren();
});

describe('the join QR code', () => {
  it('draws exactly the dark modules uqr encodes, as one path, named by its address as text', () => {
    const address = 'https://class.example/room.html?room=BCDF';
    const { data, size } = encode(address, { ecc: 'M', border: 2 });
    const dark = data.flat().filter(Boolean).length;
    const { d } = qrPath(address);
    expect(d.match(/M/g)?.length).toBe(dark);
    const svg = joinQrCode(address, `QR code of ${address}`);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${size} ${size}`);
    expect(svg.querySelector('title')?.textContent).toBe(`QR code of ${address}`);
    const hostile = joinQrCode(address, MARKUP);
    expect(hostile.querySelector('img')).toBeNull();
  });
});

describe('the projector', () => {
  it('in the lobby shows the code large, the join address, its QR code and the teams', () => {
    const projector = new ProjectorView({ page, motion: () => false });
    document.body.append(projector.root);
    projector.render(roomView({ phase: 'lobby', vote: null, choices: [] }));
    expect(projector.root.dataset.phase).toBe('lobby');
    expect(projector.root.querySelector('.join-code')?.textContent).toBe('BCDF');
    expect(projector.root.querySelector('.join-code')?.getAttribute('aria-label')).toBe(
      'Join code B C D F',
    );
    expect(projector.root.querySelector('.join-address')?.textContent).toBe(
      'https://class.example/room.html?room=BCDF',
    );
    expect(projector.root.querySelector('svg.join-qr title')?.textContent).toContain('?room=BCDF');
    expect(projector.root.querySelector<HTMLElement>('.join-warning')?.hidden).toBe(true);
    const rosters = [...projector.root.querySelectorAll('.roster')];
    expect(rosters.map((r) => r.querySelector('h2')?.textContent)).toEqual([
      'Team Elara (1)',
      'Team Torus (0)',
      'Team Kara (2)',
      'Team Jalen (0)',
    ]);
    // A nickname of markup is shown as the characters typed, never parsed.
    expect(rosters[2]?.textContent).toContain(MARKUP);
    expect(projector.root.querySelector('img')).toBeNull();
    expect(rosters[2]?.querySelector('.away')?.textContent).toBe('Quick Fern (away)');
  });

  it('in play shows the passage, the choices with their tally, the timer and the tie rule', () => {
    const projector = new ProjectorView({ page, motion: () => false });
    document.body.append(projector.root);
    projector.render(roomView(), 1000);
    const text = projector.root.querySelector('.projector-story')?.textContent;
    expect(text).toContain('The Lane glows with sugar.');
    expect(text).toContain('Mirela: Try a tart!');
    expect(text).toContain('Science note: pH falls.');
    const rows = [...projector.root.querySelectorAll('.tally-choice')];
    expect(rows.map((r) => r.getAttribute('data-votes'))).toEqual(['2', '1']);
    expect(rows[0]?.querySelector('.tally-count')?.textContent).toBe('2 votes');
    expect(rows[0]?.classList.contains('leading')).toBe(true);
    expect(projector.root.querySelector('.vote-heading')?.textContent).toBe(
      "Team Kara votes (Kara Femir's choice)",
    );
    expect(projector.root.querySelector('.vote-cast')?.textContent).toBe('3 of 5 have voted');
    expect(projector.root.querySelector('.tie-rule')?.textContent).toBe(`Tie rule: ${TIE_RULE}`);
    expect(projector.root.querySelector('[role="timer"]')?.hasAttribute('hidden')).toBe(false);
  });

  it('takes a tally for the turn on screen and drops one from an earlier turn', () => {
    const projector = new ProjectorView({ page, motion: () => false });
    document.body.append(projector.root);
    projector.render(roomView());
    projector.tally({ turns: 2, tally: [9, 9], cast: 5, eligible: 5 });
    const votes = () =>
      [...projector.root.querySelectorAll('.tally-choice')].map((r) =>
        r.getAttribute('data-votes'),
      );
    expect(votes()).toEqual(['2', '1']);
    projector.tally({ turns: 3, tally: [2, 3], cast: 5, eligible: 5 });
    expect(votes()).toEqual(['2', '3']);
    expect(projector.root.querySelector('.vote-cast')?.textContent).toBe('5 of 5 have voted');
  });

  it('shows a discussion instead of the vote, and the ending by its name', () => {
    const projector = new ProjectorView({ page, motion: () => false });
    document.body.append(projector.root);
    projector.render(
      roomView({ discussion: { question: 'Who decides?', number: 1, of: 2 }, vote: null }),
    );
    expect(projector.root.querySelector('.projector-discussion')?.textContent).toContain(
      'Talk it over (1 of 2)Who decides?',
    );
    expect(projector.root.querySelector('.projector-vote')?.hasAttribute('hidden')).toBe(true);
    projector.render(
      roomView({
        phase: 'ended',
        choices: [],
        vote: null,
        ending: { name: 'scorched', reason: 'r' },
      }),
    );
    expect(projector.root.querySelector('.projector-ending h2')?.textContent).toBe(
      'The ending: The Scorched Garden',
    );
  });
});

describe('the projector opened as localhost', () => {
  it('warns that phones cannot reach the address its QR code holds', () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'http://[::1]:8080']) {
      const projector = new ProjectorView({
        page: { origin, pathname: '/room.html' },
        motion: () => false,
      });
      projector.render(roomView({ phase: 'lobby', vote: null, choices: [] }));
      expect(projector.root.querySelector<HTMLElement>('.join-warning')?.hidden).toBe(false);
    }
    expect(onlyThisComputer('http://192.168.1.20:8080')).toBe(false);
    expect(onlyThisComputer('https://class.example')).toBe(false);
  });
});

describe('a phone', () => {
  const seat = {
    as: 'player' as const,
    token: 'abcdefghijklmnop',
    id: 's2',
    nickname: 'Calm Otter',
    team: 'kara' as const,
    late: false,
    vote: null,
  };

  it("votes on its team's choice with one big button per choice, and shows its own vote", () => {
    const vote = vi.fn();
    const phone = new PhoneView(vote);
    document.body.append(phone.root);
    phone.setSeat(seat);
    phone.render(roomView());
    const buttons = [...phone.root.querySelectorAll<HTMLButtonElement>('button.phone-choice')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      '1One tart with supper',
      '2Graze all evening',
    ]);
    expect(buttons.every((b) => !b.disabled)).toBe(true);
    expect(phone.root.querySelector('.phone-state')?.textContent).toBe(
      'Your team decides: pick one.',
    );
    buttons[1]?.click();
    expect(vote).toHaveBeenCalledWith(1);
    phone.setSeat({ ...seat, vote: 1 });
    const pressed = [...phone.root.querySelectorAll('button.phone-choice')].map((b) =>
      b.getAttribute('aria-pressed'),
    );
    expect(pressed).toEqual(['false', 'true']);
    expect(phone.root.querySelector('.phone-state')?.textContent).toContain('You voted 2.');
  });

  it("cannot vote on another team's choice, and says whose it is", () => {
    const vote = vi.fn();
    const phone = new PhoneView(vote);
    document.body.append(phone.root);
    phone.setSeat({ ...seat, team: 'torus' });
    phone.render(roomView());
    const buttons = [...phone.root.querySelectorAll<HTMLButtonElement>('button.phone-choice')];
    expect(buttons.every((b) => b.disabled)).toBe(true);
    expect(phone.root.querySelector('.phone-state')?.textContent).toBe(
      'Team Kara decides this one. Watch the projector.',
    );
  });

  it('holds its buttons while paused and shows a late joiner the rule', () => {
    const phone = new PhoneView(() => {});
    document.body.append(phone.root);
    phone.setSeat({ ...seat, late: true });
    phone.render(roomView({ paused: true }));
    expect(phone.root.querySelector('.phone-state')?.textContent).toBe(
      'Paused by the facilitator.',
    );
    expect(
      [...phone.root.querySelectorAll<HTMLButtonElement>('button.phone-choice')].every(
        (b) => b.disabled,
      ),
    ).toBe(true);
    expect(phone.root.querySelector('.phone-notice')?.textContent).toContain('already begun');
  });
});

describe('the join form', () => {
  it('says what is wrong before sending: letters outside the alphabet, no nickname', () => {
    expect(joinProblem('BCDA', 'Sam')).toContain('4 letters from B C D F');
    expect(joinProblem('bc-df', '  ')).toContain('nickname');
    expect(joinProblem('bc-df', 'Sam')).toBeNull();
  });

  it('sends the code normalised and the nickname trimmed; offers a random nickname', () => {
    const join = vi.fn();
    const form = joinForm({ code: 'bc df' }, join, () => 0);
    document.body.append(form.root);
    const submit = () =>
      form.root.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    submit();
    expect(join).not.toHaveBeenCalled();
    expect(form.root.querySelector('[role="alert"]')?.textContent).toContain('nickname');
    const random = [...form.root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Random nickname',
    );
    random?.click();
    const nickname = form.root.querySelector<HTMLInputElement>('#join-nickname');
    expect(nickname?.value).toMatch(/^\S+ \S+ \d$/);
    submit();
    expect(join).toHaveBeenCalledWith({ code: 'BCDF', nickname: nickname?.value });
  });
});

describe('the facilitator bar', () => {
  it('offers what fits the moment and asks before removing a player or ending', () => {
    const command = vi.fn();
    let answer = false;
    const panel = new FacilitatorPanel({ command, confirm: () => answer });
    document.body.append(panel.root);
    const button = (name: string) =>
      [...panel.root.querySelectorAll('button')].find((b) => b.textContent === name);
    panel.render(roomView({ phase: 'lobby', vote: null }));
    expect(button('Start the story')?.hidden).toBe(false);
    expect(button('Close the vote now')?.hidden).toBe(true);
    panel.render(roomView());
    expect(button('Start the story')?.hidden).toBe(true);
    button('Close the vote now')?.click();
    expect(command).toHaveBeenLastCalledWith({ do: 'close' });
    const players = panel.root.querySelector<HTMLSelectElement>('#remove-player');
    expect([...(players?.options ?? [])].map((o) => o.textContent)).toContain(
      `${MARKUP} (Team Kara)`,
    );
    if (players) players.value = 's3';
    button('Remove')?.click();
    expect(command).toHaveBeenCalledTimes(1);
    answer = true;
    button('Remove')?.click();
    expect(command).toHaveBeenLastCalledWith({ do: 'remove', seat: 's3' });
    button('End the session')?.click();
    expect(command).toHaveBeenLastCalledWith({ do: 'end' });
  });
});

describe('the vote timer', () => {
  it('counts down from when the state arrived, whatever the device clock says', () => {
    expect(secondsLeft(30_000, 1000, 1000)).toBe(30);
    expect(secondsLeft(30_000, 1000, 1001)).toBe(30);
    expect(secondsLeft(30_000, 1000, 2000)).toBe(29);
    expect(secondsLeft(30_000, 1000, 99_000)).toBe(0);
    expect(clockWords(65)).toBe('1:05');
    const timer = voteTimer('t');
    timer.set(45_000, false);
    expect(timer.node.textContent).toBe('0:45 (held)');
    timer.set(null, false);
    expect(timer.node.hidden).toBe(true);
  });
});

describe('the notes panel', () => {
  it('holds every act of WORKSHOP.md with its questions and model answers, as plain text', () => {
    const guide = readFileSync(path.resolve(import.meta.dirname, '../../docs/WORKSHOP.md'), 'utf8');
    const acts = workshopNotes(guide);
    expect(acts.map((a) => a.title)).toEqual([
      '1. The Festival: the Lane, the Bowl, the night',
      '2. The Outbreak: open the sensor feeds, ask for stories, or rinse everyone?',
      '3. The Gel and its side effects',
      '4. The Ritual: what goes in the Bowl, and how the night ends',
      '5. The Aftermath: who governs the data, and everyday habits',
      'The ending',
    ]);
    const first = acts[0]?.items[1];
    expect(first?.question).toBe('Why is grazing worse than one tart with supper?');
    expect(first?.answer).toMatch(/^Each sugar intake starts a new acid dip;/);
    for (const act of acts) expect(act.items.length).toBeGreaterThan(1);
    const all = acts.flatMap((a) => a.items.flatMap((i) => [i.question, i.answer ?? '']));
    expect(all.some((t) => /\*|\[|\]\(/.test(t))).toBe(false);
  });
});

describe('compare groups', () => {
  /** A finished session of the test story, played by always taking choice `pick`. */
  function finished(pick: number) {
    const fixture = compileInk(path.resolve(import.meta.dirname, '../fixtures/ink/good/main.ink'));
    const session = Session.begin(fixture, 'kara');
    for (let turn = 0; turn < 50 && !session.state().ending; turn += 1) {
      const choices = session.state().choices;
      session.choose(Math.min(pick, choices.length - 1));
    }
    return session.state();
  }

  const honeyVote: RoomVote = {
    turn: 1,
    chosen: 'Eat the honey cake',
    option: 0,
    tally: [5, 2],
    voters: 'everyone',
    runoff: false,
  };

  it('reads a room session with its group and vote counts, and a session file without them', () => {
    const game = finished(0);
    expect(game.ending).not.toBeNull();
    const votes = [honeyVote];
    // The file's own group name wins over the file's name.
    const file = roomSessionFile(game, 'Year 9 blue', votes, new Date(0));
    const room = readGroup('dental-biocalypse-room-BCDF', file);
    if (!room.ok) throw new Error(room.reason);
    expect(room.group.name).toBe('Year 9 blue');
    expect(room.group.votes).toEqual(votes);
    expect(room.group.choices).toBe(game.log.length);
    expect(room.group.lowestPh).toBeLessThan(7);
    const plain = readGroup(
      'Group 2',
      JSON.stringify({
        ...JSON.parse(roomSessionFile(finished(1), 'gone', [], new Date(0))),
        roomVotes: undefined,
        group: undefined,
      }),
    );
    if (!plain.ok) throw new Error(plain.reason);
    expect(plain.group.votes).toBeNull();
    const table = compareTable([room.group, plain.group]);
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Group',
      'Year 9 blue',
      'Group 2',
    ]);
    const votesRow = [...table.querySelectorAll('tbody tr')].at(-1);
    expect(votesRow?.textContent).toContain(
      '1. "Eat the honey cake" (everyone): 5 / 2, option 1 taken (7 votes)',
    );
    expect(votesRow?.textContent).toContain('Not a room: no votes counted');

    // One CSV of every group loaded: one header, each row named by its group, and the room's
    // voted choice carries its tally.
    const [header, ...rows] = groupsCsv([room.group.csv, plain.group.csv]).trim().split('\r\n');
    const columns = header?.split(',') ?? [];
    const cell = (row: string | undefined, column: string) =>
      row?.split(',')[columns.indexOf(column)];
    expect(rows).toHaveLength(game.log.length + plain.group.choices);
    expect(cell(rows[0], 'group')).toBe('Year 9 blue');
    expect(cell(rows[0], 'votes')).toBe('5 / 2');
    expect(cell(rows[0], 'voters')).toBe('7');
    expect(cell(rows[0], 'voted_by')).toBe('everyone');
    expect(cell(rows[0], 'chosen_option')).toBe('1');
    expect(cell(rows[1], 'votes')).toBe('');
    expect(cell(rows.at(-1), 'group')).toBe('Group 2');
    expect(cell(rows.at(-1), 'votes')).toBe('');
  });

  it('refuses a room file whose votes are not counts', () => {
    const text = roomSessionFile(finished(0), 'Room BCDF', [honeyVote], new Date(0));
    const bad = JSON.parse(text);
    bad.roomVotes[0].tally = [-1, 2];
    expect(readGroup('x', JSON.stringify(bad))).toEqual({
      ok: false,
      reason: 'its room votes or group name are unreadable',
    });
  });

  it('refuses a file that is not a session, with the reason; an unfinished one says so', () => {
    expect(readGroup('x', 'not json')).toEqual({
      ok: false,
      reason: 'it is not a save file (the text is not valid JSON)',
    });
    const fixture = compileInk(path.resolve(import.meta.dirname, '../fixtures/ink/good/main.ink'));
    const early = readGroup(
      'x',
      roomSessionFile(Session.begin(fixture, 'kara').state(), 'Room BCDF', [], new Date(0)),
    );
    if (!early.ok) throw new Error(early.reason);
    expect(early.group.ending).toBe('Not reached yet');
    expect(early.group.why).toBe('Stopped after 0 choices.');
  });
});
