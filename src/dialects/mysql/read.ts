/**
 * Source rows from MySQL/MariaDB: mysql2's row stream inside `START TRANSACTION WITH CONSISTENT
 * SNAPSHOT, READ ONLY` (REPEATABLE READ first: under READ COMMITTED the snapshot clause is accepted
 * silently and means nothing). The stream pauses the socket when its buffer is full, so memory holds
 * about one batch. The connection options (connect.ts) keep DECIMAL/BIGINT as strings and dates as
 * text; binary columns come as Buffers; JSON is asked for as text, not parsed.
 */
import type { Readable } from 'node:stream';
import type { Connection as CallbackConnection } from 'mysql2';
import type mysql from 'mysql2/promise';
import type { ReadOptions, RowBatch, TransferTable } from '../dialect.js';
import { batchesOf, rowConverter } from '../cell-values.js';
import { readRowsError } from '../transfer-errors.js';
import { quoteIdentifier, quoteName } from './quote.js';

export const READ_SESSION_SQL = [
  "SET SESSION time_zone = '+00:00'",
  'SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ',
  'START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY',
];

export function qualifiedMysqlTable(table: TransferTable): string {
  return quoteName(table.schema, table.name);
}

/**
 * FLOAT is widened to DOUBLE (`+ 0e0`, exact; CAST … AS DOUBLE needs MySQL 8.0.17): the server prints
 * FLOAT with 6 significant digits (16777216 → 1.67772e7), which would lose the stored value.
 */
function selectExpression(column: TransferTable['columns'][number]): string {
  const name = quoteIdentifier(column.name);
  return column.type.kind === 'float32' ? `(${name} + 0e0)` : name;
}

export function selectMysqlRowsSql(table: TransferTable, options: Pick<ReadOptions, 'where' | 'orderBy'>): string {
  const columns = table.columns.map(selectExpression).join(', ');
  const where = options.where === undefined || options.where.trim() === '' ? '' : ` WHERE ${options.where}`;
  const order = options.orderBy === undefined || options.orderBy.length === 0 ? ''
    : ` ORDER BY ${options.orderBy.map(quoteIdentifier).join(', ')}`;
  return `SELECT ${columns} FROM ${qualifiedMysqlTable(table)}${where}${order}`;
}

interface TypeCastField {
  readonly type: string;
  string(encoding?: string): string | null;
}

/**
 * JSON as its text (mysql2 would parse it into objects), and DOUBLE/FLOAT as the server's text: mysql2's
 * own float parser can land one ulp off (90.28571428571429 read as 90.28571428571428). Everything else
 * as the connection options say.
 */
const TEXT_TYPES = new Set(['JSON', 'DOUBLE', 'FLOAT']);
const serverText = (field: TypeCastField, next: () => unknown): unknown => (TEXT_TYPES.has(field.type) ? field.string('utf8') : next());

export async function* readMysqlRows(connection: mysql.Connection, table: TransferTable, options: ReadOptions): AsyncGenerator<RowBatch> {
  const batchRows = Math.max(1, Math.floor(options.batchRows));
  let open = false;
  let stream: Readable | undefined;
  // A connection lost mid-stream emits 'error' on the connection while the row stream neither ends nor errors (reference §5).
  const onConnectionError = (error: Error) => stream?.destroy(error);
  connection.on('error', onConnectionError);
  try {
    for (const sql of READ_SESSION_SQL) {
      await connection.query(sql);
      if (sql.startsWith('START')) open = true;
    }
    // Streaming lives on the callback connection the promise wrapper holds (untyped in mysql2's promise.d.ts).
    const core = (connection as unknown as { readonly connection: CallbackConnection }).connection;
    const query = core.query({ sql: selectMysqlRowsSql(table, options), rowsAsArray: true, typeCast: serverText as never });
    const rows = query.stream({ highWaterMark: batchRows });
    stream = rows;
    yield* batchesOf(rows, batchRows, rowConverter(table));
  } catch (error) {
    throw readRowsError(table, error);
  } finally {
    connection.off('error', onConnectionError);
    // Destroying the stream early lets mysql2 read and drop the rest; COMMIT then waits its turn.
    if (stream !== undefined && !stream.destroyed) stream.destroy();
    if (open) await connection.query('COMMIT').catch(() => undefined);
  }
}
