// Build-time only. Lets the game `import story from '../story/main.ink'`: the story is
// compiled here, so only its JSON and the inkjs runtime reach the browser. The module the
// page imports holds the story's version and each role's opening (played here with the real
// engine, src/session/openings.ts); the compiled JSON is a chunk of its own
// (`main.ink?ink-json`), fetched after first paint, so the title never waits for it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Plugin, runnerImport, type ViteDevServer } from 'vite';
import { type CompiledStory, compileInk, formatDiagnostic, InkCompileError } from './compileInk.ts';

type OpeningsModule = typeof import('../session/openings.ts');
let openingsModule: Promise<OpeningsModule> | null = null;

/**
 * The game's own rules, to play the openings with. Loaded through Vite's module runner
 * rather than imported here: the core's imports are written the bundler's way (without
 * extensions), which the config file itself should not depend on.
 */
function openingsPlayer(): Promise<OpeningsModule> {
  const file = fileURLToPath(new URL('../session/openings.ts', import.meta.url));
  openingsModule ??= runnerImport<OpeningsModule>(file, {
    configFile: false,
    logLevel: 'silent',
  }).then((result) => result.module);
  return openingsModule;
}

/** The query that asks for a story's compiled JSON rather than its opening module. */
const JSON_QUERY = 'ink-json';

export function inkStory(): Plugin {
  let root = process.cwd();
  let server: ViteDevServer | undefined;
  // Which compiled root files each .ink file feeds, so saving an INCLUDEd act
  // reloads the story that includes it.
  const dependents = new Map<string, Set<string>>();
  // The opening module and the JSON chunk of one story are two loads of one compile.
  const compiles = new Map<string, { compiled: CompiledStory; sources: string[] }>();

  return {
    name: 'dental-biocalypse:ink',
    configResolved(config) {
      root = config.root;
    },
    configureServer(devServer) {
      server = devServer;
    },
    async load(id) {
      const [file = id, query = ''] = id.split('?');
      if (!file.endsWith('.ink')) return null;
      let compiled: CompiledStory;
      try {
        compiled = compileOnce(compiles, file, root);
      } catch (error) {
        if (error instanceof InkCompileError) {
          for (const included of error.files) this.addWatchFile(included);
          remember(dependents, error.files, file);
          const first = error.first;
          // The message itself carries file:line because the bundler's header names
          // the importing module, not the .ink file at fault.
          const wrapped = new Error(error.message) as Error & {
            id?: string;
            loc?: { file: string; line: number; column: number };
            plugin?: string;
          };
          // The overlay shows the stack; a writer needs the ink location, not the plugin's.
          wrapped.stack = error.message;
          if (first) {
            const at = path.resolve(root, first.file);
            wrapped.id = at;
            if (first.line !== null) wrapped.loc = { file: at, line: first.line, column: 1 };
          }
          throw wrapped;
        }
        throw error;
      }
      for (const included of compiled.files) this.addWatchFile(included);
      remember(dependents, compiled.files, file);
      if (new URLSearchParams(query).has(JSON_QUERY)) {
        return { code: `export default ${JSON.stringify(compiled.json)};`, map: null };
      }
      for (const warning of compiled.warnings) this.warn(formatDiagnostic(warning));
      const { openings, failures } = (await openingsPlayer()).playOpenings(compiled);
      for (const failure of failures) this.warn(`opening not played ahead: ${failure}`);
      const jsonModule = `./${path.basename(file)}?${JSON_QUERY}`;
      const code = [
        `const version = ${JSON.stringify(compiled.version)};`,
        `const openings = ${JSON.stringify(openings)};`,
        `const json = () => import(${JSON.stringify(jsonModule)}).then((module) => module.default);`,
        'export default { version, openings, json };',
      ].join('\n');
      return { code, map: null };
    },
    hotUpdate({ file, modules }) {
      if (!file.endsWith('.ink') || !server) return;
      const roots = dependents.get(path.resolve(file)) ?? new Set([path.resolve(file)]);
      const affected = [...modules];
      for (const rootFile of roots) {
        for (const mod of this.environment.moduleGraph.getModulesByFile(rootFile) ?? []) {
          this.environment.moduleGraph.invalidateModule(mod);
          affected.push(mod);
        }
      }
      return affected;
    },
  };
}

/** Compiles `file`, or hands back the last compile if none of its files changed since. */
function compileOnce(
  compiles: Map<string, { compiled: CompiledStory; sources: string[] }>,
  file: string,
  root: string,
): CompiledStory {
  const cached = compiles.get(file);
  if (cached && sourcesOf(cached.compiled.files).join('\0') === cached.sources.join('\0')) {
    return cached.compiled;
  }
  // Remembers the text the compiler read, so an edit made during the compile is not missed.
  const read = new Map<string, string>();
  const readFile = (at: string) => {
    const text = readFileSync(at, 'utf8');
    read.set(at, text);
    return text;
  };
  const compiled = compileInk(file, { relativeTo: root, readFile });
  compiles.set(file, { compiled, sources: compiled.files.map((at) => read.get(at) ?? '') });
  return compiled;
}

/** The files' text as it is now (what the compile read, unless one changed since). */
function sourcesOf(files: readonly string[]): string[] {
  return files.map((file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  });
}

function remember(dependents: Map<string, Set<string>>, files: string[], rootFile: string) {
  for (const file of files) {
    const set = dependents.get(file) ?? new Set<string>();
    set.add(path.resolve(rootFile));
    dependents.set(file, set);
  }
}
