/**
 * The one YAML + zod loader of every document kind (project file, mapping files, module catalogues,
 * source and target type rules). Every problem comes back at once, located in the file:
 * - a syntax error: `file:line:col: not valid YAML: message` (its real position, see yaml-errors.ts);
 * - a schema or semantic problem: `file:line: path: message`, the line of the key the path names (or of
 *   its nearest ancestor that exists), the path written `rename.tables["HR.EMPLOYEES"]`, `types[2].target`.
 * Problems are sorted by line, so a reader fixes the file top to bottom.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { compareStrings } from './stable-json.js';
import { formatYamlSyntaxProblem, yamlSyntaxProblems } from './yaml-errors.js';

/** A problem at a YAML path (`[]` = the document). */
export interface PathProblem {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** A parsed document that can locate paths in its text. */
export interface YamlSource {
  readonly file: string;
  /** The document as plain values (null for an empty file). */
  readonly value: unknown;
  /** Every problem as `file:line: path: message`, sorted by line, duplicates dropped. */
  locate(problems: readonly PathProblem[]): string[];
}

export type YamlLoad<T> =
  | { readonly ok: true; readonly value: T; readonly source: YamlSource }
  /** `source` is null only for a syntax error. */
  | { readonly ok: false; readonly problems: readonly string[]; readonly source: YamlSource | null };

/** `rename.tables["HR.EMPLOYEES"]`, `types[2].target`, `(root)`. */
export function formatYamlPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(String(key))) out += out === '' ? String(key) : `.${String(key)}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(root)' : out;
}

/** Line of the node at `path` (or its nearest ancestor); a map entry is located at its key, not at a block value below it. */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number {
  const lineAt = (node: unknown): number | null =>
    (node && typeof node === 'object' && Array.isArray((node as { range?: unknown }).range) ? counter.linePos((node as { range: [number] }).range[0]).line : null);
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const parent = depth > 0 ? doc.getIn(path.slice(0, depth - 1) as unknown[], true) : undefined;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === path[depth - 1]);
      const line = lineAt(pair?.key);
      if (line !== null) return line;
    }
    const line = lineAt(doc.getIn(path.slice(0, depth) as unknown[], true));
    if (line !== null) return line;
  }
  return 1;
}

/** Parses YAML text; a syntax error gives every syntax problem instead of a source. */
export function parseYamlSource(text: string, file: string): { readonly source: YamlSource; readonly problems: readonly [] } | { readonly source: null; readonly problems: readonly string[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) return { source: null, problems: yamlSyntaxProblems(doc.errors, counter).map((p) => formatYamlSyntaxProblem(file, p)) };
  const locate = (problems: readonly PathProblem[]): string[] => {
    const located = problems.map((p) => ({ line: lineOf(doc, counter, p.path), text: `${formatYamlPath(p.path)}: ${p.message}` }));
    located.sort((a, b) => a.line - b.line || compareStrings(a.text, b.text));
    return [...new Set(located.map((p) => `${file}:${p.line}: ${p.text}`))];
  };
  return { source: { file, value: doc.toJS() as unknown, locate }, problems: [] };
}

/** zod issues as path problems; an unknown key is reported at the key itself, not at its parent object. */
export function zodPathProblems(error: z.ZodError): PathProblem[] {
  return error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys'
    ? issue.keys.map((key) => ({ path: [...issue.path, key], message: `unknown key "${key}"` }))
    : [{ path: issue.path, message: issue.message }]));
}

/**
 * Parses YAML text against a schema, then (when it passes) the document's own semantic `checks`.
 * An empty file is validated as `{}` (`emptyAs`), so a schema with defaults accepts it.
 */
export function loadYamlDocument<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  options: { readonly checks?: (value: T) => readonly PathProblem[]; readonly emptyAs?: unknown } = {},
): YamlLoad<T> {
  const parsed = parseYamlSource(text, file);
  if (parsed.source === null) return { ok: false, problems: parsed.problems, source: null };
  const { source } = parsed;
  const result = schema.safeParse(source.value ?? options.emptyAs ?? null);
  if (!result.success) return { ok: false, problems: source.locate(zodPathProblems(result.error)), source };
  const problems = options.checks?.(result.data) ?? [];
  if (problems.length > 0) return { ok: false, problems: source.locate(problems), source };
  return { ok: true, value: result.data, source };
}

/**
 * One UsageError for a document's problems: the message holds every problem, one per line (the CLI
 * prints the first line as the error and the others as its list).
 */
export function yamlDocumentError(code: string, problems: readonly string[], hint: string): UsageError {
  const error = new UsageError(code, problems.join('\n'), { hint });
  return problems.length > 1 ? Object.assign(error, { problems: problems.slice(1) }) : error;
}
