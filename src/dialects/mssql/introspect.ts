/**
 * Runs the catalog queries (one per kind of object) and hands the rows to the pure
 * parseCatalogRows. sys.dm_db_partition_stats falls back to sys.partitions without VIEW DATABASE STATE.
 */
import type { CatalogOptions } from '../dialect.js';
import type { CatalogSnapshot } from '../../model/catalog.js';
import type { MssqlQueryRunner } from './connect-session.js';
import * as Q from './catalog-queries.js';
import type { MssqlCatalogRows, MssqlRowSet } from './catalog-rows.js';
import { foldSchemaOption } from './quote.js';
import { parseCatalogRows } from './parse-catalog.js';
import { isIntegerColumn } from './native-type.js';
import { numberOrNull, textOrNull, type DictionaryRow } from './parse-values.js';
import { joinQuantiles, KEY_QUANTILE_BUCKETS, samplePercent, selectTableProbes, wantsKeyQuantiles } from '../../util/table-probes.js';

export { parseCatalogRows } from './parse-catalog.js';

export type { MssqlQueryRunner };

/** Which query fills which row set; `fallback` is tried when the first is not permitted. */
const QUERIES: ReadonlyArray<{ set: MssqlRowSet; sql: string; fallback?: string; sinceMajor?: number }> = [
  { set: 'schemas', sql: Q.SCHEMAS_SQL },
  { set: 'tables', sql: Q.TABLES_SQL },
  { set: 'columns', sql: Q.COLUMNS_SQL },
  { set: 'identity', sql: Q.IDENTITY_SQL },
  { set: 'keys', sql: Q.KEYS_SQL },
  { set: 'foreignKeys', sql: Q.FOREIGN_KEYS_SQL },
  { set: 'indexes', sql: Q.INDEXES_SQL },
  { set: 'sizes', sql: Q.SIZES_SQL, fallback: Q.SIZES_FALLBACK_SQL },
  { set: 'partitioning', sql: Q.PARTITIONING_SQL },
  { set: 'sequences', sql: Q.SEQUENCES_SQL, sinceMajor: Q.SEQUENCES_SINCE_MAJOR },
  { set: 'views', sql: Q.VIEWS_SQL },
  { set: 'modules', sql: Q.MODULES_SQL },
  { set: 'triggers', sql: Q.TRIGGERS_SQL },
];

/** 297 / 300: VIEW DATABASE STATE (or VIEW SERVER STATE) denied; 229: SELECT denied. */
export function isPermissionDenied(error: unknown): boolean {
  const num = typeof error === 'object' && error !== null ? (error as { number?: unknown }).number : undefined;
  return num === 297 || num === 300 || num === 229;
}

/**
 * The release whose catalog columns apply: ProductVersion's major ('16.0.4135.4' → 16), the current one on
 * Azure SQL Database / Managed Instance (EngineEdition 5 / 8 report 12.0.2000.8) and when unknown.
 */
export function productMajor(serverRows: readonly DictionaryRow[]): number {
  const row = serverRows[0];
  if (row === undefined) return Q.CURRENT_MAJOR;
  return Q.catalogMajor(textOrNull(row, 'product_version'), numberOrNull(row, 'engine_edition'));
}

/**
 * The key's distribution from a sample, for parallel-load ranges that hold equal rows. Optional by
 * nature: if the sample query fails (a view-only grant, an unusual storage) the planner falls back to
 * equal-width ranges over MIN/MAX, so the error is not allowed to stop the assessment.
 */
async function readKeyQuantiles(runner: MssqlQueryRunner, schema: string, table: string, column: string, rows: number | null): Promise<string | null> {
  try {
    const result = await runner.query(Q.makeKeyQuantilesSql(schema, table, column, samplePercent(rows), KEY_QUANTILE_BUCKETS), {});
    return joinQuantiles(result.map((r) => (typeof r.bound === 'string' ? r.bound : null)));
  } catch {
    return null;
  }
}

async function readProbes(runner: MssqlQueryRunner, snapshot: CatalogSnapshot, exactCounts: boolean): Promise<DictionaryRow[]> {
  const rows: DictionaryRow[] = [];
  for (const probe of selectTableProbes(snapshot.schemas, exactCounts, isIntegerColumn)) {
    const row: Record<string, unknown> = { schema_name: probe.schema, table_name: probe.table };
    if (probe.countRows) Object.assign(row, (await runner.query(Q.makeCountSql(probe.schema, probe.table), {}))[0]);
    if (probe.keyColumn !== null) Object.assign(row, (await runner.query(Q.makeKeyRangeSql(probe.schema, probe.table, probe.keyColumn), {}))[0]);
    if (probe.keyColumn !== null && wantsKeyQuantiles(probe)) row.key_quantiles = await readKeyQuantiles(runner, probe.schema, probe.table, probe.keyColumn, probe.estimatedRows);
    rows.push(row);
  }
  return rows;
}

export async function readMssqlCatalog(runner: MssqlQueryRunner, options: CatalogOptions): Promise<CatalogSnapshot> {
  const schemas = options.schemas.map(foldSchemaOption);
  const unavailable: string[] = [];
  const server = await runner.query(Q.SERVER_SQL, {});
  const major = productMajor(server);
  const sets: Partial<Record<MssqlRowSet, DictionaryRow[]>> = { server };
  for (const { set, sql, fallback, sinceMajor } of QUERIES) {
    if (sinceMajor !== undefined && major < sinceMajor) {
      sets[set] = [];
      continue;
    }
    options.onEvent?.({ kind: 'phase', phase: 'catalog', message: `mssql: reading ${set}` });
    const rendered = Q.renderCatalogQuery(sql, schemas, major);
    try {
      sets[set] = await runner.query(rendered.sql, rendered.binds);
    } catch (error) {
      if (fallback === undefined || !isPermissionDenied(error)) throw error;
      unavailable.push(set);
      const second = Q.renderCatalogQuery(fallback, schemas, major);
      sets[set] = await runner.query(second.sql, second.binds);
    }
  }
  if ((sets.server ?? []).length === 0) unavailable.push('server');
  const rows = { unavailable, ...sets } as MssqlCatalogRows;
  const first = parseCatalogRows(rows, options);
  options.onEvent?.({ kind: 'phase', phase: 'catalog', message: 'mssql: reading row counts and key ranges' });
  const probes = await readProbes(runner, first, options.exactCounts);
  return probes.length === 0 ? first : parseCatalogRows({ ...rows, probes }, options);
}
