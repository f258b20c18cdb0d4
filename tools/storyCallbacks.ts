// The group's memory (issue #15 item 3): every shared choice, the one a group takes
// together (no `# role:` tag), must be remembered and called back later. Remembered means
// every option sets the same VAR, or every option carries a label (`* (name) [...]`);
// called back means some logic outside the knot that asks it reads that VAR or label
// (a condition, a switch, a printed value, a `~` line), or the debrief lists the VAR
// (src/session/groupDecisions.ts). Read from the .ink sources, as writers see them, so
// every finding has a file and a line; the compiled JSON has no lines.
// The check applies to stories with group play, that is with some choice tagged `# role:`;
// a story without roles has no group to remember.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GROUP_DECISIONS } from '../src/session/groupDecisions';
import type { Finding } from './storyCheck';
import { type SourcePlace, withoutComments } from './storyOutline';

export interface Callback extends SourcePlace {
  /** The knot the callback is written in ("debrief" for the debrief's list). */
  knot: string;
}

export interface SharedChoice extends SourcePlace {
  /** The knot (or `knot.stitch`) that asks it. */
  place: string;
  options: number;
  /** How the story remembers it: a VAR every option sets, or every option's label. */
  memory: { kind: 'var'; name: string } | { kind: 'labels'; names: string[] } | null;
  callbacks: Callback[];
}

interface Option {
  line: number;
  label: string | null;
  roleTagged: boolean;
  /** The VARs this option's own lines assign, with the values when they are strings. */
  sets: Map<string, Set<string>>;
}

interface Choice {
  file: string;
  knot: string;
  place: string;
  depth: number;
  options: Option[];
  /** Lines that belong to the options themselves (a read there is not a callback). */
  from: number;
  to: number;
}

interface Read extends SourcePlace {
  knot: string;
  code: string;
}

const KNOT = /^\s*={2,}\s*(function\s+)?(\w+)/;
const STITCH = /^\s*=\s*(\w+)\s*(\(|$)/;
const BULLETS = /^\s*((?:[*+]\s*)+)(?:\((\w+)\))?/;
const GATHER = /^\s*((?:-(?!>)\s*)+)/;
const ASSIGN = /^\s*~\s*(\w+)\s*=(?!=)\s*("([^"]*)")?/;
const VAR = /^\s*VAR\s+(\w+)/;

/** The logic on a line: a `~` line whole, otherwise what lies inside `{ }`. */
function codeOf(line: string, depth: number): { code: string; depth: number } {
  if (/^\s*~/.test(line)) return { code: line, depth };
  let code = '';
  let d = depth;
  for (const char of line) {
    if (char === '{') d += 1;
    else if (char === '}') d = Math.max(0, d - 1);
    else if (d > 0) code += char;
  }
  // A switch case (`- "open":`, `- routine:`) sits inside a multi-line `{ }`.
  return { code, depth: d };
}

