/**
 * Live introspection: runs the catalog queries (one per kind of object) on one session and hands
 * the rows to the pure parseCatalogRows(). The only per-table queries are COUNT(*) with exactCounts
 * and MIN/MAX of a single integer key on large tables (for parallel-load ranges).
 */
import { UsageError } from '../../errors.js';
import type { CatalogSnapshot } from '../../model/catalog.js';
import { compareStrings } from '../../util/stable-json.js';
import type { CatalogOptions } from '../dialect.js';
import * as Q from './catalog-queries.js';
import { parseCatalogRows, type PostgresCatalogRows, type TableStats } from './parse-catalog.js';
import { foldUserSchemaName, quoteIdentifier } from './quote.js';
import { selectTableProbes } from '../../util/table-probes.js';
import type { CatalogRow } from '../../util/catalog-row.js';

export { parseCatalogRows };
export type { PostgresCatalogRows, TableStats };

/** The part of pg.Client we use. */
export interface PostgresQueryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

const INTEGER_TYPES = new Set(['smallint', 'integer', 'bigint']);

/** Requested names (folded as PostgreSQL would) → existing schemas; unknown → UsageError exit 2. */
export function resolveSchemas(requested: readonly string[], existing: readonly string[], where: string): string[] {
  if (requested.length === 0) return [...existing].sort(compareStrings);
  const resolved = requested.map((written) => {
    const { name, quoted } = foldUserSchemaName(written);
    if (existing.includes(name)) return name;
    // Convenience: `Sales` for a schema created as "Sales" (only when unambiguous).
    const exact = quoted ? undefined : existing.find((schema) => schema === written);
    if (exact !== undefined) return exact;
    throw new UsageError('E_UNKNOWN_SCHEMA', `${where}: schema "${written}" does not exist`, {
      hint: `schemas here: ${existing.join(', ') || '(none)'}; quote a mixed-case name as "Name"`,
    });
  });
  return [...new Set(resolved)].sort(compareStrings);
}

export interface TableStatsTarget {
  readonly schema: string;
  readonly table: string;
  readonly keyColumn: string | null;
  readonly count: boolean;
}

/** Which tables need the per-table query, and for what (pure; the choice is shared with every dialect). */
export function planTableStats(snapshot: CatalogSnapshot, exactCounts: boolean): TableStatsTarget[] {
  return selectTableProbes(snapshot.schemas, exactCounts, (column) => INTEGER_TYPES.has(column.nativeType))
    .map((probe) => ({ schema: probe.schema, table: probe.table, keyColumn: probe.keyColumn, count: probe.countRows }));
}

/** `{1,101,201}` (pg_stats anyarray as text) → `1,101,201`; anything but integers → null. */
export function parseHistogramBounds(bounds: unknown): string | null {
  if (typeof bounds !== 'string' || !/^\{-?\d+(,-?\d+)*\}$/.test(bounds)) return null;
  return bounds.slice(1, -1);
}

async function rowsOf(client: PostgresQueryable, sql: string, params?: unknown[]): Promise<CatalogRow[]> {
  const result = await client.query(sql, params);
  return result.rows as CatalogRow[];
}

async function readTableStats(client: PostgresQueryable, targets: readonly TableStatsTarget[]): Promise<TableStats[]> {
  const stats: TableStats[] = [];
  for (const target of targets) {
    const qualified = `${quoteIdentifier(target.schema)}.${quoteIdentifier(target.table)}`;
    const key = target.keyColumn === null ? null : quoteIdentifier(target.keyColumn);
    const [row] = await rowsOf(client, Q.countAndKeyRangeSql(qualified, key, target.count));
    const [histogram] = target.keyColumn === null ? [] : await rowsOf(client, Q.KEY_HISTOGRAM, [target.schema, target.table, target.keyColumn]);
    const count = row?.row_count;
    stats.push({
      schema: target.schema,
      table: target.table,
      rowCount: count === null || count === undefined ? null : Number(count),
      keyMin: typeof row?.key_min === 'string' ? row.key_min : null,
      keyMax: typeof row?.key_max === 'string' ? row.key_max : null,
      keyQuantiles: parseHistogramBounds(histogram?.bounds),
    });
  }
  return stats;
}

export async function readPostgresCatalog(client: PostgresQueryable, where: string, options: CatalogOptions): Promise<CatalogSnapshot> {
  const progress = (message: string): void => options.onEvent?.({ kind: 'phase', phase: 'catalog', message });
  // As pg_dump does: every non-pg_catalog name comes back schema-qualified, so both agree on the text.
  await client.query("SELECT pg_catalog.set_config('search_path', '', false)");
  const [info] = await rowsOf(client, Q.SOURCE_INFO);
  const existing = (await rowsOf(client, Q.SCHEMAS)).map((row) => String(row.schema_name));
  const schemas = resolveSchemas(options.schemas, existing, where);
  const params = [schemas];
  progress(`reading the catalog of ${schemas.length} schema(s)`);
  const rows: PostgresCatalogRows = {
    info: info ?? {},
    schemas,
    tables: await rowsOf(client, Q.TABLES, params),
    columns: await rowsOf(client, Q.COLUMNS, params),
    constraints: await rowsOf(client, Q.CONSTRAINTS, params),
    indexes: await rowsOf(client, Q.INDEXES, params),
    sequences: await rowsOf(client, Q.SEQUENCES, params),
    views: await rowsOf(client, Q.VIEWS, params),
    routines: await rowsOf(client, Q.ROUTINES, params),
    triggers: await rowsOf(client, Q.TRIGGERS, params),
    userTypes: await rowsOf(client, Q.USER_TYPES),
  };
  const first = parseCatalogRows(rows, options);
  const targets = planTableStats(first, options.exactCounts);
  if (targets.length === 0) return first;
  progress(`reading ${options.exactCounts ? 'exact row counts' : 'key ranges'} of ${targets.length} table(s)`);
  return parseCatalogRows({ ...rows, tableStats: await readTableStats(client, targets) }, options);
}
