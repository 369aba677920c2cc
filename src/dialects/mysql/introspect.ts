/**
 * Live introspection: runs the information_schema queries (one per kind of object) and hands the
 * rows to the pure parseCatalogRows(). The only per-table queries are COUNT(*) with exactCounts and
 * MIN/MAX of a single integer key on large tables; MariaDB sequences are read in one UNION ALL.
 */
import { UsageError } from '../../errors.js';
import type { CatalogSnapshot } from '../../model/catalog.js';
import { compareStrings } from '../../util/stable-json.js';
import type { CatalogOptions } from '../dialect.js';
import * as Q from './catalog-queries.js';
import { isMariaDb, parseCatalogRows, type MysqlCatalogRows, type TableStats } from './parse-catalog.js';
import { selectTableProbes } from '../../util/table-probes.js';
import { text, type CatalogRow } from '../../util/catalog-row.js';

export { parseCatalogRows };
export type { MysqlCatalogRows, TableStats };

/** The part of a mysql2/promise Connection we use. */
export interface MysqlQueryable {
  query(sql: string, values?: unknown): Promise<[unknown, unknown]>;
}

const INTEGER_TYPE = /^(?:tinyint|smallint|mediumint|int|integer|bigint)\b/;

/**
 * Requested databases → existing ones. Empty: the URL's database, or every user database when the
 * URL names none. Exact match first, then a unique case-insensitive one; unknown → UsageError exit 2.
 */
/** The server's own databases, never part of an ERP inventory. */
const SYSTEM_SCHEMAS = new Set(['mysql', 'information_schema', 'performance_schema', 'sys']);

export function resolveSchemas(requested: readonly string[], existing: readonly string[], urlDatabase: string, where: string): string[] {
  const wanted = requested.length > 0 ? requested : urlDatabase !== '' ? [urlDatabase] : existing;
  const resolved = wanted.map((name) => {
    if (existing.includes(name)) return name;
    const folded = existing.filter((schema) => schema.toLowerCase() === name.toLowerCase());
    if (folded.length === 1) return folded[0]!;
    if (SYSTEM_SCHEMAS.has(name.toLowerCase())) {
      throw new UsageError('E_UNKNOWN_SCHEMA', `${where}: "${name}" is a system database, not assessed`, {
        hint: `name an application database: ${existing.join(', ') || '(none)'}`,
      });
    }
    throw new UsageError('E_UNKNOWN_SCHEMA', `${where}: database "${name}" does not exist`, {
      hint: `databases here: ${existing.join(', ') || '(none)'}`,
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
  return selectTableProbes(snapshot.schemas, exactCounts, (column) => INTEGER_TYPE.test(column.nativeType))
    .map((probe) => ({ schema: probe.schema, table: probe.table, keyColumn: probe.keyColumn, count: probe.countRows }));
}

async function rowsOf(connection: MysqlQueryable, sql: string, values?: unknown): Promise<CatalogRow[]> {
  const [rows] = await connection.query(sql, values);
  return rows as CatalogRow[];
}

async function readTableStats(connection: MysqlQueryable, targets: readonly TableStatsTarget[]): Promise<TableStats[]> {
  const stats: TableStats[] = [];
  for (const target of targets) {
    const [row] = await rowsOf(connection, Q.countAndKeyRangeSql(target.schema, target.table, target.keyColumn, target.count));
    const count = row?.row_count;
    stats.push({
      schema: target.schema,
      table: target.table,
      rowCount: count === null || count === undefined ? null : Number(count),
      keyMin: row?.key_min == null ? null : String(row.key_min),
      keyMax: row?.key_max == null ? null : String(row.key_max),
    });
  }
  return stats;
}

function hasStatsCache(version: string): boolean {
  return !isMariaDb(version) && Number(/^(\d+)/.exec(version)?.[1] ?? 0) >= 8;
}

function hasExpressionColumn(version: string): boolean {
  return !isMariaDb(version) && Number(/^(\d+)/.exec(version)?.[1] ?? 0) >= 8;
}

export async function readMysqlCatalog(connection: MysqlQueryable, urlDatabase: string, where: string, options: CatalogOptions): Promise<CatalogSnapshot> {
  const progress = (message: string): void => options.onEvent?.({ kind: 'phase', phase: 'catalog', message });
  const [info = {}] = await rowsOf(connection, Q.SOURCE_INFO);
  const version = typeof info.version === 'string' ? info.version : '';
  // MySQL 8 serves TABLE_ROWS/DATA_LENGTH from a cache (24 h by default): a freshly loaded table shows
  // 0 rows. Ask the storage engine instead; MariaDB has no such cache (and no such variable).
  if (hasStatsCache(version)) await connection.query('SET SESSION information_schema_stats_expiry = 0');
  const existing = (await rowsOf(connection, Q.SCHEMAS)).map((row) => text(row, 'schema_name'));
  const schemas = resolveSchemas(options.schemas, existing, urlDatabase, where);
  progress(`reading the catalog of ${schemas.length} database(s)`);
  const params = [schemas];
  const tables = await rowsOf(connection, Q.TABLES, params);
  const sequenceTables = tables
    .filter((row) => row.table_type === 'SEQUENCE')
    .map((row) => ({ schema: text(row, 'schema_name'), name: text(row, 'table_name') }));
  const rows: MysqlCatalogRows = {
    info,
    schemas,
    tables,
    columns: await rowsOf(connection, Q.COLUMNS, params),
    indexes: await rowsOf(connection, Q.indexesSql(hasExpressionColumn(version)), params),
    foreignKeys: await rowsOf(connection, Q.FOREIGN_KEYS, params),
    partitions: await rowsOf(connection, Q.PARTITIONS, params),
    views: await rowsOf(connection, Q.VIEWS, params),
    routines: await rowsOf(connection, Q.ROUTINES, params),
    triggers: await rowsOf(connection, Q.TRIGGERS, params),
    sequences: sequenceTables.length === 0 ? [] : await rowsOf(connection, Q.sequencesSql(sequenceTables)),
    jsonColumns: isMariaDb(version) ? await rowsOf(connection, Q.MARIADB_JSON_CHECKS, params) : [],
  };
  const first = parseCatalogRows(rows, options);
  const targets = planTableStats(first, options.exactCounts);
  if (targets.length === 0) return first;
  progress(`reading ${options.exactCounts ? 'exact row counts' : 'key ranges'} of ${targets.length} table(s)`);
  return parseCatalogRows({ ...rows, tableStats: await readTableStats(connection, targets) }, options);
}
