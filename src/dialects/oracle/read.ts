/**
 * Source rows from Oracle: one SELECT through a ResultSet (fetchArraySize = batchRows) in a
 * `SET TRANSACTION READ ONLY` transaction. One query is read-consistent in Oracle anyway (limited by
 * undo: ORA-01555 on very long reads); READ ONLY also guards against writes. Dates and timestamps are
 * rendered by the server with TO_CHAR (a JS Date would lose the fraction and apply a zone), NUMBER
 * comes as exact text through the session's fetch handler.
 */
import type { TransferColumn, ReadOptions, RowBatch, TransferTable } from '../dialect.js';
import { rowConverter } from '../cell-values.js';
import { readRowsError } from '../transfer-errors.js';
import { quoteIdentifier, quoteName } from './quote.js';
import type { OracleSession } from './connect-session.js';

export function qualifiedOracleTable(table: TransferTable): string {
  return quoteName(table.schema, table.name);
}

/** The select-list expression giving the contract's text for a column (DATE works too: CAST to TIMESTAMP first). */
export function oracleSelectExpression(column: TransferColumn): string {
  const name = quoteIdentifier(column.name);
  const type = column.type;
  switch (type.kind) {
    case 'date':
      return `TO_CHAR(${name}, 'YYYY-MM-DD')`;
    case 'timestamp':
      return type.precision > 0
        ? `TO_CHAR(CAST(${name} AS TIMESTAMP(${Math.min(type.precision, 9)})), 'YYYY-MM-DD HH24:MI:SS.FF${Math.min(type.precision, 9)}')`
        : `TO_CHAR(${name}, 'YYYY-MM-DD HH24:MI:SS')`;
    case 'timestamptz':
      return `TO_CHAR(SYS_EXTRACT_UTC(${name}), 'YYYY-MM-DD HH24:MI:SS.FF${Math.min(Math.max(type.precision, 1), 9)}') || '+00:00'`;
    case 'interval':
      return `TO_CHAR(${name})`;
    default:
      return name;
  }
}

export function selectOracleRowsSql(table: TransferTable, options: Pick<ReadOptions, 'where' | 'orderBy'>): string {
  const columns = table.columns.map(oracleSelectExpression).join(', ');
  const where = options.where === undefined || options.where.trim() === '' ? '' : ` WHERE ${options.where}`;
  const order = options.orderBy === undefined || options.orderBy.length === 0 ? ''
    : ` ORDER BY ${options.orderBy.map(quoteIdentifier).join(', ')}`;
  return `SELECT ${columns} FROM ${qualifiedOracleTable(table)}${where}${order}`;
}

export async function* readOracleRows(session: OracleSession, table: TransferTable, options: ReadOptions): AsyncGenerator<RowBatch> {
  const convert = rowConverter(table);
  let open = false;
  try {
    // Must be the first statement of a transaction: end whatever the session left open (there is none normally).
    await session.rollback();
    await session.execute('SET TRANSACTION READ ONLY');
    open = true;
    for await (const rows of session.stream(selectOracleRowsSql(table, options), {}, options.batchRows)) yield rows.map(convert);
  } catch (error) {
    throw readRowsError(table, error);
  } finally {
    if (open) await session.commit().catch(() => undefined);
  }
}
