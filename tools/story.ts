// The writers' tools: `npm run story -- <check|play|stats> [file.ink] [options]`.
//   check  compile, lint tags, then play the story automatically for each role
//   play   a terminal player like `inklecate -p`: choice numbers on standard input
//   stats  words on screen and reading time per mode, played; words, knots... per file
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { compileInk, formatDiagnostic, InkCompileError } from '../src/ink/compileInk';
import { Narrative } from '../src/narrative/narrative';
import { microbiomeEffects } from '../src/session/microbiomeEffects';
import { isRoleId, ROLE_IDS } from '../src/session/roles';
import { createMicrobiome } from '../src/sim';
import { InklecatePlayer } from './inklecatePlayer';
import { formatSharedChoices } from './storyCallbacks';
import { checkStory, formatFinding } from './storyCheck';
import type { PlayerReport } from './storyExplorer';
import { seedStory } from './storyMachine';
import { outlineStory, proseWords } from './storyOutline';
import { formatStats, measureStory, SESSION_LENGTHS_FILE, sessionLengths } from './storyStats';

const USAGE = `usage: npm run story -- <command> [file.ink] [options]

commands:
  check [file.ink] [--json] [--runs N] [--seed N] [--states N] [--budget SECONDS]
        compile, lint tags, walk the story's states (each once, within the budget) and
        play every role automatically with the real simulation
  play  [file.ink] [--role elara|torus|kara|jalen|ensemble] [--length short|full] [--seed N]
        play in the terminal like inklecate -p: type a choice number and Enter;
        --seed N rolls the story's dice as the checker's report under seed N did
  stats [file.ink] [--runs N] [--seed N]
        for each mode (each role solo, the short and the full group session): words on
        screen, minutes read aloud at 130 words a minute, choices, discussions and the
        longest stretch of words without a choice, medians of N seeded random
        playthroughs (default 20); then words, knots, stitches and choices per file.
        On story/main.ink with the default runs and seed it also writes the group
        sessions' lengths to src/session/sessionLengths.json, which the setup screen shows

file.ink defaults to story/main.ink`;

const DEFAULT_STORY = 'story/main.ink';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

function storyFile(args: string[]): string {
  const valued = new Set(['--runs', '--seed', '--role', '--length', '--states', '--budget']);
  const positional = args.filter(
    (arg, i) => !arg.startsWith('--') && !valued.has(args[i - 1] ?? ''),
  );
  return positional[0] ?? DEFAULT_STORY;
}

function compileOrExit(file: string) {
  try {
    const compiled = compileInk(file);
    for (const warning of compiled.warnings) console.error(formatDiagnostic(warning));
    return compiled;
  } catch (error) {
    if (error instanceof InkCompileError) {
      for (const d of error.diagnostics) console.error(formatDiagnostic(d));
      process.exit(1);
    }
    throw error;
  }
}

/** One player's line: the walk, the playthroughs, and where they ended. */
function describePlayer(player: PlayerReport, usesSimulation: boolean): string {
  const tally = (counts: Record<string, number | undefined>) =>
    Object.entries(counts)
      .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
      .map(([name, count]) => `${name} ${count}`)
      .join(', ') || 'none';
  const walk = player.walk;
  const seeds = walk.seeds > 1 ? ` under ${walk.seeds} seeds` : '';
  const walked = `${walk.states} states walked${seeds} (${
    player.exhaustive
      ? 'every state'
      : walk.complete
        ? 'every state, some merged by capped visit counts'
        : 'limit reached'
  })`;
  const choices = `${player.choices.min}-${player.choices.max} choices`;
  if (!usesSimulation) {
    return `${walked}, ${player.playthroughs} playthroughs to an end, ${choices}; ended in: ${tally(player.ends)}`;
  }
  return `${walked}, ${player.playthroughs} playthroughs, ${choices} (at least ${player.meaningfulMin} changing the simulation); endings: ${tally(player.endings)}`;
}

