/**
 * Driver output → the contract's CellValue (dialect.ts), by canonical kind. Readers ask their
 * drivers for text wherever a native JS type would round (numbers, dates), so what is left here is
 * spelling: booleans from `t`/`1`, offsets as `+00:00`, bytes from hex. Pure and shared by every dialect.
 */
import type { CanonicalKind } from '../model/canonical-type.js';
import type { CellValue, RowBatch, TransferTable } from './dialect.js';

const NUMERIC_KINDS = new Set<CanonicalKind>(['int16', 'int32', 'int64', 'decimal', 'number', 'float32', 'float64']);

/** `t`, `true`, `1`, `y` (any case) and JS true/1 → true; everything else → false. */
function toBoolean(raw: unknown): boolean {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number' || typeof raw === 'bigint') return raw !== 0 && raw !== 0n;
  if (Buffer.isBuffer(raw)) return raw.some((byte) => byte !== 0); // MySQL BIT(1)
  return /^(t|true|1|y|yes)$/i.test(String(raw).trim());
}

/** Oracle prints `.5` and `-.5`; every other server and the contract say `0.5`. */
function numericText(raw: unknown): string {
  const text = String(raw);
  return text.replace(/^(-?)\./, '$10.');
}

/**
 * `2024-01-02 03:04:05.123456+00` / `…Z` / `… +00:00` / `T` separator → `2024-01-02 03:04:05.123456+00:00`.
 * Text without an offset is UTC already: readers set their session zone to UTC (MySQL TIMESTAMP).
 */
export function utcTimestampText(raw: string): string {
  const trimmed = raw.trim().replace('T', ' ');
  const match = /^(.+?)\s*(Z|[+-]\d{2}(?::?\d{2})?)$/.exec(trimmed);
  if (match === null) return `${trimmed}+00:00`;
  const [, local = '', zone = ''] = match;
  if (zone === 'Z') return `${local}+00:00`;
  const digits = zone.replace(':', '');
  return `${local}${digits.slice(0, 3)}:${digits.length > 3 ? digits.slice(3, 5) : '00'}`;
}

/** Bytes as a driver hands them: Buffer, or PostgreSQL's `\x…` hex text. */
function toBuffer(raw: unknown): Buffer {
  if (Buffer.isBuffer(raw)) return raw;
  if (raw instanceof Uint8Array) return Buffer.from(raw);
  const text = String(raw);
  return text.startsWith('\\x') ? Buffer.from(text.slice(2), 'hex') : Buffer.from(text, 'binary');
}

export function toCellValue(kind: CanonicalKind, raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (NUMERIC_KINDS.has(kind)) return numericText(raw);
  switch (kind) {
    case 'bool':
      return toBoolean(raw);
    case 'binary':
    case 'blob':
      return toBuffer(raw);
    case 'timestamp':
      return String(raw).replace('T', ' ');
    case 'timestamptz':
      return utcTimestampText(String(raw));
    default:
      return Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
  }
}

/** A converter for whole rows of one table (kinds looked up once, not per value). */
export function rowConverter(table: TransferTable): (raw: readonly unknown[]) => CellValue[] {
  const kinds = table.columns.map((column) => column.type.kind);
  return (raw) => kinds.map((kind, index) => toCellValue(kind, raw[index]));
}

/**
 * Groups single rows from a driver stream into batches of `batchRows`. The source is pulled only as
 * batches are consumed, so the driver's own backpressure (pause on a full buffer) holds.
 */
export async function* batchesOf(rows: AsyncIterable<unknown>, batchRows: number, convert: (raw: readonly unknown[]) => CellValue[]): AsyncGenerator<RowBatch> {
  let batch: CellValue[][] = [];
  for await (const raw of rows) {
    batch.push(convert(raw as readonly unknown[]));
    if (batch.length >= batchRows) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Rough size of a value once sent, for throughput figures (not an exact wire count). */
export function cellBytes(value: CellValue): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return 1;
  if (Buffer.isBuffer(value)) return value.length;
  return Buffer.byteLength(value);
}
