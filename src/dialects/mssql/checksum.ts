/**
 * The checksum in T-SQL. HASHBYTES hashes bytes, and an nvarchar is UTF-16, so the row text is
 * converted to varchar under a UTF-8 collation first (SQL Server 2019+, major version 15): older
 * servers are refused with E_CHECKSUM_PUSHDOWN and use the client-side mode. Values are joined with
 * `+` on nvarchar(max) (CONCAT takes at most 254 arguments, and ERP tables are wider); each term is
 * the MD5 hex slice read as bigint through varbinary with a leading 0 nibble (never negative), summed
 * as DECIMAL(38,0) because SUM(bigint) overflows. Empty tests use DATALENGTH: `=` ignores trailing
 * spaces in T-SQL. Floats: CONVERT(…, 3) gives 17 digits, not the shortest text, so they are refused.
 * Written against SQL Server 2019 documentation; not run here (no server): see the conformance suite.
 */
import { HASH_SLICE_LENGTH, HASH_SLICE_START, canBeEmpty, isPrefixedKind } from '../checksum-reference.js';
import { checksumQueryError, pushdownUnsupported, segmentWhere, totalsFromRow } from '../checksum-sql.js';
import type { BoundQuery, ChecksumOptions, ChecksumResult, TransferColumn, TransferTable } from '../dialect.js';
import { UsageError } from '../../errors.js';
import { qualifiedName } from '../transfer-errors.js';
import { quoteIdentifier as quoteMssqlIdentifier } from './quote.js';
import { qualifiedMssqlTable } from './read.js';
import type { MssqlSession } from './connect-session.js';

export const UTF8_COLLATION = 'Latin1_General_100_BIN2_UTF8';
export const MIN_MAJOR_VERSION = 15;
const CODE_POINT_COLLATION = 'Latin1_General_100_BIN2_UTF8';

/** `12.3400` → `12.34`, `5.000` → `5`; text without a point untouched. */
function trimmedDecimal(text: string): string {
  const reversed = `REVERSE(${text})`;
  const noZeros = `SUBSTRING(${reversed}, PATINDEX('%[^0]%', ${reversed}), 80)`;
  const noPoint = `STUFF(${noZeros}, 1, CASE WHEN LEFT(${noZeros}, 1) = '.' THEN 1 ELSE 0 END, '')`;
  return `CASE WHEN CHARINDEX('.', ${text}) > 0 THEN REVERSE(${noPoint}) ELSE ${text} END`;
}

/** The canonical text of a column, NULL when the value is NULL. */
export function mssqlValueExpression(table: TransferTable, column: TransferColumn): string {
  const name = quoteMssqlIdentifier(column.name);
  const type = column.type;
  switch (type.kind) {
    case 'int16':
    case 'int32':
    case 'int64':
      return `CONVERT(varchar(20), ${name})`;
    case 'decimal':
      // Through decimal(p,s) first: money/smallmoney print only two decimals of their four.
      return trimmedDecimal(`CONVERT(varchar(80), CONVERT(decimal(${Math.min(Math.max(type.precision, 1), 38)},${Math.max(0, Math.min(type.scale, 38))}), ${name}))`);
    case 'number':
      return trimmedDecimal(`CONVERT(varchar(80), ${name})`);
    case 'bool':
      return `CASE WHEN ${name} = 1 THEN '1' WHEN ${name} = 0 THEN '0' END`;
    case 'date':
      return `CONVERT(char(10), ${name}, 23)`;
    case 'time':
      return `LEFT(CONVERT(varchar(16), CONVERT(time(7), ${name})), 15)`;
    case 'timestamp':
      return `LEFT(CONVERT(varchar(27), CONVERT(datetime2(7), ${name}), 121), 26)`;
    case 'timestamptz':
      return `LEFT(CONVERT(varchar(27), CONVERT(datetime2(7), SWITCHOFFSET(${name}, '+00:00')), 121), 26)`;
    case 'binary':
      return `LOWER(CONVERT(varchar(max), CONVERT(varbinary(max), ${name}), 2))`;
    case 'blob':
      return `LOWER(CONVERT(char(32), HASHBYTES('MD5', CONVERT(varbinary(max), ${name})), 2))`;
    case 'char':
      return `RTRIM(CONVERT(nvarchar(max), ${name}))`;
    case 'uuid':
      return `LOWER(CONVERT(nvarchar(36), ${name}))`;
    case 'varchar':
    case 'text':
    case 'json':
    case 'xml':
      return `CONVERT(nvarchar(max), ${name})`;
    case 'float32':
    case 'float64':
      throw pushdownUnsupported('mssql', table, column, 'SQL Server prints 17 digits (style 3), not the shortest round-trip text');
    default:
      throw pushdownUnsupported('mssql', table, column, `no SQL normalisation for ${type.kind} in SQL Server`);
  }
}

