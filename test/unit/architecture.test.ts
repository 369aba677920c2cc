/**
 * The import rules of STYLE.md §2.3, checked on every source file: a forbidden edge fails the build.
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
      return (other !== undefined && other !== own) || /^src\/(inventory|plan|report|actions|dms|ddl)\//.test(t);
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
});
