/**
 * The import rules of STYLE.md §2.3 and DESIGN.md §Layout, checked on every source file: a forbidden
 * edge fails the build. Also the one shape of a dialect folder, and that identifier quoting and
 * keyword lists live only in dialect folders (issue 8).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Each import of a file: the resolved repository path for relative ones, the package name otherwise. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
  return specifiers.map((s) => (s.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), s)).replace(/\.js$/, '.ts') : s));
}

const files = [...sourceFiles('src'), ...sourceFiles('commands'), ...sourceFiles('fixtures')];
const edges = files.flatMap((file) => importsOf(file).map((target) => ({ file, target })));
const violations = (test: (file: string, target: string) => boolean): string[] =>
  edges.filter(({ file, target }) => test(file, target)).map(({ file, target }) => `${file} → ${target}`);

describe('architecture', () => {
  it('reads a realistic number of imports (the checker itself works)', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(edges.some((e) => e.file === 'src/actions/assess.ts' && e.target === 'src/inventory/build-inventory.ts')).toBe(true);
  });

  it('src/ never imports commands/ or fixtures/', () => {
    expect(violations((f, t) => f.startsWith('src/') && (t.startsWith('commands/') || t.startsWith('fixtures/')))).toEqual([]);
  });

  it('commands/ reach the library only through src/index.ts (demo may load the fixture)', () => {
    expect(violations((f, t) => f.startsWith('commands/') && t.startsWith('src/') && t !== 'src/index.ts')).toEqual([]);
    expect(violations((f, t) => f.startsWith('commands/') && t.startsWith('fixtures/') && f !== 'commands/demo.ts')).toEqual([]);
  });

  it('a dialect imports no sibling dialect and nothing of inventory, plan, report or actions', () => {
    expect(violations((f, t) => {
      const own = /^src\/dialects\/([a-z]+)\//.exec(f)?.[1];
      if (own === undefined) return false;
      const other = /^src\/dialects\/([a-z]+)\//.exec(t)?.[1];
      return (other !== undefined && other !== own) || /^src\/(inventory|plan|report|actions|dms|ddl|engine)\//.test(t);
    })).toEqual([]);
  });

  it('pure layers (model, dms, report, inventory checks and scoring) do no I/O', () => {
    const io = /^(node:fs|node:fs\/promises|fs|pg|mysql2|mysql2\/promise|oracledb|mssql|knex|@aws-sdk\/.*)$/;
    expect(violations((f, t) => /^src\/(model|dms|report|inventory\/checks)\//.test(f) && io.test(t))).toEqual([]);
    expect(violations((f, t) => (f === 'src/inventory/score.ts' || f === 'src/inventory/build-inventory.ts') && io.test(t))).toEqual([]);
  });

  it('only src/aws and src/config/secrets.ts import the AWS SDK', () => {
    expect(violations((f, t) => t.startsWith('@aws-sdk/') && !f.startsWith('src/aws/') && f !== 'src/config/secrets.ts')).toEqual([]);
  });

  it('model, util and errors import nothing above them', () => {
    expect(violations((f, t) => /^src\/(model|util)\//.test(f) && /^src\/(dialects|ddl|inventory|plan|dms|report|actions|config)\//.test(t) && !t.startsWith('src/util/') && !t.startsWith('src/model/'))).toEqual([]);
  });

  it('quote.ts and keywords.ts of a dialect import nothing but each other (any layer may use them)', () => {
    expect(violations((f, t) => /^src\/dialects\/[a-z]+\/(quote|keywords)\.ts$/.test(f)
      && !/^src\/dialects\/[a-z]+\/(quote|keywords)\.ts$/.test(t))).toEqual([]);
  });

  it('outside src/dialects, only dialect.ts, registry.ts and the pure parts of a dialect folder are imported', () => {
    expect(violations((f, t) => !f.startsWith('src/dialects/') && /^src\/dialects\/[a-z]+\//.test(t)
      && !/^src\/dialects\/[a-z]+\/(quote|keywords|native-type|parse-[a-z0-9-]+)\.ts$/.test(t))).toEqual([]);
  });
});

/** Every dialect has these parts, under these names, even where a part is small. */
const DIALECTS = ['mssql', 'mysql', 'oracle', 'postgres'];
const REQUIRED_PARTS = [
  'index', // wires the parts into a Dialect
  'connect', // opens the driver connection / session
  'connect-errors', // driver errors → typed errors (pure)
  'catalog-queries', // the catalog SQL as named text
  'introspect', // runs the catalog queries
  'parse-catalog', // catalog rows → catalog model (pure)
  'native-type', // facts of native type text (pure)
  'quote', // identifier quoting and folding (pure)
  'keywords', // the server's reserved words, with their source and version (pure)
  'read', // source rows
  'write', // target rows
  'script', // runs a SQL script
  'checksum', // row-count + checksum SQL builders (validation pushdown)
];
/** Other files in a dialect folder are helpers of one part, named `<part>-<what>.ts`. */
const HELPER = /^(connect|catalog|parse|native-type|read|write|script|checksum)-[a-z0-9]+(-[a-z0-9]+)*\.ts$/;

