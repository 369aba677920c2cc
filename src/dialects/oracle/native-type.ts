/**
 * Oracle native types and the facts each carries (conventions in src/model/catalog.ts): CHAR_LENGTH
 * for character types, DATA_LENGTH (bytes) for RAW/UROWID; which types are integer keys.
 */
import type { CatalogColumn } from '../../model/catalog.js';
import { numberOrNull, type DictionaryRow } from './parse-values.js';

const CHARACTER_TYPES = new Set(['CHAR', 'NCHAR', 'VARCHAR2', 'NVARCHAR2', 'VARCHAR']);
const BYTE_LENGTH_TYPES = new Set(['RAW', 'UROWID']);

export function columnLength(dataType: string, row: DictionaryRow): number | null {
  if (CHARACTER_TYPES.has(dataType)) return numberOrNull(row, 'CHAR_LENGTH');
  if (BYTE_LENGTH_TYPES.has(dataType)) return numberOrNull(row, 'DATA_LENGTH');
  return null;
}

/** Integer keys that parallel-load ranges can split: NUMBER(p,0), NUMBER(*,0), INTEGER. */
export function isIntegerColumn(column: CatalogColumn): boolean {
  if (column.nativeType === 'INTEGER') return true;
  return column.nativeType === 'NUMBER' && column.scale === 0;
}
