/**
 * Target rows into SQL Server with bulk loads (TDS bulk insert via mssql `request.bulk`), one per
 * chunk, all inside one transaction: a rejected row or a failing source rolls everything back.
 * Exact values travel as text: tedious would turn a DECIMAL into a JS number and a DATETIME2 into a
 * JS Date (lossy), so those bulk columns are declared varchar and the server converts them into the
 * table's type. Written against mssql 12 / tedious 19; not run here.
 */
import type { CellValue, RowBatch, TransferColumn, TransferTable, WriteResult } from '../dialect.js';
import { cellBytes } from '../cell-values.js';
import { writeRowsError } from '../transfer-errors.js';
import { qualifiedMssqlTable } from './read.js';
import type { MssqlBulkColumn, MssqlSession, MssqlType } from './connect-session.js';

/** mssql passes the chunk to tedious as one array: bound it by rows and bytes. */
export const CHUNK_ROWS = 10_000;
export const CHUNK_BYTES = 32 * 1024 * 1024;

export function mssqlBulkType(column: TransferColumn): MssqlType {
  const type = column.type;
  switch (type.kind) {
    case 'bool': return { kind: 'bit' };
    case 'int16': return { kind: 'smallint' };
    case 'int32': return { kind: 'int' };
    case 'float32': return { kind: 'real' };
    case 'float64': return { kind: 'float' };
    case 'uuid': return { kind: 'uniqueidentifier' };
    case 'binary': return { kind: 'varbinary', length: type.length !== null && type.length <= 8000 ? type.length : 'max' };
    case 'blob': return { kind: 'varbinary', length: 'max' };
    case 'char':
    case 'varchar': return { kind: 'nvarchar', length: type.length !== null && type.length <= 4000 ? type.length : 'max' };
    // int64, decimal, number, dates and times: exact text, converted by the server.
    case 'int64':
    case 'decimal':
    case 'number':
    case 'date':
    case 'time':
    case 'timestamp':
    case 'timestamptz':
      return { kind: 'varchar', length: 100 };
    default:
      return { kind: 'nvarchar', length: 'max' };
  }
}

/** Contract value → what tedious takes for the bulk column's type. */
export function mssqlBulkValue(value: CellValue, type: MssqlType): string | number | boolean | Buffer | null {
  if (value === null || typeof value === 'boolean' || Buffer.isBuffer(value)) return value;
  if (type.kind === 'real' || type.kind === 'float' || type.kind === 'smallint' || type.kind === 'int') return Number(value);
  return value;
}

export async function writeMssqlRows(session: MssqlSession, table: TransferTable, batches: AsyncIterable<RowBatch>): Promise<WriteResult> {
  const columns: MssqlBulkColumn[] = table.columns.map((column) => ({ name: column.name, type: mssqlBulkType(column) }));
  const target = qualifiedMssqlTable(table);
  let rows = 0;
  let bytes = 0;
  let chunk: unknown[][] = [];
  let chunkBytes = 0;
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    rows += await session.bulk(target, columns, chunk);
    bytes += chunkBytes;
    chunk = [];
    chunkBytes = 0;
  };
  let open = false;
  try {
    await session.begin();
    open = true;
    for await (const batch of batches) {
      for (const row of batch) {
        chunk.push(columns.map((column, index) => mssqlBulkValue(row[index] ?? null, column.type)));
        chunkBytes += row.reduce<number>((sum, value) => sum + cellBytes(value), 0);
        if (chunk.length >= CHUNK_ROWS || chunkBytes >= CHUNK_BYTES) await flush();
      }
    }
    await flush();
    await session.commit();
    return { rows, bytes };
  } catch (error) {
    if (open) await session.rollback().catch(() => undefined);
    throw writeRowsError(table, error);
  }
}
