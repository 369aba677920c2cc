/**
 * Merges per-file DdlReadResults (PostgreSQL, MySQL readers) into one: schemas of the same name
 * become one schema, and a later file's object of the same name replaces the earlier one (scripts
 * drop and re-create). Output is sorted by name like the single-script readers' output.
 */
import type { CatalogSchema } from '../model/catalog.js';
import type { DdlReadResult } from './ddl-reader.js';

function mergeByName<T extends { readonly name: string }>(into: Map<string, T>, items: readonly T[], key: (item: T) => string): void {
  for (const item of items) into.set(key(item), item);
}

const sortedValues = <T extends { readonly name: string }>(map: Map<string, T>): T[] =>
  [...map.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

export function mergeDdlResults(results: readonly DdlReadResult[]): DdlReadResult {
  if (results.length === 1 && results[0] !== undefined) return results[0];
  const schemas = new Map<string, { name: string; parts: CatalogSchema[] }>();
  for (const result of results) {
    for (const schema of result.schemas) {
      const entry = schemas.get(schema.name) ?? { name: schema.name, parts: [] };
      entry.parts.push(schema);
      schemas.set(schema.name, entry);
    }
  }
  const merged: CatalogSchema[] = [...schemas.values()].map(({ name, parts }) => {
    const tables = new Map<string, CatalogSchema['tables'][number]>();
    const views = new Map<string, CatalogSchema['views'][number]>();
    const sequences = new Map<string, CatalogSchema['sequences'][number]>();
    const routines = new Map<string, CatalogSchema['routines'][number]>();
    const triggers = new Map<string, CatalogSchema['triggers'][number]>();
    for (const part of parts) {
      mergeByName(tables, part.tables, (t) => t.name);
      mergeByName(views, part.views, (v) => v.name);
      mergeByName(sequences, part.sequences, (s) => s.name);
      mergeByName(routines, part.routines, (r) => `${r.kind}\u0000${r.name}`);
      mergeByName(triggers, part.triggers, (t) => t.name);
    }
    return {
      name,
      tables: sortedValues(tables),
      views: sortedValues(views),
      sequences: sortedValues(sequences),
      routines: sortedValues(routines),
      triggers: sortedValues(triggers),
    };
  });
  const facts = Object.assign({}, ...results.map((result) => result.sourceFacts ?? {})) as Record<string, string>;
  return {
    schemas: merged.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    notes: results.flatMap((result) => result.notes),
    statements: results.reduce((n, result) => n + result.statements, 0),
    tables: results.reduce((n, result) => n + result.tables, 0),
    ...(Object.keys(facts).length > 0 ? { sourceFacts: facts } : {}),
  };
}
