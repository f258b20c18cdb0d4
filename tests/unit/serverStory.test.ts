// One parsed story for every room: the server parses the compiled JSON once (inkjs's reader,
// so floats stay floats), freezes it, and each room's Story is built from that object. Two
// games on one object play independently, exactly as games built from the text do, and
// opening five rooms parses the story text once, at the start, not once per room.
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { Narrative } from '../../src/narrative/narrative';
import { parseStoryJson, sharedStory } from '../../src/server/story';
import { microbiomeEffects } from '../../src/session/microbiomeEffects';
import { type CompiledStoryModule, Session } from '../../src/session/session';
import { createMicrobiome } from '../../src/sim';
import { openRoom, realStory, startTestRooms } from './serverHarness';

vi.setConfig({ testTimeout: 120_000 });

const root = path.resolve(import.meta.dirname, '../..');

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every line a narrative says until its first choice (or its end). */
function firstLines(story: ConstructorParameters<typeof Narrative>[0]): string[] {
  const narrative = new Narrative(story, microbiomeEffects({ microbiome: createMicrobiome() }));
  return narrative.next().lines.map((line) => line.text);
}

/** Plays a game choosing `pick(turn)` each time until the end or `turns` choices. */
function play(compiled: CompiledStoryModule, pick: (turn: number) => number, turns: number) {
  const session = Session.begin(compiled, 'kara');
  for (let turn = 0; turn < turns && !session.passage.ended; turn += 1) {
    session.endDiscussion();
    const choices = session.passage.choices;
    const choice = choices[pick(turn) % choices.length];
    if (!choice) break;
    session.choose(choice.index);
  }
  return session;
}

describe('the story parsed once for every room', () => {
  it('keeps floats as floats, as a Story built from the text does', () => {
    const { json } = compileInk(path.join(root, 'tests/fixtures/ink/floats/main.ink'));
    const lines = firstLines(parseStoryJson(json));
    expect(lines).toEqual(firstLines(json));
    expect(lines[0]).toBe('2.5');
    // Our compiler spells floats out ("2.0f"); JSON from inklecate writes a bare 2.0, which
    // inkjs's reader keeps a float (2.5, as inklecate prints) and bare JSON.parse an int (2).
    const inklecateStyle = json.replace('"2.0f"', '2.0');
    expect(inklecateStyle).not.toBe(json);
    expect(firstLines(parseStoryJson(inklecateStyle))[0]).toBe('2.5');
    expect(firstLines(JSON.parse(inklecateStyle))[0]).toBe('2');
  });

  it('is frozen whole, and two games on it play apart, each as a game from the text', () => {
    const text = realStory();
    const shared = sharedStory({ json: text.json, version: text.version });
    const parsed = shared.parsed;
    if (!parsed) throw new Error('no parsed story');
    const before = JSON.stringify(parsed);
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.root)).toBe(true);
    const fromText = { json: text.json, version: text.version };

    // A frozen object throws on any write (ES modules are strict), so playing a whole game
    // on it proves inkjs only reads it; the second game takes other choices.
    const first = play(shared, () => 0, 200);
    const second = play(shared, (turn) => turn + 1, 200);
    expect(first.passage.ended).toBe(true);
    expect(first.state().transcript).toEqual(play(fromText, () => 0, 200).state().transcript);
    expect(second.state().transcript).toEqual(
      play(fromText, (turn) => turn + 1, 200).state().transcript,
    );
    expect(second.log.map((r) => r.text)).not.toEqual(first.log.map((r) => r.text));
    expect(JSON.stringify(parsed)).toBe(before);
  });

  it('parses the story text once for five rooms', async () => {
    const { json, version } = realStory();
    const parse = vi.spyOn(JSON, 'parse');
    // The story text, or inkjs's float-marked copy of it (Node 20): anything near its size.
    const storyParses = () =>
      parse.mock.calls.filter(([value]) => String(value).length > json.length * 0.9).length;
    const server = await startTestRooms({ compiled: sharedStory({ json, version }) });
    try {
      expect(storyParses()).toBe(1);
      const codes = new Set<string>();
      for (let room = 0; room < 5; room += 1) codes.add((await openRoom(server.testing)).code);
      expect(codes.size).toBe(5);
      expect(storyParses()).toBe(1);
    } finally {
      await server.stop();
    }
  });
});
