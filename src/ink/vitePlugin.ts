// Build-time only. Lets the game `import story from '../story/main.ink'`: the story is
// compiled here, so only its JSON and the inkjs runtime reach the browser.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileInk, formatDiagnostic, InkCompileError } from './compileInk.ts';

export function inkStory(): Plugin {
  let root = process.cwd();
  let server: ViteDevServer | undefined;
  // Which compiled root files each .ink file feeds, so saving an INCLUDEd act
  // reloads the story that includes it.
  const dependents = new Map<string, Set<string>>();

  return {
    name: 'dental-biocalypse:ink',
    configResolved(config) {
      root = config.root;
    },
    configureServer(devServer) {
      server = devServer;
    },
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.ink')) return null;
      let compiled: ReturnType<typeof compileInk>;
      try {
        compiled = compileInk(file, { relativeTo: root });
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
      for (const warning of compiled.warnings) this.warn(formatDiagnostic(warning));
      const story = { json: compiled.json, version: compiled.version };
      return { code: `export default ${JSON.stringify(story)};`, map: null };
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

function remember(dependents: Map<string, Set<string>>, files: string[], rootFile: string) {
  for (const file of files) {
    const set = dependents.get(file) ?? new Set<string>();
    set.add(path.resolve(rootFile));
    dependents.set(file, set);
  }
}
