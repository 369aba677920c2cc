/**
 * Runs the dictionary queries (one per kind of object) and hands the rows to the pure
 * parseCatalogRows. DBA_ views are preferred; without them ALL_ is read and a note says so.
 */
import type { CatalogOptions } from '../dialect.js';
import type { CatalogSnapshot } from '../../model/catalog.js';
import type { OracleQueryRunner } from './connect-session.js';
import * as Q from './catalog-queries.js';
import type { OracleCatalogRows, OracleRowSet } from './catalog-rows.js';
import { foldSchemaOption } from './quote.js';
import { parseCatalogRows } from './parse-catalog.js';
import { isIntegerColumn } from './native-type.js';
import { textOrNull, type DictionaryRow } from './parse-values.js';
import { joinQuantiles, KEY_QUANTILE_BUCKETS, samplePercent, selectTableProbes, wantsKeyQuantiles } from '../../util/table-probes.js';

export { parseCatalogRows } from './parse-catalog.js';

export type { OracleQueryRunner };

/** Which query fills which row set; `optional` ones may fail for want of a grant. */
const QUERIES: ReadonlyArray<{ set: OracleRowSet; sql: string; optional?: boolean; since12c?: boolean }> = [
  { set: 'nls', sql: Q.NLS_SQL },
  { set: 'database', sql: Q.DATABASE_SQL, optional: true },
  { set: 'schemas', sql: Q.SCHEMAS_SQL },
  { set: 'tables', sql: Q.TABLES_SQL },
  { set: 'columns', sql: Q.COLUMNS_SQL },
  { set: 'identity', sql: Q.IDENTITY_SQL, since12c: true },
  { set: 'constraints', sql: Q.CONSTRAINTS_SQL },
  { set: 'constraintColumns', sql: Q.CONSTRAINT_COLUMNS_SQL },
  { set: 'indexes', sql: Q.INDEXES_SQL },
  { set: 'indexColumns', sql: Q.INDEX_COLUMNS_SQL },
  { set: 'partitions', sql: Q.PARTITIONS_SQL },
  { set: 'partitionKeys', sql: Q.PARTITION_KEYS_SQL },
  { set: 'lobs', sql: Q.LOBS_SQL },
  { set: 'segments', sql: Q.SEGMENTS_SQL, optional: true },
  { set: 'sequences', sql: Q.SEQUENCES_SQL },
  { set: 'views', sql: Q.VIEWS_SQL },
  { set: 'mviews', sql: Q.MVIEWS_SQL },
  { set: 'codeObjects', sql: Q.CODE_OBJECTS_SQL },
  { set: 'triggers', sql: Q.TRIGGERS_SQL },
  { set: 'logGroups', sql: Q.LOG_GROUPS_SQL, optional: true },
];

/** ORA-00942 (no such view / not granted), ORA-01031 (insufficient privileges). */
export function isMissingGrant(error: unknown): boolean {
  const num = typeof error === 'object' && error !== null ? (error as { errorNum?: unknown }).errorNum : undefined;
  return num === 942 || num === 1031;
}

/** Release features from PRODUCT_COMPONENT_VERSION (VERSION_FULL from 18c, VERSION before); unknown → current. */
export function versionFeatures(versionRows: readonly DictionaryRow[]): Q.OracleFeatures {
  const row = versionRows[0];
  return Q.oracleFeatures(row === undefined ? null : (textOrNull(row, 'VERSION_FULL') ?? textOrNull(row, 'VERSION')));
}

/** Before 12.1: no identity columns, no USER_GENERATED, no ORACLE_MAINTAINED. */
export function isBefore12c(versionRows: readonly DictionaryRow[]): boolean {
  return !versionFeatures(versionRows).since12c;
}

async function choosePrefix(runner: OracleQueryRunner): Promise<Q.DictionaryPrefix> {
  try {
    await runner.query(Q.DBA_PROBE_SQL, {});
    return 'DBA';
  } catch (error) {
    if (isMissingGrant(error)) return 'ALL';
    throw error;
  }
}

/**
 * The key's distribution from a sample, for parallel-load ranges that hold equal rows. Optional by
 * nature: if the sample query fails (a view-only grant, an unusual storage) the planner falls back to
 * equal-width ranges over MIN/MAX, so the error is not allowed to stop the assessment.
 */
async function readKeyQuantiles(runner: OracleQueryRunner, schema: string, table: string, column: string, rows: number | null): Promise<string | null> {
  try {
    const result = await runner.query(Q.makeKeyQuantilesSql(schema, table, column, samplePercent(rows), KEY_QUANTILE_BUCKETS), {});
    return joinQuantiles(result.map((r) => (typeof r.BOUND === 'string' ? r.BOUND : null)));
  } catch {
    return null;
  }
}

async function readProbes(runner: OracleQueryRunner, snapshot: CatalogSnapshot, exactCounts: boolean): Promise<DictionaryRow[]> {
  const rows: DictionaryRow[] = [];
  for (const probe of selectTableProbes(snapshot.schemas, exactCounts, isIntegerColumn)) {
    const row: Record<string, unknown> = { OWNER: probe.schema, TABLE_NAME: probe.table };
    if (probe.countRows) Object.assign(row, (await runner.query(Q.makeCountSql(probe.schema, probe.table), {}))[0]);
    if (probe.keyColumn !== null) Object.assign(row, (await runner.query(Q.makeKeyRangeSql(probe.schema, probe.table, probe.keyColumn), {}))[0]);
    if (probe.keyColumn !== null && wantsKeyQuantiles(probe)) row.KEY_QUANTILES = await readKeyQuantiles(runner, probe.schema, probe.table, probe.keyColumn, probe.estimatedRows);
    rows.push(row);
  }
  return rows;
}

export async function readOracleCatalog(runner: OracleQueryRunner, options: CatalogOptions): Promise<CatalogSnapshot> {
  const owners = options.schemas.map(foldSchemaOption);
  const version = await runner.query(Q.VERSION_SQL, {});
  const features = versionFeatures(version);
  const dictionary = await choosePrefix(runner);
  const unavailable: string[] = [];
  const sets: Partial<Record<OracleRowSet, DictionaryRow[]>> = { version };
  for (const { set, sql, optional, since12c } of QUERIES) {
    if (since12c === true && !features.since12c) {
      sets[set] = [];
      continue;
    }
    options.onEvent?.({ kind: 'phase', phase: 'catalog', message: `oracle: reading ${set}` });
    const rendered = Q.renderCatalogQuery(sql, dictionary, owners, features);
    try {
      sets[set] = await runner.query(rendered.sql, rendered.binds);
    } catch (error) {
      if (optional !== true || !isMissingGrant(error)) throw error;
      unavailable.push(set);
      sets[set] = [];
    }
  }
  const rows = { dictionary, unavailable, ...sets } as OracleCatalogRows;
  const first = parseCatalogRows(rows, options);
  options.onEvent?.({ kind: 'phase', phase: 'catalog', message: 'oracle: reading row counts and key ranges' });
  const probes = await readProbes(runner, first, options.exactCounts);
  return probes.length === 0 ? first : parseCatalogRows({ ...rows, probes }, options);
}
