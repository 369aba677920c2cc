/**
 * Typed reads of catalog and dictionary rows, which enter as unknown records from every driver:
 * node-oracledb hands NUMBER over as a JS number, tedious and pg hand bigint/numeric over as text,
 * mysql2 may hand text over as a Buffer (binary collations). So text readers accept numbers and
 * Buffers, numeric readers accept decimal text. A value of any other shape is a bug in our catalog SQL
 * (a missing or renamed column) or a server we do not know: InternalError naming the column, never a
 * wrong inventory.
 */
import { InternalError } from '../errors.js';

/** One row as a driver returns it (column name → value). */
export type DriverRow = Readonly<Record<string, unknown>>;

/** A decimal number as servers print it: `-12`, `0.5`, `1.5e+10` (no hex, no `Infinity`, no blanks only). */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function fail(key: string, value: unknown, expected: string): never {
  const shown = Buffer.isBuffer(value) ? 'a Buffer' : (JSON.stringify(value) ?? typeof value);
  throw new InternalError(`catalog row column "${key}" is ${shown}, expected ${expected}`);
}

export function textOrNull(row: DriverRow, key: string): string | null {
  const value = row[key];
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return fail(key, value, 'text');
}

export function text(row: DriverRow, key: string): string {
  const value = textOrNull(row, key);
  return value === null ? fail(key, row[key], 'non-null text') : value;
}

export function numberOrNull(row: DriverRow, key: string): number | null {
  const value = row[key];
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && DECIMAL.test(value.trim())) return Number(value);
  return fail(key, value, 'a number');
}

/** Whole numbers that may exceed 2^53 (sequence bounds, byte sums): kept as decimal text. */
export function decimalTextOrNull(row: DriverRow, key: string): string | null {
  const value = row[key];
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return fail(key, value, 'a number or decimal text');
}

/** Text trimmed; empty → null (Oracle LONG columns keep trailing blanks and newlines). */
export function trimmedOrNull(row: DriverRow, key: string): string | null {
  const value = textOrNull(row, key)?.trim() ?? null;
  return value === null || value === '' ? null : value;
}

/** Booleans as pg (true/false), MySQL (0/1, '0'/'1') and text ('t'/'f') give them; NULL is false. */
export function bool(row: DriverRow, key: string): boolean {
  const value = row[key];
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1' || value === 't' || value === 'true') return true;
  if (value === 0 || value === '0' || value === 'f' || value === 'false' || value === null) return false;
  return fail(key, value, 'a boolean');
}

/** A text array (pg `text[]`); NULL items become '' and a NULL array is empty. */
export function textArray(row: DriverRow, key: string): string[] {
  const value = row[key];
  if (value === null || value === undefined) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || item === null)) {
    return value.map((item: string | null) => item ?? '');
  }
  return fail(key, value, 'a text array');
}

export function boolArray(row: DriverRow, key: string): boolean[] {
  const value = row[key];
  if (value === null || value === undefined) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === 'boolean')) return value as boolean[];
  return fail(key, value, 'a boolean array');
}
