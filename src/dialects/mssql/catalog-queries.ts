/**
 * SQL Server catalog queries (sys.* views and DMVs of the connected database): one per kind of
 * object, filtered by schema lists, never per table. Token:
 *   {{SCHEMAS:col}}   `col IN (@s0, @s1, …)` for the schemas asked for, or every schema except
 *                     sys, INFORMATION_SCHEMA, guest, cdc and the fixed db_* role schemas (by exact name)
 *   {{TEMPORAL}}, {{HISTORY_JOIN}}, {{GENERATED_ALWAYS}}, {{MEMORY_OPTIMIZED}}   2016 (13.x) / 2014 (12.x) columns, constants before
 * (catalog-render.ts). A query with the schema token binds @s0…@sN (nvarchar schema names) and nothing else. Column aliases are
 * lower snake case; tedious returns bigint (SUM of row_count, COUNT_BIG) as strings, int as numbers,
 * bit as booleans, sql_variant as its underlying value (so sequence numbers are cast to text here).
 */
import { quoteIdentifier } from './quote.js';

/** Binds: none. Version, edition and the database options the checks read. */
export const SERVER_SQL = `SELECT CAST(SERVERPROPERTY('ProductVersion') AS nvarchar(128)) AS product_version,
  CAST(SERVERPROPERTY('Edition') AS nvarchar(128)) AS edition,
  CAST(SERVERPROPERTY('EngineEdition') AS int) AS engine_edition,
  d.name AS database_name, d.collation_name, d.compatibility_level, d.recovery_model_desc,
  d.is_cdc_enabled, d.is_published, d.is_merge_published, d.is_encrypted,
  d.snapshot_isolation_state_desc, d.is_read_committed_snapshot_on
FROM sys.databases d
WHERE d.database_id = DB_ID()`;

/** Binds: @s0…@sN. Schemas that exist (to reject a misspelt --schema). */
export const SCHEMAS_SQL = `SELECT s.name AS schema_name FROM sys.schemas s WHERE {{SCHEMAS:s.name}} ORDER BY s.name`;

/** Binds: @s0…@sN. User tables with temporal, memory-optimized, CDC and replication facts. */
export const TABLES_SQL = `SELECT s.name AS schema_name, t.name AS table_name, {{TEMPORAL}},
  {{MEMORY_OPTIMIZED}}, t.is_tracked_by_cdc, t.is_replicated, CAST(ep.value AS nvarchar(4000)) AS table_comment
FROM sys.tables t
JOIN sys.schemas s ON s.schema_id = t.schema_id
{{HISTORY_JOIN}}LEFT JOIN sys.extended_properties ep
  ON ep.class = 1 AND ep.major_id = t.object_id AND ep.minor_id = 0 AND ep.name = 'MS_Description'
WHERE t.is_ms_shipped = 0 AND {{SCHEMAS:s.name}}
ORDER BY s.name, t.name`;

/**
 * Binds: @s0…@sN. Columns with their type: `ut` is the declared (possibly alias) type, `bt` its
 * system base type. Joining sys.types on system_type_id alone duplicates rows (nvarchar/sysname
 * share 231; hierarchyid/geometry/geography share 240 and have no base row), hence the self-match.
 */
export const COLUMNS_SQL = `SELECT s.name AS schema_name, o.name AS table_name, c.column_id, c.name AS column_name,
  ut.name AS type_name, SCHEMA_NAME(ut.schema_id) AS type_schema_name, ut.is_user_defined, bt.name AS base_type_name,
  c.max_length, c.precision, c.scale, c.is_nullable, c.is_identity, c.is_computed,
  cc.definition AS computed_definition, dc.definition AS default_definition, {{GENERATED_ALWAYS}}
FROM sys.columns c
JOIN sys.tables o ON o.object_id = c.object_id
JOIN sys.schemas s ON s.schema_id = o.schema_id
JOIN sys.types ut ON ut.user_type_id = c.user_type_id
LEFT JOIN sys.types bt ON bt.system_type_id = ut.system_type_id AND bt.user_type_id = bt.system_type_id
LEFT JOIN sys.computed_columns cc ON cc.object_id = c.object_id AND cc.column_id = c.column_id
LEFT JOIN sys.default_constraints dc ON dc.object_id = c.default_object_id
WHERE o.is_ms_shipped = 0 AND {{SCHEMAS:s.name}}
ORDER BY s.name, o.name, c.column_id`;

