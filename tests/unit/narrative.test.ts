import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { Narrative, NarrativeError } from '../../src/narrative/narrative';
import type { StoryEffects } from '../../src/narrative/storyEffects';

const fixture = path.resolve(import.meta.dirname, '../fixtures/ink/good/main.ink');
let json: string;

beforeAll(() => {
  json = compileInk(fixture).json;
});

/** Records every side effect; answers reads from a tiny pretend world. */
function recordingEffects() {
  const calls: string[] = [];
  let minute = 0;
  let acid = 0;
  const effects: StoryEffects = {
    apply: (name, dose) => {
      calls.push(`apply ${name} ${dose}`);
      if (name === 'sugar_snack') acid += 1;
    },
    advance: (minutes) => {
      calls.push(`advance ${minutes}`);
      minute += minutes;
    },
    ph: () => 7 - acid,
    health: () => 1,
    diversity: () => 1,
    share: () => 0.1,
    mural: () => (acid > 0 ? 'anxious' : 'serene'),
    ending: () => (acid > 0 ? 'fragile' : 'flourishing'),
  };
  return { effects, calls, minute: () => minute };
}

describe('Narrative', () => {
  it('runs to the first choice with lines, cues and choices', () => {
    const { effects } = recordingEffects();
    const narrative = new Narrative(json, effects);
    narrative.setVariable('role', 'kara');
    const passage = narrative.next();
    expect(passage.lines.map((l) => l.text)).toEqual([
      'Welcome, kara.',
      'The market smells of honey.',
    ]);
    expect(passage.lines[0]?.cues).toEqual([
      { kind: 'chapter', value: 'Test' },
      { kind: 'bg', value: 'festival' },
    ]);
    expect(passage.choices.map((c) => c.text)).toEqual(['Eat the honey cake', 'Drink water']);
    expect(passage.choices[0]?.cues).toEqual([{ kind: 'role', value: 'kara' }]);
    expect(passage.ended).toBe(false);
  });

  it('runs each side effect exactly once per choice, even with reads in the text', () => {
    const { effects, calls } = recordingEffects();
    const narrative = new Narrative(json, effects);
    narrative.next();
    narrative.choose(0);
    const passage = narrative.next();
    expect(calls).toEqual(['apply sugar_snack 1', 'advance 30']);
    expect(passage.lines.map((l) => l.text)).toEqual([
      'Sweet. pH is now low.',
      'The mural is anxious.',
    ]);
    narrative.choose(0);
    const end = narrative.next();
    expect(calls).toEqual(['apply sugar_snack 1', 'advance 30', 'advance 60']);
    expect(end.lines.map((l) => l.text)).toEqual(['Something is off.']);
    expect(end.ended).toBe(true);
  });

  it('branches on what the world says', () => {
    const { effects } = recordingEffects();
    const narrative = new Narrative(json, effects);
    narrative.next();
    narrative.choose(1);
    narrative.next();
    narrative.choose(0);
    expect(narrative.next().lines.map((l) => l.text)).toEqual(['All is well.']);
  });

  it('saves and restores the story state mid-play', () => {
    const first = recordingEffects();
    const narrative = new Narrative(json, first.effects);
    narrative.setVariable('role', 'torus');
    narrative.next();
    narrative.choose(1);
    const afterChoice = narrative.next();
    const saved = narrative.saveState();

    const second = recordingEffects();
    const restored = new Narrative(json, second.effects);
    restored.loadState(saved);
    expect(restored.getVariable('role')).toBe('torus');
    expect(restored.path).toBe(narrative.path);
    // Loading replays no side effects: the world is the session's to restore.
    expect(second.calls).toEqual([]);
    expect(restored.next()).toEqual({ lines: [], choices: afterChoice.choices, ended: false });
    restored.choose(0);
    narrative.choose(0);
    expect(restored.next()).toEqual(narrative.next());
  });

  it('refuses a choice that does not exist, naming the valid range', () => {
    const narrative = new Narrative(json, recordingEffects().effects);
    narrative.next();
    expect(() => narrative.choose(5)).toThrow(NarrativeError);
    expect(() => narrative.choose(5)).toThrow('choice 6 does not exist: pick 1 to 2');
  });

  it('reports an error thrown by the world with the story path', () => {
    const { effects } = recordingEffects();
    effects.apply = () => {
      throw new Error('unknown intervention "sugar_snak"');
    };
    const narrative = new Narrative(json, effects);
    narrative.next();
    narrative.choose(0);
    expect(() => narrative.next()).toThrow(/sugar_snak/);
  });
});
