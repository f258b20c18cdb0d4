// Plays a compiled story automatically for each player (each role, the story's own role
// question, group play), all from saved states (see storyMachine.ts), never by replaying:
//  1. a walk over the distinct states a player can reach, within a budget (storyWalker.ts);
//  2. seeded random playthroughs to the end, for depth and, in a story that uses the
//     simulation, an ending census, with each choice judged felt by the simulation or not;
//  3. for each simulation ending not yet met, steered playthroughs that at every choice
//     take the option moving the microbiome furthest towards it.
// Reports coverage of knots and stitches, runtime errors and dead ends with the choices
// (and the seed) that reached them, and the endings: the simulation's, only for a story
// that calls into the simulation; for any story, the knots and stitches it ended in.
import { EXTERNAL_FUNCTIONS } from '../src/narrative/storyEffects';
import { parseTag } from '../src/narrative/tags';
import { ROLE_IDS, type RoleId } from '../src/session/roles';
import {
  classifyEnding,
  type EndingName,
  evenness,
  health,
  type Microbiome,
  shares,
} from '../src/sim';
import { randomStream } from '../src/sim/random';
import { type ClaimBreak, ClaimWatch } from './storyClaims';
import { type MachineSetup, namedContainers, StoryMachine } from './storyMachine';

export { namedContainers };

import { type WalkProblem, walkStory } from './storyWalker';

export interface ExploreOptions {
  /** Random playthroughs per role (the story's own question and groups get a few). */
  playthroughs?: number;
  /** Distinct states each player's walk may reach (default: see `defaultStates`). */
  states?: number;
  /** The bench's older name for `states` (it passes 0: random playthroughs only). */
  exhaustiveLimit?: number;
  /** Seconds all the walks together may take; each player gets an equal share. */
  budgetSeconds?: number;
  /** Visit counts above this count as this many when telling states apart. */
  cap?: number;
  /** Seeds ink's RANDOM() and shuffles, and the random playthroughs. */
  seed?: number;
  roles?: readonly RoleId[];
}

/**
 * Who a pass plays as: a role the game sets, the story's own role question, or a group in
 * ensemble play (every role's part, or the short session's turns).
 */
export type Player = RoleId | 'story' | 'ensemble-short' | 'ensemble-full';

/** Players that get a few random runs for errors and coverage, not a full random census. */
const SAMPLED: ReadonlySet<Player> = new Set(['story', 'ensemble-short', 'ensemble-full']);
const SAMPLED_RUNS = 8;
/**
 * The short group session is a cut of its own (acts/classroom.ink), not the roles' parts, so
 * it gets steered runs for every ending its few random runs missed, and must reach each.
 * The full session plays the roles' own parts, four to an act: the roles' census covers it.
 */
const CENSUSED_GROUPS: ReadonlySet<Player> = new Set(['ensemble-short']);

export interface RuntimeProblem {
  player: Player;
  kind: 'error' | 'dead end';
  /** The choices (1-based numbers) that led to the problem, as `play` takes them. */
  choices: number[];
  /** The seed the story's dice were rolled with (`play --seed`). */
  seed: number;
  message: string;
  /** The knot or stitch the story was in, when ink knows it. */
  path: string | null;
}

export interface PlayerReport {
  player: Player;
  /** Playthroughs to the end: random, steered and the walk's end states. */
  playthroughs: number;
  /** The walk met every state a player can reach (no limit hit, no state merged). */
  exhaustive: boolean;
  /** Distinct states the walk reached, choices it took, and under how many seeds. */
  walk: { states: number; steps: number; seeds: number; complete: boolean; approximate: boolean };
  /** The simulation's endings (empty for a story that does not use the simulation). */
  endings: Partial<Record<EndingName, number>>;
  /** Where the story ended, by knot or stitch, over every playthrough. */
  ends: Record<string, number>;
  /** The fewest choices any playthrough made before the end, and the most. */
  choices: { min: number; max: number };
  /** The fewest choices in any random playthrough that the simulation felt. */
  meaningfulMin: number;
}

