// Writes a parameter set found by the search (search.ts prints it as its last line; score.ts
// takes the same JSON) into src/sim/parameters.ts, so a calibration lands as an ordinary diff.
// Only the number of each `key: ill(<number>` or `key: cite(<number>` changes; the sources stay
// as written, and a key that is not found stops the run before anything is written.
// Usage: tsx tools/calibrate/apply.ts '{"groups.C.phMin": 5.0, "ecology.mutacin": 0.09}'
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const file =
  process.env.PARAMETERS_FILE ?? path.resolve(import.meta.dirname, '../../src/sim/parameters.ts');
const overrides = JSON.parse(process.argv[2] ?? '{}') as Record<string, number>;
const lines = readFileSync(file, 'utf8').split('\n');
const indentOf = (line: string): number => line.length - line.trimStart().length;

/** The line of `name: {` inside the block that starts at `from` (the whole file for -1). */
function block(name: string, from: number): number {
  const depth = from < 0 ? 2 : indentOf(lines[from] as string) + 2;
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (from >= 0 && i > from && indentOf(line) < depth && line.trim() !== '') break;
    if (indentOf(line) === depth && line.trimStart().startsWith(`${name}: {`)) return i;
  }
  throw new Error(`no block '${name}' in parameters.ts`);
}

for (const [key, value] of Object.entries(overrides)) {
  const parts = key.split('.');
  const leaf = parts.pop() as string;
  let at = -1;
  for (const part of parts) at = block(part, at);
  const depth = indentOf(lines[at] as string) + 2;
  let done = false;
  for (let i = at + 1; i < lines.length && !done; i++) {
    const line = lines[i] as string;
    if (indentOf(line) < depth && line.trim() !== '') break;
    const m = new RegExp(`^(\\s*${leaf}: (?:ill|cite)\\(\\s*)(-?[0-9.e+-]+)`).exec(line);
    if (m && indentOf(line) === depth) {
      lines[i] = line.replace(m[0], `${m[1]}${value}`);
      done = true;
    } else if (indentOf(line) === depth && line.trimStart().startsWith(`${leaf}: `)) {
      // The value is on the next line (a call wrapped by the formatter).
      const next = lines[i + 1] as string;
      const n = /^(\s*)(-?[0-9.e+-]+)(,)/.exec(next);
      if (!n) throw new Error(`${key}: no number after '${line.trim()}'`);
      lines[i + 1] = next.replace(n[0], `${n[1]}${value}${n[3]}`);
      done = true;
    }
  }
  if (!done) throw new Error(`no parameter '${key}' in parameters.ts`);
}
writeFileSync(file, lines.join('\n'));
console.log(
  `wrote ${Object.keys(overrides).length} values to ${path.relative(process.cwd(), file)}`,
);
