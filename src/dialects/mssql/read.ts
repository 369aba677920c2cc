/**
 * Source rows from SQL Server: one SELECT streamed with backpressure (see connect-session.ts). tedious would
 * hand DECIMAL/MONEY over as JS numbers and DATETIME2 as a JS Date (both lossy), so the select list
 * converts those to text on the server. No consistent snapshot: that needs
 * ALLOW_SNAPSHOT_ISOLATION on the database (capability consistentSnapshot = false).
 */
import type { ReadOptions, RowBatch, TransferColumn, TransferTable } from '../dialect.js';
import { rowConverter } from '../cell-values.js';
import { readRowsError } from '../transfer-errors.js';
import { quoteIdentifier, quoteName } from './quote.js';
import type { MssqlSession } from './connect-session.js';

export function qualifiedMssqlTable(table: TransferTable): string {
  return quoteName(table.schema, table.name);
}

/** The select-list expression giving the contract's text for a column. */
export function mssqlSelectExpression(column: TransferColumn): string {
  const name = quoteIdentifier(column.name);
  switch (column.type.kind) {
    case 'int64':
    case 'decimal':
    case 'number':
      return `CONVERT(varchar(80), ${name})`;
    case 'date':
      return `CONVERT(varchar(10), ${name}, 23)`;
    case 'time':
      return `CONVERT(varchar(16), ${name})`;
    case 'timestamp':
      // Style 121: yyyy-mm-dd hh:mi:ss.fffffff (datetime2) / .mmm (datetime); datetime2 first so both read alike.
      return `CONVERT(varchar(27), CONVERT(datetime2(7), ${name}), 121)`;
    case 'timestamptz':
      return `CONVERT(varchar(27), CONVERT(datetime2(7), SWITCHOFFSET(${name}, '+00:00')), 121) + '+00:00'`;
    case 'uuid':
      return `LOWER(CONVERT(varchar(36), ${name}))`;
    case 'xml':
      return `CONVERT(nvarchar(max), ${name})`;
    default:
      return name;
  }
}

export function selectMssqlRowsSql(table: TransferTable, options: Pick<ReadOptions, 'where' | 'orderBy'>): string {
  const columns = table.columns.map((column) => `${mssqlSelectExpression(column)}`).join(', ');
  const where = options.where === undefined || options.where.trim() === '' ? '' : ` WHERE ${options.where}`;
  const order = options.orderBy === undefined || options.orderBy.length === 0 ? ''
    : ` ORDER BY ${options.orderBy.map(quoteIdentifier).join(', ')}`;
  return `SELECT ${columns} FROM ${qualifiedMssqlTable(table)}${where}${order}`;
}

export async function* readMssqlRows(session: MssqlSession, table: TransferTable, options: ReadOptions): AsyncGenerator<RowBatch> {
  const convert = rowConverter(table);
  try {
    for await (const rows of session.stream(selectMssqlRowsSql(table, options), options.batchRows)) yield rows.map(convert);
  } catch (error) {
    throw readRowsError(table, error);
  }
}