/**
 * Binds: @s0…@sN. Identity seed/increment/last value: sql_variant of the column's type, cast to text in
 * SQL so a decimal(38,0) or bigint seed keeps every digit whatever the driver makes of a variant.
 */
export const IDENTITY_SQL = `SELECT s.name AS schema_name, o.name AS table_name, ic.name AS column_name,
  CAST(ic.seed_value AS nvarchar(40)) AS seed_value, CAST(ic.increment_value AS nvarchar(40)) AS increment_value,
  CAST(ic.last_value AS nvarchar(40)) AS last_value
FROM sys.identity_columns ic
JOIN sys.tables o ON o.object_id = ic.object_id
JOIN sys.schemas s ON s.schema_id = o.schema_id
WHERE o.is_ms_shipped = 0 AND {{SCHEMAS:s.name}}`;

/** Binds: @s0…@sN. Primary keys and unique constraints with their key columns (one row per column). */
export const KEYS_SQL = `SELECT s.name AS schema_name, t.name AS table_name, kc.name AS constraint_name, kc.type AS constraint_type,
  i.name AS index_name, ic.key_ordinal, c.name AS column_name, ic.is_descending_key
FROM sys.key_constraints kc
JOIN sys.tables t ON t.object_id = kc.parent_object_id
JOIN sys.schemas s ON s.schema_id = t.schema_id
JOIN sys.indexes i ON i.object_id = kc.parent_object_id AND i.index_id = kc.unique_index_id
JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id AND ic.key_ordinal > 0
JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
WHERE t.is_ms_shipped = 0 AND {{SCHEMAS:s.name}}
ORDER BY s.name, t.name, kc.name, ic.key_ordinal`;

/** Binds: @s0…@sN. Foreign keys, one row per column pair. */
export const FOREIGN_KEYS_SQL = `SELECT s.name AS schema_name, t.name AS table_name, fk.name AS constraint_name,
  rs.name AS ref_schema_name, rt.name AS ref_table_name, fkc.constraint_column_id,
  pc.name AS column_name, rc.name AS ref_column_name,
  fk.delete_referential_action_desc, fk.is_disabled, fk.is_not_trusted
FROM sys.foreign_keys fk
JOIN sys.tables t ON t.object_id = fk.parent_object_id
JOIN sys.schemas s ON s.schema_id = t.schema_id
JOIN sys.tables rt ON rt.object_id = fk.referenced_object_id
JOIN sys.schemas rs ON rs.schema_id = rt.schema_id
JOIN sys.foreign_key_columns fkc ON fkc.constraint_object_id = fk.object_id
JOIN sys.columns pc ON pc.object_id = fkc.parent_object_id AND pc.column_id = fkc.parent_column_id
JOIN sys.columns rc ON rc.object_id = fkc.referenced_object_id AND rc.column_id = fkc.referenced_column_id
WHERE t.is_ms_shipped = 0 AND {{SCHEMAS:s.name}}
ORDER BY s.name, t.name, fk.name, fkc.constraint_column_id`;

/** Binds: @s0…@sN. Indexes (no heaps, no hypothetical ones) with every column, one row per column. */
export const INDEXES_SQL = `SELECT s.name AS schema_name, t.name AS table_name, i.name AS index_name, i.type_desc, i.is_unique,
  i.is_primary_key, i.is_unique_constraint, i.has_filter, i.filter_definition, i.is_disabled,
  ic.key_ordinal, ic.index_column_id, c.name AS column_name, ic.is_descending_key, ic.is_included_column
FROM sys.indexes i
JOIN sys.tables t ON t.object_id = i.object_id
JOIN sys.schemas s ON s.schema_id = t.schema_id
LEFT JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
LEFT JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
WHERE i.index_id > 0 AND i.is_hypothetical = 0 AND t.is_ms_shipped = 0 AND {{SCHEMAS:s.name}}
ORDER BY s.name, t.name, i.name, ic.key_ordinal, ic.index_column_id`;

