import { describe, expect, it } from 'vitest';
import {
  cueValue,
  DEFAULT_EXPRESSION,
  EXPRESSIONS,
  expressionNamed,
  parseTag,
  parseTags,
} from '../../src/narrative/tags';

describe('tag cues', () => {
  it('reads `key: value` tags into typed cues', () => {
    expect(parseTag('speaker: Elara Drosin')).toEqual({ kind: 'speaker', value: 'Elara Drosin' });
    expect(parseTag('fact: Sugar frequency matters more than amount: ask why.')).toEqual({
      kind: 'fact',
      value: 'Sugar frequency matters more than amount: ask why.',
    });
  });

  it('ignores case and surrounding space in the key', () => {
    expect(parseTag('  Speaker :Kara ')).toEqual({ kind: 'speaker', value: 'Kara' });
    expect(parseTag('CHAPTER: The Festival')).toEqual({ kind: 'chapter', value: 'The Festival' });
  });

  it("accepts the tags of Inky's web export as aliases", () => {
    expect(parseTag('BACKGROUND: night')).toEqual({ kind: 'bg', value: 'night' });
    expect(parseTag('AUDIOLOOP: festival')).toEqual({ kind: 'music', value: 'festival' });
    expect(parseTag('AUDIO: chime')).toEqual({ kind: 'sfx', value: 'chime' });
    expect(parseTag('IMAGE: mural.png')).toEqual({ kind: 'image', value: 'mural.png' });
    expect(parseTag('CLEAR')).toEqual({ kind: 'clear', value: '' });
    expect(parseTag('clear')).toEqual({ kind: 'clear', value: '' });
  });

  it('keeps unknown or malformed tags as unknown instead of failing', () => {
    expect(parseTag('weather: rain')).toEqual({ kind: 'unknown', tag: 'weather: rain' });
    expect(parseTag('speaker')).toEqual({ kind: 'unknown', tag: 'speaker' });
    expect(parseTag('speaker:   ')).toEqual({ kind: 'unknown', tag: 'speaker:' });
    expect(parseTag('CLEAR: now')).toEqual({ kind: 'unknown', tag: 'CLEAR: now' });
  });

  it('parses a list, skipping empty tags, and finds the first value of a kind', () => {
    const cues = parseTags(['speaker: Jalen', '', 'sfx: alarm', 'speaker: Torus']);
    expect(cues).toHaveLength(3);
    expect(cueValue(cues, 'speaker')).toBe('Jalen');
    expect(cueValue(cues, 'bg')).toBeUndefined();
    expect(parseTags(null)).toEqual([]);
  });

  it("reads how the speaker looks from `# expression:`, beside the speaker's cue", () => {
    const cues = parseTags(['speaker: Kara', 'expression: worried']);
    expect(cues).toEqual([
      { kind: 'speaker', value: 'Kara' },
      { kind: 'expression', value: 'worried' },
    ]);
    expect(cueValue(cues, 'expression')).toBe('worried');
    expect(parseTag('Expression :  Hopeful ')).toEqual({ kind: 'expression', value: 'Hopeful' });
    expect(parseTag('expression:')).toEqual({ kind: 'unknown', tag: 'expression:' });
  });

  it('names the expressions the portraits have, ignoring case, and no others', () => {
    expect(EXPRESSIONS).toEqual(['calm', 'worried', 'determined', 'hopeful', 'wry']);
    expect(EXPRESSIONS).toContain(DEFAULT_EXPRESSION);
    expect(expressionNamed('Hopeful')).toBe('hopeful');
    expect(expressionNamed(' wry ')).toBe('wry');
    expect(expressionNamed('smug')).toBeUndefined();
    expect(expressionNamed('')).toBeUndefined();
  });
});
