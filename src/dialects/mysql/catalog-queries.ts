/**
 * MySQL / MariaDB dictionary queries over information_schema, one per kind of object. Every query but
 * SOURCE_INFO and SCHEMAS takes one bind parameter: the array of schema (database) names, expanded by
 * mysql2's `query()` into `IN (?)`. Columns are aliased to lower case so rows look alike on both servers.
 */
import { quoteIdentifier } from './quote.js';

/** No parameters. What AWS DMS CDC needs: log_bin=1, binlog_format=ROW, binlog_row_image=FULL. */
export const SOURCE_INFO = `
SELECT VERSION() AS version, @@character_set_database AS charset, DATABASE() AS database_name,
       @@log_bin AS log_bin, @@binlog_format AS binlog_format, @@binlog_row_image AS binlog_row_image,
       @@server_id AS server_id, @@lower_case_table_names AS lower_case_table_names`;

/** No parameters. User databases (system schemas excluded). */
export const SCHEMAS = `
SELECT SCHEMA_NAME AS schema_name FROM information_schema.SCHEMATA
WHERE SCHEMA_NAME NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')
ORDER BY SCHEMA_NAME`;

/** ? schemas. Base tables (MariaDB system-versioned tables too) and MariaDB sequences (TABLE_TYPE SEQUENCE). */
export const TABLES = `
SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name, TABLE_TYPE AS table_type, ENGINE AS engine,
       TABLE_ROWS AS table_rows, DATA_LENGTH AS data_length, INDEX_LENGTH AS index_length,
       TABLE_COLLATION AS table_collation, TABLE_COMMENT AS table_comment
FROM information_schema.TABLES
WHERE TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'SEQUENCE') AND TABLE_SCHEMA IN (?)
ORDER BY TABLE_SCHEMA, TABLE_NAME`;

/** ? schemas. Columns of tables and views alike; the parser keeps those of base tables. */
export const COLUMNS = `
SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name, ORDINAL_POSITION AS ordinal, COLUMN_NAME AS column_name,
       COLUMN_TYPE AS column_type, IS_NULLABLE AS is_nullable, COLUMN_DEFAULT AS column_default, EXTRA AS extra,
       GENERATION_EXPRESSION AS generation_expression
FROM information_schema.COLUMNS
WHERE TABLE_SCHEMA IN (?)
ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION`;

/**
 * ? schemas. Every index column: PRIMARY is the primary key, NON_UNIQUE = 0 a unique key, the rest
 * secondary indexes. COLLATION 'D' = descending. MySQL 8 functional indexes have COLUMN_NAME null and
 * EXPRESSION set; MariaDB and MySQL 5.7 have no EXPRESSION column.
 */
export function indexesSql(hasExpressionColumn: boolean): string {
  return `
SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name, INDEX_NAME AS index_name, NON_UNIQUE AS non_unique,
       SEQ_IN_INDEX AS seq_in_index, COLUMN_NAME AS column_name, COLLATION AS collation, INDEX_TYPE AS index_type,
       ${hasExpressionColumn ? 'EXPRESSION' : 'NULL'} AS expression
FROM information_schema.STATISTICS
WHERE TABLE_SCHEMA IN (?)
ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`;
}

/** ? schemas. Foreign keys, one row per column, with the delete rule. */
export const FOREIGN_KEYS = `
SELECT k.TABLE_SCHEMA AS schema_name, k.TABLE_NAME AS table_name, k.CONSTRAINT_NAME AS constraint_name,
       k.COLUMN_NAME AS column_name, k.ORDINAL_POSITION AS ordinal,
       k.REFERENCED_TABLE_SCHEMA AS ref_schema, k.REFERENCED_TABLE_NAME AS ref_table, k.REFERENCED_COLUMN_NAME AS ref_column,
       r.DELETE_RULE AS delete_rule
FROM information_schema.KEY_COLUMN_USAGE k
JOIN information_schema.REFERENTIAL_CONSTRAINTS r
  ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
WHERE k.TABLE_SCHEMA IN (?) AND k.REFERENCED_TABLE_NAME IS NOT NULL
ORDER BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`;