describe('dialect folder shape', () => {
  it('src/dialects holds exactly the four dialect folders', () => {
    const folders = readdirSync(join(ROOT, 'src/dialects')).filter((name) => statSync(join(ROOT, 'src/dialects', name)).isDirectory());
    expect(folders.sort()).toEqual(DIALECTS);
  });

  it.each(DIALECTS)('%s has every required part, and its other files are part helpers', (dialect) => {
    const names = readdirSync(join(ROOT, 'src/dialects', dialect));
    expect(REQUIRED_PARTS.filter((part) => !names.includes(`${part}.ts`))).toEqual([]);
    const required = new Set([...REQUIRED_PARTS, 'checksum'].map((part) => `${part}.ts`));
    expect(names.filter((name) => !required.has(name) && !HELPER.test(name))).toEqual([]);
  });

  it.each(DIALECTS)('%s/quote.ts exports the same quoting and folding functions as the others', (dialect) => {
    const text = readFileSync(join(ROOT, 'src/dialects', dialect, 'quote.ts'), 'utf8');
    const exported = new Set([...text.matchAll(/^export function (\w+)/gm)].map((m) => m[1]));
    expect(['quoteIdentifier', 'quoteName', 'foldIdentifier'].filter((name) => !exported.has(name))).toEqual([]);
  });
});

/** Strips comments so that prose about quoting does not count; string contents stay. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

/** A string literal holding a doubled identifier quote: `""`, two backticks or `]]`, however written. */
const DOUBLED_QUOTE = /(['"`])(?:""|\\"\\"|``|\\`\\`|\]\])\1/g;

/** Identifier-quoting code in one file: quote* functions (not string-literal helpers) and quote-doubling escapes. */
function quotingDefinitions(text: string): string[] {
  const found: string[] = [];
  const body = code(text);
  for (const m of body.matchAll(/\b(?:function\s*\*?\s*|(?:const|let|var)\s+)(quote\w*)/gi)) {
    const name = m[1] ?? '';
    // `quote` alone and `quoteLabel`-like names quote string literals; `quoted…` names are results, not quoting.
    if (!/^quoted/i.test(name) && name !== 'quote' && !/(Label|Labels|Literal|String)$/.test(name)) found.push(`defines ${name}`);
  }
  for (const m of body.matchAll(DOUBLED_QUOTE)) {
    // A doubled quote as the first argument of replace/replaceAll/split is unquoting (reading), which is allowed.
    const before = body.slice(Math.max(0, (m.index ?? 0) - 20), m.index).replace(/\s+/g, '');
    if (!/\.(replace|replaceAll|split)\($/.test(before)) found.push(`escapes with ${m[0]}`);
  }
  for (const m of body.matchAll(/\b(?:const|let|var)\s+(\w*(?:RESERVED|KEYWORDS)\w*)\s*[:=]/g)) found.push(`keyword list ${m[1] ?? ''}`);
  return found;
}

describe('identifier quoting', () => {
  it('the detector finds quoting however it is spelt, and leaves unquoting and string literals alone', () => {
    expect(quotingDefinitions("export function quoteIdent(n: string) { return n; }")).toEqual(['defines quoteIdent']);
    expect(quotingDefinitions("const q = (n: string) => `\"${n.replace(/\"/g, '\"\"')}\"`;")).toEqual(["escapes with '\"\"'"]);
    expect(quotingDefinitions("const q = (n: string) => '`' + n.split('`').join('``') + '`';")).toEqual(["escapes with '``'"]);
    expect(quotingDefinitions("const q = (n: string) => `[${n.replaceAll(']', \"]]\")}]`;")).toEqual(['escapes with "]]"']);
    expect(quotingDefinitions("const MY_RESERVED = new Set(['order']);")).toEqual(['keyword list MY_RESERVED']);
    expect(quotingDefinitions("const v = t.replaceAll('\"\"', '\"'); const u = t.replace(']]', ']');")).toEqual([]);
    expect(quotingDefinitions("const quote = (v: string) => `'${v.replace(/'/g, \"''\")}'`; function quotedLabels() {} const quotedKey = 1;")).toEqual([]);
  });

  it('is defined only in dialect folders (src/dialects/<name>/), never in plan, ddl, dms, inventory, fixtures or bench', () => {
    // bench/ writes DDL exports in the exporters' own style (SSMS brackets, mysqldump backticks every name), escaping nothing.
    const offenders = [...files, ...sourceFiles('bench')]
      .filter((file) => !/^src\/dialects\/[a-z]+\//.test(file))
      .flatMap((file) => quotingDefinitions(readFileSync(join(ROOT, file), 'utf8')).map((what) => `${file}: ${what}`));
    expect(offenders).toEqual([]);
  });

  it.each(DIALECTS)('%s defines it once, in quote.ts', (dialect) => {
    const offenders = files
      .filter((file) => file.startsWith(`src/dialects/${dialect}/`) && !/\/(quote|keywords)\.ts$/.test(file))
      .flatMap((file) => quotingDefinitions(readFileSync(join(ROOT, file), 'utf8')).map((what) => `${file}: ${what}`));
    expect(offenders).toEqual([]);
  });
});
