// The story checker behind `npm run story -- check` and the story tests: compile, lint
// the tags and the calls into the simulation, then explore the story for every role.
// Every finding names a file and a line wherever the source allows.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compileInk, InkCompileError, type InkDiagnostic } from '../src/ink/compileInk';
import { EXTERNAL_FUNCTIONS } from '../src/narrative/storyEffects';
import {
  EXPRESSIONS,
  expressionNamed,
  illustrationOf,
  MURAL_CUES,
  muralCueNamed,
  parseTag,
} from '../src/narrative/tags';
import { BACKDROPS } from '../src/scenes/backdropPainter';
import type { EndingName } from '../src/sim';
import { INTERVENTIONS } from '../src/sim';
import {
  callbackFindings,
  debriefPlaces,
  type SharedChoice,
  sharedChoices,
} from './storyCallbacks';
import { claimFindings, stampClaims } from './storyClaims';
import { type ExploreReport, exploreStory, isSampledPlayer, rollsDiceIn } from './storyExplorer';
import { type OutlineEntry, outlineStory, type StoryOutline } from './storyOutline';

export interface Finding {
  severity: 'error' | 'warning';
  file: string;
  line: number | null;
  message: string;
}

export interface CheckOptions {
  relativeTo?: string;
  playthroughs?: number;
  seed?: number;
  /** Distinct states each player's walk may reach (see storyExplorer.ts). */
  states?: number;
  /** Seconds the walks may take together. */
  budgetSeconds?: number;
}

export interface CheckReport {
  file: string;
  findings: Finding[];
  exploration: ExploreReport | null;
  outline: StoryOutline | null;
  /** Shared choices and their callbacks (storyCallbacks.ts); empty without group play. */
  sharedChoices?: SharedChoice[];
  ok: boolean;
}

export const ENDINGS: readonly EndingName[] = [
  'flourishing',
  'fragile',
  'acid_takeover',
  'inflamed',
  'scorched',
];

const ROOT = path.resolve(import.meta.dirname, '..');

/** Names the game can show or play for `# bg:`, `# music:` and `# sfx:` cues. */
function cueNames(): Record<'bg' | 'music' | 'sfx', Set<string>> {
  const audio = (folder: string) => {
    const dir = path.join(ROOT, 'assets/audio', folder);
    return new Set(
      existsSync(dir) ? readdirSync(dir).map((file) => file.replace(/\.[^.]+$/, '')) : [],
    );
  };
  return { bg: new Set(Object.keys(BACKDROPS)), music: audio('music'), sfx: audio('sfx') };
}

/** Pictures a `# image:` cue can show: the files in assets/images/ (see src/ui/illustrations.ts). */
export function imageNames(): Set<string> {
  const dir = path.join(ROOT, 'assets/images');
  return new Set(
    existsSync(dir)
      ? readdirSync(dir)
          .filter((file) => /\.(svg|png|jpe?g|webp)$/i.test(file))
          .map((file) => file.replace(/\.[^.]+$/, '').toLowerCase())
      : [],
  );
}

function fromDiagnostic(d: InkDiagnostic): Finding {
  // A loose end is a dead end for a player: the story stops with nothing to choose.
  const deadEnd = /Apparent loose end/.test(d.message);
  return {
    severity: d.severity === 'error' || deadEnd ? 'error' : 'warning',
    file: d.file,
    line: d.line,
    message: deadEnd
      ? `dead end: ${d.message}`
      : d.severity === 'todo'
        ? `TODO: ${d.message}`
        : d.message,
  };
}

