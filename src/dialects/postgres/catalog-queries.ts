/**
 * PostgreSQL dictionary queries, one per kind of object, over pg_catalog. Every query but
 * SOURCE_INFO and SCHEMAS takes `$1 text[]`: the schema names to read.
 *
 * The session runs with `search_path = ''` (see introspect.ts), exactly as pg_dump does, so
 * format_type / pg_get_expr / pg_get_indexdef return the same text pg_dump prints (non-builtin names
 * schema-qualified). Tables are relkind r (ordinary) and p (partitioned parent); partitions
 * (relispartition) are folded into their parent's row count and size, never listed themselves.
 */

/** No parameters. Facts AWS DMS CDC depends on: wal_level=logical, slots, senders. */
export const SOURCE_INFO = `
SELECT current_setting('server_version') AS version,
       current_setting('server_encoding') AS charset,
       current_database() AS database_name,
       current_setting('wal_level') AS wal_level,
       current_setting('max_replication_slots') AS max_replication_slots,
       current_setting('max_wal_senders') AS max_wal_senders,
       current_setting('rds.logical_replication', true) AS rds_logical_replication`;

/** No parameters. User schemas: everything but the system ones. */
export const SCHEMAS = `
SELECT n.nspname AS schema_name
FROM pg_catalog.pg_namespace n
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
ORDER BY n.nspname`;

const USER_TABLE = `c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY($1::text[])`;

/**
 * reltuples of relation `rel`, -1 when never analysed: PostgreSQL 14+ says so with -1; before 14 a
 * never-analysed table shows 0 on zero pages, which we read as unknown unless an analyse or vacuum is on
 * record (after a statistics reset an empty table is unknown too: unknown is safer than a wrong 0).
 */
const reltuples = (rel: string): string => `CASE WHEN ${rel}.reltuples = 0 AND ${rel}.relpages = 0 AND coalesce(
         pg_catalog.pg_stat_get_last_analyze_time(${rel}.oid), pg_catalog.pg_stat_get_last_autoanalyze_time(${rel}.oid),
         pg_catalog.pg_stat_get_last_vacuum_time(${rel}.oid), pg_catalog.pg_stat_get_last_autovacuum_time(${rel}.oid)) IS NULL
       THEN -1 ELSE ${rel}.reltuples END`;

/** $1 schemas. Partitioned parents sum their leaves; reltuples -1 (never analysed) stays -1 here. */
export const TABLES = `
SELECT n.nspname AS schema_name, c.relname AS table_name, c.relkind::text AS relkind,
       CASE WHEN c.relkind = 'p' THEN
         (SELECT CASE WHEN count(*) FILTER (WHERE ${reltuples('l')} >= 0) = 0 THEN -1
                      ELSE sum(greatest(${reltuples('l')}, 0)) END
          FROM pg_catalog.pg_partition_tree(c.oid) t JOIN pg_catalog.pg_class l ON l.oid = t.relid
          WHERE t.isleaf)
       ELSE ${reltuples('c')} END::float8 AS reltuples,
       CASE WHEN c.relkind = 'p' THEN
         (SELECT coalesce(sum(pg_catalog.pg_total_relation_size(t.relid)), 0) FROM pg_catalog.pg_partition_tree(c.oid) t)
       ELSE pg_catalog.pg_total_relation_size(c.oid) END::int8 AS bytes,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_key,
       (SELECT count(*) FROM pg_catalog.pg_inherits i WHERE i.inhparent = c.oid)::int AS partition_count
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${USER_TABLE}
ORDER BY 1, 2`;

