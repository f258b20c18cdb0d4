import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { parseTags } from '../../src/narrative/tags';
import {
  choiceLogCsv,
  endingReason,
  notesMet,
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
      'turn,day,time,role,player,chapter,choice,interventions,ph,health,share_C,share_M,share_L,share_V,share_F,share_P,share_K,mural',
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
    expect(top?.words).toMatch(
      /^Elara Drosin chose "Eat the honey cake": .* community health by \d+%, to \d+%\.$/,
    );
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
      /^Acid-loving bacteria \(S\. mutans and lactobacilli\) made up \d+% of the community, past the 30% line/,
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
