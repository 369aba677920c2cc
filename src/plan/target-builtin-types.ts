/**
 * Type names each target has without creating anything, for the check that planned DDL only names
 * types that exist (check-target-types.ts). Matched on the type's name with its modifiers removed:
 * PostgreSQL as format_type prints it (`character varying`, `timestamp with time zone`) plus the
 * usual aliases; MySQL, Oracle and SQL Server on the first word (`varchar`, `TIMESTAMP`, `nvarchar`).
 */
import type { TargetName } from '../model/plan.js';

const POSTGRES = new Set(`smallint integer bigint int int2 int4 int8 numeric decimal real double precision float4 float8 float
money boolean bool character varying varchar character char bpchar text name "char" bytea date time without time zone
with time zone timestamp timestamptz timetz interval uuid json jsonb jsonpath xml inet cidr macaddr macaddr8 bit varbit
tsvector tsquery point line lseg box path polygon circle pg_lsn pg_snapshot txid_snapshot oid xid xid8 cid tid
regclass regproc regprocedure regtype regoper regoperator regconfig regdictionary regnamespace regrole regcollation
int4range int8range numrange tsrange tstzrange daterange int4multirange int8multirange nummultirange tsmultirange
tstzmultirange datemultirange smallserial serial bigserial serial2 serial4 serial8`.split(/\s+/));

const MYSQL = new Set(`tinyint smallint mediumint int integer bigint decimal dec numeric fixed float double real bit bool boolean
date datetime timestamp time year char varchar nchar nvarchar national binary varbinary tinyblob blob mediumblob longblob
tinytext text mediumtext longtext long enum set json geometry point linestring polygon multipoint multilinestring
multipolygon geometrycollection serial uuid inet4 inet6`.split(/\s+/));

const ORACLE = new Set(`NUMBER FLOAT BINARY_FLOAT BINARY_DOUBLE VARCHAR2 NVARCHAR2 VARCHAR CHAR NCHAR CHARACTER CLOB NCLOB BLOB
BFILE RAW LONG DATE TIMESTAMP INTERVAL ROWID UROWID XMLTYPE JSON BOOLEAN INTEGER INT SMALLINT DECIMAL NUMERIC DEC REAL
DOUBLE SDO_GEOMETRY SDO_TOPO_GEOMETRY SDO_GEORASTER ANYDATA ANYTYPE ANYDATASET URITYPE DBURITYPE XDBURITYPE HTTPURITYPE
VECTOR`.split(/\s+/));
/** Oracle-supplied owners whose types exist in every database that has the option installed. */
const ORACLE_SYSTEM_OWNERS = /^"?(SYS|MDSYS|PUBLIC|ORDSYS|CTXSYS|XDB)"?\./i;

const SQLSERVER = new Set(`bigint int smallint tinyint bit decimal numeric money smallmoney float real date time datetime2
datetimeoffset datetime smalldatetime char varchar text nchar nvarchar ntext binary varbinary image uniqueidentifier xml
sql_variant hierarchyid geography geometry rowversion timestamp sysname json vector`.split(/\s+/));

/** A PostgreSQL type name without modifiers, array brackets or `pg_catalog.`: `timestamp(3) with time zone` → `timestamp with time zone`. */
function postgresName(name: string): string {
  return name.replace(/^pg_catalog\./i, '').replace(/\([^)]*\)/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function isPostgresBuiltin(name: string): boolean {
  const words = postgresName(name);
  if (/^interval( (year|month|day|hour|minute|second)( to (month|hour|minute|second))?)?$/.test(words)) return true;
  if (/^(time|timestamp) with(out)? time zone$/.test(words)) return true;
  return POSTGRES.has(words) || ['double precision', 'character varying', 'bit varying'].includes(words);
}

/** True when the target has this type (text after removing array brackets and, for PostgreSQL, a `pg_catalog.` prefix). */
export function isBuiltinType(target: TargetName, typeText: string): boolean {
  const text = typeText.trim();
  switch (target) {
    case 'postgres':
    case 'aurora-postgresql':
      return isPostgresBuiltin(text);
    case 'mysql':
      return MYSQL.has((/^[a-z]+/i.exec(text)?.[0] ?? '').toLowerCase());
    case 'oracle':
      return ORACLE.has((/^[a-z_0-9]+/i.exec(text.replace(ORACLE_SYSTEM_OWNERS, ''))?.[0] ?? '').toUpperCase());
    case 'sqlserver':
      return SQLSERVER.has((/^\[?([a-z_0-9]+)/i.exec(text.replace(/^\[?sys\]?\./i, ''))?.[1] ?? '').toLowerCase());
  }
}
