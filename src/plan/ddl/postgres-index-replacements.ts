/**
 * MySQL FULLTEXT and SPATIAL indexes on a PostgreSQL target, pure: what replaces each, written once
 * for the post-load comment and for SUMMARY.md so the two always agree.
 * - FULLTEXT: not created. The replacement is a GIN index on to_tsvector(config, columns), but the text
 *   search configuration (language, stemming) is a choice and MATCH … AGAINST queries must be rewritten
 *   to use it, or the index is never used; so the DDL names the statement instead of guessing.
 * - SPATIAL: a GiST index when the mapping file made every column a PostGIS geometry / geography;
 *   otherwise not created (without PostGIS the column holds text or WKB, which has no spatial index).
 */
import type { CatalogIndex } from '../../model/catalog.js';
import type { PlannedTable } from '../../model/plan.js';
import { resolveColumn } from './plan-tables.js';
import { quoteIdentifier as quotePostgres } from '../../dialects/postgres/quote.js';

export type IndexReplacement =
  | { readonly create: true; readonly method: 'gist' }
  | { readonly create: false; readonly reason: string };

const POSTGIS = /^(geometry|geography)\b/i;

/** Null for an index kind PostgreSQL handles without a replacement decision. */
export function postgresIndexReplacement(table: PlannedTable, index: CatalogIndex): IndexReplacement | null {
  const kind = index.kind.toLowerCase();
  const qualified = `${quotePostgres(table.targetSchema)}.${quotePostgres(table.targetTable)}`;
  const columns = index.columns.map((c) => (c.expression ? null : resolveColumn(table, c.name)));
  if (kind === 'fulltext') {
    const text = columns.map((c) => (c === null ? '?' : `coalesce(${quotePostgres(c.target)}, '')`)).join(" || ' ' || ");
    return { create: false, reason: `on PostgreSQL use a GIN index on to_tsvector (e.g. CREATE INDEX ON ${qualified} USING gin (to_tsvector('simple', ${text}))) and rewrite MATCH … AGAINST queries` };
  }
  if (kind === 'spatial') {
    if (columns.length > 0 && columns.every((c) => c !== null && POSTGIS.test(c.targetType))) return { create: true, method: 'gist' };
    return { create: false, reason: 'needs PostGIS (map the column to geometry in the mapping file and the plan creates a GiST index)' };
  }
  return null;
}

/** SUMMARY.md wording of the same decision. */
export function describeReplacement(replacement: IndexReplacement): string {
  return replacement.create ? `GiST index (${replacement.method}) on the PostGIS column` : `not created: ${replacement.reason}`;
}
