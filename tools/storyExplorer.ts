// Plays a compiled story automatically with the real simulation bound, for each role:
// every path where the branching is small enough, seeded random paths otherwise. Reports
// coverage of knots and stitches, runtime errors with the path that reached them, unknown
// tags and which endings each role reached.
import { parseTag } from '../src/narrative/tags';
import { ROLE_IDS, type RoleId } from '../src/session/roles';
import { type CompiledStoryModule, Session } from '../src/session/session';
import { classifyEnding, type EndingName } from '../src/sim';
import { randomStream } from '../src/sim/random';

export interface ExploreOptions {
  /** Random playthroughs per role when the story is too big to walk every path. */
  playthroughs?: number;
  /** Walk every path while the number of complete paths stays under this. */
  exhaustiveLimit?: number;
  seed?: number;
  roles?: readonly RoleId[];
}

export interface RuntimeProblem {
  role: RoleId;
  /** The choices (1-based numbers) that led to the problem, as `play` takes them. */
  choices: number[];
  message: string;
}

export interface RoleReport {
  role: RoleId;
  playthroughs: number;
  exhaustive: boolean;
  endings: Partial<Record<EndingName, number>>;
  /** The fewest choices any playthrough of this role made before the end, and the most. */
  choices: { min: number; max: number };
}

export interface ExploreReport {
  roles: RoleReport[];
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

export function exploreStory(
  compiled: CompiledStoryModule,
  options: ExploreOptions = {},
): ExploreReport {
  const containers = namedContainers(compiled.json);
  const visited = new Set<string>();
  const problems: RuntimeProblem[] = [];
  const unknownTags = new Set<string>();
  for (const tag of staticTags(compiled.json)) {
    if (parseTag(tag).kind === 'unknown') unknownTags.add(tag);
  }
  const roles = (options.roles ?? ROLE_IDS).map((role) => {
    const report: RoleReport = {
      role,
      playthroughs: 0,
      exhaustive: false,
      endings: {},
      choices: { min: Number.POSITIVE_INFINITY, max: 0 },
    };
    const finish = (session: Session, path: number[]) => {
      report.playthroughs += 1;
      const ending = classifyEnding(session.microbiome);
      report.endings[ending] = (report.endings[ending] ?? 0) + 1;
      report.choices.min = Math.min(report.choices.min, path.length);
      report.choices.max = Math.max(report.choices.max, path.length);
      for (const name of containers) {
        if (session.visitCount(name) > 0) visited.add(name);
      }
    };
    const play = (path: number[], pick: (count: number, depth: number) => number | null) => {
      const taken: number[] = [];
      let session: Session;
      try {
        session = Session.begin(compiled, role);
        for (const index of path) {
          taken.push(index + 1);
          session.choose(index);
        }
        for (let turn = 0; !session.passage.ended; turn += 1) {
          if (turn > MAX_TURNS) throw new Error(`no end after ${MAX_TURNS} choices: a loop?`);
          for (const line of session.passage.lines) collectUnknown(line.cues, unknownTags);
          const next = pick(session.passage.choices.length, taken.length);
          if (next === null) return { session, open: session.passage.choices.length };
          for (const choice of session.passage.choices) collectUnknown(choice.cues, unknownTags);
          taken.push(next + 1);
          session.choose(next);
        }
      } catch (error) {
        problems.push({
          role,
          choices: taken,
          message: error instanceof Error ? error.message : String(error),
        });
        return null;
      }
      for (const line of session.passage.lines) collectUnknown(line.cues, unknownTags);
      finish(session, taken);
      return { session, open: 0 };
    };

    // Depth-first over every path while the tree stays small.
    const limit = options.exhaustiveLimit ?? 400;
    const stack: number[][] = [[]];
    let complete = 0;
    while (stack.length > 0 && complete + stack.length <= limit) {
      const prefix = stack.pop() as number[];
      const result = play(prefix, () => null);
      if (!result) continue;
      if (result.open === 0) {
        complete += 1;
        continue;
      }
      for (let i = result.open - 1; i >= 0; i -= 1) stack.push([...prefix, i]);
    }
    report.exhaustive = stack.length === 0;
    if (!report.exhaustive) {
      // Too many paths: fall back to seeded random playthroughs.
      report.playthroughs = 0;
      report.endings = {};
      const random = randomStream((options.seed ?? 1) + ROLE_IDS.indexOf(role) * 7919);
      for (let run = 0; run < (options.playthroughs ?? 200); run += 1) {
        play([], (count) => Math.floor(random() * count));
      }
    }
    if (report.playthroughs === 0) report.choices.min = 0;
    return report;
  });
  return {
    roles,
    problems,
    unknownTags: [...unknownTags].sort(),
    coverage: {
      visited: containers.filter((name) => visited.has(name)),
      unvisited: containers.filter((name) => !visited.has(name)),
    },
  };
}

function collectUnknown(cues: readonly { kind: string; tag?: string }[], into: Set<string>) {
  for (const cue of cues) if (cue.kind === 'unknown' && cue.tag) into.add(cue.tag);
}
