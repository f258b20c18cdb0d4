// Walks the states of a story a player can reach, each state met once: from a saved state
// every choice is taken in turn (the state put back in between), and a state already seen
// (by StoryMachine.facts) is not walked again. Nothing is ever replayed, so a story that
// rolls dice is walked with the dice it really rolled: every problem found is one a player
// can meet by the choices reported, under the reported seed.
//
// Which state next: first, the newest state on a trail that found a knot or stitch never
// seen before, up to TRAIL steps past it (what opened a new scene often opens the next).
// Then breadth first within a place (the knot or stitch whose choices wait), the place
// walked least so far first. A story whose first scene alone has thousands of states (The
// Intercept: the order questions are asked in, counters raised and lowered) would keep a
// plain breadth-first walk there; taking places in turn reaches the rest.
import type { NarrativeError } from '../src/narrative/narrative';
import type { Snapshot, StoryMachine } from './storyMachine';

export interface WalkLimits {
  /** Stop after reaching this many distinct states. */
  maxStates: number;
  /** Stop at this time (performance.now()), whatever is left. */
  deadline: number;
  /** Visit counts and turns-since above this are merged (see StoryMachine.facts). */
  cap: number;
}

export interface WalkProblem {
  kind: 'error' | 'dead end';
  message: string;
  /** Choice numbers from the start (1-based, as `play` takes them). */
  choices: number[];
  /** The knot or stitch the story was in, when ink knows it. */
  path: string | null;
}

export interface WalkResult {
  /** Distinct states reached (each one walked at most once). */
  states: number;
  /** Choices taken, each a step from a saved state. */
  steps: number;
  /** The walk ran out of new states before its limits. */
  complete: boolean;
  /** Some states were merged because their capped counts agreed, not their exact ones. */
  approximate: boolean;
  /** Every container name with a visit count on some state reached. */
  visited: Set<string>;
  problems: WalkProblem[];
  /** Distinct end states, by the place the story ended in. */
  endings: Map<string, number>;
  /** The fewest and most choices on a path to an end. */
  depth: { min: number; max: number };
}

interface Node {
  snapshot: Snapshot;
  choices: number[];
  /** Steps left on a trail that has just found a knot or stitch never seen before. */
  energy: number;
}

/** How many steps past a newly found knot or stitch are walked before anything else. */
const TRAIL = 4;

interface Place {
  waiting: Node[];
  /** Index of the oldest node still waiting. */
  head: number;
  walked: number;
}

/** What the walker tells its caller about each end state it reaches (for ending censuses). */
export type OnEnd = (machine: StoryMachine, choices: readonly number[]) => void;

export function walkStory(machine: StoryMachine, limits: WalkLimits, onEnd?: OnEnd): WalkResult {
  const result: WalkResult = {
    states: 0,
    steps: 0,
    complete: false,
    approximate: false,
    visited: new Set(),
    problems: [],
    endings: new Map(),
    depth: { min: Number.POSITIVE_INFINITY, max: 0 },
  };
  const exactSeen = new Set<string>();
  const seen = new Set<string>();
  const places = new Map<string, Place>();
  let waiting = 0;

  /** States on a fresh trail, newest first (see TRAIL). */
  const trail: Node[] = [];
  const arrive = (choices: number[], energy: number) => {
    const snapshot = machine.snapshot();
    const facts = machine.facts(snapshot, limits.cap);
    if (seen.has(facts.approximate)) {
      if (!exactSeen.has(facts.exact)) result.approximate = true;
      return;
    }
    seen.add(facts.approximate);
    exactSeen.add(facts.exact);
    result.states += 1;
    const known = result.visited.size;
    for (const name of facts.visited) result.visited.add(name);
    const left = result.visited.size > known ? TRAIL : energy - 1;
    if (snapshot.passage.ended) {
      const place = machine.lastPlace;
      result.endings.set(place, (result.endings.get(place) ?? 0) + 1);
      result.depth.min = Math.min(result.depth.min, choices.length);
      result.depth.max = Math.max(result.depth.max, choices.length);
      onEnd?.(machine, choices);
      return;
    }
    const node = { snapshot, choices, energy: left };
    waiting += 1;
    if (left > 0) {
      trail.push(node);
      return;
    }
    const place = places.get(facts.place) ?? { waiting: [], head: 0, walked: 0 };
    places.set(facts.place, place);
    place.waiting.push(node);
  };
  const fail = (error: unknown, choices: number[]) => {
    const message = error instanceof Error ? error.message : String(error);
    result.problems.push({
      kind: /ran out of content/.test(message) ? 'dead end' : 'error',
      message,
      choices,
      path: (error as Partial<NarrativeError>).path ?? null,
    });
  };
  const nextNode = (): Node | null => {
    const fresh = trail.pop();
    if (fresh) {
      waiting -= 1;
      return fresh;
    }
    let best: Place | null = null;
    for (const place of places.values()) {
      if (place.head < place.waiting.length && (!best || place.walked < best.walked)) best = place;
    }
    if (!best) return null;
    const node = best.waiting[best.head] as Node;
    // Dropped as it is taken, so a long walk holds only its frontier.
    best.waiting[best.head] = undefined as unknown as Node;
    best.head += 1;
    best.walked += 1;
    waiting -= 1;
    return node;
  };

  try {
    machine.start();
    arrive([], 0);
  } catch (error) {
    fail(error, []);
  }
  /** A node's choices were left half taken at the limit. */
  let cut = false;
  while (waiting > 0) {
    if (result.states >= limits.maxStates || performance.now() > limits.deadline) break;
    const node = nextNode();
    if (!node) break;
    const offered = node.snapshot.passage.choices.length;
    for (let index = 0; index < offered; index += 1) {
      if (result.states >= limits.maxStates) {
        cut = true;
        break;
      }
      const choices = [...node.choices, index + 1];
      machine.restore(node.snapshot);
      result.steps += 1;
      try {
        machine.choose(index);
      } catch (error) {
        fail(error, choices);
        continue;
      }
      arrive(choices, node.energy);
    }
  }
  result.complete = waiting === 0 && !cut;
  if (result.depth.min === Number.POSITIVE_INFINITY) result.depth.min = 0;
  return result;
}
