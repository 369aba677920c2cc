/**
 * Typed reads of driver rows, which enter as unknown records. tedious hands bigint over as a string,
 * int types as numbers, bit as a boolean and sql_variant as its underlying value, so numeric readers
 * accept numbers and decimal text; anything else is a bug in our query, reported as InternalError.
 */
import { InternalError } from '../../errors.js';

export type DictionaryRow = Readonly<Record<string, unknown>>;

function fail(key: string, value: unknown, expected: string): never {
  throw new InternalError(`dictionary row column ${key} is ${JSON.stringify(value) ?? typeof value}, expected ${expected}`);
}

export function textOrNull(row: DictionaryRow, key: string): string | null {
  const value = row[key];
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return fail(key, value, 'text');
}

export function text(row: DictionaryRow, key: string): string {
  const value = textOrNull(row, key);
  return value === null ? fail(key, row[key], 'text') : value;
}

export function numberOrNull(row: DictionaryRow, key: string): number | null {
  const value = row[key];
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return fail(key, value, 'a number');
}

/** Whole numbers that may exceed 2^53 (sequence bounds, byte sums): kept as decimal text. */
export function decimalTextOrNull(row: DictionaryRow, key: string): string | null {
  const value = row[key];
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return fail(key, value, 'a number or decimal text');
}

/** bit columns: booleans from tedious (0/1 tolerated for hand-made rows). */
export function bit(row: DictionaryRow, key: string): boolean {
  const value = row[key];
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (value === 0 || value === 1) return value === 1;
  return fail(key, value, 'a bit (boolean)');
}

/** Text trimmed; empty → null. */
export function trimmedOrNull(row: DictionaryRow, key: string): string | null {
  const value = textOrNull(row, key)?.trim() ?? null;
  return value === null || value === '' ? null : value;
}