/** ? schemas. One row per partitioned table. */
export const PARTITIONS = `
SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name, PARTITION_METHOD AS partition_method,
       PARTITION_EXPRESSION AS partition_expression, SUBPARTITION_METHOD AS subpartition_method,
       COUNT(DISTINCT PARTITION_NAME) AS partition_count
FROM information_schema.PARTITIONS
WHERE TABLE_SCHEMA IN (?) AND PARTITION_NAME IS NOT NULL
GROUP BY TABLE_SCHEMA, TABLE_NAME, PARTITION_METHOD, PARTITION_EXPRESSION, SUBPARTITION_METHOD
ORDER BY TABLE_SCHEMA, TABLE_NAME`;

const lineCount = (column: string): string =>
  `CASE WHEN ${column} IS NULL THEN NULL ELSE CHAR_LENGTH(TRIM(BOTH '\\n' FROM ${column})) - CHAR_LENGTH(REPLACE(TRIM(BOTH '\\n' FROM ${column}), '\\n', '')) + 1 END`;

/** ? schemas. */
export const VIEWS = `
SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS view_name, ${lineCount('VIEW_DEFINITION')} AS line_count
FROM information_schema.VIEWS WHERE TABLE_SCHEMA IN (?)
ORDER BY TABLE_SCHEMA, TABLE_NAME`;

/** ? schemas. Procedures and functions (MariaDB Oracle-mode packages appear as PACKAGE / PACKAGE BODY). */
export const ROUTINES = `
SELECT ROUTINE_SCHEMA AS schema_name, ROUTINE_NAME AS routine_name, ROUTINE_TYPE AS routine_type,
       ${lineCount('ROUTINE_DEFINITION')} AS line_count
FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA IN (?)
ORDER BY ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE`;

/** ? schemas. */
export const TRIGGERS = `
SELECT TRIGGER_SCHEMA AS schema_name, TRIGGER_NAME AS trigger_name, EVENT_OBJECT_TABLE AS table_name,
       EVENT_MANIPULATION AS event, ${lineCount('ACTION_STATEMENT')} AS line_count
FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA IN (?)
ORDER BY TRIGGER_SCHEMA, TRIGGER_NAME`;

/** ? schemas. MariaDB only: `json` columns are longtext with a column-level CHECK (json_valid(`c`)). */
export const MARIADB_JSON_CHECKS = `
SELECT CONSTRAINT_SCHEMA AS schema_name, TABLE_NAME AS table_name, CONSTRAINT_NAME AS column_name
FROM information_schema.CHECK_CONSTRAINTS
WHERE CONSTRAINT_SCHEMA IN (?) AND LEVEL = 'Column' AND CHECK_CLAUSE LIKE 'json\\_valid(%'
ORDER BY 1, 2, 3`;

/** MariaDB sequences are tables: all of them in one UNION ALL (no bind parameters). */
export function sequencesSql(sequences: readonly { readonly schema: string; readonly name: string }[]): string {
  return sequences
    .map(({ schema, name }) => `SELECT ${quoteLiteral(schema)} AS schema_name, ${quoteLiteral(name)} AS sequence_name,
       start_value, increment, minimum_value AS min_value, maximum_value AS max_value, cycle_option
FROM ${quoteIdentifier(schema)}.${quoteIdentifier(name)}`)
    .join('\nUNION ALL\n');
}

/** Per table, only with exactCounts or for large integer keys: the one allowed per-table query. */
export function countAndKeyRangeSql(schema: string, table: string, key: string | null, count: boolean): string {
  const quotedKey = key === null ? null : quoteIdentifier(key);
  return `SELECT ${count ? 'COUNT(*)' : 'NULL'} AS row_count, ${quotedKey === null ? 'NULL' : `CAST(MIN(${quotedKey}) AS CHAR)`} AS key_min, `
    + `${quotedKey === null ? 'NULL' : `CAST(MAX(${quotedKey}) AS CHAR)`} AS key_max FROM ${quoteIdentifier(schema)}.${quoteIdentifier(table)}`;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
