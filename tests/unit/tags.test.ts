import { describe, expect, it } from 'vitest';
import { cueValue, parseTag, parseTags } from '../../src/narrative/tags';

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
});
