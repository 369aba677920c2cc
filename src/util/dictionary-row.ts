/**
 * Typed reads of Oracle and SQL Server dictionary rows, which enter as unknown records: node-oracledb
 * hands NUMBER over as a JS number unless fetched as a string, tedious hands bigint over as a string,
 * so numeric readers accept both. Anything else is a bug in our query (a missing column), reported as
 * InternalError rather than a wrong inventory.
 */
import { InternalError } from '../errors.js';

export type DictionaryRow = Readonly<Record<string, unknown>>;

export function fail(key: string, value: unknown, expected: string): never {
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

/** Text trimmed; empty → null (Oracle LONG columns keep trailing blanks and newlines). */
export function trimmedOrNull(row: DictionaryRow, key: string): string | null {
  const value = textOrNull(row, key)?.trim() ?? null;
  return value === null || value === '' ? null : value;
}
