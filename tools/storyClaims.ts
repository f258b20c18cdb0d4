// Claims vs state (issue #15, item 2): a line that asserts the mouth's or the wall's
// condition carries `# when: ...`, saying in which states of the simulation it is true.
// The checker's exploration shows every line with the microbiome as it was when the line
// was read; a tagged line shown while the simulation says otherwise is an error, at the
// tag's file and line.
//
//   # when: acidic or anxious        the wall is in one of these mural states
//   # when: not vibrant              ... is not in this one
//   # when: ph < 5.5                 ph, health, diversity, or share K (any group letter)
//   # when: ph < 6.2, not serene     commas join conditions that must all hold
//   # when: day >= 2, day < 2.5      the simulation's clock: day 1 starts at minute 0, so
//                                    2.5 is noon of day 2 (the acts' headings keep the
//                                    calendar of story/README.md's settled facts with it)
//
// The compiled story has no line numbers, and the same tag is written on many lines, so
// the checker compiles a copy in which each `when:` tag is stamped with its place
// (`stampClaims`); the game compiles the sources as written and ignores the tag.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StoryLine } from '../src/narrative/narrative';
import {
  evenness,
  GROUPS,
  type GroupName,
  health,
  type Microbiome,
  MURAL_STATE_NAMES,
  type MuralStateName,
  muralState,
  ph,
  shares,
} from '../src/sim';
import type { Finding } from './storyCheck';

type Measure = 'ph' | 'health' | 'diversity' | 'day' | GroupName;
type Op = '<' | '<=' | '>' | '>=';

type Term =
  | { not: boolean; kind: 'mural'; state: MuralStateName }
  | { not: boolean; kind: 'measure'; measure: Measure; op: Op; value: number };

/** All clauses must hold; a clause holds when any of its terms does. */
export type Claim = Term[][];

/** What the simulation said when a line was shown, read as ink's functions read it. */
interface Reading {
  mural: MuralStateName;
  ph: number;
  health: number;
  diversity: number;
  /** The simulation's clock in days: 1 at minute 0, 2.5 at noon of the second day. */
  day: number;
  shares: Record<GroupName, number>;
}

const STAMP = ' @ ';
const MEASURE = /^(ph|health|diversity|day|share\s+([A-Z]))\s*(<=|>=|<|>)\s*(\d*\.?\d+)$/i;

/** Reads a `when:` value; a string is what is wrong with it, for the writer. */
export function parseClaim(value: string): Claim | string {
  const clauses = value.split(',').map((clause) => clause.trim());
  if (clauses.some((clause) => clause === '')) return 'an empty condition between commas';
  const claim: Claim = [];
  for (const clause of clauses) {
    const terms: Term[] = [];
    for (const raw of clause.split(/\s+or\s+/i)) {
      const negated = /^not\s+/i.test(raw);
      const text = raw.replace(/^not\s+/i, '').trim();
      const state = text.toLowerCase() as MuralStateName;
      const measure = MEASURE.exec(text);
      if (MURAL_STATE_NAMES.includes(state)) {
        terms.push({ not: negated, kind: 'mural', state });
      } else if (measure) {
        const group = measure[2]?.toUpperCase();
        if (group !== undefined && !(GROUPS as readonly string[]).includes(group)) {
          return `"share ${group}": no such group (groups: ${GROUPS.join(', ')})`;
        }
        terms.push({
          not: negated,
          kind: 'measure',
          measure: (group ?? measure[1]?.toLowerCase()) as Measure,
          op: measure[3] as Op,
          value: Number(measure[4]),
        });
      } else {
        return `"${text}" is neither a state of the wall (${MURAL_STATE_NAMES.join(', ')}) nor a measure like "ph < 5.5", "health >= 0.7", "share K >= 0.03" or "day < 2.5"`;
      }
    }
    claim.push(terms);
  }
  return claim;
}

function read(m: Microbiome): Reading {
  return {
    mural: muralState(m).state,
    ph: ph(m),
    health: health(m),
    diversity: evenness(m),
    day: m.minute / 1440 + 1,
    shares: shares(m),
  };
}

function measured(reading: Reading, measure: Measure): number {
  if (measure === 'ph' || measure === 'health' || measure === 'diversity' || measure === 'day') {
    return reading[measure];
  }
  return reading.shares[measure];
}

function holds(term: Term, reading: Reading): boolean {
  let yes: boolean;
  if (term.kind === 'mural') yes = reading.mural === term.state;
  else {
    const v = measured(reading, term.measure);
    yes =
      term.op === '<'
        ? v < term.value
        : term.op === '<='
          ? v <= term.value
          : term.op === '>'
            ? v > term.value
            : v >= term.value;
  }
  return yes !== term.not;
}

/** A `day` reading as the calendar says it: 2.5 is "day 2, 12:00". */
function clockTime(day: number): string {
  const minutes = Math.round((day - 1) * 1440);
  const ofDay = minutes % 1440;
  const hh = String(Math.floor(ofDay / 60)).padStart(2, '0');
  const mm = String(ofDay % 60).padStart(2, '0');
  return `day ${Math.floor(minutes / 1440) + 1}, ${hh}:${mm}`;
}

/** What the simulation said, in the claim's own terms (the wall always, and each measure). */
function describe(claim: Claim, reading: Reading): string {
  const said = [`the wall ${reading.mural}`];
  const measures = new Set<Measure>();
  for (const clause of claim) {
    for (const term of clause) if (term.kind === 'measure') measures.add(term.measure);
  }
  for (const measure of measures) {
    const v = measured(reading, measure);
    said.push(
      measure === 'ph'
        ? `pH ${v.toFixed(2)}`
        : measure === 'day'
          ? `day ${v.toFixed(2)} (${clockTime(v)})`
          : measure.length === 1
            ? `share ${measure} ${v.toFixed(3)}`
            : `${measure} ${v.toFixed(2)}`,
    );
  }
  return said.join(', ');
}

