/**
 * Pure: MySQL/MariaDB information_schema rows (as catalog-queries.ts returns them) → CatalogSnapshot.
 *
 * Conventions shared with the mysqldump importer (same database ⇒ same snapshot):
 * - nativeType = COLUMN_TYPE with type words lower case and ENUM/SET labels byte for byte (`int(11)`,
 *   `bigint(20) unsigned`, `enum('G','PG-13')`); facts from
 *   that text (native-type.ts); default normalised by normaliseMysqlDefault (MariaDB's quoted form).
 * - auto_increment → identity {auto-increment, null, null}; generated columns: default null, `computed` =
 *   GENERATION_EXPRESSION (the key is absent on ordinary columns). A MariaDB `json` column (longtext with
 *   CHECK (json_valid(col))) keeps nativeType `longtext` and gets `userType: 'json'`.
 * - The primary key is the index named PRIMARY (name 'PRIMARY'); unique indexes are uniqueKeys; all
 *   other indexes (including those MySQL creates for foreign keys) are indexes, without a `where` key.
 * - Foreign keys always carry `enabled: true`. attributes: `engine`, `comment` ('' → null), `collation`,
 *   `temporal: true` for MariaDB system-versioned tables, `keyMin`/`keyMax` when read.
 */
import type {
  CatalogColumn, CatalogRoutine, CatalogSchema, CatalogSequence, CatalogSnapshot, CatalogTable, RoutineKind,
} from '../../model/catalog.js';
import { compareStrings } from '../../util/stable-json.js';
import type { CatalogOptions } from '../dialect.js';
import { groupBy, parseForeignKeys, parseIndexes } from './parse-keys.js';
import { normaliseColumnType, normaliseMysqlDefault, parseMysqlColumnType, partitionColumns, partitionType } from './native-type.js';
import { bool, numberOrNull, text, textOrNull, type CatalogRow } from '../../util/catalog-row.js';
import { makeTableFilter } from '../../util/table-filter.js';

export interface TableStats {
  readonly schema: string;
  readonly table: string;
  readonly rowCount: number | null;
  readonly keyMin: string | null;
  readonly keyMax: string | null;
}

export interface MysqlCatalogRows {
  readonly info: CatalogRow;
  readonly schemas: readonly string[];
  readonly tables: readonly CatalogRow[];
  readonly columns: readonly CatalogRow[];
  readonly indexes: readonly CatalogRow[];
  readonly foreignKeys: readonly CatalogRow[];
  readonly partitions: readonly CatalogRow[];
  readonly views: readonly CatalogRow[];
  readonly routines: readonly CatalogRow[];
  readonly triggers: readonly CatalogRow[];
  /** MariaDB sequence settings (sequencesSql), one row per sequence. */
  readonly sequences: readonly CatalogRow[];
  /** MariaDB json columns (MARIADB_JSON_CHECKS). */
  readonly jsonColumns: readonly CatalogRow[];
  readonly tableStats?: readonly TableStats[];
}

export type ParseOptions = Pick<CatalogOptions, 'include' | 'exclude'>;

const ROUTINE_KINDS: Readonly<Record<string, RoutineKind>> = {
  PROCEDURE: 'procedure', FUNCTION: 'function', PACKAGE: 'package', 'PACKAGE BODY': 'package body',
};

const keyOf = (...parts: string[]): string => parts.join('\u0000');
const rowKey = (row: CatalogRow): string => keyOf(text(row, 'schema_name'), text(row, 'table_name'));

export function isMariaDb(version: string | null): boolean {
  return version !== null && /mariadb/i.test(version);
}

export function parseColumnRow(row: CatalogRow, mariadb: boolean, json: boolean): CatalogColumn {
  const nativeType = normaliseColumnType(text(row, 'column_type'));
  const extra = textOrNull(row, 'extra') ?? '';
  const generated = /\b(?:virtual|stored|persistent) generated\b/i.test(extra);
  const column: CatalogColumn = {
    name: text(row, 'column_name'),
    nativeType,
    ...parseMysqlColumnType(nativeType),
    nullable: text(row, 'is_nullable') === 'YES',
    default: generated ? null : normaliseMysqlDefault(textOrNull(row, 'column_default'), nativeType, extra, mariadb),
    identity: /\bauto_increment\b/i.test(extra) ? { generation: 'auto-increment', start: null, increment: null } : null,
  };
  return {
    ...column,
    ...(generated ? { computed: textOrNull(row, 'generation_expression') } : {}),
    ...(json ? { userType: 'json' } : {}),
  };
}

const byName = <T extends { readonly name: string | null }>(a: T, b: T): number => compareStrings(a.name ?? '', b.name ?? '');

interface Groups {
  readonly columns: Map<string, CatalogRow[]>;
  readonly indexes: Map<string, CatalogRow[]>;
  readonly foreignKeys: Map<string, CatalogRow[]>;
  readonly partitions: Map<string, CatalogRow[]>;
  readonly jsonColumns: Set<string>;
  readonly stats: Map<string, TableStats>;
  readonly mariadb: boolean;
}

