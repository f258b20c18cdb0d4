// One player's copy of a story for the writers' tools: the ink runtime (through Narrative)
// and, bound to it, the shared microbiome. Unlike a Session it can be saved and put back in
// place in a millisecond (ink's own state.ToJson/LoadJson plus the microbiome, which the
// simulation never mutates), so the checker explores from saved states instead of
// replaying choices from the start. Replaying is wrong for stories that roll dice: a new
// inkjs Story seeds RANDOM() and shuffles from the clock, so the same choice numbers
// can meet other choices. Here the seed is set once, at the start, and saved with the state.
import { createHash } from 'node:crypto';
import { Narrative, type Passage, type StoryLine } from '../src/narrative/narrative';
import { parseTags } from '../src/narrative/tags';
import type { SessionLength, StoryRole } from '../src/session/ensemble';
import { microbiomeEffects } from '../src/session/microbiomeEffects';
import { createMicrobiome, type Microbiome } from '../src/sim';

export interface MachineSetup {
  /** The role the game sets; null leaves the story's `role` alone (the story asks). */
  role: StoryRole | null;
  /** Group play's length, set in `ensemble_length` when the role is "ensemble". */
  length?: SessionLength;
  /** Seeds ink's RANDOM() and shuffles, as a player's story would be seeded at its start. */
  seed: number;
  /** Knots and stitches to name endings by (default: every container, functions too). */
  places?: readonly string[];
  /** Hears each line as it is read, with the microbiome as it was then (storyClaims.ts). */
  onLine?: (line: StoryLine, microbiome: Microbiome) => void;
}

export interface Snapshot {
  ink: string;
  microbiome: Microbiome;
  passage: Passage;
  endedIn: string;
}

/** What a state is, for telling two states apart: exactly, and with counts capped. */
export interface StateKeys {
  exact: string;
  approximate: string;
}

/** What the walker needs to know of a saved state, read from one parse of it. */
export interface StateFacts extends StateKeys {
  /** Containers entered so far (visit count above 0). */
  visited: string[];
  /** Where the waiting choices were written (their target's knot.stitch), or the end. */
  place: string;
}

/** Which of ink's state the story can read, judged from its compiled commands. */
interface Reads {
  turns: boolean;
  turnIndex: boolean;
}

export class StoryMachine {
  private readonly narrative: Narrative;
  private readonly world: { microbiome: Microbiome };
  private readonly reads: Reads;
  private current: Passage = { lines: [], choices: [], ended: false };
  private endedIn = 'the end';
  /** Every knot and stitch, for telling where the story ended. */
  private readonly names: string[];
  /** The story before its first line, seeded. */
  private readonly origin: Snapshot;
  /** Interventions the last step applied, by name. */
  applied: string[] = [];
  private readonly onLine: MachineSetup['onLine'];

  constructor(json: string, setup: MachineSetup) {
    this.world = { microbiome: createMicrobiome({ seed: 1 }) };
    this.names = [...(setup.places ?? namedContainers(json))];
    this.onLine = setup.onLine;
    this.narrative = new Narrative(
      json,
      microbiomeEffects(this.world, (name) => this.applied.push(name)),
    );
    // TURNS_SINCE and seen-recently checks read the turn indices; TURNS() the turn count.
    this.reads = { turns: json.includes('"turns"'), turnIndex: json.includes('"turn"') };
    if (setup.role !== null && this.narrative.hasVariable('role')) {
      this.narrative.setVariable('role', setup.role);
    }
    if (setup.role === 'ensemble' && this.narrative.hasVariable('ensemble_length')) {
      this.narrative.setVariable('ensemble_length', setup.length ?? 'full');
    }
    seedStory(this.narrative, setup.seed);
    this.origin = this.snapshot();
  }

  /** From the very start, runs to the first choice (or the end). Throws as the story breaks. */
  start(): Passage {
    this.restore(this.origin);
    this.current = this.read();
    this.noteEnd(this.names.map(() => 0));
    return this.current;
  }

  /**
   * The knot or stitch the story ended in: of those entered since the last choice, the one
   * entered last, or else the last one first entered in the whole playthrough. Ink keeps
   * no pointer once the story ends, so this is read from the visit counts, which list
   * containers in the order they were first entered.
   */
  get lastPlace(): string {
    return this.endedIn;
  }

  private visitCounts(): number[] {
    return this.names.map((name) => this.narrative.visitCount(name));
  }

  private noteEnd(before: readonly number[]): void {
    if (!this.current.ended) return;
    const entered = new Set(
      this.names.filter((name, i) => this.narrative.visitCount(name) > (before[i] ?? 0)),
    );
    const order = Object.keys(JSON.parse(this.narrative.saveState()).visitCounts ?? {});
    const known = new Set(this.names);
    this.endedIn =
      order.filter((name) => entered.has(name)).pop() ??
      order.filter((name) => known.has(name)).pop() ??
      'the end';
  }

  /** As Narrative.next(), without judging what to skip differently. */
  private read(): Passage {
    const lines: Passage['lines'] = [];
    while (this.narrative.canContinue) {
      const { text, tags } = this.narrative.continueLine();
      const cues = parseTags(tags);
      if (text.trim() === '' && cues.length === 0) continue;
      lines.push({ text: text.trim(), cues });
      this.onLine?.({ text: text.trim(), cues }, this.world.microbiome);
    }
    const { choices, ended } = this.narrative.next();
    return { lines, choices, ended };
  }

  hasVariable(name: string): boolean {
    return this.narrative.hasVariable(name);
  }

