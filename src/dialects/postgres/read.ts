/**
 * Source rows from PostgreSQL: a server-side cursor (DECLARE … FETCH n) inside a
 * `REPEATABLE READ, READ ONLY` transaction, so the whole read sees one snapshot and never holds more
 * than one batch. Every value comes as the server's text (identity type parsers): no JS Date, no
 * float; bytea arrives as `\x…` hex. The transaction ends in `finally`, on every path.
 */
import type pg from 'pg';
import type { ReadOptions, RowBatch, TransferTable } from '../dialect.js';
import { rowConverter } from '../cell-values.js';
import { readRowsError } from '../transfer-errors.js';
import { quoteIdentifier, quoteName } from './quote.js';

const CURSOR = 'erpm_read_rows';
const RAW_TEXT = { getTypeParser: () => (value: string) => value };

/** Session settings that make the text forms match the contract (UTC, ISO dates, hex bytea). */
export const READ_SESSION_SQL = [
  'BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY',
  "SET LOCAL TimeZone = 'UTC'",
  "SET LOCAL DateStyle = 'ISO, YMD'",
  "SET LOCAL IntervalStyle = 'iso_8601'",
  "SET LOCAL bytea_output = 'hex'",
  'SET LOCAL extra_float_digits = 1',
];

export function qualifiedPostgresTable(table: TransferTable): string {
  return quoteName(table.schema, table.name);
}

export function selectRowsSql(table: TransferTable, options: Pick<ReadOptions, 'where' | 'orderBy'>): string {
  const columns = table.columns.map((column) => quoteIdentifier(column.name)).join(', ');
  const where = options.where === undefined || options.where.trim() === '' ? '' : ` WHERE ${options.where}`;
  const order = options.orderBy === undefined || options.orderBy.length === 0 ? ''
    : ` ORDER BY ${options.orderBy.map(quoteIdentifier).join(', ')}`;
  return `SELECT ${columns} FROM ${qualifiedPostgresTable(table)}${where}${order}`;
}

export async function* readPostgresRows(client: pg.Client, table: TransferTable, options: ReadOptions): AsyncGenerator<RowBatch> {
  const convert = rowConverter(table);
  const fetchSql = `FETCH FORWARD ${Math.max(1, Math.floor(options.batchRows))} FROM ${CURSOR}`;
  let open = false;
  let failed = false;
  try {
    for (const sql of READ_SESSION_SQL) {
      await client.query(sql);
      open = true;
    }
    await client.query(`DECLARE ${CURSOR} NO SCROLL CURSOR FOR ${selectRowsSql(table, options)}`);
    for (;;) {
      const result = await client.query({ text: fetchSql, rowMode: 'array', types: RAW_TEXT });
      const rows = result.rows as unknown[][];
      if (rows.length === 0) break;
      yield rows.map(convert);
    }
  } catch (error) {
    failed = true;
    throw readRowsError(table, error);
  } finally {
    // COMMIT of a read-only transaction and ROLLBACK both close the cursor; ROLLBACK also clears an aborted one.
    if (open) await client.query(failed ? 'ROLLBACK' : 'COMMIT').catch(() => undefined);
  }
}
