/**
 * SQL Server native types and the facts each carries (conventions in src/model/catalog.ts): length in
 * characters (nchar/nvarchar bytes halved, -1 → null for (max)), bytes for binary/varbinary;
 * precision/scale for decimal/numeric, precision for float/real, scale = fractional digits for
 * time/datetime2/datetimeoffset.
 */
import type { CatalogColumn } from '../../model/catalog.js';
import { numberOrNull, type DictionaryRow } from './parse-values.js';

const CHARACTER_TYPES = new Set(['char', 'varchar']);
const NATIONAL_TYPES = new Set(['nchar', 'nvarchar']);
const BINARY_TYPES = new Set(['binary', 'varbinary']);
const DECIMAL_TYPES = new Set(['decimal', 'numeric']);
const FLOAT_TYPES = new Set(['float', 'real']);
const FRACTIONAL_TYPES = new Set(['time', 'datetime2', 'datetimeoffset']);
const INTEGER_TYPES = new Set(['tinyint', 'smallint', 'int', 'bigint']);

export function columnLength(type: string, maxLength: number | null): number | null {
  if (maxLength === null || maxLength === -1) return null;
  if (NATIONAL_TYPES.has(type)) return maxLength / 2;
  if (CHARACTER_TYPES.has(type) || BINARY_TYPES.has(type)) return maxLength;
  return null;
}

export function precisionAndScale(type: string, row: DictionaryRow): { precision: number | null; scale: number | null } {
  if (DECIMAL_TYPES.has(type)) return { precision: numberOrNull(row, 'precision'), scale: numberOrNull(row, 'scale') };
  if (FLOAT_TYPES.has(type)) return { precision: numberOrNull(row, 'precision'), scale: null };
  if (FRACTIONAL_TYPES.has(type)) return { precision: null, scale: numberOrNull(row, 'scale') };
  return { precision: null, scale: null };
}

/** Integer keys that parallel-load ranges can split. */
export function isIntegerColumn(column: CatalogColumn): boolean {
  if (INTEGER_TYPES.has(column.nativeType)) return true;
  return DECIMAL_TYPES.has(column.nativeType) && column.scale === 0;
}
