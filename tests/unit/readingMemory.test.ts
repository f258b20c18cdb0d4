import { describe, expect, it } from 'vitest';
import type { StoryLine } from '../../src/narrative/narrative';
import {
  emptyMemory,
  hasRead,
  lineKey,
  MAX_REMEMBERED,
  markRead,
  parseMemory,
  READING_VERSION,
  serializeMemory,
} from '../../src/session/readingMemory';

const line = (text: string, cues: StoryLine['cues'] = []): StoryLine => ({ text, cues });

describe('reading memory', () => {
  it('remembers the lines read, and nothing else', () => {
    const memory = markRead(emptyMemory(), [line('The festival hums.'), line('Kara paints.')]);
    expect(hasRead(memory, line('The festival hums.'))).toBe(true);
    expect(hasRead(memory, line('Kara paints.'))).toBe(true);
    expect(hasRead(memory, line('The festival hums'))).toBe(false);
    expect(hasRead(emptyMemory(), line('The festival hums.'))).toBe(false);
  });

  it('knows the same words said by another speaker, and a cue-only line by its cues', () => {
    const memory = markRead(emptyMemory(), [
      line('Hold still.', [{ kind: 'speaker', value: 'Elara' }]),
      line('', [{ kind: 'chapter', value: 'The Outbreak' }]),
    ]);
    expect(hasRead(memory, line('Hold still.', [{ kind: 'speaker', value: 'Torus' }]))).toBe(true);
    expect(hasRead(memory, line('', [{ kind: 'chapter', value: 'The Outbreak' }]))).toBe(true);
    expect(hasRead(memory, line('', [{ kind: 'chapter', value: 'The Ritual' }]))).toBe(false);
  });

  it('keeps hashes, not the story text', () => {
    const memory = markRead(emptyMemory(), [line('A secret the writer may rewrite.')]);
    const stored = serializeMemory(memory);
    expect(stored).not.toContain('secret');
    expect(lineKey(line('A secret the writer may rewrite.'))).toMatch(/^[0-9a-z]{1,11}$/);
  });

  it('does not mutate the memory it is given', () => {
    const first = markRead(emptyMemory(), [line('one')]);
    const second = markRead(first, [line('two')]);
    expect(hasRead(first, line('two'))).toBe(false);
    expect(hasRead(second, line('one'))).toBe(true);
  });

  it('returns the same memory when the latest lines are read again (nothing to write)', () => {
    const memory = markRead(emptyMemory(), [line('one'), line('two')]);
    expect(markRead(memory, [line('one'), line('two')])).toBe(memory);
    expect(markRead(memory, [])).toBe(memory);
    expect(markRead(memory, [line('two'), line('one')])).not.toBe(memory);
  });

  it('stays bounded, forgetting the least recently read first', () => {
    let memory = emptyMemory();
    memory = markRead(memory, [line('old'), line('kept by rereading')], 3);
    memory = markRead(memory, [line('new 1')], 3);
    memory = markRead(memory, [line('kept by rereading')], 3);
    memory = markRead(memory, [line('new 2')], 3);
    expect(memory.order).toHaveLength(3);
    expect(hasRead(memory, line('old'))).toBe(false);
    expect(hasRead(memory, line('kept by rereading'))).toBe(true);
    expect(hasRead(memory, line('new 2'))).toBe(true);
  });

  it('round-trips through its versioned JSON', () => {
    const memory = markRead(emptyMemory(), [line('a'), line('b'), line('c')]);
    const raw = serializeMemory(memory);
    expect(JSON.parse(raw).version).toBe(READING_VERSION);
    const again = parseMemory(raw);
    expect(again.order).toEqual(memory.order);
    expect(hasRead(again, line('b'))).toBe(true);
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['null', 'null'],
    ['a newer version', JSON.stringify({ version: READING_VERSION + 1, read: [] })],
    ['no list', JSON.stringify({ version: READING_VERSION, read: 'abc' })],
  ])('reads %s as an empty memory, never an error', (_why, raw) => {
    expect(parseMemory(raw).order).toEqual([]);
  });

  it('drops entries that are not keys, and keeps the stored bound', () => {
    const keys = Array.from({ length: MAX_REMEMBERED + 10 }, (_, i) => i.toString(36));
    const raw = JSON.stringify({ version: READING_VERSION, read: [42, 'NOT A KEY', ...keys] });
    const memory = parseMemory(raw);
    expect(memory.order).toHaveLength(MAX_REMEMBERED);
    expect(memory.order.at(-1)).toBe(keys.at(-1));
    expect(memory.order).not.toContain('NOT A KEY');
  });

  it('remembers the whole story comfortably: keys are short', () => {
    let memory = emptyMemory();
    const lines = Array.from({ length: 3000 }, (_, i) => line(`Line number ${i} of a long story.`));
    memory = markRead(memory, lines);
    expect(memory.order).toHaveLength(3000);
    expect(serializeMemory(memory).length).toBeLessThan(3000 * 14);
  });
});
