import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { parseTags } from '../../src/narrative/tags';
import {
  choiceLogCsv,
  endingReason,
  notesMet,
  phCourse,
  timeline,
  turningPoints,
} from '../../src/session/debrief';
import { type CompiledStoryModule, Session } from '../../src/session/session';
import {
  advance,
  applyIntervention,
  classifyEnding,
  createMicrobiome,
  exampleMicrobiome,
} from '../../src/sim';

let fixture: CompiledStoryModule;

beforeAll(() => {
  fixture = compileInk(path.resolve(import.meta.dirname, '../fixtures/ink/good/main.ink'));
});

describe('debrief', () => {
  it('writes one CSV row per choice with role, text, interventions, pH, health and shares', () => {
    const session = Session.begin(fixture, 'kara');
    session.choose(0);
    session.choose(0);
    const [header, first, second, end] = choiceLogCsv(session.log).split('\r\n');
    expect(header).toBe(
      'turn,day,time,role,player,chapter,choice,interventions,ph,health,share_C,share_M,share_L,share_V,share_F,share_P,share_K,mural,group,votes,voters,voted_by,chosen_option',
    );
    expect(first).toMatch(/^1,1,\d\d:\d\d,kara,,Test,Eat the honey cake,sugar_snack 1,\d\.\d\d,/);
    expect(second).toMatch(/^2,1,\d\d:\d\d,kara,,Test,Wait an hour,,/);
    expect(end).toBe('');
  });

  it('quotes commas and quotes, and never lets a spreadsheet run text as a formula', () => {
    const session = Session.begin(fixture, 'kara');
    session.choose(0);
    const [record] = session.log;
    if (!record) throw new Error('no record');
    const tricky = [{ ...record, text: '=HYPERLINK("x"), really' }];
    expect(choiceLogCsv(tricky).split('\r\n')[1]).toContain(`"'=HYPERLINK(""x""), really"`);
  });

  it('names the choices that moved the community most, in plain words', () => {
    const session = Session.begin(fixture, 'elara');
    session.choose(0); // a sugar snack
    session.choose(0);
    const [top] = turningPoints(session.log, 1);
    expect(top?.record.text).toBe('Eat the honey cake');
    expect(top?.verdict).toBe('harmed');
    expect(top?.words).toMatch(
      /^Elara Drosin chose "Eat the honey cake": Sugary snack harmed the community\. Compared with not doing it, it sent plaque pH down to \d\.\d, below the 5\.5 where enamel dissolves \(without it, \d\.\d\)/,
    );
  });

  describe('turning points, judged against the same hours without the choice', () => {
    const base = {
      role: 'kara' as const,
      chapter: null,
      minute: 240,
      ph: 6.8,
      health: 0.8,
      shares: { C: 0.7, M: 0.01, L: 0.01, V: 0.18, F: 0.09, P: 0, K: 0.01 },
      mural: 'vibrant' as const,
    };
    const record = (turn: number, text: string, effect: Record<string, number> | null) => ({
      ...base,
      turn,
      text,
      interventions: [{ name: 'blended_gel', dose: 1, minute: 0 }],
      ...(effect
        ? {
            effect: {
              horizon: 1440,
              lowestPh: 6.8,
              lowestPhWithout: 6.8,
              acidMakers: 0,
              health: 0,
              ...effect,
            },
          }
        : {}),
    });

    it('never credits a choice that harmed, even where health rose', () => {
      const [point] = turningPoints([
        record(1, 'Share the gel', { health: 0.03, acidMakers: 0.02 }),
      ]);
      expect(point?.verdict).toBe('harmed');
      expect(point?.words).toMatch(/harmed the community/);
      expect(point?.words).not.toMatch(/helped/);
    });

    it('on a Scorched ending counts every rinse as harm, whatever the day after showed', () => {
      const rinse = {
        ...record(1, 'Rinse the whole queue', { health: 0.13, acidMakers: -0.05 }),
        interventions: [{ name: 'chlorhexidine', dose: 1, minute: 0 }],
      };
      const gel = record(2, 'Share the gel', { health: 0.02, acidMakers: -0.02 });
      const [elsewhere] = turningPoints([rinse], 1, null, 'acid_takeover');
      expect(elsewhere?.verdict).toBe('helped');
      const scorched = turningPoints([gel, rinse], 3, null, 'scorched');
      expect(scorched.map((p) => [p.record.text, p.verdict])).toEqual([
        ['Rinse the whole queue', 'harmed'],
        ['Share the gel', 'helped'],
      ]);
      expect(scorched[0]?.words).toBe(
        'Kara Femir chose "Rinse the whole queue" (Chlorhexidine rinse). A day later community health was 13 points higher than without it, because it killed acid-makers and gum bacteria along with the rest, but it was one of the antiseptic rinses that together scorched the community: the game calls doses adding up to 2.5 full-strength rinses within three days scorched (1.5 while diversity is still low).',
      );
    });

    it('leaves out what is too small to matter: never "by 0"', () => {
      const log = [
        record(1, 'A tiny thing', { health: 0.004, acidMakers: -0.009 }),
        record(2, 'Rinse', { health: 0.021, acidMakers: -0.03 }),
      ];
      const points = turningPoints(log);
      expect(points.map((p) => p.record.text)).toEqual(['Rinse']);
      expect(points[0]?.words).toBe(
        'Kara Femir chose "Rinse": Festival blended gel helped the community. Compared with not doing it, it cut the acid-makers\' share by 3 points and raised community health by 2 points a day later.',
      );
      for (const p of points) expect(p.words).not.toMatch(/\b0 points?\b|by 0%/);
    });

    it('credits no one in a save from before the comparison was kept', () => {
      const log = [
        { ...record(1, 'Wait', null), interventions: [] },
        { ...record(2, 'Share the gel', null), health: 0.83 },
      ];
      const [point] = turningPoints(log);
      expect(point?.verdict).toBe('followed');
      expect(point?.words).toBe(
        'Kara Femir chose "Share the gel" (Festival blended gel); after it, community health went from 80% to 83%.',
      );
    });
  });

  it('traces the pH between choices minute by minute, one point a choice for an old save', () => {
    const session = Session.begin(fixture, 'kara');
    session.choose(0); // the honey cake, then time passes
    session.choose(0);
    const { points, stretches } = phCourse(session.log);
    expect(points.length).toBeGreaterThan(10);
    expect(stretches.map((s) => s.turn)).toEqual([1, 2]);
    expect(stretches[0]?.traced).toBe(true);
    expect(stretches[0]?.lowest.ph).toBeLessThan(session.log[0]?.ph ?? 0);
    const old = session.log.map(({ trace: _t, effect: _e, ...rest }) => rest);
    const course = phCourse(old);
    expect(course.points).toHaveLength(3);
    expect(course.stretches.every((s) => !s.traced)).toBe(true);
  });

  it('draws the timeline from the start and after every choice, with who chose', () => {
    const session = Session.begin(fixture, 'torus');
    session.choose(0);
    session.choose(0);
    const points = timeline(session.log);
    expect(points.map((point) => point.turn)).toEqual([0, 1, 2]);
    expect(points[0]?.chooser).toBeUndefined();
    expect(points[1]).toMatchObject({ chooser: 'torus', text: 'Eat the honey cake' });
    // The honey cake drops the plaque pH below where the community started.
    expect(points[1]?.ph).toBeLessThan(points[0]?.ph ?? 0);
    for (const point of points) {
      const total = Object.values(point.shares).reduce((sum, share) => sum + share, 0);
      expect(total).toBeCloseTo(1, 6);
    }
  });

  it('gathers each science note and question once, in the order met', () => {
    const line = (tags: string[]) => ({
      kind: 'line' as const,
      line: { text: 'x', cues: parseTags(tags) },
    });
    const met = notesMet([
      line(['fact: Saliva buffers acid.']),
      line(['discuss: Who decides?', 'fact: Fluoride helps enamel.']),
      { kind: 'choice', text: 'Go', role: 'group' },
      line(['fact: Saliva buffers acid.']),
    ]);
    expect(met).toEqual({
      facts: ['Saliva buffers acid.', 'Fluoride helps enamel.'],
      questions: ['Who decides?'],
    });
  });

  it('says why the simulation gives each ending, with the numbers that decided it', () => {
    expect(endingReason(createMicrobiome())).toMatch(
      /^Community health was \d+%, above 75%, with no warning sign/,
    );
    expect(endingReason(exampleMicrobiome('acidic'))).toMatch(
      // Past the line and still rising a little: the reason may also say where it is heading.
      /^Acid-loving bacteria \(S\. mutans and lactobacilli\) made up \d+% of the community, (heading for \d+% within half a day, )?past the 30% the game counts as a takeover/,
    );
    expect(endingReason(exampleMicrobiome('inflamed'))).toMatch(/^Gum inflammation reached \d+%/);
    // One rinse leaves a thin community: a warning sign of a fragile balance, not scorched.
    const rinsed = advance(applyIntervention(createMicrobiome(), 'chlorhexidine', 1), 30);
    expect(classifyEnding(rinsed)).toBe('fragile');
    expect(endingReason(rinsed)).toMatch(
      /^No disaster, but not flourishing either, because .*antiseptic\.$/,
    );
    let scorched = createMicrobiome();
    for (let day = 0; day < 3; day += 1) {
      scorched = advance(applyIntervention(scorched, 'chlorhexidine', 1), 600);
    }
    expect(classifyEnding(scorched)).toBe('scorched');
    expect(endingReason(scorched)).toMatch(/^Antiseptic again and again: about 3\.0 full-strength/);
  });
});
