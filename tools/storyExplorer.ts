// Plays a compiled story automatically with the real simulation bound, for each role:
// every path while the branching is small enough, seeded random paths otherwise. Reports
// coverage of knots and stitches, runtime errors and dead ends with the choices that
// reached them, unknown tags and which endings each role reached.
import { parseTag } from '../src/narrative/tags';
import type { GameState } from '../src/session/gameState';
import { ROLE_IDS, type RoleId } from '../src/session/roles';
import { type CompiledStoryModule, Session } from '../src/session/session';
import {
  classifyEnding,
  type EndingName,
  evenness,
  health,
  type Microbiome,
  shares,
} from '../src/sim';
import { randomStream } from '../src/sim/random';

export interface ExploreOptions {
  /** Random playthroughs per role when the story is too big to walk every path. */
  playthroughs?: number;
  /** Walk every path while the number of complete paths stays under this. */
  exhaustiveLimit?: number;
  seed?: number;
  roles?: readonly RoleId[];
}

/**
 * Who a pass plays as: a role the game sets, the story's own role question, or a group in
 * ensemble play (every role's part, or the short session's turns).
 */
export type Player = RoleId | 'story' | 'ensemble-short' | 'ensemble-full';

/** Players that get a few random runs for errors and coverage, not an ending census. */
const SAMPLED: ReadonlySet<Player> = new Set(['story', 'ensemble-short', 'ensemble-full']);

const WORKSHOP_CAST = { elara: 'A', torus: 'B', kara: 'C', jalen: 'D' } as const;

export interface RuntimeProblem {
  player: Player;
  kind: 'error' | 'dead end';
  /** The choices (1-based numbers) that led to the problem, as `play` takes them. */
  choices: number[];
  message: string;
  /** The knot or stitch the story was in, when ink knows it. */
  path: string | null;
}

export interface PlayerReport {
  player: Player;
  playthroughs: number;
  exhaustive: boolean;
  endings: Partial<Record<EndingName, number>>;
  /** The fewest choices any playthrough made before the end, and the most. */
  choices: { min: number; max: number };
  /** The fewest choices in any playthrough that the simulation felt (see `inertChoices`). */
  meaningfulMin: number;
}

