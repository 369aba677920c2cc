/**
 * Typed reads from driver rows, which enter as `unknown`. A value of the wrong shape is a bug in
 * our catalog SQL (or a server we do not know), so it throws InternalError naming the column.
 */
import { InternalError } from '../errors.js';

export type CatalogRow = Readonly<Record<string, unknown>>;

function wrongShape(row: CatalogRow, key: string, expected: string): InternalError {
  return new InternalError(`catalog row column "${key}" is not ${expected} (got ${typeof row[key]})`);
}

export function textOrNull(row: CatalogRow, key: string): string | null {
  const value = row[key];
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  throw wrongShape(row, key, 'text');
}

export function text(row: CatalogRow, key: string): string {
  const value = textOrNull(row, key);
  if (value === null) throw wrongShape(row, key, 'non-null text');
  return value;
}

export function numberOrNull(row: CatalogRow, key: string): number | null {
  const value = row[key];
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  throw wrongShape(row, key, 'a number');
}

export function bool(row: CatalogRow, key: string): boolean {
  const value = row[key];
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1' || value === 't' || value === 'true') return true;
  if (value === 0 || value === '0' || value === 'f' || value === 'false' || value === null) return false;
  throw wrongShape(row, key, 'a boolean');
}

export function textArray(row: CatalogRow, key: string): string[] {
  const value = row[key];
  if (value === null || value === undefined) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || item === null)) {
    return value.map((item: string | null) => item ?? '');
  }
  throw wrongShape(row, key, 'a text array');
}

export function boolArray(row: CatalogRow, key: string): boolean[] {
  const value = row[key];
  if (value === null || value === undefined) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === 'boolean')) return value as boolean[];
  throw wrongShape(row, key, 'a boolean array');
}