/** Reads every file once: its choices, and the logic on each line with its knot. */
function scan(sources: ReadonlyArray<{ file: string; text: string }>) {
  const choices: Choice[] = [];
  const reads: Read[] = [];
  // Which knots each knot may lead to: diverts, tunnels, divert arguments, function calls.
  const links = new Map<string, Set<string>>();
  const variables = new Set<string>();
  for (const { file, text } of sources) {
    let knot = '';
    let place = '';
    let braces = 0;
    let open: Choice[] = [];
    let current: { choice: Choice; option: Option } | null = null;
    withoutComments(text).forEach((content, index) => {
      const line = index + 1;
      const knotMatch = KNOT.exec(content);
      const stitchMatch = knotMatch ? null : STITCH.exec(content);
      if (knotMatch?.[2] || stitchMatch?.[1]) {
        if (knotMatch?.[2]) {
          knot = knotMatch[2];
          links.set(knot, links.get(knot) ?? new Set());
        }
        place = knotMatch?.[2] ?? `${knot}.${stitchMatch?.[1]}`;
        open = [];
        current = null;
        braces = 0;
        return;
      }
      const targets = links.get(knot);
      for (const match of content.matchAll(/->\s*(\w+)|\b(\w+)\s*\(/g)) {
        targets?.add(match[1] ?? match[2] ?? '');
      }
      const declared = VAR.exec(content);
      if (declared?.[1]) {
        variables.add(declared[1]);
        return;
      }
      const bullets = braces === 0 ? BULLETS.exec(content) : null;
      const gather = braces === 0 && !bullets ? GATHER.exec(content) : null;
      if (bullets?.[1]) {
        const depth = (bullets[1].match(/[*+]/g) ?? []).length;
        open = open.filter((choice) => choice.depth <= depth);
        let choice = open.find((c) => c.depth === depth);
        if (!choice) {
          choice = { file, knot, place, depth, options: [], from: line, to: line };
          choices.push(choice);
          open.push(choice);
        }
        const option: Option = {
          line,
          label: bullets[2] ?? null,
          roleTagged: /#\s*role\s*:/i.test(content),
          sets: new Map(),
        };
        choice.options.push(option);
        choice.to = line;
        current = { choice, option };
      } else if (gather?.[1]) {
        const depth = (gather[1].match(/-/g) ?? []).length;
        // A gather closes the choices at its depth and deeper: a new choice starts after it.
        open = open.filter((choice) => choice.depth < depth);
        current = null;
      } else if (current && content.trim() !== '') {
        const { choice, option } = current;
        choice.to = line;
        const assign = ASSIGN.exec(content);
        if (assign?.[1]) {
          const values = option.sets.get(assign[1]) ?? new Set<string>();
          if (assign[3] !== undefined) values.add(assign[3]);
          option.sets.set(assign[1], values);
        }
      }
      const { code, depth } = codeOf(content, braces);
      braces = depth;
      // An assignment's left side writes, it does not read back.
      const read = code.replace(/^\s*~\s*(temp\s+)?\w+\s*=(?!=)/, '');
      if (read.trim() !== '') reads.push({ file, line, knot, code: read });
    });
  }
  return { choices, reads, variables, links };
}

/** The knots a knot may lead to, directly or not (the story's flow, read statically). */
function reachableFrom(start: string, links: ReadonlyMap<string, ReadonlySet<string>>) {
  const seen = new Set<string>();
  const queue = [...(links.get(start) ?? [])];
  while (queue.length > 0) {
    const next = queue.pop() as string;
    // Stitch names and locals are not knots: only knots have links.
    if (seen.has(next) || !links.has(next)) continue;
    seen.add(next);
    queue.push(...(links.get(next) ?? []));
  }
  return seen;
}

/** The VAR every option of a choice sets, if there is one. */
function sharedVariable(choice: Choice): string | null {
  const [first, ...rest] = choice.options;
  if (!first) return null;
  for (const name of first.sets.keys()) {
    if (rest.every((option) => option.sets.has(name))) return name;
  }
  return null;
}

/** Where the debrief's list (src/session/groupDecisions.ts) names each VAR. */
export function debriefPlaces(relativeTo = process.cwd()): Map<string, SourcePlace> {
  const absolute = path.resolve(import.meta.dirname, '../src/session/groupDecisions.ts');
  const file = path.relative(relativeTo, absolute).split(path.sep).join('/');
  const lines = readFileSync(absolute, 'utf8').split('\n');
  const places = new Map<string, SourcePlace>();
  for (const { variable } of GROUP_DECISIONS) {
    const at = lines.findIndex((line) => line.includes(`variable: '${variable}'`));
    places.set(variable, { file, line: at + 1 });
  }
  return places;
}

/**
 * Every shared choice of a story with group play, how it is remembered and where it is
 * called back. `debrief` maps a VAR to where the debrief lists it.
 */
export function sharedChoices(
  sources: ReadonlyArray<{ file: string; text: string }>,
  debrief: ReadonlyMap<string, SourcePlace> = new Map(),
): SharedChoice[] {
  const { choices, reads, variables, links } = scan(sources);
  if (!choices.some((choice) => choice.options.some((option) => option.roleTagged))) return [];
  const shared = choices.filter(
    (choice) =>
      choice.options.every((option) => !option.roleTagged) &&
      // The story's own role question is asked only when nobody set `role`: never in a group.
      sharedVariable(choice) !== 'role',
  );
  return shared.map((choice) => {
    const variable = sharedVariable(choice);
    const labels = choice.options.map((option) => option.label);
    const memory: SharedChoice['memory'] =
      variable && variables.has(variable)
        ? { kind: 'var', name: variable }
        : labels.every((label) => label !== null)
          ? { kind: 'labels', names: labels as string[] }
          : null;
    const names = memory === null ? [] : memory.kind === 'var' ? [memory.name] : memory.names;
    const mentions = (code: string) =>
      names.some((name) => new RegExp(`(^|[^\\w.])([\\w]+\\.)*${name}\\b`).test(code));
    // Later: in a knot the flow can reach from the choice's knot, and not that knot itself
    // (a read beside the options is not a callback), so the classroom cut's choices count
    // the cut's own callbacks and not the full session's.
    const later = reachableFrom(choice.knot, links);
    later.delete(choice.knot);
    const callbacks: Callback[] = reads
      .filter((read) => later.has(read.knot) && mentions(read.code))
      .map(({ file, line, knot }) => ({ file, line, knot }));
    const listed = memory?.kind === 'var' ? debrief.get(memory.name) : undefined;
    if (listed) callbacks.push({ ...listed, knot: 'debrief' });
    return {
      file: choice.file,
      line: choice.options[0]?.line ?? choice.from,
      place: choice.place,
      options: choice.options.length,
      memory,
      callbacks,
    };
  });
}

/** The values a shared choice's options give its VAR, e.g. "open", "asked". */
export function valuesSet(
  sources: ReadonlyArray<{ file: string; text: string }>,
): Map<string, Array<SourcePlace & { value: string }>> {
  const values = new Map<string, Array<SourcePlace & { value: string }>>();
  for (const choice of scan(sources).choices) {
    for (const option of choice.options) {
      for (const [name, set] of option.sets) {
        for (const value of set) {
          const list = values.get(name) ?? [];
          list.push({ file: choice.file, line: option.line, value });
          values.set(name, list);
        }
      }
    }
  }
  return values;
}

/** Errors: a shared choice nothing remembers, or one nothing calls back; debrief gaps. */
export function callbackFindings(
  choices: readonly SharedChoice[],
  sources: ReadonlyArray<{ file: string; text: string }>,
): Finding[] {
  const findings: Finding[] = [];
  for (const choice of choices) {
    if (choice.memory === null) {
      findings.push({
        severity: 'error',
        file: choice.file,
        line: choice.line,
        message: `shared choice in ${choice.place} has no label: give every option a label (* (name) [...]) or set one VAR in each, so the story can remember what the group chose`,
      });
    } else if (choice.callbacks.length === 0) {
      const what =
        choice.memory.kind === 'var'
          ? `VAR ${choice.memory.name}`
          : `the labels ${choice.memory.names.join(', ')}`;
      findings.push({
        severity: 'error',
        file: choice.file,
        line: choice.line,
        message: `shared choice in ${choice.place} is never called back: no knot after ${choice.place.split('.')[0]} reads ${what}`,
      });
    }
  }
  // The debrief must have words for every value a shared choice gives a VAR it lists.
  if (choices.length > 0) {
    const remembered = new Set(
      choices.flatMap((c) => (c.memory?.kind === 'var' ? [c.memory.name] : [])),
    );
    for (const [name, places] of valuesSet(sources)) {
      const decision = GROUP_DECISIONS.find((d) => d.variable === name);
      if (!decision || !remembered.has(name)) continue;
      for (const { file, line, value } of places) {
        if (decision.answers[value] !== undefined) continue;
        findings.push({
          severity: 'error',
          file,
          line,
          message: `${name} = "${value}": the debrief (src/session/groupDecisions.ts) has no words for it`,
        });
      }
    }
  }
  return findings;
}

/** The list `npm run story -- check` prints: each shared choice and its callbacks. */
export function formatSharedChoices(choices: readonly SharedChoice[]): string[] {
  if (choices.length === 0) return [];
  const lines = [`shared choices: ${choices.length}`];
  for (const choice of choices) {
    const memory =
      choice.memory === null
        ? 'NO LABEL'
        : choice.memory.kind === 'var'
          ? `VAR ${choice.memory.name}`
          : `labels ${choice.memory.names.join(', ')}`;
    const story = choice.callbacks.filter((c) => c.knot !== 'debrief');
    const epilogue = story.some((c) => /epilogue/.test(c.knot));
    const debrief = choice.callbacks.some((c) => c.knot === 'debrief');
    const places = choice.callbacks.map((c) => `${c.file}:${c.line}`);
    // A VAR read everywhere (gel_recipe) would fill the screen: the first few say enough.
    const where =
      places.length > 6
        ? `${places.slice(0, 6).join(', ')} and ${places.length - 6} more`
        : places.join(', ') || 'none';
    lines.push(
      `  ${choice.file}:${choice.line} ${choice.place} (${choice.options} options), ${memory}: ${story.length} callback${story.length === 1 ? '' : 's'} in the story${epilogue ? ' (an epilogue among them)' : ''}${debrief ? ', listed in the debrief' : ''}; ${where}`,
    );
  }
  return lines;
}
