/**
 * The checksum in Oracle SQL. The row text is built as a CLOB (rows may exceed 4,000 bytes) and hashed
 * with DBMS_CRYPTO.HASH(…, 2 = HASH_MD5), which converts a CLOB to AL32UTF8 before hashing, so the
 * bytes are UTF-8 whatever the database character set (needs EXECUTE on SYS.DBMS_CRYPTO; STANDARD_HASH
 * would avoid the grant but takes no CLOB and hashes the database character set).
 * Oracle stores '' as NULL: its rows always read as emptyStringAsNull, so asking for anything else is
 * refused rather than answered with a checksum that cannot match.
 * Written against Oracle 19c documentation; not run here (no server): see the conformance suite.
 */
import { HASH_SLICE_LENGTH, HASH_SLICE_START, isPrefixedKind } from '../checksum-reference.js';
import { checksumQueryError, pushdownUnsupported, segmentWhere, totalsFromRow } from '../checksum-sql.js';
import type { BoundQuery, ChecksumOptions, ChecksumResult, TransferColumn, TransferTable } from '../dialect.js';
import { UsageError } from '../../errors.js';
import { qualifiedName } from '../transfer-errors.js';
import { quoteIdentifier as quoteOracleIdentifier } from './quote.js';
import { qualifiedOracleTable } from './read.js';
import type { OracleQueryRunner } from './connect-session.js';

const MD5 = 2; // DBMS_CRYPTO.HASH_MD5: package constants cannot be named in SQL
const DECIMAL_POINT = "'NLS_NUMERIC_CHARACTERS=''.,'''";
/** Kinds held in CLOBs here: their NULL/empty test and marker must stay CLOB. */
const CLOB_KINDS = new Set(['text', 'json', 'xml']);

/** Numbers: TM9 prints no trailing zeros but `.5`/`-.5`; NLS must not turn the point into a comma. */
function numberText(name: string): string {
  return `REGEXP_REPLACE(TO_CHAR(${name}, 'TM9', ${DECIMAL_POINT}), '^(-?)\\.', '\\10.')`;
}

/** The canonical text of a column, NULL when the value is NULL (or, Oracle being Oracle, empty). */
export function oracleValueExpression(table: TransferTable, column: TransferColumn): string {
  const name = quoteOracleIdentifier(column.name);
  switch (column.type.kind) {
    case 'int16':
    case 'int32':
    case 'int64':
    case 'decimal':
    case 'number':
      return numberText(name);
    case 'bool':
      return `CASE WHEN ${name} <> 0 THEN '1' WHEN ${name} = 0 THEN '0' END`;
    case 'date':
      return `TO_CHAR(${name}, 'YYYY-MM-DD')`;
    case 'timestamp':
      // FF9 then cut: truncates to microseconds (FF6 would round); DATE is cast so FF applies.
      return `SUBSTR(TO_CHAR(CAST(${name} AS TIMESTAMP(9)), 'YYYY-MM-DD HH24:MI:SS.FF9'), 1, 26)`;
    case 'timestamptz':
      return `SUBSTR(TO_CHAR(CAST(SYS_EXTRACT_UTC(${name}) AS TIMESTAMP(9)), 'YYYY-MM-DD HH24:MI:SS.FF9'), 1, 26)`;
    case 'binary':
      return `LOWER(RAWTOHEX(${name}))`;
    case 'blob':
      return `LOWER(RAWTOHEX(DBMS_CRYPTO.HASH(${name}, ${MD5})))`;
    case 'char':
      return `RTRIM(${name}, ' ')`;
    case 'uuid':
      return `LOWER(${name})`;
    case 'xml':
      return `XMLSERIALIZE(CONTENT ${name} AS CLOB)`;
    case 'text':
    case 'json':
    case 'varchar':
      return name;
    case 'float32':
    case 'float64':
      throw pushdownUnsupported('oracle', table, column, 'Oracle prints no shortest round-trip text for binary floats');
    default:
      throw pushdownUnsupported('oracle', table, column, `no SQL normalisation for ${column.type.kind} in Oracle`);
  }
}