export interface ExploreReport {
  /** Whether the story has a `role` variable the game sets. */
  hasRoles: boolean;
  /**
   * Choice texts that were taken and applied no intervention, leaving the community just as
   * every other choice offered there would have.
   */
  inertChoices: string[];
  players: PlayerReport[];
  problems: RuntimeProblem[];
  unknownTags: string[];
  coverage: { visited: string[]; unvisited: string[] };
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

interface Outcome {
  session: Session;
  /** Choices still open where the walk stopped (0: the story ended). */
  open: number;
}

export function exploreStory(
  compiled: CompiledStoryModule,
  options: ExploreOptions = {},
  /** Names to measure coverage on; functions are left out by the caller. */
  containers: readonly string[] = namedContainers(compiled.json),
): ExploreReport {
  const visited = new Set<string>();
  const inert = new Set<string>();
  const problems: RuntimeProblem[] = [];
  const unknownTags = new Set<string>();
  for (const tag of staticTags(compiled.json)) {
    if (parseTag(tag).kind === 'unknown') unknownTags.add(tag);
  }
  const probe = Session.begin(compiled, 'elara', { storyAsksRole: true });
  const hasRoles = probe.hasStoryVariable('role');
  const hasEnsemble = probe.hasStoryVariable('ensemble_length');
  const players: Player[] = hasRoles
    ? [
        ...(options.roles ?? ROLE_IDS),
        'story',
        ...(hasEnsemble ? (['ensemble-short', 'ensemble-full'] as const) : []),
      ]
    : ['story'];

  const explore = (player: Player): PlayerReport => {
    const report: PlayerReport = {
      player,
      playthroughs: 0,
      exhaustive: false,
      endings: {},
      choices: { min: Number.POSITIVE_INFINITY, max: 0 },
      meaningfulMin: Number.POSITIVE_INFINITY,
    };
    const begin = () => {
      if (player === 'story') return Session.begin(compiled, 'elara', { storyAsksRole: true });
      if (player === 'ensemble-short' || player === 'ensemble-full') {
        const length = player === 'ensemble-short' ? 'short' : 'full';
        return Session.begin(compiled, 'ensemble', {
          ensemble: { cast: { ...WORKSHOP_CAST }, length, discussion: true },
        });
      }
      return Session.begin(compiled, player);
    };

    let current: Session | undefined;
    const wanderRandom = randomStream((options.seed ?? 1) * 17 + players.indexOf(player));
    const random01 = () => wanderRandom();
    /** Per choice of the playthrough in progress: whether the simulation felt it. */
    let felt: boolean[] = [];
    /**
     * Takes a choice and judges whether the simulation felt it: it applied an intervention,
     * or (a choice that only lets time pass) it left the community different from where
     * some other choice offered at the same point would have. Time passing alone does not
     * count: a choice whose every alternative passes the same time changes nothing.
     */
    const choose = (session: Session, index: number) => {
      const offered = session.passage.choices.length;
      const text = session.passage.choices[index]?.text ?? '';
      // The checker plays on past a workshop's discussion, as a facilitator would.
      session.endDiscussion();
      const before = session.state();
      session.choose(index);
      const record = session.log[session.log.length - 1];
      if (!record) throw new Error('a choice left no record in the log');
      felt.push(
        record.interventions.length > 0 ||
          provenFelt.has(text) ||
          differsFromAnAlternative(before, index, offered, session.microbiome, text),
      );
    };
    /** Resuming costs a full story load, so a choice text proven felt once is trusted after. */
    const provenFelt = new Set<string>();
    const differsFromAnAlternative = (
      before: GameState,
      index: number,
      offered: number,
      after: Microbiome,
      text: string,
    ) => {
      const afterJson = JSON.stringify(after);
      for (let other = 0; other < offered; other += 1) {
        if (other === index) continue;
        const alternative = Session.resume(compiled, before);
        alternative.endDiscussion();
        alternative.choose(other);
        if (JSON.stringify(alternative.microbiome) !== afterJson) {
          provenFelt.add(text);
          return true;
        }
      }
      return false;
    };
    const play = (prefix: number[], pick: (count: number) => number | null): Outcome | null => {
      const taken: number[] = [];
      felt = [];
      let session: Session | undefined;
      try {
        session = begin();
        current = session;
        for (const index of prefix) {
          taken.push(index + 1);
          choose(session, index);
        }
        for (let turn = 0; !session.passage.ended; turn += 1) {
          if (turn > MAX_TURNS) throw new Error(`no end after ${MAX_TURNS} choices: a loop?`);
          const next = pick(session.passage.choices.length);
          if (next === null) return { session, open: session.passage.choices.length };
          taken.push(next + 1);
          choose(session, next);
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        problems.push({
          player,
          kind: /ran out of content/.test(message) ? 'dead end' : 'error',
          choices: taken,
          message,
          path: (error as { path?: string | null }).path ?? null,
        });
        if (session) collect(session);
        return null;
      }
      collect(session);
      report.playthroughs += 1;
      const ending = classifyEnding(session.microbiome);
      report.endings[ending] = (report.endings[ending] ?? 0) + 1;
      report.choices.min = Math.min(report.choices.min, taken.length);
      report.choices.max = Math.max(report.choices.max, taken.length);
      let meaningful = 0;
      session.log.forEach((record, i) => {
        if (felt[i]) meaningful += 1;
        // Picking who to be, when the story asks, is not a choice about the world (the
        // roles' own passes judge the rest); a story without roles is judged whole.
        else if (player !== 'story' || !hasRoles) inert.add(record.text);
      });
      report.meaningfulMin = Math.min(report.meaningfulMin, meaningful);
      return { session, open: 0 };
    };

    const collect = (session: Session) => {
      for (const name of containers) if (session.visitCount(name) > 0) visited.add(name);
      for (const entry of session.transcript) {
        const cues = entry.kind === 'line' ? entry.line.cues : [];
        for (const cue of cues) if (cue.kind === 'unknown') unknownTags.add(cue.tag);
      }
    };

    // Depth-first over every path while the tree stays small: each open prefix is
    // replayed from the start, which keeps every run independent and deterministic.
    const limit = options.exhaustiveLimit ?? 100;
    const stack: number[][] = [[]];
    let complete = 0;
    while (stack.length > 0 && complete + stack.length <= limit) {
      const prefix = stack.pop() as number[];
      const outcome = play(prefix, () => null);
      if (!outcome) continue;
      if (outcome.open === 0) complete += 1;
      else for (let i = outcome.open - 1; i >= 0; i -= 1) stack.push([...prefix, i]);
    }
    report.exhaustive = stack.length === 0;
    if (!report.exhaustive) {
      // Too many paths to walk: seeded random playthroughs instead.
      report.playthroughs = 0;
      report.endings = {};
      report.choices = { min: Number.POSITIVE_INFINITY, max: 0 };
      report.meaningfulMin = Number.POSITIVE_INFINITY;
      const random = randomStream((options.seed ?? 1) + players.indexOf(player) * 7919);
      const runs = SAMPLED.has(player) ? 8 : (options.playthroughs ?? 200);
      for (let run = 0; run < runs; run += 1) play([], (count) => Math.floor(random() * count));
    }
    // Rare endings can hide from random play. For each ending not yet seen, steer:
    // at every choice try each option one step ahead and take the one that moves the
    // microbiome furthest towards that ending (a little randomness breaks ties).
    if (!SAMPLED.has(player)) {
      for (const ending of ENDING_LEANS) {
        for (let attempt = 0; attempt < 3 && !report.endings[ending.name]; attempt += 1) {
          play([], (count) => steer(ending.lean, count, attempt === 0 ? 0 : 0.25));
        }
      }
    }
    if (report.playthroughs === 0) {
      report.choices.min = 0;
      report.meaningfulMin = 0;
    }
    return report;

    function steer(lean: (m: Microbiome) => number, count: number, wander: number): number {
      const here = current;
      if (!here || random01() < wander) return Math.floor(random01() * count);
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < count; i += 1) {
        const trial = Session.resume(compiled, here.state());
        trial.endDiscussion();
        trial.choose(i);
        const score = lean(trial.microbiome);
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      return best;
    }
  };

  return {
    hasRoles,
    players: players.map(explore),
    inertChoices: [...inert].sort(),
    problems,
    unknownTags: [...unknownTags].sort(),
    coverage: {
      visited: containers.filter((name) => visited.has(name)),
      unvisited: containers.filter((name) => !visited.has(name)),
    },
  };
}

/** Whether a player is only sampled (a few runs) rather than checked for every ending. */
export function isSampledPlayer(player: Player): boolean {
  return SAMPLED.has(player);
}
