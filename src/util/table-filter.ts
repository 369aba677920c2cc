import type { CatalogSnapshot } from '../model/catalog.js';
/**
 * CatalogOptions include/exclude: globs with `*` and `?`, case-insensitive, written as `schema.table`
 * or `table`. A table is kept when it matches some include (or there are none) and no exclude.
 */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('')
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 'i');
}

function matches(pattern: RegExp, qualified: boolean, schema: string, table: string): boolean {
  return qualified ? pattern.test(`${schema}.${table}`) : pattern.test(table);
}

export type TableFilter = (schema: string, table: string) => boolean;

export function makeTableFilter(include: readonly string[], exclude: readonly string[]): TableFilter {
  const compile = (globs: readonly string[]) => globs.map((glob) => ({ regex: globToRegExp(glob), qualified: glob.includes('.') }));
  const includes = compile(include);
  const excludes = compile(exclude);
  return (schema, table) => {
    const included = includes.length === 0 || includes.some((g) => matches(g.regex, g.qualified, schema, table));
    return included && !excludes.some((g) => matches(g.regex, g.qualified, schema, table));
  };
}

/** Drops the tables the filter rejects (DDL imports filter after reading; live dialects filter while reading). */
export function filterSnapshotTables(snapshot: CatalogSnapshot, include: readonly string[], exclude: readonly string[]): CatalogSnapshot {
  if (include.length === 0 && exclude.length === 0) return snapshot;
  const keep = makeTableFilter(include, exclude);
  return {
    ...snapshot,
    schemas: snapshot.schemas.map((schema) => ({ ...schema, tables: schema.tables.filter((table) => keep(schema.name, table.name)) })),
  };
}