/**
 * Binds: @s0…@sN. Rows (heap or clustered index, summed over partitions) and used pages (every
 * index, in-row + LOB + row-overflow) per table. Needs VIEW DATABASE STATE; SIZES_FALLBACK_SQL otherwise.
 */
export const SIZES_SQL = `SELECT s.name AS schema_name, t.name AS table_name,
  SUM(CASE WHEN ps.index_id IN (0, 1) THEN ps.row_count ELSE 0 END) AS row_count,
  SUM(ps.used_page_count) AS used_pages
FROM sys.dm_db_partition_stats ps
JOIN sys.tables t ON t.object_id = ps.object_id
JOIN sys.schemas s ON s.schema_id = t.schema_id
WHERE t.is_ms_shipped = 0 AND {{SCHEMAS:s.name}}
GROUP BY s.name, t.name`;

/** Binds: @s0…@sN. The same figures from sys.partitions + sys.allocation_units (no DMV permission needed). */
export const SIZES_FALLBACK_SQL = `SELECT s.name AS schema_name, t.name AS table_name,
  (SELECT SUM(p.rows) FROM sys.partitions p WHERE p.object_id = t.object_id AND p.index_id IN (0, 1)) AS row_count,
  (SELECT SUM(au.used_pages) FROM sys.partitions p
     JOIN sys.allocation_units au
       ON (au.type IN (1, 3) AND au.container_id = p.hobt_id) OR (au.type = 2 AND au.container_id = p.partition_id)
   WHERE p.object_id = t.object_id) AS used_pages
FROM sys.tables t
JOIN sys.schemas s ON s.schema_id = t.schema_id
WHERE t.is_ms_shipped = 0 AND {{SCHEMAS:s.name}}`;

/** Binds: @s0…@sN. Tables on a partition scheme with their partitioning columns. */
export const PARTITIONING_SQL = `SELECT s.name AS schema_name, t.name AS table_name, psch.name AS scheme_name, pf.name AS function_name,
  pf.type_desc AS function_type, pf.fanout, ic.partition_ordinal, c.name AS column_name
FROM sys.tables t
JOIN sys.schemas s ON s.schema_id = t.schema_id
JOIN sys.indexes i ON i.object_id = t.object_id AND i.index_id IN (0, 1)
JOIN sys.partition_schemes psch ON psch.data_space_id = i.data_space_id
JOIN sys.partition_functions pf ON pf.function_id = psch.function_id
JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id AND ic.partition_ordinal > 0
JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
WHERE t.is_ms_shipped = 0 AND {{SCHEMAS:s.name}}
ORDER BY s.name, t.name, ic.partition_ordinal`;

/** Binds: @s0…@sN. Sequences; sql_variant values cast to text so decimal(38) bounds keep every digit. */
export const SEQUENCES_SQL = `SELECT s.name AS schema_name, sq.name AS sequence_name,
  CAST(sq.start_value AS nvarchar(40)) AS start_value, CAST(sq.increment AS nvarchar(40)) AS increment,
  CAST(sq.minimum_value AS nvarchar(40)) AS minimum_value, CAST(sq.maximum_value AS nvarchar(40)) AS maximum_value,
  CAST(sq.current_value AS nvarchar(40)) AS current_value, sq.is_cycling
FROM sys.sequences sq
JOIN sys.schemas s ON s.schema_id = sq.schema_id
WHERE {{SCHEMAS:s.name}}
ORDER BY s.name, sq.name`;

/**
 * Lines of a module definition (NULL when encrypted): newlines + 1, as int. DATALENGTH, not LEN: LEN
 * ignores trailing blanks, so blanks before a removed final newline would count as newlines. The binary
 * collation makes REPLACE match NCHAR(10) exactly (and fast on long definitions).
 */
const LINE_COUNT = `CAST((DATALENGTH(m.definition) - DATALENGTH(REPLACE(m.definition COLLATE Latin1_General_BIN2, NCHAR(10), N''))) / 2 + 1 AS int)`;

