/**
 * Identifier quoting for target DDL: quote only where needed (a keyword, mixed or upper case,
 * characters beyond [a-z0-9_$], a leading digit), so the common lower-case ERP name stays bare.
 * Oracle quotes only where needed too; SQL Server always brackets. Also derived constraint / index
 * names that fit the target's identifier length.
 */
import { createHash } from 'node:crypto';

/**
 * PostgreSQL keywords that cannot be a bare column or table name: `pg_get_keywords()` categories
 * R, T and C on PostgreSQL 15, plus the ones PostgreSQL 16/17 added (json_*, merge_action, system_user).
 */
const POSTGRES_KEYWORDS = new Set(`all analyse analyze and any array as asc asymmetric authorization between bigint binary bit
boolean both case cast char character check coalesce collate collation column concurrently constraint create cross
current_catalog current_date current_role current_schema current_time current_timestamp current_user dec decimal
default deferrable desc distinct do else end except exists extract false fetch float for foreign freeze from full grant
greatest group grouping having ilike in initially inner inout int integer intersect interval into is isnull join
json json_array json_arrayagg json_exists json_object json_objectagg json_query json_scalar json_serialize json_table
json_value lateral leading least left like limit localtime localtimestamp merge_action national natural nchar none
normalize not notnull null nullif numeric offset on only or order out outer overlaps overlay placing position precision
primary real references returning right row select session_user setof similar smallint some substring symmetric
system_user table tablesample then time timestamp to trailing treat trim true union unique user using values varchar
variadic verbose when where window with xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse
xmlpi xmlroot xmlserialize xmltable`.split(/\s+/));

/** MySQL 8 / MariaDB reserved words an ERP schema is likely to use as names (quoting more is harmless). */
const MYSQL_KEYWORDS = new Set(`accessible add all alter analyze and as asc before between bigint binary blob both by call
cascade case change char character check collate column condition constraint continue convert create cross cube
current_date current_time current_timestamp current_user cursor database databases day_hour default delayed delete desc
describe distinct div double drop dual each else elseif enclosed escaped except exists exit explain false fetch float
for force foreign from fulltext function generated get grant group grouping groups having high_priority if ignore in
index infile inner inout insert int integer intersect interval into is iterate join key keys kill lag lateral lead
leading leave left like limit linear lines load localtime localtimestamp lock long loop low_priority match maxvalue
mediumint minute_second mod modifies natural not null numeric of offset on optimize option or order out outer outfile
over partition precision primary procedure purge range rank read reads real recursive references regexp release
rename repeat replace require resignal restrict return returning revoke right rlike row row_number rows schema schemas
select sensitive separator set show signal smallint spatial specific sql sqlexception sqlstate sqlwarning ssl
starting stored straight_join system table terminated then tinyint to trailing trigger true undo union unique
unlock unsigned update usage use using utc_date utc_time utc_timestamp values varbinary varchar varying virtual when
where while window with write xor year_month zerofill`.split(/\s+/));

const escapeDouble = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const escapeBacktick = (name: string): string => `\`${name.replace(/`/g, '``')}\``;

export function quotePostgres(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !POSTGRES_KEYWORDS.has(name) ? name : escapeDouble(name);
}

export function quoteMysql(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_$]*$/.test(name) && !/^\d+$/.test(name) && !MYSQL_KEYWORDS.has(name.toLowerCase())
    ? name
    : escapeBacktick(name);
}

/** A SQL string literal (standard quoting: a quote is doubled). */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A MySQL string literal: quotes doubled and backslashes escaped (default sql_mode reads `\` as an escape). */
export function mysqlString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * A constraint or index name that fits `maxBytes` (PostgreSQL 63, MySQL 64): longer names keep a
 * prefix and end in `_<hash8>` of the full name, so two long names stay distinct and reruns agree.
 */
export function fitName(name: string, maxBytes: number): string {
  if (Buffer.byteLength(name, 'utf8') <= maxBytes) return name;
  const hash = createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 8);
  let prefix = name;
  while (Buffer.byteLength(prefix, 'utf8') > maxBytes - 9) prefix = prefix.slice(0, -1);
  return `${prefix}_${hash}`;
}

/**
 * Oracle reserved words (SQL Language Reference, "Oracle SQL Reserved Words"): a bare name that
 * equals one of these is a syntax error, so it is quoted. Keywords that are not reserved stay bare.
 */
const ORACLE_RESERVED = new Set(`ACCESS ADD ALL ALTER AND ANY AS ASC AUDIT BETWEEN BY CHAR CHECK CLUSTER COLUMN
COLUMN_VALUE COMMENT COMPRESS CONNECT CREATE CURRENT DATE DECIMAL DEFAULT DELETE DESC DISTINCT DROP ELSE EXCLUSIVE
EXISTS FILE FLOAT FOR FROM GRANT GROUP HAVING IDENTIFIED IMMEDIATE IN INCREMENT INDEX INITIAL INSERT INTEGER INTERSECT
INTO IS LEVEL LIKE LOCK LONG MAXEXTENTS MINUS MLSLABEL MODE MODIFY NESTED_TABLE_ID NOAUDIT NOCOMPRESS NOT NOWAIT NULL
NUMBER OF OFFLINE ON ONLINE OPTION OR ORDER PCTFREE PRIOR PUBLIC RAW RENAME RESOURCE REVOKE ROW ROWID ROWNUM ROWS
SELECT SESSION SET SHARE SIZE SMALLINT START SUCCESSFUL SYNONYM SYSDATE TABLE THEN TO TRIGGER UID UNION UNIQUE UPDATE
USER VALIDATE VALUES VARCHAR VARCHAR2 VIEW WHENEVER WHERE WITH`.split(/\s+/));

/** Oracle identifier limit on 12.2 and later (RDS for Oracle runs 19c+); it was 30 bytes before 12.2. */
export const ORACLE_NAME_BYTES = 128;

/** SQL Server `sysname` holds 128 characters; 128 bytes is the safe bound for fitted names. */
export const SQLSERVER_NAME_BYTES = 128;

/**
 * Oracle: a name stays bare only when Oracle would read it back unchanged — upper-case letter first,
 * then upper-case letters, digits, `_`, `$`, `#`, at most 128 bytes, not reserved. Anything else
 * (lower or mixed case, spaces, a reserved word) is double-quoted, which keeps its exact spelling.
 */
export function quoteOracle(name: string): string {
  const bare = /^[A-Z][A-Z0-9_$#]*$/.test(name) && Buffer.byteLength(name, 'utf8') <= ORACLE_NAME_BYTES && !ORACLE_RESERVED.has(name);
  return bare ? name : escapeDouble(name);
}

/** SQL Server: always bracketed (`]` doubled), so keywords, spaces and case never matter. */
export function quoteSqlServer(name: string): string {
  return `[${name.replace(/]/g, ']]')}]`;
}

/** A SQL Server Unicode string literal, `N'…'` with quotes doubled. */
export function nString(text: string): string {
  return `N${sqlString(text)}`;
}
