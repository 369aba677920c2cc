/**
 * The client-side checksum: rows streamed with readRows and hashed in Node with the reference
 * normalisation (src/dialects/checksum-reference.ts), for databases or columns the pushdown SQL cannot
 * normalise (SQL Server before 2019, float columns on Oracle and SQL Server). It gives the same
 * totals as the pushdown checksum of the same rows, at the cost of moving every row over the wire.
 */
import { ChecksumAccumulator } from '../dialects/checksum-reference.js';
import type { ChecksumOptions, ChecksumResult, DialectConnection, RowBatch, TransferTable } from '../dialects/dialect.js';

export const CLIENT_CHECKSUM_BATCH_ROWS = 1000;

/** Totals of rows already in the contract representation (any order). */
export async function checksumBatches(table: TransferTable, batches: AsyncIterable<RowBatch>, options: Pick<ChecksumOptions, 'emptyStringAsNull'>): Promise<ChecksumResult> {
  const accumulator = new ChecksumAccumulator(table.columns.map((column) => column.type), options);
  for await (const batch of batches) for (const row of batch) accumulator.add(row);
  return accumulator.totals();
}

/**
 * Streams the table (or the part `where` selects) and checksums it in Node. A keyRange is not
 * accepted here: its bounds would need binds, which readRows does not take; the caller spells the
 * segment as a `where` predicate in the dialect's SQL instead.
 */
export function clientChecksum(connection: DialectConnection, table: TransferTable, options: Omit<ChecksumOptions, 'keyRange'>): Promise<ChecksumResult> {
  const read = connection.readRows(table, { batchRows: CLIENT_CHECKSUM_BATCH_ROWS, ...(options.where === undefined ? {} : { where: options.where }) });
  return checksumBatches(table, read, options);
}