function parseTable(row: CatalogRow, groups: Groups): CatalogTable {
  const schema = text(row, 'schema_name');
  const name = text(row, 'table_name');
  const key = keyOf(schema, name);
  const indexParts = parseIndexes(groups.indexes.get(key) ?? []);
  const partition = groups.partitions.get(key)?.[0];
  const stats = groups.stats.get(key);
  const dataLength = numberOrNull(row, 'data_length');
  const indexLength = numberOrNull(row, 'index_length');
  const attributes: Record<string, string | number | boolean | null> = {
    engine: textOrNull(row, 'engine'),
    comment: textOrNull(row, 'table_comment') || null,
    collation: textOrNull(row, 'table_collation'),
  };
  if (text(row, 'table_type') === 'SYSTEM VERSIONED') attributes.temporal = true;
  if (stats?.keyMin != null) attributes.keyMin = stats.keyMin;
  if (stats?.keyMax != null) attributes.keyMax = stats.keyMax;
  const exact = stats?.rowCount != null;
  return {
    name,
    columns: (groups.columns.get(key) ?? []).map((c) => parseColumnRow(c, groups.mariadb, groups.jsonColumns.has(keyOf(schema, name, text(c, 'column_name'))))),
    primaryKey: indexParts.primaryKey,
    uniqueKeys: indexParts.uniqueKeys.sort(byName),
    foreignKeys: parseForeignKeys(groups.foreignKeys.get(key) ?? []).sort(byName),
    indexes: indexParts.indexes.sort(byName),
    partitioning: partition === undefined ? null : {
      type: partitionType(text(partition, 'partition_method')),
      columns: partitionColumns(textOrNull(partition, 'partition_expression')),
      partitionCount: numberOrNull(partition, 'partition_count'),
      subpartitioning: textOrNull(partition, 'subpartition_method')?.toLowerCase() ?? null,
    },
    rowCount: exact ? stats.rowCount : numberOrNull(row, 'table_rows'),
    rowCountExact: exact,
    bytes: dataLength === null && indexLength === null ? null : (dataLength ?? 0) + (indexLength ?? 0),
    attributes,
  };
}

function parseSchema(schema: string, rows: MysqlCatalogRows, groups: Groups, keep: (s: string, t: string) => boolean): CatalogSchema {
  const mine = (list: readonly CatalogRow[]) => list.filter((row) => text(row, 'schema_name') === schema);
  const tableRows = mine(rows.tables);
  const sequenceDetails = new Map(mine(rows.sequences).map((row) => [text(row, 'sequence_name'), row]));
  const sequences: CatalogSequence[] = tableRows.filter((row) => text(row, 'table_type') === 'SEQUENCE').map((row) => {
    const name = text(row, 'table_name');
    const detail = sequenceDetails.get(name) ?? {};
    return {
      name,
      start: textOrNull(detail, 'start_value'),
      increment: textOrNull(detail, 'increment'),
      minValue: textOrNull(detail, 'min_value'),
      maxValue: textOrNull(detail, 'max_value'),
      cycle: bool(detail, 'cycle_option'),
      lastValue: null,
    };
  });
  const routines: CatalogRoutine[] = mine(rows.routines).map((row) => ({
    name: text(row, 'routine_name'),
    kind: ROUTINE_KINDS[text(row, 'routine_type')] ?? 'other',
    lines: numberOrNull(row, 'line_count'),
  }));
  return {
    name: schema,
    tables: tableRows
      .filter((row) => text(row, 'table_type') !== 'SEQUENCE' && keep(schema, text(row, 'table_name')))
      .map((row) => parseTable(row, groups))
      .sort(byName),
    views: mine(rows.views).map((row) => ({ name: text(row, 'view_name'), materialized: false, lines: numberOrNull(row, 'line_count') })).sort(byName),
    sequences: sequences.sort(byName),
    routines: routines.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.kind, b.kind)),
    triggers: mine(rows.triggers).map((row) => ({
      name: text(row, 'trigger_name'),
      table: textOrNull(row, 'table_name'),
      events: textOrNull(row, 'event'),
      lines: numberOrNull(row, 'line_count'),
    })).sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.table ?? '', b.table ?? '')),
  };
}

export function parseCatalogRows(rows: MysqlCatalogRows, options: ParseOptions): CatalogSnapshot {
  const version = textOrNull(rows.info, 'version');
  const mariadb = isMariaDb(version);
  const groups: Groups = {
    columns: groupBy(rows.columns, rowKey),
    indexes: groupBy(rows.indexes, rowKey),
    foreignKeys: groupBy(rows.foreignKeys, rowKey),
    partitions: groupBy(rows.partitions, rowKey),
    jsonColumns: new Set(rows.jsonColumns.map((row) => keyOf(text(row, 'schema_name'), text(row, 'table_name'), text(row, 'column_name')))),
    stats: new Map((rows.tableStats ?? []).map((s) => [keyOf(s.schema, s.table), s])),
    mariadb,
  };
  const keep = makeTableFilter(options.include, options.exclude);
  const logBin = numberOrNull(rows.info, 'log_bin');
  return {
    source: {
      dialect: 'mysql',
      version,
      charset: textOrNull(rows.info, 'charset'),
      options: {
        flavour: mariadb ? 'mariadb' : 'mysql',
        database: textOrNull(rows.info, 'database_name'),
        log_bin: logBin === null ? null : logBin === 1,
        binlog_format: textOrNull(rows.info, 'binlog_format'),
        binlog_row_image: textOrNull(rows.info, 'binlog_row_image'),
        server_id: numberOrNull(rows.info, 'server_id'),
        lower_case_table_names: numberOrNull(rows.info, 'lower_case_table_names'),
      },
    },
    schemas: [...new Set(rows.schemas)].sort(compareStrings).map((schema) => parseSchema(schema, rows, groups, keep)),
    notes: [],
  };
}