/** Binds: @s0…@sN. Views; an indexed view (clustered index) is the materialized kind. */
export const VIEWS_SQL = `SELECT s.name AS schema_name, v.name AS view_name,
  CAST(CASE WHEN EXISTS (SELECT 1 FROM sys.indexes i WHERE i.object_id = v.object_id AND i.index_id = 1) THEN 1 ELSE 0 END AS bit) AS is_indexed,
  ${LINE_COUNT} AS line_count
FROM sys.views v
JOIN sys.schemas s ON s.schema_id = v.schema_id
LEFT JOIN sys.sql_modules m ON m.object_id = v.object_id
WHERE v.is_ms_shipped = 0 AND {{SCHEMAS:s.name}}
ORDER BY s.name, v.name`;

/** Binds: @s0…@sN. Procedures, functions (T-SQL and CLR) and synonyms; `type` is char(2), e.g. 'P '. */
export const MODULES_SQL = `SELECT s.name AS schema_name, o.name AS object_name, o.type AS object_type, ${LINE_COUNT} AS line_count
FROM sys.objects o
JOIN sys.schemas s ON s.schema_id = o.schema_id
LEFT JOIN sys.sql_modules m ON m.object_id = o.object_id
WHERE o.is_ms_shipped = 0 AND o.type IN ('P', 'PC', 'FN', 'IF', 'TF', 'FS', 'FT', 'AF', 'SN') AND {{SCHEMAS:s.name}}
ORDER BY s.name, o.name`;

/** Binds: @s0…@sN. DML triggers on tables and views, with their events ('INSERT,UPDATE'). */
export const TRIGGERS_SQL = `SELECT s.name AS schema_name, tr.name AS trigger_name, p.name AS table_name, p.type AS parent_type,
  tr.is_disabled, tr.is_instead_of_trigger,
  STUFF((SELECT ',' + te.type_desc FROM sys.trigger_events te WHERE te.object_id = tr.object_id ORDER BY te.type
         FOR XML PATH('')), 1, 1, '') AS trigger_events,
  ${LINE_COUNT} AS line_count
FROM sys.triggers tr
JOIN sys.objects p ON p.object_id = tr.parent_id
JOIN sys.schemas s ON s.schema_id = p.schema_id
LEFT JOIN sys.sql_modules m ON m.object_id = tr.object_id
WHERE tr.parent_class = 1 AND tr.is_ms_shipped = 0 AND {{SCHEMAS:s.name}}
ORDER BY s.name, tr.name`;

/** Sequences arrived in SQL Server 2012 (11.x). */
export const SEQUENCES_SINCE_MAJOR = 11;

export { CURRENT_MAJOR, MAX_SCHEMA_BINDS, SYSTEM_SCHEMAS, catalogMajor, renderCatalogQuery } from './catalog-render.js';
export type { RenderedQuery } from './catalog-render.js';

/** Binds: none. The one allowed per-table query: an exact row count (bigint → string). */
export function makeCountSql(schema: string, table: string): string {
  return `SELECT COUNT_BIG(*) AS row_count FROM ${quoteIdentifier(schema)}.${quoteIdentifier(table)}`;
}

/** Binds: none. Bounds of a single integer key, as text so bigint / decimal(38,0) keys keep every digit. */
/**
 * No parameters. Equi-depth bounds of a large table's integer key from a TABLESAMPLE (about
 * KEY_SAMPLE_ROWS rows are sorted, not the table): one row per bucket, `bound` as text.
 */
export function makeKeyQuantilesSql(schema: string, table: string, column: string, samplePercent: string | null, buckets: number): string {
  const col = quoteIdentifier(column);
  const sample = samplePercent === null ? '' : ` TABLESAMPLE (${samplePercent} PERCENT)`;
  return `SELECT CAST(MAX(k) AS varchar(40)) AS bound FROM (SELECT ${col} AS k, NTILE(${buckets}) OVER (ORDER BY ${col}) AS bucket `
    + `FROM ${quoteIdentifier(schema)}.${quoteIdentifier(table)}${sample} WHERE ${col} IS NOT NULL) AS s GROUP BY bucket ORDER BY bucket`;
}

export function makeKeyRangeSql(schema: string, table: string, column: string): string {
  const col = quoteIdentifier(column);
  return `SELECT CAST(MIN(${col}) AS varchar(40)) AS key_min, CAST(MAX(${col}) AS varchar(40)) AS key_max FROM ${quoteIdentifier(schema)}.${quoteIdentifier(table)}`;
}
