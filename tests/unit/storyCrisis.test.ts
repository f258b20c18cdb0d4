// The crisis happens in the simulation on every path (issue #15 item 1). Every festival path
// of every role (the role's own festival choice, the Lane, the Bowl, the night) is played
// through the real story and Session; the wall's named state (mural()) is read at the
// festival's start, at the outbreak's opening and at the end of the outbreak chapter (the
// rest of the path takes the first option). The classroom cut's festival is played too. On every path the wall the outbreak opens on is
// worse than the wall the festival began with: the festival's blend seeds the imbalance the
// outbreak describes, whatever the player chose.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { makeEnsemble } from '../../src/session/ensemble';
import { type CompiledStoryModule, Session } from '../../src/session/session';
import { muralState, ph } from '../../src/sim';

const root = path.resolve(import.meta.dirname, '../..');
const ROLES = ['elara', 'torus', 'kara', 'jalen', 'classroom'] as const;

/** From calm to worst: a later state is a worse wall. */
const WORSE = ['vibrant', 'serene', 'anxious', 'acidic', 'inflamed', 'scorched'];
const rank = (state: string): number => {
  const at = WORSE.indexOf(state);
  if (at < 0) throw new Error(`unknown mural state ${state}`);
  // acidic, inflamed and scorched are all endings of their own: equally bad walls.
  return Math.min(at, 3);
};

interface CrisisPath {
  role: string;
  choices: number[];
  start: string;
  outbreak: string;
  actEnd: string;
  outbreakPh: number;
}

const wall = (session: Session): string => muralState(session.microbiome).state;

/** The classroom cut (a short four-player game) is played as the role 'classroom'. */
function begin(story: CompiledStoryModule, role: string): Session {
  if (role !== 'classroom') return Session.begin(story, role as never, { seed: 1 });
  const ensemble = makeEnsemble(
    ['Ana', 'Ben', 'Cy', 'Dee'],
    { elara: 0, torus: 1, kara: 2, jalen: 3 },
    'short',
    true,
  );
  return Session.begin(story, 'ensemble', { ensemble, seed: 1 });
}

function choose(session: Session, index: number): void {
  session.endDiscussion();
  session.choose(index);
}

function play(story: CompiledStoryModule, role: string, choices: readonly number[]): Session {
  const session = begin(story, role);
  for (const index of choices) choose(session, index);
  return session;
}

/** Every path through the festival for a role, each played on into the outbreak. */
function festivalPaths(story: CompiledStoryModule, role: string): CrisisPath[] {
  const start = wall(begin(story, role));
  const found: CrisisPath[] = [];
  const walk = (choices: number[]) => {
    const session = play(story, role, choices);
    if (session.chapter === 'The Festival' && !session.passage.ended) {
      for (let i = 0; i < session.passage.choices.length; i++) walk([...choices, i]);
      return;
    }
    const outbreak = wall(session);
    const outbreakPh = session.microbiome ? Number(phOf(session)) : Number.NaN;
    let guard = 0;
    while (session.chapter === 'The Outbreak' && !session.passage.ended && guard++ < 40) {
      choose(session, 0);
    }
    found.push({ role, choices, start, outbreak, actEnd: wall(session), outbreakPh });
  };
  walk([]);
  return found;
}

function phOf(session: Session): number {
  return ph(session.microbiome);
}

let paths: CrisisPath[];

beforeAll(() => {
  const story = compileInk(path.join(root, 'story/main.ink'));
  paths = ROLES.flatMap((role) => festivalPaths(story, role));
  if (process.env.CRISIS_TABLE) {
    for (const role of ROLES) {
      const mine = paths.filter((p) => p.role === role);
      const tally = (key: 'start' | 'outbreak' | 'actEnd') =>
        Object.entries(
          mine.reduce<Record<string, number>>((acc, p) => {
            acc[p[key]] = (acc[p[key]] ?? 0) + 1;
            return acc;
          }, {}),
        )
          .map(([k, v]) => `${k} ${v}`)
          .join(', ');
      const worse = mine.filter((p) => rank(p.outbreak) > rank(p.start)).length;
      console.log(
        `${role}: ${mine.length} paths; start ${tally('start')}; outbreak ${tally('outbreak')}; act end ${tally('actEnd')}; worse ${worse}/${mine.length}; outbreak pH ${Math.min(...mine.map((p) => p.outbreakPh)).toFixed(2)}-${Math.max(...mine.map((p) => p.outbreakPh)).toFixed(2)}`,
      );
    }
  }
}, 240_000);

describe('the crisis is in the simulation on every festival path', () => {
  it('plays every festival path of every role', () => {
    for (const role of ROLES) {
      // The classroom cut's festival asks only the Lane.
      const least = role === 'classroom' ? 3 : 18;
      expect(paths.filter((p) => p.role === role).length).toBeGreaterThanOrEqual(least);
    }
  });

  it('opens the outbreak on a wall worse than the festival began with', () => {
    const calm = paths.filter((p) => rank(p.outbreak) <= rank(p.start));
    expect(
      calm.map(
        (p) => `${p.role} ${p.choices.map((c) => c + 1).join(' ')}: ${p.start} -> ${p.outbreak}`,
      ),
    ).toEqual([]);
  });
});
