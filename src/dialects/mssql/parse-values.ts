/** SQL Server-specific readers on top of the shared dictionary-row readers. */
import { fail, type DictionaryRow } from '../../util/dictionary-row.js';

export { decimalTextOrNull, numberOrNull, text, textOrNull, trimmedOrNull, type DictionaryRow } from '../../util/dictionary-row.js';

/** bit columns: booleans from tedious (0/1 tolerated for hand-made rows). */
export function bit(row: DictionaryRow, key: string): boolean {
  const value = row[key];
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (value === 0 || value === 1) return value === 1;
  return fail(key, value, 'a bit (boolean)');
}
