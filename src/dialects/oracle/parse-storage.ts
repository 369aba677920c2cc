/** Partitioning (DBA_PART_TABLES / DBA_PART_KEY_COLUMNS) and bytes per table (DBA_SEGMENTS via DBA_LOBS / DBA_INDEXES). */
import type { Partitioning } from '../../model/catalog.js';
import { tableKey } from './parse-columns.js';
import { decimalTextOrNull, numberOrNull, text, textOrNull, type DictionaryRow } from './parse-values.js';

export function parsePartitionRows(partitions: readonly DictionaryRow[], keys: readonly DictionaryRow[]): Map<string, Partitioning> {
  const keyColumns = new Map<string, Array<{ position: number; name: string }>>();
  for (const row of keys) {
    const key = tableKey(text(row, 'OWNER'), text(row, 'NAME'));
    const list = keyColumns.get(key) ?? [];
    list.push({ position: numberOrNull(row, 'COLUMN_POSITION') ?? 0, name: text(row, 'COLUMN_NAME') });
    keyColumns.set(key, list);
  }
  const byTable = new Map<string, Partitioning>();
  for (const row of partitions) {
    const key = tableKey(text(row, 'OWNER'), text(row, 'TABLE_NAME'));
    const type = text(row, 'PARTITIONING_TYPE').trim().toLowerCase();
    const interval = textOrNull(row, 'INTERVAL');
    const sub = textOrNull(row, 'SUBPARTITIONING_TYPE')?.trim().toLowerCase() ?? 'none';
    byTable.set(key, {
      // An interval-partitioned table reports RANGE with the INTERVAL expression set.
      type: type === 'range' && interval !== null && interval.trim() !== '' ? 'interval' : type,
      columns: (keyColumns.get(key) ?? []).sort((a, b) => a.position - b.position).map((c) => c.name),
      partitionCount: numberOrNull(row, 'PARTITIONS_CREATED'),
      subpartitioning: sub === 'none' ? null : sub,
    });
  }
  return byTable;
}

/**
 * Sums segment bytes per table: its own segments (TABLE, TABLE PARTITION…, or the IOT's INDEX), its
 * indexes' segments and its LOB segments and LOB indexes. Returns null when segments were not readable.
 */
export function parseSegmentBytes(
  segments: readonly DictionaryRow[] | null,
  indexes: readonly DictionaryRow[],
  lobs: readonly DictionaryRow[],
): Map<string, number> | null {
  if (segments === null) return null;
  const owners = new Map<string, string>();
  for (const row of indexes) {
    owners.set(tableKey(text(row, 'OWNER'), text(row, 'INDEX_NAME')), tableKey(text(row, 'TABLE_OWNER'), text(row, 'TABLE_NAME')));
  }
  for (const row of lobs) {
    const table = tableKey(text(row, 'OWNER'), text(row, 'TABLE_NAME'));
    owners.set(tableKey(text(row, 'OWNER'), text(row, 'SEGMENT_NAME')), table);
    const index = textOrNull(row, 'INDEX_NAME');
    if (index !== null) owners.set(tableKey(text(row, 'OWNER'), index), table);
  }
  const bytes = new Map<string, number>();
  for (const row of segments) {
    const segment = tableKey(text(row, 'OWNER'), text(row, 'SEGMENT_NAME'));
    const type = text(row, 'SEGMENT_TYPE');
    const table = type.startsWith('TABLE') || type === 'NESTED TABLE' ? segment : owners.get(segment);
    if (table === undefined) continue;
    bytes.set(table, (bytes.get(table) ?? 0) + Number(decimalTextOrNull(row, 'BYTES') ?? '0'));
  }
  return bytes;
}
