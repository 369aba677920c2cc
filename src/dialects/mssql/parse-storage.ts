/** Row counts and sizes (dm_db_partition_stats or sys.partitions) and partitioning per table. */
import type { Partitioning } from '../../model/catalog.js';
import { tableKey } from './parse-columns.js';
import { decimalTextOrNull, numberOrNull, text, type DictionaryRow } from './parse-values.js';

/** SQL Server pages are 8 KiB. */
export const PAGE_BYTES = 8192;

export interface TableSize {
  readonly rows: number | null;
  readonly bytes: number | null;
}

/** SUM over bigint columns arrives as decimal text from tedious. */
export function parseSizeRows(rows: readonly DictionaryRow[]): Map<string, TableSize> {
  const sizes = new Map<string, TableSize>();
  for (const row of rows) {
    const count = decimalTextOrNull(row, 'row_count');
    const pages = decimalTextOrNull(row, 'used_pages');
    sizes.set(tableKey(text(row, 'schema_name'), text(row, 'table_name')), {
      rows: count === null ? null : Number(count),
      bytes: pages === null ? null : Number(pages) * PAGE_BYTES,
    });
  }
  return sizes;
}

export function parsePartitioningRows(rows: readonly DictionaryRow[]): Map<string, Partitioning> {
  const grouped = new Map<string, DictionaryRow[]>();
  for (const row of rows) {
    const key = tableKey(text(row, 'schema_name'), text(row, 'table_name'));
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  }
  const byTable = new Map<string, Partitioning>();
  for (const [key, group] of grouped) {
    const first = group[0];
    if (first === undefined) continue;
    const ordered = [...group].sort((a, b) => (numberOrNull(a, 'partition_ordinal') ?? 0) - (numberOrNull(b, 'partition_ordinal') ?? 0));
    byTable.set(key, {
      type: text(first, 'function_type').trim().toLowerCase(),
      columns: ordered.map((r) => text(r, 'column_name')),
      partitionCount: numberOrNull(first, 'fanout'),
      subpartitioning: null,
    });
  }
  return byTable;
}