export interface ExploreReport {
  /** Whether the story has a `role` variable the game sets. */
  hasRoles: boolean;
  /** Whether the story calls into the simulation (any of the game's EXTERNALs). */
  usesSimulation: boolean;
  seed: number;
  /**
   * Choice texts that were taken and applied no intervention, leaving the community just as
   * every other choice offered there would have.
   */
  inertChoices: string[];
  players: PlayerReport[];
  problems: RuntimeProblem[];
  unknownTags: string[];
  coverage: { visited: string[]; unvisited: string[] };
  /** Lines tagged `# when:` shown in a state that contradicts them (storyClaims.ts). */
  claims: { broken: ClaimBreak[]; placesShown: number };
}

/** Every static tag in the compiled story, including those on paths not played. */
export function staticTags(json: string): string[] {
  const tags = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) for (const child of node) walk(child);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '#' && typeof value === 'string') tags.add(value);
        else walk(value);
      }
    }
  };
  walk(JSON.parse(json));
  return [...tags];
}

/** Whether a compiled story calls any of the game's EXTERNAL functions. */
export function callsSimulation(json: string): boolean {
  return EXTERNAL_FUNCTIONS.some((external) => json.includes(`"x()":"${external.name}"`));
}

/** Whether a compiled story uses RANDOM(), SEED_RANDOM() or shuffles. */
export function rollsDiceIn(json: string): boolean {
  return /"(rnd|srnd|seq)"/.test(json);
}

/** A new inkjs (or ink) story seeds its dice with one of 100 values. */
const STORY_SEEDS = 100;

const MAX_TURNS = 500;

/** Which way each ending leans, as a score of the microbiome to climb towards it. */
const ENDING_LEANS: Array<{ name: EndingName; lean: (m: Microbiome) => number }> = [
  { name: 'flourishing', lean: (m) => health(m) },
  { name: 'acid_takeover', lean: (m) => shares(m).M + shares(m).L },
  { name: 'inflamed', lean: (m) => m.inflammation },
  { name: 'scorched', lean: (m) => m.washout + (1 - evenness(m)) },
  // Fragile sits between: neither healthy nor lost.
  { name: 'fragile', lean: (m) => -Math.abs(health(m) - 0.7) },
];

/** Walk sizes: a simulated choice costs milliseconds of chemistry, a plain one far less. */
function defaultStates(usesSimulation: boolean): number {
  return usesSimulation ? 40 : 20_000;
}

