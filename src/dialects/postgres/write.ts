/**
 * Target rows into PostgreSQL with `COPY … FROM STDIN` (text format), one COPY per table: the
 * statement is atomic, so a rejected row or a failing source leaves the table as it was (pg-copy-streams
 * sends CopyFail when the source errors). Batches are encoded one at a time and piped with
 * backpressure, so memory holds one batch whatever the table size.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import type { CellValue, RowBatch, TransferTable, WriteResult } from '../dialect.js';
import { writeRowsError } from '../transfer-errors.js';
import { quoteIdentifier } from './quote.js';
import { qualifiedPostgresTable } from './read.js';

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in COPY text format: `\N` for NULL, backslash escapes, bytea as `\\x…` (the hex input form, escaped). */
export function copyTextValue(value: CellValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
  return value.replace(SPECIAL, (c) => ESCAPES[c] ?? c);
}

export function encodeCopyBatch(batch: RowBatch): Buffer {
  let text = '';
  for (const row of batch) text += `${row.map(copyTextValue).join('\t')}\n`;
  return Buffer.from(text, 'utf8');
}

export function copyFromSql(table: TransferTable): string {
  const columns = table.columns.map((column) => quoteIdentifier(column.name)).join(', ');
  return `COPY ${qualifiedPostgresTable(table)} (${columns}) FROM STDIN`;
}

/** The COPY error's `where` (`COPY t, line 50001, column id: "oops"`) names the failing row. */
function copyWhere(error: unknown): string | undefined {
  const where = (error as { where?: unknown } | null)?.where;
  return typeof where === 'string' ? where.split('\n')[0] : undefined;
}

export async function writePostgresRows(client: pg.Client, table: TransferTable, batches: AsyncIterable<RowBatch>): Promise<WriteResult> {
  let bytes = 0;
  async function* encoded(): AsyncGenerator<Buffer> {
    for await (const batch of batches) {
      if (batch.length === 0) continue;
      const chunk = encodeCopyBatch(batch);
      bytes += chunk.length;
      yield chunk;
    }
  }
  try {
    // The session zone only matters for timestamptz text without an offset; the contract always gives one.
    await client.query("SET TimeZone = 'UTC'");
    const copy = client.query(copyStreams.from(copyFromSql(table)));
    await pipeline(Readable.from(encoded()), copy);
    return { rows: copy.rowCount ?? 0, bytes };
  } catch (error) {
    throw writeRowsError(table, error, copyWhere(error));
  }
}
