// The compiled story every room plays: compiled once when the server starts (with the same
// compiler the Vite plugin and the writers' tools use) and handed to every room's Session.
import path from 'node:path';
import { compileInk } from '../ink/compileInk.ts';
import type { CompiledStoryModule } from '../session/session';

export function compileStory(root: string): CompiledStoryModule {
  const compiled = compileInk(path.join(root, 'story', 'main.ink'), { relativeTo: root });
  return { json: compiled.json, version: compiled.version };
}