function renderedExpression(table: TransferTable, column: TransferColumn, options: Pick<ChecksumOptions, 'emptyStringAsNull'>): string {
  let text = `CONVERT(nvarchar(max), ${mssqlValueExpression(table, column)})`;
  if (options.emptyStringAsNull && canBeEmpty(column.type.kind)) text = `CASE WHEN DATALENGTH(${text}) = 0 THEN NULL ELSE ${text} END`;
  // Code points: LEN counts a surrogate pair once only under an _SC collation, and ignores trailing spaces (hence + '.').
  if (isPrefixedKind(column.type.kind)) text = `CONVERT(nvarchar(20), LEN((${text}) COLLATE ${CODE_POINT_COLLATION} + N'.') - 1) + N':' + ${text}`;
  return `COALESCE(${text}, N'\\N')`;
}

/** The row text as nvarchar(max). */
export function mssqlRowTextExpression(table: TransferTable, options: Pick<ChecksumOptions, 'emptyStringAsNull'>): string {
  return table.columns.map((column) => renderedExpression(table, column, options)).join(` + N'|' + `);
}

function termExpression(rowText: string): string {
  const hash = `HASHBYTES('MD5', CONVERT(varchar(max), (${rowText}) COLLATE ${UTF8_COLLATION}))`;
  const slice = `SUBSTRING(CONVERT(char(32), ${hash}, 2), ${HASH_SLICE_START}, ${HASH_SLICE_LENGTH})`;
  return `CONVERT(bigint, CONVERT(varbinary(8), '${'0'.repeat(16 - HASH_SLICE_LENGTH)}' + ${slice}, 2))`;
}

export function mssqlChecksumQuery(table: TransferTable, options: ChecksumOptions): BoundQuery {
  const { where, binds } = segmentWhere(options, quoteMssqlIdentifier, (n) => `@p${n}`);
  const term = termExpression(mssqlRowTextExpression(table, options));
  return {
    sql: `SELECT CONVERT(varchar(20), COUNT_BIG(*)) AS ck_rows, CONVERT(varchar(40), COALESCE(SUM(CONVERT(decimal(38,0), ${term})), 0)) AS ck_sum`
      + ` FROM ${qualifiedMssqlTable(table)}${where}`,
    binds,
    setup: [],
  };
}

export function mssqlRowTextQuery(table: TransferTable, options: ChecksumOptions, keyColumns: readonly string[]): BoundQuery {
  const { where, binds } = segmentWhere(options, quoteMssqlIdentifier, (n) => `@p${n}`);
  const keys = keyColumns.map((key, i) => `CONVERT(nvarchar(400), ${quoteMssqlIdentifier(key)}) AS ck_key${i + 1}`).join(', ');
  const order = keyColumns.map(quoteMssqlIdentifier).join(', ');
  return {
    sql: `SELECT ${keys}, ${mssqlRowTextExpression(table, options)} AS ck_row_text FROM ${qualifiedMssqlTable(table)}${where} ORDER BY ${order}`,
    binds,
    setup: [],
  };
}

/** Positional binds as the session's named ones (`@p1` → `p1`). */
export function namedBinds(binds: readonly string[]): Record<string, string> {
  return Object.fromEntries(binds.map((value, i) => [`p${i + 1}`, value]));
}

export async function mssqlChecksum(session: Pick<MssqlSession, 'query'>, table: TransferTable, options: ChecksumOptions): Promise<ChecksumResult> {
  const query = mssqlChecksumQuery(table, options);
  try {
    const [version] = await session.query("SELECT CONVERT(int, SERVERPROPERTY('ProductMajorVersion')) AS major", {});
    if (Number(version?.major ?? 0) < MIN_MAJOR_VERSION) {
      throw new UsageError('E_CHECKSUM_PUSHDOWN', `SQL Server ${String(version?.major)} has no UTF-8 collation: cannot checksum ${qualifiedName(table)} in SQL`, {
        hint: 'use the client-side checksum mode (SQL Server 2019+ is needed for the pushdown checksum)',
      });
    }
    const [row] = await session.query(query.sql, namedBinds(query.binds));
    return totalsFromRow(row?.ck_rows, row?.ck_sum);
  } catch (error) {
    throw checksumQueryError(table, error);
  }
}