/** $1 schemas. Identity start/increment come from the sequence the identity owns (pg_depend 'i'). */
export const COLUMNS = `
SELECT n.nspname AS schema_name, c.relname AS table_name, a.attnum::int AS ordinal, a.attname::text AS column_name,
       CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod)
            ELSE pg_catalog.format_type(a.atttypid, a.atttypmod) END AS native_type,
       CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(a.atttypid, NULL) END AS domain_name,
       a.attnotnull AS not_null,
       pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expr,
       a.attidentity::text AS identity, a.attgenerated::text AS generated,
       s.seqstart::text AS identity_start, s.seqincrement::text AS identity_increment
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_catalog.pg_depend dep ON a.attidentity <> '' AND dep.refclassid = 'pg_catalog.pg_class'::regclass
       AND dep.refobjid = c.oid AND dep.refobjsubid = a.attnum AND dep.classid = 'pg_catalog.pg_class'::regclass AND dep.deptype = 'i'
LEFT JOIN pg_catalog.pg_sequence s ON s.seqrelid = dep.objid
WHERE a.attnum > 0 AND NOT a.attisdropped AND ${USER_TABLE}
ORDER BY 1, 2, 3`;

/** $1 schemas. Primary, unique and foreign keys; conparentid <> 0 are per-partition clones, skipped. */
export const CONSTRAINTS = `
SELECT n.nspname AS schema_name, c.relname AS table_name, con.conname::text AS constraint_name, con.contype::text AS constraint_type,
       ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
       rn.nspname AS ref_schema, rc.relname AS ref_table,
       ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_columns,
       con.confdeltype::text AS delete_rule, con.convalidated AS validated
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.contype IN ('p', 'u', 'f') AND con.conparentid = 0 AND ${USER_TABLE}
ORDER BY 1, 2, 3`;

/**
 * $1 schemas. Indexes not backing a primary key or unique constraint. Key columns only (INCLUDE
 * columns are not keys); an expression key (indkey 0) is pg_get_indexdef's text for that column,
 * desc from indoption bit 0, predicate as pg_get_expr prints it (with its outer parentheses).
 */
export const INDEXES = `
SELECT n.nspname AS schema_name, c.relname AS table_name, ic.relname AS index_name, am.amname::text AS method,
       i.indisunique AS is_unique,
       ARRAY(SELECT CASE WHEN k.attnum = 0 THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int, false) ELSE a.attname::text END
             FROM unnest(i.indkey::int2[], i.indoption::int2[]) WITH ORDINALITY k(attnum, opt, ord)
             LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
             WHERE k.ord <= i.indnkeyatts ORDER BY k.ord) AS key_names,
       ARRAY(SELECT k.attnum = 0 FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
             WHERE k.ord <= i.indnkeyatts ORDER BY k.ord) AS key_is_expression,
       ARRAY(SELECT (coalesce(k.opt, 0) & 1) = 1 FROM unnest(i.indkey::int2[], i.indoption::int2[]) WITH ORDINALITY k(attnum, opt, ord)
             WHERE k.ord <= i.indnkeyatts ORDER BY k.ord) AS key_descending,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE ${USER_TABLE}
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u'))
ORDER BY 1, 2, 3`;

/** $1 schemas. Sequences, except the ones an identity column owns (they belong to the column). */
export const SEQUENCES = `
SELECT n.nspname AS schema_name, c.relname AS sequence_name, s.seqstart::text AS start_value, s.seqincrement::text AS increment,
       s.seqmin::text AS min_value, s.seqmax::text AS max_value, s.seqcycle AS cycle, ps.last_value::text AS last_value
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_sequences ps ON ps.schemaname = n.nspname AND ps.sequencename = c.relname
WHERE n.nspname = ANY($1::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')
ORDER BY 1, 2`;

/** $1 schemas. Views and materialized views; lines of the stored definition. */
export const VIEWS = `
SELECT n.nspname AS schema_name, c.relname AS view_name, c.relkind = 'm' AS materialized,
       array_length(string_to_array(rtrim(pg_catalog.pg_get_viewdef(c.oid), E'\\n'), E'\\n'), 1) AS line_count
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm') AND n.nspname = ANY($1::text[])
ORDER BY 1, 2`;

