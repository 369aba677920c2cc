/**
 * Target rows into MySQL/MariaDB: multi-row `INSERT … VALUES (…),(…)` statements of a few MiB, all
 * in one transaction, so a rejected row or a failing source leaves the table as it was (InnoDB).
 *
 * Why not `LOAD DATA LOCAL INFILE` (measured 91k rows/s against 84k here, reference §4): with LOCAL
 * the server turns bad data into warnings even in strict mode (`'oops'` into INT is stored as 0),
 * it needs `local_infile` on the server and the LOCAL_FILES client flag, and it commits the rows sent
 * before a source error unless wrapped. INSERTs under STRICT_ALL_TABLES reject bad data outright.
 */
import type mysql from 'mysql2/promise';
import type { CellValue, RowBatch, TransferTable, WriteResult } from '../dialect.js';
import { cellBytes } from '../cell-values.js';
import { writeRowsError } from '../transfer-errors.js';
import { quoteIdentifier } from './quote.js';
import { qualifiedMysqlTable } from './read.js';

/** Upper bound of one INSERT; kept far below max_allowed_packet (a larger statement kills the connection). */
export const MAX_STATEMENT_BYTES = 4 * 1024 * 1024;

/**
 * The session's sql_mode for writing: strict (errors, not warnings, for bad data), backslash escapes
 * on (the client escapes that way), and explicit zeros kept in AUTO_INCREMENT columns (ERP keys of 0).
 */
export function writeSqlMode(current: string): string {
  const modes = current.split(',').map((mode) => mode.trim()).filter((mode) => mode !== '' && mode !== 'NO_BACKSLASH_ESCAPES');
  for (const wanted of ['STRICT_ALL_TABLES', 'NO_AUTO_VALUE_ON_ZERO']) if (!modes.includes(wanted)) modes.push(wanted);
  return modes.join(',');
}

/** MariaDB takes no offset in datetime literals: timestamptz (always UTC in the contract) loses its `+00:00`. */
export function mysqlWriteValue(value: CellValue, kind: string): CellValue {
  if (kind === 'timestamptz' && typeof value === 'string') return value.replace(/\s*(Z|[+-]00:?00)$/, '');
  return value;
}

export function insertHeadSql(table: TransferTable): string {
  const columns = table.columns.map((column) => quoteIdentifier(column.name)).join(', ');
  return `INSERT INTO ${qualifiedMysqlTable(table)} (${columns}) VALUES ?`;
}

/** Escaped size of a row: hex doubles binary, escaping rarely more than that. */
function rowBytes(row: readonly CellValue[]): number {
  let bytes = 3;
  for (const value of row) bytes += 2 * cellBytes(value) + 4;
  return bytes;
}

export async function writeMysqlRows(connection: mysql.Connection, table: TransferTable, batches: AsyncIterable<RowBatch>): Promise<WriteResult> {
  const kinds = table.columns.map((column) => column.type.kind);
  const head = insertHeadSql(table);
  let rows = 0;
  let bytes = 0;
  let open = false;
  let pending: CellValue[][] = [];
  let pendingBytes = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const [result] = await connection.query(head, [pending]);
    rows += (result as { affectedRows?: number }).affectedRows ?? 0;
    bytes += pendingBytes;
    pending = [];
    pendingBytes = 0;
  };
  try {
    const [[modeRow]] = await connection.query('SELECT @@SESSION.sql_mode AS mode') as unknown as [[{ mode: string }]];
    await connection.query('SET SESSION sql_mode = ?', [writeSqlMode(modeRow.mode)]);
    await connection.query("SET SESSION time_zone = '+00:00'");
    await connection.query('START TRANSACTION');
    open = true;
    for await (const batch of batches) {
      for (const row of batch) {
        const size = rowBytes(row);
        if (pending.length > 0 && pendingBytes + size > MAX_STATEMENT_BYTES) await flush();
        pending.push(row.map((value, index) => mysqlWriteValue(value, kinds[index] ?? '')));
        pendingBytes += size;
      }
    }
    await flush();
    await connection.query('COMMIT');
    open = false;
    return { rows, bytes };
  } catch (error) {
    if (open) await connection.query('ROLLBACK').catch(() => undefined);
    throw writeRowsError(table, error);
  }
}