function renderedExpression(table: TransferTable, column: TransferColumn): string {
  const text = oracleValueExpression(table, column);
  // LENGTH4 counts code points (LENGTH would count a CLOB's UTF-16 units).
  const rendered = isPrefixedKind(column.type.kind) ? `LENGTH4(${text}) || ':' || ${text}` : text;
  // An empty CLOB is not NULL in Oracle, but it is empty: NULL by the rule.
  if (CLOB_KINDS.has(column.type.kind)) return `CASE WHEN DBMS_LOB.GETLENGTH(${text}) > 0 THEN ${rendered} ELSE TO_CLOB('\\N') END`;
  return isPrefixedKind(column.type.kind) ? `CASE WHEN ${text} IS NULL THEN '\\N' ELSE ${rendered} END` : `NVL(${text}, '\\N')`;
}

function requireEmptyAsNull(table: TransferTable, options: Pick<ChecksumOptions, 'emptyStringAsNull'>): void {
  if (!options.emptyStringAsNull) {
    throw new UsageError('E_CHECKSUM_OPTIONS', `an Oracle checksum of ${qualifiedName(table)} needs emptyStringAsNull: Oracle stores '' as NULL`, {
      hint: 'compare with empty strings counted as NULL on both sides whenever either side is Oracle',
    });
  }
}

/** The row text as a CLOB: the first operand is a CLOB, so `||` never hits the 4,000-byte VARCHAR2 limit. */
export function oracleRowTextExpression(table: TransferTable, options: Pick<ChecksumOptions, 'emptyStringAsNull'>): string {
  requireEmptyAsNull(table, options);
  const values = table.columns.map((column) => renderedExpression(table, column));
  return [`TO_CLOB(${values[0] ?? "''"})`, ...values.slice(1)].join(` || '|' || `);
}

export function oracleChecksumQuery(table: TransferTable, options: ChecksumOptions): BoundQuery {
  const { where, binds } = segmentWhere(options, quoteOracleIdentifier, (n) => `:${n}`);
  const hex = `RAWTOHEX(DBMS_CRYPTO.HASH(${oracleRowTextExpression(table, options)}, ${MD5}))`;
  const term = `TO_NUMBER(SUBSTR(${hex}, ${HASH_SLICE_START}, ${HASH_SLICE_LENGTH}), '${'X'.repeat(HASH_SLICE_LENGTH)}')`;
  return {
    sql: `SELECT TO_CHAR(COUNT(*)) AS CK_ROWS, TO_CHAR(NVL(SUM(${term}), 0), 'TM9') AS CK_SUM FROM ${qualifiedOracleTable(table)}${where}`,
    binds,
    setup: [],
  };
}

export function oracleRowTextQuery(table: TransferTable, options: ChecksumOptions, keyColumns: readonly string[]): BoundQuery {
  const { where, binds } = segmentWhere(options, quoteOracleIdentifier, (n) => `:${n}`);
  const keys = keyColumns.map((key, i) => `TO_CHAR(${quoteOracleIdentifier(key)}) AS CK_KEY${i + 1}`).join(', ');
  const order = keyColumns.map(quoteOracleIdentifier).join(', ');
  return {
    sql: `SELECT ${keys}, ${oracleRowTextExpression(table, options)} AS CK_ROW_TEXT FROM ${qualifiedOracleTable(table)}${where} ORDER BY ${order}`,
    binds,
    setup: [],
  };
}

export async function oracleChecksum(session: OracleQueryRunner, table: TransferTable, options: ChecksumOptions): Promise<ChecksumResult> {
  const query = oracleChecksumQuery(table, options);
  try {
    const [row] = await session.query(query.sql, [...query.binds]);
    return totalsFromRow(row?.CK_ROWS, row?.CK_SUM);
  } catch (error) {
    throw checksumQueryError(table, error);
  }
}
