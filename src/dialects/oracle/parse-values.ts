/** Oracle-specific readers on top of the shared dictionary-row readers. */
import { textOrNull, type DictionaryRow } from '../../util/dictionary-row.js';

export { decimalTextOrNull, numberOrNull, text, textOrNull, trimmedOrNull, type DictionaryRow } from '../../util/dictionary-row.js';

/** Y/N, YES/NO, ENABLED… columns: true when the trimmed text is `yes`. */
export function flag(row: DictionaryRow, key: string, yes: string): boolean {
  return textOrNull(row, key)?.trim() === yes;
}

/** Lines of stored source text: a trailing newline does not start another line. */
export function countLines(source: string | null): number | null {
  if (source === null) return null;
  const body = source.replace(/\s+$/, '');
  return body === '' ? 0 : body.split('\n').length;
}
