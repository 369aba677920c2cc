/**
 * The checksum in PostgreSQL's SQL: each value spelled as checksum-reference.ts renders it, the row
 * text hashed with md5(), hex digits 9..23 read as a bigint through bit(60), summed as numeric.
 * Floats rely on the shortest round-trip text (extra_float_digits = 1, the default since PostgreSQL 12).
 */
import type pg from 'pg';
import { HASH_SLICE_LENGTH, HASH_SLICE_START, canBeEmpty, isPrefixedKind } from '../checksum-reference.js';
import { checksumQueryError, segmentWhere, totalsFromRow } from '../checksum-sql.js';
import type { BoundQuery, ChecksumOptions, ChecksumResult, TransferColumn, TransferTable } from '../dialect.js';
import { quoteIdentifier as quotePostgresIdentifier } from './quote.js';
import { qualifiedPostgresTable } from './read.js';

/** Floats need the shortest round-trip text (the default since PostgreSQL 12); times are converted in the SQL. */
export const CHECKSUM_SESSION_SQL = ['SET extra_float_digits = 1'];

/** Shortest float text (`-1.5e+300`, `0.0001`, `12.5`) → `-1.5e300`, `1e-4`, `1.25e1`. */
function floatExpression(name: string): string {
  const text = `ltrim(${name}::float8::text, '-')`;
  const mantissa = `split_part(${text}, 'e', 1)`;
  const exponent = `COALESCE(NULLIF(split_part(${text}, 'e', 2), ''), '0')::int`;
  const whole = `split_part(${mantissa}, '.', 1)`;
  const digits = `(${whole} || split_part(${mantissa}, '.', 2))`;
  const leadingZeros = `(length(${digits}) - length(ltrim(${digits}, '0')))`;
  const significant = `rtrim(ltrim(${digits}, '0'), '0')`;
  const scientific = `CASE WHEN ${name} < 0 THEN '-' ELSE '' END || left(${significant}, 1)`
    + ` || CASE WHEN length(${significant}) > 1 THEN '.' || substr(${significant}, 2) ELSE '' END`
    + ` || 'e' || (${exponent} + length(${whole}) - 1 - ${leadingZeros})::text`;
  return `CASE WHEN ${name} = 0 THEN '0' WHEN ${name}::float8::text IN ('NaN', 'Infinity', '-Infinity') THEN ${name}::float8::text ELSE ${scientific} END`;
}

/** The canonical text of a column, NULL when the value is NULL. */
export function postgresValueExpression(column: TransferColumn): string {
  const name = quotePostgresIdentifier(column.name);
  switch (column.type.kind) {
    case 'int16':
    case 'int32':
    case 'int64':
      return `${name}::text`;
    case 'decimal':
    case 'number':
      return `CASE WHEN ${name}::text LIKE '%.%' THEN rtrim(rtrim(${name}::text, '0'), '.') ELSE ${name}::text END`;
    case 'float32':
    case 'float64':
      return floatExpression(name);
    case 'bool':
      return `CASE WHEN ${name} THEN '1' WHEN NOT ${name} THEN '0' END`;
    case 'date':
      return `to_char(${name}, 'YYYY-MM-DD')`;
    case 'time':
      return `to_char(${name}, 'HH24:MI:SS.US')`;
    case 'timestamp':
      return `to_char(${name}, 'YYYY-MM-DD HH24:MI:SS.US')`;
    case 'timestamptz':
      return `to_char(${name} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')`;
    case 'binary':
      return `encode(${name}, 'hex')`;
    case 'blob':
      return `md5(${name})`;
    case 'char':
      return `rtrim(${name}::text, ' ')`;
    case 'uuid':
      return `lower(${name}::text)`;
    default:
      return `${name}::text`;
  }
}

/** The value as it appears in the row text: length-prefixed, empty → NULL when asked, NULL → `\N`. */
function renderedExpression(column: TransferColumn, options: Pick<ChecksumOptions, 'emptyStringAsNull'>): string {
  let text = postgresValueExpression(column);
  if (options.emptyStringAsNull && canBeEmpty(column.type.kind)) text = `NULLIF(${text}, '')`;
  if (isPrefixedKind(column.type.kind)) text = `char_length(${text}) || ':' || ${text}`;
  return `COALESCE(${text}, E'\\\\N')`;
}

export function postgresRowTextExpression(table: TransferTable, options: Pick<ChecksumOptions, 'emptyStringAsNull'>): string {
  return table.columns.map((column) => renderedExpression(column, options)).join(` || '|' || `);
}

function termExpression(rowText: string): string {
  return `('x' || substr(md5(${rowText}), ${HASH_SLICE_START}, ${HASH_SLICE_LENGTH}))::bit(${HASH_SLICE_LENGTH * 4})::bigint`;
}

export function postgresChecksumQuery(table: TransferTable, options: ChecksumOptions): BoundQuery {
  const { where, binds } = segmentWhere(options, quotePostgresIdentifier, (n) => `$${n}`);
  const term = termExpression(postgresRowTextExpression(table, options));
  return {
    sql: `SELECT count(*)::text, COALESCE(sum(${term}), 0)::text FROM ${qualifiedPostgresTable(table)}${where}`,
    binds,
    setup: CHECKSUM_SESSION_SQL,
  };
}

/** One row per table row: the key columns' text and the canonical row text, ordered by the key. */
export function postgresRowTextQuery(table: TransferTable, options: ChecksumOptions, keyColumns: readonly string[]): BoundQuery {
  const { where, binds } = segmentWhere(options, quotePostgresIdentifier, (n) => `$${n}`);
  const keys = keyColumns.map((key) => `${quotePostgresIdentifier(key)}::text`).join(', ');
  const order = keyColumns.map(quotePostgresIdentifier).join(', ');
  return {
    sql: `SELECT ${keys}, ${postgresRowTextExpression(table, options)} FROM ${qualifiedPostgresTable(table)}${where} ORDER BY ${order}`,
    binds,
    setup: CHECKSUM_SESSION_SQL,
  };
}

export async function postgresChecksum(client: pg.Client, table: TransferTable, options: ChecksumOptions): Promise<ChecksumResult> {
  try {
    const query = postgresChecksumQuery(table, options);
    for (const sql of query.setup) await client.query(sql);
    const result = await client.query({ text: query.sql, values: [...query.binds], rowMode: 'array' });
    const [count, sum] = (result.rows as unknown[][])[0] ?? [];
    return totalsFromRow(count, sum);
  } catch (error) {
    throw checksumQueryError(table, error);
  }
}
