import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { type CompiledStoryModule, Session } from '../../src/session/session';
import { createMicrobiome, ph } from '../../src/sim';

let fixture: CompiledStoryModule;

beforeAll(() => {
  fixture = compileInk(path.resolve(import.meta.dirname, '../fixtures/ink/good/main.ink'));
});

describe('Session (solo)', () => {
  it('starts the story as the chosen role', () => {
    const session = Session.begin(fixture, 'jalen');
    expect(session.passage.lines[0]?.text).toBe('Welcome, jalen.');
    expect(session.chapter).toBe('Test');
    expect(session.log).toEqual([]);
  });

  it('logs each choice with the interventions it applied and the world after it', () => {
    const session = Session.begin(fixture, 'kara');
    session.choose(0);
    expect(session.log).toHaveLength(1);
    const [entry] = session.log;
    expect(entry).toMatchObject({
      turn: 1,
      role: 'kara',
      chapter: 'Test',
      text: 'Eat the honey cake',
      interventions: [{ name: 'sugar_snack', dose: 1 }],
    });
    expect(entry?.minute).toBe(session.microbiome.minute);
    expect(entry?.ph).toBeCloseTo(ph(session.microbiome), 10);
    // Thirty minutes after a sugar snack the plaque is still acidic.
    expect(entry?.ph).toBeLessThan(ph(createMicrobiome()));
  });

  it('keeps the whole game as plain, JSON-safe data', () => {
    const session = Session.begin(fixture, 'torus');
    session.choose(1);
    const state = session.state();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state).toMatchObject({ format: 2, mode: 'solo', role: 'torus', ended: false });
    expect(state.storyVersion).toBe(fixture.version);
  });

  it('tells views after each choice', () => {
    const session = Session.begin(fixture, 'elara');
    const seen: number[] = [];
    const stop = session.subscribe((s) => seen.push(s.log.length));
    session.choose(0);
    stop();
    session.choose(0);
    expect(seen).toEqual([1]);
  });

  it('replays a recorded path, stopping where the story no longer offers the choice', () => {
    const full = Session.replay(fixture, 'elara', ['Drink water', 'Wait an hour']);
    expect(full.replayed).toBe(2);
    expect(full.session.passage.ended).toBe(true);
    const direct = Session.begin(fixture, 'elara');
    direct.choose(1);
    direct.choose(0);
    expect(full.session.microbiome).toEqual(direct.microbiome);

    const partial = Session.replay(fixture, 'elara', ['Drink water', 'Juggle']);
    expect(partial.replayed).toBe(1);
    expect(partial.session.passage.choices.map((c) => c.text)).toEqual(['Wait an hour']);
  });
});
