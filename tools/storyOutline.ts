// Reads .ink sources as text to find where things are written: knots, stitches and
// functions, tags, EXTERNAL declarations and `apply("...")` calls, each with its file and
// line. The compiled JSON has no line numbers, so the checker points writers here.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface SourcePlace {
  file: string;
  line: number;
}

export interface OutlineEntry extends SourcePlace {
  /** `knot` or `knot.stitch`, as visit counts and `-> knot.stitch` name it. */
  name: string;
  kind: 'knot' | 'stitch' | 'function';
}

export interface StoryOutline {
  entries: OutlineEntry[];
  tags: Array<SourcePlace & { tag: string }>;
  externals: Array<SourcePlace & { name: string }>;
  applies: Array<SourcePlace & { intervention: string }>;
  /** The text of every file, for word counts. */
  sources: Array<{ file: string; text: string }>;
}

const KNOT = /^\s*={2,}\s*(function\s+)?(\w+)/;
const STITCH = /^\s*=\s*(\w+)\s*(\(|$)/;
const EXTERNAL = /^\s*EXTERNAL\s+(\w+)\s*\(/;
const APPLY = /\bapply\(\s*"([^"]*)"/g;

/** Removes `// comments` and `/* blocks *\/` so their text is never taken for story. */
export function withoutComments(text: string): string[] {
  const lines: string[] = [];
  let inBlock = false;
  for (const raw of text.split('\n')) {
    let line = '';
    for (let i = 0; i < raw.length; i += 1) {
      if (inBlock) {
        if (raw.startsWith('*/', i)) {
          inBlock = false;
          i += 1;
        }
        continue;
      }
      if (raw.startsWith('/*', i)) {
        inBlock = true;
        i += 1;
        continue;
      }
      if (raw.startsWith('//', i)) break;
      line += raw[i];
    }
    lines.push(line);
  }
  return lines;
}

/** Tags on a line: everything after an unescaped `#`, split on further `#`s. */
function tagsOn(line: string): string[] {
  const at = line.search(/(?<!\\)#/);
  if (at === -1) return [];
  // Inside a choice the tag ends at the closing bracket: `* [Go # role: kara]`.
  return line
    .slice(at + 1)
    .split(/(?<!\\)#/)
    .map((tag) => tag.replace(/\].*$/, '').trim())
    .filter((tag) => tag !== '');
}

export function outlineStory(files: readonly string[], relativeTo = process.cwd()): StoryOutline {
  const outline: StoryOutline = { entries: [], tags: [], externals: [], applies: [], sources: [] };
  for (const absolute of files) {
    const file = path.relative(relativeTo, absolute).split(path.sep).join('/');
    const text = readFileSync(absolute, 'utf8');
    outline.sources.push({ file, text });
    let knot: string | null = null;
    withoutComments(text).forEach((content, index) => {
      const line = index + 1;
      const knotMatch = KNOT.exec(content);
      if (knotMatch?.[2]) {
        const isFunction = Boolean(knotMatch[1]);
        knot = isFunction ? null : knotMatch[2];
        outline.entries.push({
          name: knotMatch[2],
          kind: isFunction ? 'function' : 'knot',
          file,
          line,
        });
      } else {
        const stitchMatch = STITCH.exec(content);
        if (stitchMatch?.[1] && knot) {
          outline.entries.push({ name: `${knot}.${stitchMatch[1]}`, kind: 'stitch', file, line });
        }
      }
      const external = EXTERNAL.exec(content);
      if (external?.[1]) outline.externals.push({ name: external[1], file, line });
      for (const match of content.matchAll(APPLY)) {
        outline.applies.push({ intervention: match[1] ?? '', file, line });
      }
      for (const tag of tagsOn(content)) outline.tags.push({ tag, file, line });
    });
  }
  return outline;
}

/** Words of prose in an .ink source: text lines and choice text, not logic or markup. */
export function proseWords(text: string): number {
  return withoutComments(text)
    .map((line) => line.trim())
    .filter(
      (line) =>
        line && !/^(~|={1,}|INCLUDE\b|EXTERNAL\b|VAR\b|CONST\b|LIST\b|TODO\b|->)/.test(line),
    )
    .map((line) =>
      line
        // A tag inside a choice's brackets ends at the bracket: `[Go # role: kara] text`.
        .replace(/(?<!\\)#[^\]#]*\]/g, ']')
        .replace(/(?<!\\)#.*$/, '')
        .replace(/\{[^{}]*:/g, ' ')
        .replace(/->\s*[\w.]+(\s*->)?|<>|[{}|*+\-[\]]|\(\w+\)/g, ' '),
    )
    .join(' ')
    .split(/\s+/)
    .filter((word) => /[A-Za-z]/.test(word)).length;
}
