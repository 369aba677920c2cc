/**
 * Oracle dictionary queries: one per kind of object, filtered by owner lists, never per table (an
 * E-Business Suite has 20,000+ tables). Written against DBA_ views; `renderCatalogQuery` swaps in
 * ALL_ when DBA_ is not granted (ORA-00942). Tokens:
 *   {{DICT}}          DBA or ALL
 *   {{OWNERS:col}}    `col IN (:o0, :o1, …)` for the schemas asked for, or every schema that is not
 *                     Oracle-maintained when none were asked for (ALL_USERS.ORACLE_MAINTAINED from 12c,
 *                     a fixed list of Oracle's own schemas before: E-Business Suite R12.1 runs on 11gR2)
 *   {{IDENTITY_COLUMN}}, {{USER_COLUMNS}}, {{ORACLE_MAINTAINED}}   columns of 12.1 / 12.1.0.2, replaced
 *                     by constants or 11g equivalents before (catalog-render.ts)
 * A query with an owner token binds :o0…:oN (owner names, already folded) and nothing else; one
 * without binds nothing (node-oracledb rejects binds the text does not use).
 * LONG columns (DATA_DEFAULT, TEXT, QUERY, COLUMN_EXPRESSION) arrive as strings; NUMBER columns that
 * can exceed 2^53 are listed in NUMBER_AS_STRING and fetched as strings.
 */
import { quoteIdentifier } from './quote.js';

/** Binds: none. Server version; VERSION_FULL exists from 18c, VERSION before. */
export const VERSION_SQL = `SELECT * FROM PRODUCT_COMPONENT_VERSION WHERE PRODUCT LIKE 'Oracle%'`;

/** Binds: none. Character sets and length semantics. */
export const NLS_SQL = `SELECT PARAMETER, VALUE FROM NLS_DATABASE_PARAMETERS
WHERE PARAMETER IN ('NLS_CHARACTERSET', 'NLS_NCHAR_CHARACTERSET', 'NLS_LENGTH_SEMANTICS')`;

/** Binds: none. CDC prerequisites; needs its own grant (a missing one is a note, not a failure). */
export const DATABASE_SQL = `SELECT LOG_MODE, SUPPLEMENTAL_LOG_DATA_MIN, SUPPLEMENTAL_LOG_DATA_PK, SUPPLEMENTAL_LOG_DATA_UI,
  SUPPLEMENTAL_LOG_DATA_FK, SUPPLEMENTAL_LOG_DATA_ALL, FORCE_LOGGING
FROM V$DATABASE`;

/** Binds: none. Probe whether the DBA_ views are granted. */
export const DBA_PROBE_SQL = `SELECT 1 AS OK FROM DBA_TABLES WHERE ROWNUM = 1`;

/** Binds: :o0…:oN. Schemas that exist (to reject a misspelt --schema). */
export const SCHEMAS_SQL = `SELECT USERNAME, {{ORACLE_MAINTAINED}} FROM {{DICT}}_USERS u WHERE {{OWNERS:u.USERNAME}} ORDER BY USERNAME`;

/**
 * Binds: :o0…:oN. Relational tables, without the recycle bin, IOT overflow/mapping segments,
 * nested-table storage, secondary (domain index) tables and materialized-view containers.
 */
export const TABLES_SQL = `SELECT t.OWNER, t.TABLE_NAME, t.NUM_ROWS, t.PARTITIONED, t.TEMPORARY, t.IOT_TYPE, t.COMPRESSION, c.COMMENTS
FROM {{DICT}}_TABLES t
LEFT JOIN {{DICT}}_TAB_COMMENTS c ON c.OWNER = t.OWNER AND c.TABLE_NAME = t.TABLE_NAME
WHERE {{OWNERS:t.OWNER}}
  AND t.DROPPED = 'NO' AND t.TABLE_NAME NOT LIKE 'BIN$%'
  AND (t.IOT_TYPE IS NULL OR t.IOT_TYPE = 'IOT')
  AND t.NESTED = 'NO' AND t.SECONDARY = 'N'
  AND NOT EXISTS (SELECT 1 FROM {{DICT}}_MVIEWS m WHERE m.OWNER = t.OWNER AND m.CONTAINER_NAME = t.TABLE_NAME)
ORDER BY t.OWNER, t.TABLE_NAME`;

