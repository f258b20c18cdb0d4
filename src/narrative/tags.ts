// Tags are presentation cues written by writers. They are parsed case-insensitively as
// `key: value`; the upper-case names of Inky's web export are accepted as aliases so
// writers who know that template are at home. An unknown tag is kept (the checker
// warns about it) and never stops the story.

export const CUE_KINDS = [
  'speaker',
  'expression',
  'bg',
  'music',
  'sfx',
  'image',
  'mural',
  'chapter',
  'role',
  'discuss',
  'fact',
  // A claim about the mouth or the wall (`# when: acidic or anxious`): the game ignores
  // it; the story checker fails when the line is shown in a state that contradicts it.
  'when',
  'clear',
] as const;

export type CueKind = (typeof CUE_KINDS)[number];

export type Cue = { kind: CueKind; value: string } | { kind: 'unknown'; tag: string };

/**
 * How the speaker of a dialogue line looks (`# expression: worried`): each is a portrait
 * of every main character in assets/portraits/. The checker warns about any other name.
 */
export const EXPRESSIONS = ['calm', 'worried', 'determined', 'hopeful', 'wry'] as const;

export type Expression = (typeof EXPRESSIONS)[number];

/** A speaker's face when the line says nothing about it (or names no known expression). */
export const DEFAULT_EXPRESSION: Expression = 'calm';

/** The expression a tag value names, ignoring case, or undefined when there is none. */
export function expressionNamed(value: string): Expression | undefined {
  const name = value.trim().toLowerCase();
  return (EXPRESSIONS as readonly string[]).includes(name) ? (name as Expression) : undefined;
}

/**
 * What a `# mural:` cue can ask of the wall: `pulse` makes the colonies swell and glow
 * once as the line appears. The checker warns about any other value.
 */
export const MURAL_CUES = ['pulse'] as const;

export type MuralCue = (typeof MURAL_CUES)[number];

/** The mural cue a tag value names, ignoring case, or undefined when there is none. */
export function muralCueNamed(value: string): MuralCue | undefined {
  const name = value.trim().toLowerCase();
  return (MURAL_CUES as readonly string[]).includes(name) ? (name as MuralCue) : undefined;
}

/** A picture beside a line: its file in assets/images/ and the words it stands for. */
export interface Illustration {
  /** File name without extension, lower case: `starter-jar`. */
  name: string;
  /** What the picture shows, for people who cannot see it; empty when none was given. */
  alt: string;
}

/**
 * Reads `# image: starter-jar = A jar of living starter culture`: the name, then after
 * `=` the alt text (ink does not allow `|` in a tag, and `=` is rare in prose).
 */
export function illustrationOf(value: string): Illustration {
  const at = value.indexOf('=');
  return {
    name: (at === -1 ? value : value.slice(0, at)).trim().toLowerCase(),
    alt: at === -1 ? '' : value.slice(at + 1).trim(),
  };
}

const ALIASES: Record<string, CueKind> = {
  background: 'bg',
  audioloop: 'music',
  audio: 'sfx',
};

/** Cues that carry no value: `# CLEAR`. */
const BARE: ReadonlySet<CueKind> = new Set(['clear']);

const KNOWN: ReadonlySet<string> = new Set(CUE_KINDS);

export function parseTag(tag: string): Cue {
  const text = tag.trim();
  const colon = text.indexOf(':');
  const rawKey = (colon === -1 ? text : text.slice(0, colon)).trim().toLowerCase();
  const value = colon === -1 ? '' : text.slice(colon + 1).trim();
  const kind = ALIASES[rawKey] ?? rawKey;
  if (!KNOWN.has(kind)) return { kind: 'unknown', tag: text };
  const cueKind = kind as CueKind;
  if (BARE.has(cueKind)) return colon === -1 ? { kind: cueKind, value: '' } : unknown(text);
  if (value === '') return unknown(text);
  return { kind: cueKind, value };
}

function unknown(tag: string): Cue {
  return { kind: 'unknown', tag };
}

export function parseTags(tags: readonly string[] | null | undefined): Cue[] {
  return (tags ?? []).filter((tag) => tag.trim() !== '').map(parseTag);
}

/** The value of the first cue of a kind, e.g. the speaker of a line. */
export function cueValue(cues: readonly Cue[], kind: CueKind): string | undefined {
  for (const cue of cues) if (cue.kind === kind) return cue.value;
  return undefined;
}
