import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { choiceLogCsv } from '../../src/session/debrief';
import {
  castWords,
  type Ensemble,
  ensembleProblem,
  makeEnsemble,
  playersOf,
  turnOf,
} from '../../src/session/ensemble';
import { makeSave, readSave, restoreSave, writeSave } from '../../src/session/saveGame';
import { type CompiledStoryModule, Session } from '../../src/session/session';

let story: CompiledStoryModule;

beforeAll(() => {
  story = compileInk(path.resolve(import.meta.dirname, '../../story/main.ink'));
});

const FOUR: Ensemble = {
  cast: { elara: 'Ana', torus: 'Ben', kara: 'Cy', jalen: 'Dee' },
  length: 'short',
  discussion: true,
};

/** Plays the first choice every time until the end, returning the roles that were handed the screen. */
function playToEnd(session: Session): string[] {
  const turns: string[] = [];
  const note = () => {
    for (const line of session.passage.lines) {
      const role = turnOf(line.cues);
      if (role) turns.push(role);
    }
  };
  note();
  for (let n = 0; !session.passage.ended && n < 200; n += 1) {
    // Each discussion holds play until the facilitator has moved through its questions.
    while (session.pendingDiscussion) session.continueDiscussion();
    session.choose(0);
    note();
  }
  return turns;
}

describe('ensemble setup', () => {
  it('gives blank names a seat name and lets one player take several roles', () => {
    const ensemble = makeEnsemble(
      [' Ana ', ''],
      { elara: 0, torus: 1, kara: 0, jalen: 1 },
      'full',
      false,
    );
    expect(ensemble.cast).toEqual({
      elara: 'Ana',
      torus: 'Player 2',
      kara: 'Ana',
      jalen: 'Player 2',
    });
    expect(playersOf(ensemble)).toEqual([
      { name: 'Ana', roles: ['elara', 'kara'] },
      { name: 'Player 2', roles: ['torus', 'jalen'] },
    ]);
    expect(castWords('ensemble', ensemble)).toBe('Workshop: Ana and Player 2');
    expect(castWords('kara', null)).toBe('Kara Femir');
    expect(ensembleProblem(ensemble)).toBeNull();
  });

  it('explains an ensemble it cannot play', () => {
    expect(ensembleProblem(null)).toBe('no players');
    expect(ensembleProblem({ ...FOUR, length: 'long' })).toBe('no session length');
    expect(ensembleProblem({ ...FOUR, cast: { ...FOUR.cast, kara: ' ' } })).toBe(
      'nobody plays kara',
    );
  });

  it('will not start an ensemble game without a cast', () => {
    expect(() => Session.begin(story, 'ensemble')).toThrow(/who plays which role/);
  });
});

describe('ensemble play', () => {
  it('hands each role one scene in a short session (the classroom cut), and no role epilogues', () => {
    const session = Session.begin(story, 'ensemble', { ensemble: FOUR });
    const turns = playToEnd(session);
    expect(session.passage.ended).toBe(true);
    expect(turns).toEqual(['elara', 'kara', 'jalen', 'torus']);
    expect(session.state().mode).toBe('ensemble');
  });

  it('plays every role part in each act in a full session', () => {
    const session = Session.begin(story, 'ensemble', { ensemble: { ...FOUR, length: 'full' } });
    const turns = playToEnd(session);
    expect(turns).toHaveLength(24);
    expect(session.log.length).toBeGreaterThan(40);
  });

  it("credits a tagged choice to that role's player and an untagged one to the group", () => {
    const session = Session.begin(story, 'ensemble', { ensemble: FOUR });
    playToEnd(session);
    const choosers = new Set(session.log.map((record) => record.role));
    expect(choosers).toEqual(new Set(['group', 'elara', 'torus', 'kara', 'jalen']));
    // Every role-file choice carries its role tag, so its record names that role.
    const rows = choiceLogCsv(session.log, FOUR).trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(session.log.length);
    for (const [i, row] of rows.entries()) {
      const record = session.log[i];
      const player =
        record?.role === 'group' ? 'Ana + Ben + Cy + Dee' : FOUR.cast[record?.role ?? 'elara'];
      expect(row.split(',').slice(3, 5)).toEqual([record?.role, player]);
    }
  });

  it('saves and restores the cast, and replays it on an edited story', () => {
    const session = Session.begin(story, 'ensemble', { ensemble: FOUR });
    for (let n = 0; n < 6; n += 1) {
      session.endDiscussion();
      session.choose(0);
    }
    const read = readSave(writeSave(makeSave(session.state(), new Date(0))));
    if (!read.ok) throw new Error(read.reason);
    const resumed = restoreSave(story, read.save);
    expect(resumed.kind).toBe('resumed');
    expect(resumed.session.ensemble).toEqual(FOUR);
    const edited = restoreSave({ ...story, version: 'edited' }, read.save);
    expect(edited.kind).toBe('replayed');
    expect(edited.session.state().microbiome).toEqual(session.state().microbiome);
    expect(edited.session.log.map((r) => r.role)).toEqual(session.log.map((r) => r.role));
  });

  it('refuses a save whose ensemble has lost its cast, with a reason', () => {
    const session = Session.begin(story, 'ensemble', { ensemble: FOUR });
    const save = makeSave(session.state(), new Date(0));
    const broken = { ...save, game: { ...save.game, ensemble: undefined } };
    const read = readSave(JSON.stringify(broken));
    expect(read).toEqual({
      ok: false,
      reason: 'it is damaged (the players and the roles do not agree)',
    });
  });
});