function check(args: string[]): number {
  const file = storyFile(args);
  const states = option(args, '--states');
  const report = checkStory(file, {
    playthroughs: Number(option(args, '--runs') ?? 200),
    seed: Number(option(args, '--seed') ?? 1),
    states: states === undefined ? undefined : Number(states),
    budgetSeconds: Number(option(args, '--budget') ?? 60),
  });
  if (args.includes('--json')) {
    const { outline: _outline, ...rest } = report;
    console.log(JSON.stringify(rest, null, 2));
    return report.ok ? 0 : 1;
  }
  for (const finding of report.findings) console.log(formatFinding(finding));
  for (const line of formatSharedChoices(report.sharedChoices ?? [])) console.log(line);
  const exploration = report.exploration;
  if (exploration) {
    for (const player of exploration.players) {
      const who =
        player.player !== 'story'
          ? player.player
          : exploration.hasRoles
            ? 'story asks the role'
            : 'the story';
      console.log(`${who}: ${describePlayer(player, exploration.usesSimulation)}`);
    }
    const { visited, unvisited } = exploration.coverage;
    console.log(
      `coverage: ${visited.length}/${visited.length + unvisited.length} knots and stitches visited`,
    );
    // Claims vs state (storyClaims.ts): how many `# when:` lines the players met.
    // Counted by place (file:line), as the check counts the lines it met.
    const tagged = report.outline?.tags.filter((t) => /^when\s*:/i.test(t.tag)) ?? [];
    const claims = new Set(tagged.map((t) => `${t.file}:${t.line}`)).size;
    if (claims > 0) {
      const { broken, placesShown } = exploration.claims;
      console.log(
        `claims: ${placesShown}/${claims} tagged lines shown, ${broken.length === 0 ? 'none' : broken.length} contradicted by the simulation`,
      );
    }
  }
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  console.log(
    report.ok
      ? `story check passed (${warnings} warning${warnings === 1 ? '' : 's'})`
      : `story check failed: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  return report.ok ? 0 : 1;
}

async function play(args: string[]): Promise<number> {
  const file = storyFile(args);
  const compiled = compileOrExit(file);
  const holder = { microbiome: createMicrobiome() };
  const narrative = new Narrative(compiled.json, microbiomeEffects(holder));
  const role = option(args, '--role');
  if (role !== undefined) {
    // "ensemble" plays the group game: every role's part, or with --length short one part
    // per act in turn, as "Play together" does in the browser.
    if (!isRoleId(role) && role !== 'ensemble') {
      console.error(`unknown role "${role}": use one of ${ROLE_IDS.join(', ')} or ensemble`);
      return 2;
    }
    if (narrative.hasVariable('role')) narrative.setVariable('role', role);
    const length = option(args, '--length') ?? 'full';
    if (length !== 'full' && length !== 'short') {
      console.error(`unknown length "${length}": use full or short`);
      return 2;
    }
    if (role === 'ensemble' && narrative.hasVariable('ensemble_length')) {
      narrative.setVariable('ensemble_length', length);
    }
  }
  // The checker names the seed a path was found under when the story rolls dice.
  const seed = option(args, '--seed');
  if (seed !== undefined) seedStory(narrative, Number(seed));
  const player = new InklecatePlayer(narrative);
  process.stdout.write(player.begin());
  const input = createInterface({ input: process.stdin, terminal: false });
  for await (const line of input) {
    if (player.finished) break;
    process.stdout.write(player.answer(line));
    if (player.finished) break;
  }
  if (!player.finished) process.stdout.write(player.answer(null));
  input.close();
  return 0;
}

function stats(args: string[]): number {
  const file = storyFile(args);
  const compiled = compileOrExit(file);
  const runs = Number(option(args, '--runs') ?? 20);
  const seed = Number(option(args, '--seed') ?? 1);
  const measured = measureStory(compiled.json, { runs, seed });
  console.log(formatStats(measured));
  // The game's own story, measured as by default: the figures the setup screens show.
  if (file === DEFAULT_STORY && runs === 20 && seed === 1) {
    const lengths = sessionLengths(measured, runs, seed);
    writeFileSync(SESSION_LENGTHS_FILE, `${JSON.stringify(lengths, null, 2)}\n`);
    console.log(
      `wrote ${SESSION_LENGTHS_FILE}: short ${lengths.short.words} words (${lengths.short.minutes} min), full ${lengths.full.words} words (${lengths.full.minutes} min)`,
    );
  }
  console.log('');
  const outline = outlineStory(compiled.files);
  const rows = outline.sources.map(({ file: source, text }) => {
    const entries = outline.entries.filter((entry) => entry.file === source);
    return {
      name: source,
      words: proseWords(text),
      knots: entries.filter((entry) => entry.kind === 'knot').length,
      stitches: entries.filter((entry) => entry.kind === 'stitch').length,
      choices: (text.match(/^\s*[*+]/gm) ?? []).length,
    };
  });
  const roleOf = (name: string) => ROLE_IDS.find((role) => name.endsWith(`/${role}.ink`));
  const shared = rows.filter((row) => !roleOf(row.name));
  const sum = (list: typeof rows, key: 'words' | 'knots' | 'stitches' | 'choices') =>
    list.reduce((total, row) => total + row[key], 0);
  const total = (name: string, list: typeof rows) => ({
    name,
    words: sum(list, 'words'),
    knots: sum(list, 'knots'),
    stitches: sum(list, 'stitches'),
    choices: sum(list, 'choices'),
  });
  const table = (title: string, list: typeof rows) => {
    const width = Math.max(title.length, ...list.map((row) => row.name.length));
    console.log(`${title.padEnd(width)}  ${'words'.padStart(6)}  knots  stitches  choices`);
    for (const row of list) {
      console.log(
        `${row.name.padEnd(width)}  ${String(row.words).padStart(6)}  ${String(row.knots).padStart(5)}  ${String(row.stitches).padStart(8)}  ${String(row.choices).padStart(7)}`,
      );
    }
  };
  table('file', [...rows, total('total', rows)]);
  const perRole = ROLE_IDS.flatMap((role) => {
    const own = rows.filter((row) => roleOf(row.name) === role);
    if (own.length === 0) return [];
    return [
      total(`${role} (own files)`, own),
      total(`${role} (own + shared)`, [...own, ...shared]),
    ];
  });
  if (perRole.length > 0) {
    console.log('');
    table('role', perRole);
  }
  return 0;
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => number | Promise<number>> = {
  check,
  play,
  stats,
};
const run = command ? commands[command] : undefined;
if (!run) {
  console.error(USAGE);
  process.exit(command ? 2 : 0);
} else {
  process.exitCode = await run(rest);
}