/** `when:` tags in a source line, as [start, end) of each value. */
function claimSpans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const tag = /(?<!\\)#\s*when\s*:/gi;
  for (let match = tag.exec(line); match; match = tag.exec(line)) {
    const start = match.index + match[0].length;
    const rest = line.slice(start);
    // A tag ends at the next tag, a choice's bracket, a comment, or (in an inline
    // conditional, `{ph() < 6:Sour. # when: ph < 6|Calm. # when: ph >= 6}`) its branch.
    const stop = rest.search(/(?<!\\)#|\]|\||\}|\/\//);
    const value = stop === -1 ? rest : rest.slice(0, stop);
    spans.push([start, start + value.trimEnd().length]);
  }
  return spans;
}

/** A `readFile` for compileInk that stamps each `when:` tag with its file and line. */
export function stampClaims(relativeTo: string): (file: string) => string {
  return (file) => {
    const where = path.relative(relativeTo, file).split(path.sep).join('/');
    return readFileSync(file, 'utf8')
      .split('\n')
      .map((line, index) => {
        let stamped = line;
        for (const [, end] of claimSpans(line).reverse()) {
          stamped = `${stamped.slice(0, end)}${STAMP}${where}:${index + 1}${stamped.slice(end)}`;
        }
        return stamped;
      })
      .join('\n');
  };
}

export interface ClaimBreak {
  file: string;
  line: number;
  /** The tag's value as written. */
  claim: string;
  /** The line as the player saw it (first time). */
  text: string;
  /** What the simulation said, the first time the line contradicted it. */
  said: string;
  player: string;
  /** The choices (1-based, as `play` takes them) of a playthrough that met it, if one did. */
  choices: number[] | null;
  /** How often the line was shown against the state, and shown at all. */
  broken: number;
  shown: number;
}

/** Watches every line the exploration shows and keeps the claims the simulation denied. */
export class ClaimWatch {
  private readonly parsed = new Map<string, Claim | string>();
  private readonly found = new Map<string, ClaimBreak>();
  private readonly shown = new Map<string, number>();
  /** The choices of the playthrough now being played (null in the walk, which has none). */
  private trail: number[] | null = null;

  /** A playthrough begins: the array it pushes its choices to, so a breach can name them. */
  startTrail(): number[] {
    this.trail = [];
    return this.trail;
  }

  /** The StoryMachine's `onLine` for one player. */
  observer(player: string): (line: StoryLine, microbiome: Microbiome) => void {
    // A new player's machine walks first: no playthrough's choices apply to it.
    this.trail = null;
    return (line, microbiome) => {
      for (const cue of line.cues) {
        if (cue.kind !== 'when') continue;
        const at = cue.value.lastIndexOf(STAMP);
        // An unstamped tag (a story compiled as written) has no place to report.
        if (at === -1) continue;
        const value = cue.value.slice(0, at).trim();
        const place = cue.value.slice(at + STAMP.length);
        this.shown.set(place, (this.shown.get(place) ?? 0) + 1);
        const claim = this.parsed.get(value) ?? parseClaim(value);
        this.parsed.set(value, claim);
        // A claim that does not parse is reported from the source (claimFindings).
        if (typeof claim === 'string') continue;
        const reading = read(microbiome);
        if (claim.every((clause) => clause.some((term) => holds(term, reading)))) continue;
        const known = this.found.get(place);
        if (known) known.broken += 1;
        // The first breach is kept, unless a later one can be replayed and it cannot.
        if (known && (known.choices || !this.trail)) continue;
        const colon = place.lastIndexOf(':');
        this.found.set(place, {
          file: place.slice(0, colon),
          line: Number(place.slice(colon + 1)),
          claim: value,
          text: line.text,
          said: describe(claim, reading),
          player,
          choices: this.trail ? [...this.trail] : null,
          broken: known?.broken ?? 1,
          shown: 0,
        });
      }
    };
  }

  breaks(): ClaimBreak[] {
    return [...this.found.entries()]
      .map(([place, found]) => ({ ...found, shown: this.shown.get(place) ?? found.broken }))
      .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  }

  /** How many tagged places were shown at least once. */
  get placesShown(): number {
    return this.shown.size;
  }
}

/** Errors for `when:` tags that do not parse, and for every claim the simulation denied. */
export function claimFindings(
  tags: ReadonlyArray<{ tag: string; file: string; line: number }>,
  breaks: readonly ClaimBreak[],
): Finding[] {
  const findings: Finding[] = [];
  for (const { tag, file, line } of tags) {
    const match = /^when\s*:(.*)$/is.exec(tag.trim());
    if (!match) continue;
    // The outline reads a tag to the end of the line; in an inline branch it ends sooner.
    const claim = parseClaim((match[1] ?? '').split(/[|}]/)[0]?.trim() ?? '');
    if (typeof claim === 'string') {
      const written = tag.split(/[|}]/)[0]?.trim();
      findings.push({ severity: 'error', file, line, message: `"# ${written}": ${claim}` });
    }
  }
  for (const found of breaks) {
    const text = found.text.length > 70 ? `${found.text.slice(0, 67)}...` : found.text;
    findings.push({
      severity: 'error',
      file: found.file,
      line: found.line,
      message: `the line "${text}" claims "when: ${found.claim}", but the simulation said ${found.said} (playing ${found.player}${found.choices ? `, choices ${found.choices.join(' ')}` : ''}; ${found.broken} of ${found.shown} showings)`,
    });
  }
  return findings;
}
