/**
 * Target rows into Oracle with array DML: `executeMany` of one INSERT per chunk with explicit
 * bindDefs (no data scan by the driver), no autocommit, one COMMIT at the end and ROLLBACK on any
 * failure, so the table is left as it was. Values arrive as contract text and are converted by
 * the server with explicit formats (never by session NLS settings). Oracle stores `''` as NULL.
 * Written against node-oracledb documentation; not run here.
 */
import type { CellValue, RowBatch, TransferColumn, TransferTable, WriteResult } from '../dialect.js';
import { cellBytes } from '../cell-values.js';
import { writeRowsError } from '../transfer-errors.js';
import { qualifiedOracleTable } from './read.js';
import { quoteIdentifier } from './quote.js';
import type { OracleBindDef, OracleBindValue, OracleSession } from './connect-session.js';

/** Rows per executeMany: bounded by count (DPI-1015 on huge arrays) and by bytes (memory). */
export const CHUNK_ROWS = 5_000;
export const CHUNK_BYTES = 16 * 1024 * 1024;

export const NUMERIC_SESSION_SQL = "ALTER SESSION SET NLS_NUMERIC_CHARACTERS = '.,'";

const NUMERIC = new Set(['int16', 'int32', 'int64', 'decimal', 'number']);

export function oracleBindExpression(column: TransferColumn, position: number): string {
  const bind = `:${position}`;
  switch (column.type.kind) {
    case 'date':
      return `TO_DATE(${bind}, 'YYYY-MM-DD')`;
    case 'timestamp':
      return `TO_TIMESTAMP(${bind}, 'YYYY-MM-DD HH24:MI:SS.FF')`;
    case 'timestamptz':
      return `TO_TIMESTAMP_TZ(${bind}, 'YYYY-MM-DD HH24:MI:SS.FFTZH:TZM')`;
    case 'float32':
    case 'float64':
      return `TO_BINARY_DOUBLE(${bind})`;
    default:
      return NUMERIC.has(column.type.kind) ? `TO_NUMBER(${bind})` : bind;
  }
}

export function insertOracleSql(table: TransferTable): string {
  const names = table.columns.map((column) => quoteIdentifier(column.name)).join(', ');
  const values = table.columns.map((column, index) => oracleBindExpression(column, index + 1)).join(', ');
  return `INSERT INTO ${qualifiedOracleTable(table)} (${names}) VALUES (${values})`;
}

/** `2024-01-01 10:00:00` → `2024-01-01 10:00:00.0`: the FF element wants digits to read. */
function withFraction(text: string): string {
  return text.replace(/^(\d{4,}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})(?!\.)/, '$1.0');
}

export function oracleBindValue(value: CellValue, column: TransferColumn): OracleBindValue {
  if (value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Buffer.isBuffer(value)) return value;
  const kind = column.type.kind;
  if (kind === 'timestamp' || kind === 'timestamptz') return withFraction(value);
  return value;
}

/** Bind definitions for one chunk: string and buffer sizes from the longest value in it. */
export function oracleBindDefs(table: TransferTable, rows: readonly (readonly OracleBindValue[])[]): OracleBindDef[] {
  return table.columns.map((column, index) => {
    const kind = column.type.kind;
    if (kind === 'bool') return { type: 'number' };
    if (kind === 'blob') return { type: 'blob' };
    if (kind === 'text' || kind === 'json' || kind === 'xml') return { type: 'clob' };
    let longest = 1;
    for (const row of rows) {
      const value = row[index];
      if (value !== null && value !== undefined) longest = Math.max(longest, Buffer.isBuffer(value) ? value.length : Buffer.byteLength(String(value)));
    }
    return { type: kind === 'binary' ? 'buffer' : 'string', maxSize: longest };
  });
}

export async function writeOracleRows(session: OracleSession, table: TransferTable, batches: AsyncIterable<RowBatch>): Promise<WriteResult> {
  const sql = insertOracleSql(table);
  let rows = 0;
  let bytes = 0;
  let chunk: OracleBindValue[][] = [];
  let chunkBytes = 0;
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    rows += await session.executeMany(sql, chunk, oracleBindDefs(table, chunk));
    bytes += chunkBytes;
    chunk = [];
    chunkBytes = 0;
  };
  try {
    // TO_NUMBER/TO_BINARY_DOUBLE read the contract's `.` as the decimal separator whatever the locale.
    await session.execute(NUMERIC_SESSION_SQL);
    for await (const batch of batches) {
      for (const row of batch) {
        chunk.push(table.columns.map((column, index) => oracleBindValue(row[index] ?? null, column)));
        chunkBytes += row.reduce<number>((sum, value) => sum + cellBytes(value), 0);
        if (chunk.length >= CHUNK_ROWS || chunkBytes >= CHUNK_BYTES) await flush();
      }
    }
    await flush();
    await session.commit();
    return { rows, bytes };
  } catch (error) {
    await session.rollback().catch(() => undefined);
    throw writeRowsError(table, error);
  }
}
