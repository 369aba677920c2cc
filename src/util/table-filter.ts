/**
 * CatalogOptions.include / exclude: glob `*` / `?`, case-insensitive, written `schema.table` or
 * `table`. An empty include list keeps every table; exclude wins over include. Live dialects apply it
 * after reading the dictionary, the DDL importer after reading the export.
 */
import type { CatalogSchema, CatalogSnapshot } from '../model/catalog.js';

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

export type TableFilter = (schema: string, table: string) => boolean;

function makeMatcher(patterns: readonly string[]): TableFilter {
  const compiled = patterns.map((pattern) => {
    const dot = pattern.indexOf('.');
    return dot < 0
      ? { schema: null, table: globToRegExp(pattern) }
      : { schema: globToRegExp(pattern.slice(0, dot)), table: globToRegExp(pattern.slice(dot + 1)) };
  });
  return (schema, table) => compiled.some((p) => (p.schema === null || p.schema.test(schema)) && p.table.test(table));
}

export function makeTableFilter(include: readonly string[], exclude: readonly string[]): TableFilter {
  const included = makeMatcher(include);
  const excluded = makeMatcher(exclude);
  return (schema, table) => (include.length === 0 || included(schema, table)) && !excluded(schema, table);
}

/** Drops the tables the filters reject; views, sequences and code objects are kept. */
export function filterTables(schemas: readonly CatalogSchema[], include: readonly string[], exclude: readonly string[]): CatalogSchema[] {
  if (include.length === 0 && exclude.length === 0) return [...schemas];
  const keep = makeTableFilter(include, exclude);
  return schemas.map((schema) => ({ ...schema, tables: schema.tables.filter((table) => keep(schema.name, table.name)) }));
}

export function filterSnapshotTables(snapshot: CatalogSnapshot, include: readonly string[], exclude: readonly string[]): CatalogSnapshot {
  if (include.length === 0 && exclude.length === 0) return snapshot;
  return { ...snapshot, schemas: filterTables(snapshot.schemas, include, exclude) };
}

/** The include patterns that match none of the tables (of an already filtered snapshot), in the order given. */
export function unmatchedPatterns(schemas: readonly CatalogSchema[], patterns: readonly string[]): string[] {
  return patterns.filter((pattern) => {
    const matches = makeMatcher([pattern]);
    return !schemas.some((schema) => schema.tables.some((table) => matches(schema.name, table.name)));
  });
}
