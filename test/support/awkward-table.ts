/**
 * The conformance suite's table of awkward values, as canonical columns plus rows in the contract's
 * representation (dialect.ts CellValue), and the comparison that tolerates only spelling differences
 * servers are entitled to (trailing zeros of a scaled decimal, `.000000` of a timestamp, float digits).
 */
import type { CellValue, Row, TransferTable } from '../../src/dialects/dialect.js';
import type { CanonicalType } from '../../src/model/canonical-type.js';

export interface AwkwardColumn {
  readonly name: string;
  readonly type: CanonicalType;
  /** Native column types per live dialect family. */
  readonly postgres: string;
  readonly mysql: string;
}

export const AWKWARD_COLUMNS: readonly AwkwardColumn[] = [
  { name: 'id', type: { kind: 'int32' }, postgres: 'integer NOT NULL PRIMARY KEY', mysql: 'int NOT NULL PRIMARY KEY' },
  { name: 'select', type: { kind: 'varchar', length: 40 }, postgres: 'varchar(40)', mysql: 'varchar(40)' },
  { name: 'Order Date', type: { kind: 'timestamp', precision: 6 }, postgres: 'timestamp(6)', mysql: 'datetime(6)' },
  { name: 'user', type: { kind: 'text' }, postgres: 'text', mysql: 'longtext' },
  { name: 'amount', type: { kind: 'decimal', precision: 38, scale: 10 }, postgres: 'numeric(38,10)', mysql: 'decimal(38,10)' },
  { name: 'Wide', type: { kind: 'decimal', precision: 65, scale: 30 }, postgres: 'numeric(65,30)', mysql: 'decimal(65,30)' },
  { name: 'big', type: { kind: 'int64' }, postgres: 'bigint', mysql: 'bigint' },
  { name: 'payload', type: { kind: 'blob' }, postgres: 'bytea', mysql: 'longblob' },
  { name: 'flag', type: { kind: 'bool' }, postgres: 'boolean', mysql: 'tinyint(1)' },
  { name: 'ratio', type: { kind: 'float64' }, postgres: 'double precision', mysql: 'double' },
  { name: 'MixedCase', type: { kind: 'date' }, postgres: 'date', mysql: 'date' },
  { name: 'stamp', type: { kind: 'timestamptz', precision: 6 }, postgres: 'timestamptz(6)', mysql: 'timestamp(6) NULL' },
];

export const MIB = 1024 * 1024;

/** 1 MiB of text mixing 1-, 2-, 3- and 4-byte UTF-8 (exactly 1 MiB of bytes). */
function megabyteText(): string {
  const unit = 'aé한😀\t\\'; // 1+2+3+4+1+1 = 12 bytes
  const text = unit.repeat(Math.floor(MIB / 12));
  return text + 'z'.repeat(MIB - Buffer.byteLength(text));
}

/** 1 MiB of every byte value, NULs included, in a pattern that is not periodic at 256. */
function megabyteBinary(): Buffer {
  const bytes = Buffer.alloc(MIB);
  for (let i = 0; i < MIB; i += 1) bytes[i] = (i * 7 + (i >> 8)) & 0xff;
  return bytes;
}

/** Rows in column order; `null` is NULL and `''` the empty string, never confused. */
export const AWKWARD_ROWS: readonly Row[] = [
  ['1', null, null, null, null, null, null, null, null, null, null, null],
  ['2', '', '2024-02-29 23:59:59.999999', '', '0', '0', '0', Buffer.alloc(0), false, '0', '2024-02-29', '1970-01-01 00:00:01+00:00'],
  ['3', 'tab\there \\N back\\slash\nnew\r\nline', '1000-01-01 00:00:00.000001', '𝄞😀 ñ 한국어 \u0001 "quote" \'apos\'',
    '9999999999999999999999999999.9999999999', '99999999999999999999999999999999999.999999999999999999999999999999',
    '9223372036854775807', Buffer.from([0, 1, 2, 0xff, 0x5c, 0x09, 0x0a]), true, '0.1', '1000-01-01', '2038-01-19 03:14:07.999999+00:00'],
  ['4', '\\N', '2001-09-09 01:46:40.123456', 'NULL', '-1234567890123456789012345678.0123456789', '-0.000000000000000000000000000001',
    '-9223372036854775808', Buffer.from('\\x41', 'latin1'), false, '-1.5e+300', '9999-12-31', '2024-06-30 12:00:00.000001+00:00'],
  ['5', 'select', '2024-01-01 00:00:00', megabyteText(), '0.0000000001', '1', '1', megabyteBinary(), true, '2.2250738585072014e-308', '2024-01-01', '2024-01-01 00:00:00+00:00'],
];

export function awkwardTable(schema: string, name: string, columns: readonly AwkwardColumn[] = AWKWARD_COLUMNS): TransferTable {
  return { schema, name, columns: columns.map((column) => ({ name: column.name, type: column.type })) };
}

/**
 * One comparable spelling per value. Decimal text loses trailing fractional zeros (a server pads to
 * the column's scale), timestamps lose trailing zeros of the fraction and a `+00`/`+00:00` UTC
 * offset, floats are compared as doubles, booleans as 1/0, bytes as hex.
 */
export function comparable(kind: CanonicalType['kind'], value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return `hex:${value.toString('hex')}`;
  const text = String(value);
  switch (kind) {
    case 'decimal':
    case 'int16':
    case 'int32':
    case 'int64':
    case 'number':
      return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
    case 'float32':
    case 'float64':
      return String(Number(text));
    case 'bool':
      return /^(t|true|1)$/i.test(text) ? '1' : '0';
    case 'blob':
    case 'binary':
      return `hex:${text.toLowerCase()}`;
    case 'timestamp':
    case 'timestamptz':
      return text.replace('T', ' ').replace(/\s*(Z|\+00(:?00)?)$/, '').replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
    default:
      return text;
  }
}

/** Differences as readable lines (values shortened: a 1 MiB mismatch must not flood the report). */
export function compareRows(columns: readonly AwkwardColumn[], expected: readonly Row[], actual: readonly (readonly unknown[])[]): string[] {
  const problems: string[] = [];
  if (actual.length !== expected.length) problems.push(`row count: expected ${expected.length}, got ${actual.length}`);
  const short = (value: string | null) => (value === null ? 'NULL' : value.length > 60 ? `${value.slice(0, 60)}… (${value.length} chars)` : JSON.stringify(value));
  expected.forEach((row, r) => {
    columns.forEach((column, c) => {
      const want = comparable(column.type.kind, row[c] as CellValue);
      const got = comparable(column.type.kind, actual[r]?.[c]);
      if (want !== got) problems.push(`row ${String(row[0])} column "${column.name}": expected ${short(want)}, got ${short(got)}`);
    });
  });
  return problems;
}