export function checkStory(rootFile: string, options: CheckOptions = {}): CheckReport {
  const relativeTo = options.relativeTo ?? process.cwd();
  const file = path.relative(relativeTo, path.resolve(rootFile)).split(path.sep).join('/');
  const findings: Finding[] = [];
  let compiled: ReturnType<typeof compileInk>;
  try {
    // `# when:` tags are stamped with their place, for the claims check (storyClaims.ts).
    compiled = compileInk(rootFile, {
      relativeTo,
      countAllVisits: true,
      readFile: stampClaims(relativeTo),
    });
  } catch (error) {
    if (!(error instanceof InkCompileError)) throw error;
    findings.push(...error.diagnostics.map(fromDiagnostic));
    return { file, findings, exploration: null, outline: null, ok: false };
  }
  findings.push(...compiled.warnings.map(fromDiagnostic));

  const outline = outlineStory(compiled.files, relativeTo);
  const shared = sharedChoices(outline.sources, debriefPlaces(relativeTo));
  findings.push(...callbackFindings(shared, outline.sources));
  const names = cueNames();
  const images = imageNames();
  // Tags that share a source line end up on the same line of dialogue.
  const kindsOnLine = new Map<string, Set<string>>();
  for (const { tag, file: at, line } of outline.tags) {
    const key = `${at}:${line}`;
    const kinds = kindsOnLine.get(key) ?? new Set<string>();
    kinds.add(parseTag(tag).kind);
    kindsOnLine.set(key, kinds);
  }
  for (const { tag, file: at, line } of outline.tags) {
    const cue = parseTag(tag);
    if (cue.kind === 'unknown') {
      findings.push({ severity: 'warning', file: at, line, message: `unknown tag "# ${tag}"` });
    } else if (cue.kind === 'expression' && !expressionNamed(cue.value)) {
      findings.push({
        severity: 'warning',
        file: at,
        line,
        message: `"# ${tag}": the portraits have no expression called "${cue.value}" (they have: ${EXPRESSIONS.join(', ')})`,
      });
    } else if (cue.kind === 'expression' && !kindsOnLine.get(`${at}:${line}`)?.has('speaker')) {
      findings.push({
        severity: 'warning',
        file: at,
        line,
        message: `"# ${tag}" needs a "# speaker:" on the same line: an expression is the speaker's face`,
      });
    } else if (cue.kind === 'mural' && !muralCueNamed(cue.value)) {
      findings.push({
        severity: 'warning',
        file: at,
        line,
        message: `"# ${tag}": the mural has no cue called "${cue.value}" (it has: ${MURAL_CUES.join(', ')})`,
      });
    } else if (cue.kind === 'image') {
      findings.push(...imageFindings(tag, illustrationOf(cue.value), images, at, line));
    } else if (
      (cue.kind === 'bg' || cue.kind === 'music' || cue.kind === 'sfx') &&
      !names[cue.kind].has(cue.value)
    ) {
      const known = [...names[cue.kind]].sort().join(', ');
      findings.push({
        severity: 'warning',
        file: at,
        line,
        message: `"# ${tag}": the game has no ${cue.kind} called "${cue.value}" (it has: ${known})`,
      });
    }
  }
  const provided = new Set<string>(EXTERNAL_FUNCTIONS.map((external) => external.name));
  for (const external of outline.externals) {
    if (!provided.has(external.name)) {
      findings.push({
        severity: 'error',
        file: external.file,
        line: external.line,
        message: `EXTERNAL ${external.name}() is not something the game provides (it provides: ${[...provided].join(', ')})`,
      });
    }
  }
  for (const call of outline.applies) {
    if (!(call.intervention in INTERVENTIONS)) {
      findings.push({
        severity: 'error',
        file: call.file,
        line: call.line,
        message: `apply("${call.intervention}"): no such intervention (valid: ${Object.keys(INTERVENTIONS).join(', ')})`,
      });
    }
  }
  // An unknown EXTERNAL stops the story on its first line: nothing to explore.
  if (outline.externals.some((external) => !provided.has(external.name))) {
    return { file, findings, exploration: null, outline, ok: false };
  }

  const measured = outline.entries.filter((entry) => entry.kind !== 'function');
  const where = new Map<string, OutlineEntry>(measured.map((entry) => [entry.name, entry]));
  const exploration = exploreStory(
    compiled,
    {
      playthroughs: options.playthroughs ?? 200,
      seed: options.seed ?? 1,
      states: options.states,
      budgetSeconds: options.budgetSeconds,
    },
    measured.map((entry) => entry.name),
  );

  const placeOf = (storyPath: string | null) => {
    const parts = (storyPath ?? '').split('.');
    const entry = where.get(parts.slice(0, 2).join('.')) ?? where.get(parts[0] ?? '');
    return entry ? { file: entry.file, line: entry.line } : { file, line: null };
  };
  const seen = new Set<string>();
  // With dice in the story, the same choices replay only under the same seed.
  const rollsDice = rollsDiceIn(compiled.json);
  for (const problem of exploration.problems) {
    const key = `${problem.kind}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const seed = rollsDice ? `, seed ${problem.seed}` : '';
    findings.push({
      severity: 'error',
      ...placeOf(problem.path),
      message: `${problem.kind}: ${problem.message} (playing ${problem.player}, choices ${problem.choices.join(' ') || 'none'}${seed})`,
    });
  }

  const allExhaustive = exploration.players.every((p) => p.exhaustive);
  const seedsWalked = Math.max(...exploration.players.map((p) => p.walk.seeds));
  for (const name of exploration.coverage.unvisited) {
    const entry = where.get(name);
    findings.push({
      // A path not found by random playthroughs may still exist; a full walk proves it.
      severity: allExhaustive ? 'error' : 'warning',
      file: entry?.file ?? file,
      line: entry?.line ?? null,
      message: allExhaustive
        ? `unreachable: no path leads to ${name}`
        : `${name} was never visited in ${exploration.players.reduce((n, p) => n + p.walk.states, 0)} states walked${seedsWalked > 1 ? ` (under ${seedsWalked} seeds)` : ''} and ${exploration.players.reduce((n, p) => n + p.playthroughs, 0)} playthroughs`,
    });
  }

  // Every choice should matter to the shared microbiome: an option that applies nothing
  // and leaves the community as any other option there would is a choice the simulation
  // cannot feel (letting time pass counts only when the alternatives do something else).
  if (outline.externals.some((external) => external.name === 'apply')) {
    for (const text of exploration.inertChoices) {
      const source = outline.sources.find((s) => s.text.includes(text));
      const line = source
        ? source.text.slice(0, source.text.indexOf(text)).split('\n').length
        : null;
      findings.push({
        severity: 'warning',
        file: source?.file ?? file,
        line,
        message: `the choice "${text}" changes nothing in the simulation (no apply, and no different from the other choices there)`,
      });
    }
  }

  findings.push(...claimFindings(outline.tags, exploration.claims.broken));

  // Endings are the simulation's: a story that asks ending() must reach every one.
  if (outline.externals.some((external) => external.name === 'ending')) {
    for (const player of exploration.players) {
      // The story's own role question and the full group session play the roles' own
      // parts, so their ending census is the roles' job; the short session (a cut of its
      // own) is checked for every ending.
      if (isSampledPlayer(player.player) && exploration.players.length > 1) continue;
      for (const ending of ENDINGS) {
        if (!player.endings[ending]) {
          findings.push({
            severity: 'error',
            file,
            line: null,
            message: `${player.player === 'story' ? 'the story' : player.player} never reaches the ${ending} ending in ${player.playthroughs} playthroughs`,
          });
        }
      }
    }
  }

  return {
    file,
    findings,
    exploration,
    outline,
    sharedChoices: shared,
    ok: !findings.some((finding) => finding.severity === 'error'),
  };
}

/** A `# image:` must name a picture in assets/images/ and say in words what it shows. */
function imageFindings(
  tag: string,
  picture: { name: string; alt: string },
  images: ReadonlySet<string>,
  file: string,
  line: number,
): Finding[] {
  const findings: Finding[] = [];
  if (!images.has(picture.name)) {
    const known = [...images].sort().join(', ') || 'none';
    findings.push({
      severity: 'warning',
      file,
      line,
      message: `"# ${tag}": assets/images/ has no picture called "${picture.name}" (it has: ${known})`,
    });
  }
  if (picture.alt === '') {
    findings.push({
      severity: 'warning',
      file,
      line,
      message: `"# ${tag}": say what the picture shows, for people who cannot see it: "# image: ${picture.name} = what it shows"`,
    });
  }
  return findings;
}

export function formatFinding(finding: Finding): string {
  const where = finding.line === null ? finding.file : `${finding.file}:${finding.line}`;
  return `${where}: ${finding.severity === 'warning' ? 'warning: ' : ''}${finding.message}`;
}