export function exploreStory(
  compiled: { json: string },
  options: ExploreOptions = {},
  /** Names to measure coverage on; functions are left out by the caller. */
  containers: readonly string[] = namedContainers(compiled.json),
): ExploreReport {
  const seed = options.seed ?? 1;
  const usesSimulation = callsSimulation(compiled.json);
  const rollsDice = rollsDiceIn(compiled.json);
  const visited = new Set<string>();
  const inert = new Set<string>();
  const problems: RuntimeProblem[] = [];
  const unknownTags = new Set<string>();
  for (const tag of staticTags(compiled.json)) {
    if (parseTag(tag).kind === 'unknown') unknownTags.add(tag);
  }
  const probe = new StoryMachine(compiled.json, { role: null, seed });
  const hasRoles = probe.hasVariable('role');
  const hasEnsemble = probe.hasVariable('ensemble_length');
  const players: Player[] = hasRoles
    ? [
        ...(options.roles ?? ROLE_IDS),
        'story',
        ...(hasEnsemble ? (['ensemble-short', 'ensemble-full'] as const) : []),
      ]
    : ['story'];
  const budgetMs = (options.budgetSeconds ?? 60) * 1000;
  /** Time the walks have taken so far: the budget is theirs, not the playthroughs'. */
  let walking = 0;

  const claims = new ClaimWatch();
  const setupOf = (player: Player): MachineSetup => {
    const common = { seed, places: containers, onLine: claims.observer(player) };
    if (player === 'story') return { role: null, ...common };
    if (player === 'ensemble-short') return { role: 'ensemble', length: 'short', ...common };
    if (player === 'ensemble-full') return { role: 'ensemble', length: 'full', ...common };
    return { role: player, ...common };
  };

  const explore = (player: Player, order: number): PlayerReport => {
    const machine = new StoryMachine(compiled.json, setupOf(player));
    const report: PlayerReport = {
      player,
      playthroughs: 0,
      exhaustive: false,
      walk: { states: 0, steps: 0, seeds: 0, complete: false, approximate: false },
      endings: {},
      ends: {},
      choices: { min: Number.POSITIVE_INFINITY, max: 0 },
      meaningfulMin: Number.POSITIVE_INFINITY,
    };
    const reached = (at: StoryMachine, choices: number) => {
      report.playthroughs += 1;
      report.choices.min = Math.min(report.choices.min, choices);
      report.choices.max = Math.max(report.choices.max, choices);
      report.ends[at.lastPlace] = (report.ends[at.lastPlace] ?? 0) + 1;
      if (usesSimulation) {
        const ending = classifyEnding(at.microbiome);
        report.endings[ending] = (report.endings[ending] ?? 0) + 1;
      }
    };
    const note = (problem: WalkProblem) => problems.push({ player, seed, ...problem });
    const collect = () => {
      for (const name of machine.facts(machine.snapshot(), 1).visited) visited.add(name);
    };

    // 1. The walk, with this player's share of what is left of the budget. A story that
    // rolls dice is walked under every seed a player's story can start with (ink seeds a
    // new story with 0-99), as many as the budget allows, so "unreachable" stays a proof.
    const share = (budgetMs - walking) / (players.length - order);
    const walkBegan = performance.now();
    const deadline = walkBegan + Math.max(0, share);
    const maxStates = options.states ?? options.exhaustiveLimit ?? defaultStates(usesSimulation);
    const seeds = rollsDice
      ? Array.from({ length: STORY_SEEDS }, (_, i) => (seed + i) % STORY_SEEDS)
      : [seed];
    let complete = true;
    for (const walkSeed of seeds) {
      const left = maxStates - report.walk.states;
      if (left <= 0 || performance.now() > deadline) {
        complete = false;
        break;
      }
      const walker =
        walkSeed === seed
          ? machine
          : new StoryMachine(compiled.json, { ...setupOf(player), seed: walkSeed });
      const walk = walkStory(
        walker,
        { maxStates: left, deadline, cap: options.cap ?? 3 },
        (at, choices) => reached(at, choices.length),
      );
      for (const name of walk.visited) visited.add(name);
      for (const problem of walk.problems) problems.push({ player, seed: walkSeed, ...problem });
      report.walk.states += walk.states;
      report.walk.steps += walk.steps;
      report.walk.seeds += 1;
      report.walk.approximate ||= walk.approximate;
      complete &&= walk.complete;
    }
    walking += performance.now() - walkBegan;
    report.walk.complete = complete;
    report.exhaustive = complete && !report.walk.approximate;

    // 2 and 3. Playthroughs to the end, each choice judged: did the simulation feel it?
    const wander = randomStream(seed * 17 + order);
    /** Resuming costs little, but a choice text proven felt once is trusted after. */
    const provenFelt = new Set<string>();
    const play = (pick: (count: number) => number) => {
      const taken = claims.startTrail();
      const felt: Array<{ text: string; felt: boolean }> = [];
      try {
        machine.restore(start);
        for (let turn = 0; !machine.passage.ended; turn += 1) {
          if (turn > MAX_TURNS) throw new Error(`no end after ${MAX_TURNS} choices: a loop?`);
          const offered = machine.passage.choices.length;
          const index = pick(offered);
          const text = machine.passage.choices[index]?.text ?? '';
          const before = usesSimulation && !provenFelt.has(text) ? machine.snapshot() : null;
          taken.push(index + 1);
          machine.choose(index);
          for (const line of machine.passage.lines) {
            for (const cue of line.cues) if (cue.kind === 'unknown') unknownTags.add(cue.tag);
          }
          felt.push({
            text,
            felt: !before || machine.applied.length > 0 || differs(before, index, offered, text),
          });
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        note({
          kind: /ran out of content/.test(message) ? 'dead end' : 'error',
          message,
          choices: taken,
          path: (error as { path?: string | null }).path ?? null,
        });
        collect();
        return;
      }
      collect();
      reached(machine, taken.length);
      let meaningful = 0;
      for (const choice of felt) {
        if (choice.felt) meaningful += 1;
        // Picking who to be, when the story asks, is not a choice about the world (the
        // roles' own passes judge the rest); a story without roles is judged whole.
        else if (player !== 'story' || !hasRoles) inert.add(choice.text);
      }
      report.meaningfulMin = Math.min(report.meaningfulMin, meaningful);
    };
    /**
     * A choice that applied nothing is felt if it left the community different from where
     * some other choice offered at the same point would have: time passing alone does not
     * count when every alternative passes the same time.
     */
    const differs = (
      before: ReturnType<StoryMachine['snapshot']>,
      index: number,
      offered: number,
      text: string,
    ) => {
      const after = machine.snapshot();
      const afterJson = JSON.stringify(after.microbiome);
      let found = false;
      for (let other = 0; other < offered && !found; other += 1) {
        if (other === index) continue;
        machine.restore(before);
        machine.choose(other);
        found = JSON.stringify(machine.microbiome) !== afterJson;
      }
      machine.restore(after);
      if (found) provenFelt.add(text);
      return found;
    };
    const steer = (lean: (m: Microbiome) => number, count: number, randomness: number) => {
      if (wander() < randomness) return Math.floor(wander() * count);
      const here = machine.snapshot();
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < count; i += 1) {
        machine.restore(here);
        machine.choose(i);
        const score = lean(machine.microbiome);
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      machine.restore(here);
      return best;
    };

    let start: ReturnType<StoryMachine['snapshot']>;
    try {
      machine.start();
      start = machine.snapshot();
    } catch {
      // The walk has reported why the story cannot start.
      return finish(report);
    }
    const random = randomStream(seed + order * 7919);
    // A walk that met every state has seen every path's end: a few runs judge the choices.
    // A story without roles is played by 'story' alone: it gets the full count.
    const sampled = SAMPLED.has(player) && players.length > 1;
    const wanted = sampled ? SAMPLED_RUNS : (options.playthroughs ?? 200);
    const runs = report.exhaustive ? Math.min(wanted, SAMPLED_RUNS) : wanted;
    for (let run = 0; run < runs; run += 1) play((count) => Math.floor(random() * count));
    if (usesSimulation && (!SAMPLED.has(player) || CENSUSED_GROUPS.has(player))) {
      for (const ending of ENDING_LEANS) {
        for (let attempt = 0; attempt < 3 && !report.endings[ending.name]; attempt += 1) {
          play((count) => steer(ending.lean, count, attempt === 0 ? 0 : 0.25));
        }
      }
    }
    return finish(report);
  };

  return {
    hasRoles,
    usesSimulation,
    seed,
    players: players.map(explore),
    claims: { broken: claims.breaks(), placesShown: claims.placesShown },
    inertChoices: [...inert].sort(),
    problems,
    unknownTags: [...unknownTags].sort(),
    coverage: {
      visited: containers.filter((name) => visited.has(name)),
      unvisited: containers.filter((name) => !visited.has(name)),
    },
  };
}

function finish(report: PlayerReport): PlayerReport {
  if (report.choices.min === Number.POSITIVE_INFINITY) report.choices.min = 0;
  if (report.meaningfulMin === Number.POSITIVE_INFINITY) report.meaningfulMin = 0;
  return report;
}

/** Whether a player is only sampled (a few runs) rather than checked for every ending. */
export function isSampledPlayer(player: Player): boolean {
  return SAMPLED.has(player) && !CENSUSED_GROUPS.has(player);
}
