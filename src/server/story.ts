// The compiled story every room plays: compiled once when the server starts (with the same
// compiler the Vite plugin and the writers' tools use), parsed once, and handed to every
// room's Session. A room's Story is built from the shared parsed object, so opening a room
// does not parse the 231 KB text again.
import path from 'node:path';
import { SimpleJson } from 'inkjs/engine/SimpleJson';
import { compileInk } from '../ink/compileInk.ts';
import { type ParsedStory, withoutBom } from '../narrative/narrative';
import type { CompiledStoryModule } from '../session/session';

export function compileStory(root: string): CompiledStoryModule {
  const compiled = compileInk(path.join(root, 'story', 'main.ink'), { relativeTo: root });
  return sharedStory({ json: compiled.json, version: compiled.version });
}

/** The story with its JSON parsed once, for every Session built from it to share. */
export function sharedStory(compiled: CompiledStoryModule): CompiledStoryModule {
  return { ...compiled, parsed: parseStoryJson(compiled.json) };
}

/**
 * Parses story JSON as inkjs's Story constructor does with a string (its SimpleJson reader
 * marks `2.0` as a float; bare JSON.parse would make it the int 2), then freezes it deeply:
 * inkjs only reads the object, and frozen, a write by any room would throw rather than leak
 * into the other rooms.
 */
export function parseStoryJson(json: string): ParsedStory {
  return deepFreeze(SimpleJson.TextToDictionary(withoutBom(json)));
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