  get passage(): Passage {
    return this.current;
  }

  get microbiome(): Microbiome {
    return this.world.microbiome;
  }

  choose(index: number): Passage {
    this.applied = [];
    const before = this.visitCounts();
    this.narrative.choose(index);
    this.current = this.read();
    this.noteEnd(before);
    return this.current;
  }

  snapshot(): Snapshot {
    return {
      ink: this.narrative.saveState(),
      microbiome: this.world.microbiome,
      passage: this.current,
      endedIn: this.endedIn,
    };
  }

  restore(snapshot: Snapshot): void {
    this.narrative.loadState(snapshot.ink);
    this.world.microbiome = snapshot.microbiome;
    this.current = snapshot.passage;
    this.endedIn = snapshot.endedIn;
    this.applied = [];
  }

  /**
   * Two states with the same exact key play on identically: the ink state without what no
   * story can read (thread numbering, turn indices when the story never asks how long ago,
   * the text already shown) and the microbiome. The approximate key also caps visit counts
   * and turns-since at `cap` and rounds the microbiome, so a story that loops back to a
   * hub does not make a new state on every lap; merging by it may lose a path, so a walk
   * that merged any two states with different exact keys does not claim to be complete.
   */
  facts(snapshot: Snapshot, cap: number): StateFacts {
    const state = JSON.parse(snapshot.ink);
    const flows = state.flows as Record<string, Record<string, unknown>>;
    const turnIdx = state.turnIdx as number;
    const since = (indices: Record<string, number>, limit: number) =>
      sortedEntries(indices).map(([name, at]) => [name, Math.min(turnIdx - at, limit)]);
    const counts = (limit: number) =>
      sortedEntries(state.visitCounts as Record<string, number>).map(([name, n]) => [
        name,
        Math.min(n, limit),
      ]);
    const ink = Object.entries(flows).map(([name, flow]) => [
      name,
      strip(flow.callstack),
      Object.keys((flow.choiceThreads as object | undefined) ?? {})
        .sort((a, b) => Number(a) - Number(b))
        .map((id) => strip((flow.choiceThreads as Record<string, unknown>)[id])),
      strip(flow.currentChoices),
      // Shown text no longer matters, unless glue can still join it to what comes next.
      JSON.stringify(flow.outputStream ?? []).includes('"<>"') ? flow.outputStream : null,
    ]);
    const common = [
      ink,
      state.currentFlowName,
      state.variablesState,
      state.evalStack,
      state.storySeed,
      state.previousRandom,
      this.reads.turnIndex ? turnIdx : null,
    ];
    const m = snapshot.microbiome;
    const exact = JSON.stringify([
      common,
      counts(Number.POSITIVE_INFINITY),
      this.reads.turns ? since(state.turnIndices, Number.POSITIVE_INFINITY) : null,
      m,
    ]);
    const approximate = JSON.stringify(
      [common, counts(cap), this.reads.turns ? since(state.turnIndices, cap) : null, m],
      (_key, value) => (typeof value === 'number' ? Number(value.toPrecision(6)) : value),
    );
    const flow = flows[state.currentFlowName ?? 'DEFAULT_FLOW'] ?? {};
    const choices = (flow.currentChoices ?? []) as Array<{ targetPath?: string }>;
    const visitCounts = (state.visitCounts ?? {}) as Record<string, number>;
    return {
      exact: digest(exact),
      approximate: digest(approximate),
      visited: Object.keys(visitCounts).filter((name) => (visitCounts[name] ?? 0) > 0),
      place: `${placeOf(choices[0]?.targetPath ?? null)}/${choices.length}`,
    };
  }
}

/** `knot.stitch` (or `knot.label`) of a content path like `knot.stitch.0.g-1.5`. */
export function placeOf(path: string | null): string {
  const named = (path ?? '')
    .split('.')
    .filter((part) => /^[A-Za-z_]\w*$/.test(part) && !/^[cgs]-\d+$/.test(part));
  return named.slice(0, 2).join('.') || 'the end';
}

/** Thread numbers only name threads; two states that number them differently are alike. */
function strip(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value ?? null, (key, inner) =>
      key === 'threadIndex' || key === 'threadCounter' || key === 'originalThreadIndex'
        ? undefined
        : inner,
    ),
  );
}

function sortedEntries<T>(record: Record<string, T> | undefined): Array<[string, T]> {
  return Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** Every knot and stitch name in a compiled story, as `knot` and `knot.stitch`. */
export function namedContainers(json: string): string[] {
  const root = JSON.parse(json).root as unknown[];
  const names: string[] = [];
  const named = root[root.length - 1] as Record<string, unknown> | null;
  for (const [knot, content] of Object.entries(named ?? {})) {
    if (knot === '#f' || knot === 'global decl') continue;
    names.push(knot);
    if (!Array.isArray(content)) continue;
    const inner = content[content.length - 1] as Record<string, unknown> | null;
    for (const [stitch, stitchContent] of Object.entries(inner ?? {})) {
      if (stitch === '#f' || !Array.isArray(stitchContent)) continue;
      names.push(`${knot}.${stitch}`);
    }
  }
  return names;
}

/**
 * Seeds a story's dice before its first line, as a new ink story seeds itself from the
 * clock (0-99): `play --seed N` meets the same dice as the checker's report under seed N.
 */
export function seedStory(narrative: Narrative, seed: number): void {
  const state = JSON.parse(narrative.saveState()) as Record<string, unknown>;
  state.storySeed = seed;
  state.previousRandom = 0;
  narrative.loadState(JSON.stringify(state));
}
