// Build-time only: this module pulls in the ink compiler (inkjs/full), which must never
// reach the browser bundle. The Vite plugin and the writers' tools share it so that a
// writer sees the same `story/file.ink:LINE: message` everywhere.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { storyToRuntimeJson } from './runtimeJson.ts';

export type InkSeverity = 'error' | 'warning' | 'todo';

export interface InkDiagnostic {
  severity: InkSeverity;
  /** Path of the .ink file as a writer would type it (relative to the working folder). */
  file: string;
  /** 1-based line, or null when the compiler did not name one. */
  line: number | null;
  message: string;
}

export interface CompiledStory {
  /** The runtime JSON that `new Story(json)` takes. */
  json: string;
  /** Short content hash: saves remember it to notice a story edited since. */
  version: string;
  /** Absolute paths of the root file and every INCLUDEd file, for file watching. */
  files: string[];
  warnings: InkDiagnostic[];
}

export interface CompileOptions {
  /** Folder that diagnostics are relative to (default: the process's working folder). */
  relativeTo?: string;
  /** Record visit counts for every container, like `inklecate -c` (for coverage). */
  countAllVisits?: boolean;
  readFile?: (absolutePath: string) => string;
}

export class InkCompileError extends Error {
  readonly diagnostics: InkDiagnostic[];
  readonly files: string[];

  constructor(diagnostics: InkDiagnostic[], files: string[], relativeTo: string) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(errors.map((d) => formatDiagnostic(d)).join('\n') || `${relativeTo}: compilation failed`);
    this.name = 'InkCompileError';
    this.diagnostics = diagnostics;
    this.files = files;
  }

  /** The first error, for tools that point an editor or an overlay at one place. */
  get first(): InkDiagnostic | undefined {
    return this.diagnostics.find((d) => d.severity === 'error');
  }
}

export function formatDiagnostic(d: InkDiagnostic): string {
  const where = d.line === null ? d.file : `${d.file}:${d.line}`;
  const label = d.severity === 'error' ? '' : `${d.severity}: `;
  return `${where}: ${label}${d.message}`;
}

const MESSAGE =
  /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s*)?(?:line (\d+):\s*)?(.*)$/s;

/**
 * Turns the compiler's `ERROR: 'acts/a.ink' line 3: ...` into a diagnostic. The compiler
 * names INCLUDEd files relative to the root file's folder and the root by the name it
 * was given, so both are resolved against the root folder here.
 */
export function parseInkMessage(
  raw: string,
  rootFile: string,
  relativeTo: string,
  fallback: InkSeverity,
): InkDiagnostic {
  const match = MESSAGE.exec(raw.trim());
  const kind = match?.[1] ?? '';
  const severity: InkSeverity = kind.includes('ERROR')
    ? 'error'
    : kind.includes('WARNING')
      ? 'warning'
      : kind === 'TODO'
        ? 'todo'
        : fallback;
  const named = match?.[2];
  const absolute = named ? path.resolve(path.dirname(rootFile), named) : rootFile;
  return {
    severity,
    file: toWriterPath(absolute, relativeTo),
    line: match?.[3] ? Number(match[3]) : null,
    message: (match?.[4] ?? raw).trim(),
  };
}

function toWriterPath(absolute: string, relativeTo: string): string {
  const relative = path.relative(relativeTo, absolute);
  return (relative.startsWith('..') ? absolute : relative).split(path.sep).join('/');
}

const SEVERITY_BY_TYPE: Record<number, InkSeverity> = { 0: 'todo', 1: 'warning', 2: 'error' };

export function compileInk(rootFile: string, options: CompileOptions = {}): CompiledStory {
  const relativeTo = options.relativeTo ?? process.cwd();
  const read = options.readFile ?? ((file: string) => readFileSync(file, 'utf8'));
  const root = path.resolve(rootFile);
  const rootFolder = path.dirname(root);
  const files = [root];
  const seen = new Set<string>();
  const diagnostics: InkDiagnostic[] = [];

  const report = (raw: string, type: number) => {
    // The parser reports some errors twice (once per parse attempt); a writer needs one.
    if (seen.has(raw)) return;
    seen.add(raw);
    diagnostics.push(parseInkMessage(raw, root, relativeTo, SEVERITY_BY_TYPE[type] ?? 'error'));
  };

  const fileHandler = {
    // INCLUDEs resolve from the root file's folder, as inklecate does.
    ResolveInkFilename: (name: string) => path.resolve(rootFolder, name),
    LoadInkFileContents: (file: string) => {
      if (!files.includes(file)) files.push(file);
      try {
        return stripBom(read(file));
      } catch {
        const includer = toWriterPath(root, relativeTo);
        throw new InkCompileError(
          [
            {
              severity: 'error',
              file: includer,
              line: null,
              message: `INCLUDE names ${toWriterPath(file, relativeTo)}, which cannot be read`,
            },
          ],
          files,
          relativeTo,
        );
      }
    },
  };

  let source: string;
  try {
    source = stripBom(read(root));
  } catch {
    throw new InkCompileError(
      [
        {
          severity: 'error',
          file: toWriterPath(root, relativeTo),
          line: null,
          message: 'cannot read this file',
        },
      ],
      files,
      relativeTo,
    );
  }

  const compilerOptions = new CompilerOptions(
    path.basename(root),
    [],
    options.countAllVisits ?? false,
    report,
    fileHandler,
  );

  let json: string | undefined;
  try {
    json = storyToRuntimeJson(new Compiler(source, compilerOptions).Compile());
  } catch (error) {
    if (error instanceof InkCompileError) throw error;
    if (!diagnostics.some((d) => d.severity === 'error')) {
      report(`ERROR: ${error instanceof Error ? error.message : String(error)}`, 2);
    }
  }
  if (json === undefined || diagnostics.some((d) => d.severity === 'error')) {
    throw new InkCompileError(diagnostics, files, relativeTo);
  }
  return {
    json,
    version: createHash('sha256').update(json).digest('hex').slice(0, 12),
    files,
    warnings: diagnostics.filter((d) => d.severity !== 'error'),
  };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