/** Binds: :o0…:oN. Columns incl. 12c INVISIBLE ones (COLUMN_ID NULL); DATA_DEFAULT is a LONG. */
export const COLUMNS_SQL = `SELECT c.OWNER, c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_ID, c.INTERNAL_COLUMN_ID, c.DATA_TYPE, c.DATA_TYPE_OWNER,
  c.DATA_LENGTH, c.CHAR_LENGTH, c.CHAR_USED, c.DATA_PRECISION, c.DATA_SCALE, c.NULLABLE, c.DATA_DEFAULT,
  {{IDENTITY_COLUMN}}, c.VIRTUAL_COLUMN, c.HIDDEN_COLUMN
FROM {{DICT}}_TAB_COLS c
WHERE {{OWNERS:c.OWNER}} AND {{USER_COLUMNS}} AND c.TABLE_NAME NOT LIKE 'BIN$%'
  AND EXISTS (SELECT 1 FROM {{DICT}}_TABLES t WHERE t.OWNER = c.OWNER AND t.TABLE_NAME = c.TABLE_NAME)
ORDER BY c.OWNER, c.TABLE_NAME, c.INTERNAL_COLUMN_ID`;

/** Binds: :o0…:oN. 12c identity columns; IDENTITY_OPTIONS is "START WITH: 1, INCREMENT BY: 1, …". */
export const IDENTITY_SQL = `SELECT OWNER, TABLE_NAME, COLUMN_NAME, GENERATION_TYPE, IDENTITY_OPTIONS
FROM {{DICT}}_TAB_IDENTITY_COLS WHERE {{OWNERS:OWNER}}`;

/** Binds: :o0…:oN. Primary, unique and foreign keys; the referenced key's table resolved by join. */
export const CONSTRAINTS_SQL = `SELECT c.OWNER, c.TABLE_NAME, c.CONSTRAINT_NAME, c.CONSTRAINT_TYPE, c.R_OWNER, c.R_CONSTRAINT_NAME,
  r.TABLE_NAME AS R_TABLE_NAME, c.DELETE_RULE, c.STATUS, c.INDEX_OWNER, c.INDEX_NAME
FROM {{DICT}}_CONSTRAINTS c
LEFT JOIN {{DICT}}_CONSTRAINTS r ON r.OWNER = c.R_OWNER AND r.CONSTRAINT_NAME = c.R_CONSTRAINT_NAME
WHERE {{OWNERS:c.OWNER}} AND c.CONSTRAINT_TYPE IN ('P', 'U', 'R') AND c.TABLE_NAME NOT LIKE 'BIN$%'
ORDER BY c.OWNER, c.TABLE_NAME, c.CONSTRAINT_NAME`;

/** Binds: :o0…:oN. Key columns of those constraints and of every key they reference (other schemas too). */
export const CONSTRAINT_COLUMNS_SQL = `SELECT cc.OWNER, cc.CONSTRAINT_NAME, cc.TABLE_NAME, cc.COLUMN_NAME, cc.POSITION
FROM {{DICT}}_CONS_COLUMNS cc
WHERE (cc.OWNER, cc.CONSTRAINT_NAME) IN (
  SELECT c.OWNER, c.CONSTRAINT_NAME FROM {{DICT}}_CONSTRAINTS c WHERE {{OWNERS:c.OWNER}} AND c.CONSTRAINT_TYPE IN ('P', 'U', 'R')
  UNION
  SELECT c.R_OWNER, c.R_CONSTRAINT_NAME FROM {{DICT}}_CONSTRAINTS c WHERE {{OWNERS:c.OWNER}} AND c.CONSTRAINT_TYPE = 'R')
ORDER BY cc.OWNER, cc.CONSTRAINT_NAME, cc.POSITION`;

/** Binds: :o0…:oN. Indexes on tables (LOB indexes skipped; PK/UK-backing ones dropped when parsed). */
export const INDEXES_SQL = `SELECT i.OWNER, i.INDEX_NAME, i.TABLE_OWNER, i.TABLE_NAME, i.INDEX_TYPE, i.UNIQUENESS
FROM {{DICT}}_INDEXES i
WHERE {{OWNERS:i.TABLE_OWNER}} AND i.TABLE_TYPE = 'TABLE' AND i.INDEX_TYPE <> 'LOB' AND i.INDEX_NAME NOT LIKE 'BIN$%'
ORDER BY i.TABLE_OWNER, i.TABLE_NAME, i.INDEX_NAME`;

/**
 * Binds: :o0…:oN. Index key columns; DESC and function-based keys carry COLUMN_EXPRESSION (LONG).
 * Oracle outer-join syntax on purpose: an ANSI join is rewritten into an inline view, where a LONG
 * column can raise ORA-00997 on some releases.
 */