/** $1 schemas. Functions and procedures (not aggregates/window functions, not extension members). */
export const ROUTINES = `
SELECT n.nspname AS schema_name, p.proname::text AS routine_name, p.prokind::text AS prokind,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS signature,
       array_length(string_to_array(trim(both E'\\n' from p.prosrc), E'\\n'), 1) AS line_count
FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p') AND n.nspname = ANY($1::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
ORDER BY 1, 2, 4`;

/** $1 schemas. User triggers (not constraint-internal, not partition clones); tgtype bits → events. */
export const TRIGGERS = `
SELECT n.nspname AS schema_name, tg.tgname::text AS trigger_name, c.relname AS table_name, tg.tgtype::int AS tgtype
FROM pg_catalog.pg_trigger tg
JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND NOT c.relispartition AND n.nspname = ANY($1::text[])
ORDER BY 1, 2, 3`;

/**
 * The key's distribution as ANALYZE saw it: equi-depth histogram bounds (about 100 by default), so
 * parallel-load ranges follow the data instead of assuming keys are spread evenly. No table scan.
 * Binds: $1 schema, $2 table, $3 column. A partitioned parent has inherited statistics: prefer them.
 */
export const KEY_HISTOGRAM = `
SELECT histogram_bounds::text AS bounds
FROM pg_catalog.pg_stats
WHERE schemaname = $1 AND tablename = $2 AND attname = $3 AND histogram_bounds IS NOT NULL
ORDER BY inherited DESC
LIMIT 1`;

/** Per table, only with exactCounts or for large integer keys: the one allowed per-table query. */
export function countAndKeyRangeSql(qualifiedTable: string, quotedKey: string | null, count: boolean): string {
  const parts = [count ? 'count(*)::int8 AS row_count' : 'NULL::int8 AS row_count'];
  if (quotedKey !== null) parts.push(`min(${quotedKey})::text AS key_min`, `max(${quotedKey})::text AS key_max`);
  else parts.push('NULL::text AS key_min', 'NULL::text AS key_max');
  return `SELECT ${parts.join(', ')} FROM ${qualifiedTable}`;
}

/**
 * No parameters. Every user type that can be recreated (enum, domain, standalone composite) and every
 * type an extension owns (pg_depend 'e'), in any non-system schema: parse-user-types.ts keeps those the
 * read columns reach, so a type in a schema that was not read is still found. Array types are left
 * out (a column's `[]` names its element). Enum labels in enumsortorder; domain CHECKs by name.
 */
export const USER_TYPES = `
SELECT n.nspname AS schema_name, t.typname::text AS type_name, t.typtype::text AS kind,
       e.extname::text AS extension_name, en.nspname AS extension_schema,
       ARRAY(SELECT l.enumlabel::text FROM pg_catalog.pg_enum l WHERE l.enumtypid = t.oid ORDER BY l.enumsortorder) AS labels,
       CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END AS base_type,
       t.typnotnull AS not_null,
       CASE WHEN t.typtype = 'd' THEN pg_catalog.pg_get_expr(t.typdefaultbin, 0) END AS default_expr,
       ARRAY(SELECT k.conname::text FROM pg_catalog.pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname) AS check_names,
       ARRAY(SELECT pg_catalog.pg_get_constraintdef(k.oid) FROM pg_catalog.pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname) AS check_definitions,
       ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS attribute_names,
       ARRAY(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS attribute_types
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_class r ON r.oid = t.typrelid
LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid
       AND d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.deptype = 'e'
LEFT JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
LEFT JOIN pg_catalog.pg_namespace en ON en.oid = e.extnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
  AND (e.oid IS NOT NULL OR t.typtype IN ('e', 'd') OR (t.typtype = 'c' AND r.relkind = 'c'))
  AND NOT (t.typcategory = 'A' AND t.typtype = 'b')
ORDER BY 1, 2`;
