// The writers' tools: `npm run story -- <check|play|stats> [file.ink] [options]`.
//   check  compile, lint tags, then play the story automatically for each role
//   play   a terminal player like `inklecate -p`: choice numbers on standard input
//   stats  words, knots, stitches and choices per file
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { compileInk, formatDiagnostic, InkCompileError } from '../src/ink/compileInk';
import { Narrative } from '../src/narrative/narrative';
import { microbiomeEffects } from '../src/session/microbiomeEffects';
import { isRoleId, ROLE_IDS } from '../src/session/roles';
import { createMicrobiome } from '../src/sim';
import { exploreStory } from './storyExplorer';

const USAGE = `usage: npm run story -- <command> [file.ink] [options]

commands:
  check [file.ink] [--json] [--runs N] [--seed N]
        compile, lint tags and play every role automatically with the real simulation
  play  [file.ink] [--role elara|torus|kara|jalen]
        play in the terminal like inklecate -p: type a choice number and Enter
  stats [file.ink]
        words, knots, stitches and choices per file

file.ink defaults to story/main.ink`;

const DEFAULT_STORY = 'story/main.ink';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

function storyFile(args: string[]): string {
  const valued = new Set(['--runs', '--seed', '--role']);
  const positional = args.filter(
    (arg, i) => !arg.startsWith('--') && !valued.has(args[i - 1] ?? ''),
  );
  return positional[0] ?? DEFAULT_STORY;
}

function compileOrExit(file: string, countAllVisits: boolean) {
  try {
    const compiled = compileInk(file, { countAllVisits });
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

function check(args: string[]): number {
  const file = storyFile(args);
  const compiled = compileOrExit(file, true);
  const report = exploreStory(compiled, {
    playthroughs: Number(option(args, '--runs') ?? 200),
    seed: Number(option(args, '--seed') ?? 1),
  });
  const unreachable = report.roles.flatMap((role) =>
    Object.keys(report.roles.reduce((all, r) => Object.assign(all, r.endings), {}))
      .filter((ending) => !(ending in role.endings))
      .map((ending) => `${role.role} never reaches the ${ending} ending`),
  );
  const failed = report.problems.length > 0;
  if (args.includes('--json')) {
    console.log(JSON.stringify({ file, warnings: compiled.warnings, ...report }, null, 2));
    return failed ? 1 : 0;
  }
  for (const tag of report.unknownTags) console.log(`${file}: warning: unknown tag "# ${tag}"`);
  for (const problem of report.problems) {
    console.log(
      `${file}: error: ${problem.message}\n  as ${problem.role}, choices ${problem.choices.join(' ') || '(none)'}`,
    );
  }
  for (const role of report.roles) {
    const endings = Object.entries(role.endings)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ');
    console.log(
      `${role.role}: ${role.playthroughs} ${role.exhaustive ? 'paths (all)' : 'random playthroughs'}, ${role.choices.min}-${role.choices.max} choices; endings: ${endings || 'none'}`,
    );
  }
  for (const line of unreachable) console.log(`note: ${line}`);
  const { visited, unvisited } = report.coverage;
  console.log(
    `coverage: ${visited.length}/${visited.length + unvisited.length} knots and stitches`,
  );
  if (unvisited.length > 0) console.log(`  never visited: ${unvisited.join(', ')}`);
  console.log(failed ? `${report.problems.length} problem(s)` : 'story check passed');
  return failed ? 1 : 0;
}

async function play(args: string[]): Promise<number> {
  const file = storyFile(args);
  const compiled = compileOrExit(file, false);
  const holder = { microbiome: createMicrobiome() };
  const narrative = new Narrative(compiled.json, microbiomeEffects(holder));
  const role = option(args, '--role');
  if (role !== undefined) {
    if (!isRoleId(role)) {
      console.error(`unknown role "${role}": use one of ${ROLE_IDS.join(', ')}`);
      return 2;
    }
    narrative.setVariable('role', role);
  }
  const input = createInterface({ input: process.stdin, terminal: false });
  const lines = input[Symbol.asyncIterator]();
  const print = (text: string) => process.stdout.write(`${text}\n`);
  for (;;) {
    const passage = narrative.next();
    for (const line of passage.lines) {
      if (line.text !== '') print(line.text);
      const tags = line.cues.map((cue) => (cue.kind === 'unknown' ? cue.tag : cueText(cue)));
      if (tags.length > 0) print(`# tags: ${tags.join(', ')}`);
    }
    if (passage.ended) break;
    print('');
    passage.choices.forEach((choice, i) => {
      print(`${i + 1}: ${choice.text}`);
    });
    for (;;) {
      process.stdout.write('?> ');
      const next = await lines.next();
      if (next.done) {
        input.close();
        return 0;
      }
      const number = Number(next.value.trim());
      if (Number.isInteger(number) && number >= 1 && number <= passage.choices.length) {
        narrative.choose(number - 1);
        break;
      }
      print(`Choice out of range: pick 1 to ${passage.choices.length}`);
    }
  }
  input.close();
  return 0;
}

function cueText(cue: { kind: string; value: string }): string {
  return cue.value === '' ? cue.kind.toUpperCase() : `${cue.kind}: ${cue.value}`;
}

function stats(args: string[]): number {
  const file = storyFile(args);
  const compiled = compileOrExit(file, false);
  const rows = compiled.files.map((absolute) => {
    const source = readFileSync(absolute, 'utf8');
    const prose = source
      .split('\n')
      .map((line) => line.replace(/\/\/.*$/, '').trim())
      .filter((line) => line && !/^(~|=|INCLUDE|EXTERNAL|VAR|CONST|->|-\s*>|TODO)/.test(line))
      .map((line) => line.replace(/#[^#]*/g, '').replace(/\{[^}]*\}|->\s*\S+|[*+]|\[|\]/g, ' '));
    return {
      file: path.relative(process.cwd(), absolute),
      words: prose
        .join(' ')
        .split(/\s+/)
        .filter((w) => /[A-Za-z]/.test(w)).length,
      knots: (source.match(/^\s*={2,}\s*\w+/gm) ?? []).length,
      stitches: (source.match(/^\s*=\s+\w+|^\s*=\w+/gm) ?? []).length,
      choices: (source.match(/^\s*[*+]/gm) ?? []).length,
    };
  });
  const width = Math.max(...rows.map((row) => row.file.length), 4);
  console.log(`${'file'.padEnd(width)}  words  knots  stitches  choices`);
  for (const row of rows) {
    console.log(
      `${row.file.padEnd(width)}  ${String(row.words).padStart(5)}  ${String(row.knots).padStart(5)}  ${String(row.stitches).padStart(8)}  ${String(row.choices).padStart(7)}`,
    );
  }
  const total = rows.reduce((sum, row) => sum + row.words, 0);
  console.log(`${'total'.padEnd(width)}  ${String(total).padStart(5)}`);
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