export const INDEX_COLUMNS_SQL = `SELECT ic.INDEX_OWNER, ic.INDEX_NAME, ic.TABLE_OWNER, ic.TABLE_NAME, ic.COLUMN_NAME, ic.COLUMN_POSITION,
  ic.DESCEND, ie.COLUMN_EXPRESSION
FROM {{DICT}}_IND_COLUMNS ic, {{DICT}}_IND_EXPRESSIONS ie
WHERE ie.INDEX_OWNER (+) = ic.INDEX_OWNER AND ie.INDEX_NAME (+) = ic.INDEX_NAME AND ie.COLUMN_POSITION (+) = ic.COLUMN_POSITION
  AND {{OWNERS:ic.TABLE_OWNER}}
ORDER BY ic.INDEX_OWNER, ic.INDEX_NAME, ic.COLUMN_POSITION`;

/** Binds: :o0…:oN. Partitioned tables; PARTITION_COUNT is 1048575 for interval tables, so count partitions. */
export const PARTITIONS_SQL = `SELECT p.OWNER, p.TABLE_NAME, p.PARTITIONING_TYPE, p.SUBPARTITIONING_TYPE, p."INTERVAL",
  (SELECT COUNT(*) FROM {{DICT}}_TAB_PARTITIONS tp WHERE tp.TABLE_OWNER = p.OWNER AND tp.TABLE_NAME = p.TABLE_NAME) AS PARTITIONS_CREATED
FROM {{DICT}}_PART_TABLES p
WHERE {{OWNERS:p.OWNER}}`;

/** Binds: :o0…:oN. Partition key columns of tables. */
export const PARTITION_KEYS_SQL = `SELECT OWNER, NAME, COLUMN_NAME, COLUMN_POSITION
FROM {{DICT}}_PART_KEY_COLUMNS
WHERE {{OWNERS:OWNER}} AND OBJECT_TYPE = 'TABLE'
ORDER BY OWNER, NAME, COLUMN_POSITION`;

/** Binds: :o0…:oN. LOB columns with their segment and index names (sizes are attributed by them). */
export const LOBS_SQL = `SELECT OWNER, TABLE_NAME, COLUMN_NAME, SEGMENT_NAME, INDEX_NAME, SECUREFILE
FROM {{DICT}}_LOBS WHERE {{OWNERS:OWNER}}`;

/** Binds: :o0…:oN. Segment bytes; there is no ALL_SEGMENTS, so without DBA_ sizes are unknown. */
export const SEGMENTS_SQL = `SELECT OWNER, SEGMENT_NAME, SEGMENT_TYPE, SUM(BYTES) AS BYTES
FROM DBA_SEGMENTS WHERE {{OWNERS:OWNER}}
GROUP BY OWNER, SEGMENT_NAME, SEGMENT_TYPE`;

/**
 * Binds: :o0…:oN. Table-level supplemental log groups (`PRIMARY KEY LOGGING`, `ALL COLUMN LOGGING`,
 * `UNIQUE KEY LOGGING`, `FOREIGN KEY LOGGING`, `USER LOG GROUP`): what DMS CDC needs per table when the
 * database-level PK/ALL logging is off.
 */
export const LOG_GROUPS_SQL = `SELECT OWNER, TABLE_NAME, LOG_GROUP_TYPE
FROM {{DICT}}_LOG_GROUPS WHERE {{OWNERS:OWNER}}
ORDER BY OWNER, TABLE_NAME, LOG_GROUP_TYPE`;

/** Binds: :o0…:oN. Sequences, without the ISEQ$$_ ones behind identity columns. */
export const SEQUENCES_SQL = `SELECT SEQUENCE_OWNER, SEQUENCE_NAME, MIN_VALUE, MAX_VALUE, INCREMENT_BY, CYCLE_FLAG, CACHE_SIZE, LAST_NUMBER
FROM {{DICT}}_SEQUENCES
WHERE {{OWNERS:SEQUENCE_OWNER}} AND SEQUENCE_NAME NOT LIKE 'ISEQ$$\\_%' ESCAPE '\\'
ORDER BY SEQUENCE_OWNER, SEQUENCE_NAME`;

/** Binds: :o0…:oN. Views; TEXT is a LONG, read only to count its lines. */
export const VIEWS_SQL = `SELECT OWNER, VIEW_NAME, TEXT FROM {{DICT}}_VIEWS WHERE {{OWNERS:OWNER}} ORDER BY OWNER, VIEW_NAME`;

/** Binds: :o0…:oN. Materialized views; QUERY is a LONG. */
export const MVIEWS_SQL = `SELECT OWNER, MVIEW_NAME, QUERY FROM {{DICT}}_MVIEWS WHERE {{OWNERS:OWNER}} ORDER BY OWNER, MVIEW_NAME`;

/** Binds: :o0…:oN (twice). Code objects with their line counts from *_SOURCE (one row per line). */
export const CODE_OBJECTS_SQL = `SELECT o.OWNER, o.OBJECT_NAME, o.OBJECT_TYPE, o.STATUS, s.LINE_COUNT
FROM {{DICT}}_OBJECTS o
LEFT JOIN (SELECT OWNER, NAME, TYPE, COUNT(*) AS LINE_COUNT FROM {{DICT}}_SOURCE
           WHERE {{OWNERS:OWNER}} GROUP BY OWNER, NAME, TYPE) s
  ON s.OWNER = o.OWNER AND s.NAME = o.OBJECT_NAME AND s.TYPE = o.OBJECT_TYPE
WHERE {{OWNERS:o.OWNER}} AND o.GENERATED = 'N' AND o.OBJECT_NAME NOT LIKE 'BIN$%'
  AND o.OBJECT_TYPE IN ('PROCEDURE', 'FUNCTION', 'PACKAGE', 'PACKAGE BODY', 'TYPE', 'TYPE BODY', 'JAVA SOURCE', 'SYNONYM', 'LIBRARY')
ORDER BY o.OWNER, o.OBJECT_NAME, o.OBJECT_TYPE`;

/**
 * Binds: :o0…:oN (four times). Triggers with their line counts: those owned by the schemas read AND
 * those on their tables owned elsewhere (E-Business Suite keeps table triggers in APPS, not in GL/AP).
 */
export const TRIGGERS_SQL = `SELECT t.OWNER, t.TRIGGER_NAME, t.TRIGGER_TYPE, t.TRIGGERING_EVENT, t.TABLE_OWNER, t.TABLE_NAME,
  t.BASE_OBJECT_TYPE, t.STATUS, s.LINE_COUNT
FROM {{DICT}}_TRIGGERS t
LEFT JOIN (SELECT src.OWNER, src.NAME, COUNT(*) AS LINE_COUNT
           FROM {{DICT}}_SOURCE src
           JOIN {{DICT}}_TRIGGERS tt ON tt.OWNER = src.OWNER AND tt.TRIGGER_NAME = src.NAME
           WHERE src.TYPE = 'TRIGGER' AND ({{OWNERS:tt.OWNER}} OR {{OWNERS:tt.TABLE_OWNER}})
           GROUP BY src.OWNER, src.NAME) s
  ON s.OWNER = t.OWNER AND s.NAME = t.TRIGGER_NAME
WHERE ({{OWNERS:t.OWNER}} OR {{OWNERS:t.TABLE_OWNER}}) AND t.TRIGGER_NAME NOT LIKE 'BIN$%'
ORDER BY t.OWNER, t.TRIGGER_NAME`;

/** NUMBER columns fetched as strings (row counts, bytes and sequence bounds can exceed 2^53). */
export const NUMBER_AS_STRING = ['NUM_ROWS', 'BYTES', 'MIN_VALUE', 'MAX_VALUE', 'INCREMENT_BY', 'LAST_NUMBER', 'CACHE_SIZE', 'ROW_COUNT', 'KEY_MIN', 'KEY_MAX'] as const;

export { CURRENT_FEATURES, MAX_IN_LIST, ORACLE_SCHEMAS_BEFORE_12C, oracleFeatures, renderCatalogQuery } from './catalog-render.js';
export type { DictionaryPrefix, OracleFeatures, RenderedQuery } from './catalog-render.js';

/** Binds: none. The one allowed per-table query: an exact row count. */
export function makeCountSql(owner: string, table: string): string {
  return `SELECT COUNT(*) AS ROW_COUNT FROM ${quoteIdentifier(owner)}.${quoteIdentifier(table)}`;
}

/**
 * Binds: none. Equi-depth bounds of a large table's integer key from a block sample (about
 * KEY_SAMPLE_ROWS rows are sorted, not the table): one row per bucket, `BOUND` as text.
 */
export function makeKeyQuantilesSql(owner: string, table: string, column: string, samplePercent: string | null, buckets: number): string {
  const col = quoteIdentifier(column);
  const sample = samplePercent === null ? '' : ` SAMPLE BLOCK (${samplePercent})`;
  return `SELECT TO_CHAR(MAX(K)) AS BOUND FROM (SELECT ${col} AS K, NTILE(${buckets}) OVER (ORDER BY ${col}) AS BUCKET `
    + `FROM ${quoteIdentifier(owner)}.${quoteIdentifier(table)}${sample} WHERE ${col} IS NOT NULL) GROUP BY BUCKET ORDER BY BUCKET`;
}

/** Binds: none. Bounds of a single integer key, as text so 38-digit keys keep every digit. */
export function makeKeyRangeSql(owner: string, table: string, column: string): string {
  const col = quoteIdentifier(column);
  return `SELECT TO_CHAR(MIN(${col})) AS KEY_MIN, TO_CHAR(MAX(${col})) AS KEY_MAX FROM ${quoteIdentifier(owner)}.${quoteIdentifier(table)}`;
}
