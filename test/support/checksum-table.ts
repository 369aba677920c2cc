/**
 * The checksum conformance table: one column per canonical kind the pushdown SQL normalises, with
 * rows built to break a careless normalisation (separator collisions, NULL vs '' vs 'NULL' vs `\N`,
 * trailing zeros, -0, microseconds, offsets other than UTC, 4-byte UTF-8, 1 MiB LOBs), in the
 * contract representation (dialect.ts CellValue). Timestamptz values carry their own offsets here;
 * each loader stores them as the instant they name.
 */
import type { Row, TransferTable } from '../../src/dialects/dialect.js';
import type { CanonicalType } from '../../src/model/canonical-type.js';
import { MIB } from './awkward-table.js';

export interface ChecksumColumn {
  readonly name: string;
  readonly type: CanonicalType;
  readonly postgres: string;
  readonly mysql: string;
}

export const CHECKSUM_COLUMNS: readonly ChecksumColumn[] = [
  { name: 'id', type: { kind: 'int32' }, postgres: 'integer NOT NULL PRIMARY KEY', mysql: 'int NOT NULL PRIMARY KEY' },
  { name: 'label', type: { kind: 'varchar', length: 40 }, postgres: 'varchar(40)', mysql: 'varchar(40)' },
  { name: 'Note Text', type: { kind: 'text' }, postgres: 'text', mysql: 'longtext' },
  { name: 'code', type: { kind: 'char', length: 8 }, postgres: 'char(8)', mysql: 'char(8)' },
  { name: 'amount', type: { kind: 'decimal', precision: 38, scale: 10 }, postgres: 'numeric(38,10)', mysql: 'decimal(38,10)' },
  { name: 'wide', type: { kind: 'decimal', precision: 65, scale: 30 }, postgres: 'numeric(65,30)', mysql: 'decimal(65,30)' },
  { name: 'big', type: { kind: 'int64' }, postgres: 'bigint', mysql: 'bigint' },
  { name: 'small', type: { kind: 'int16' }, postgres: 'smallint', mysql: 'smallint' },
  { name: 'ratio', type: { kind: 'float64' }, postgres: 'double precision', mysql: 'double' },
  { name: 'single', type: { kind: 'float32' }, postgres: 'real', mysql: 'float' },
  { name: 'flag', type: { kind: 'bool' }, postgres: 'boolean', mysql: 'tinyint(1)' },
  { name: 'day', type: { kind: 'date' }, postgres: 'date', mysql: 'date' },
  { name: 'clock', type: { kind: 'time', precision: 6 }, postgres: 'time(6)', mysql: 'time(6)' },
  { name: 'stamp', type: { kind: 'timestamp', precision: 6 }, postgres: 'timestamp(6)', mysql: 'datetime(6)' },
  { name: 'stamptz', type: { kind: 'timestamptz', precision: 6 }, postgres: 'timestamptz(6)', mysql: 'timestamp(6) NULL' },
  { name: 'bytes', type: { kind: 'binary', length: 16 }, postgres: 'bytea', mysql: 'varbinary(16)' },
  { name: 'payload', type: { kind: 'blob' }, postgres: 'bytea', mysql: 'longblob' },
  { name: 'uid', type: { kind: 'uuid' }, postgres: 'uuid', mysql: 'char(36)' },
];

function megabyteText(): string {
  const unit = 'aé한😀|\\'; // 1+2+3+4+1+1 bytes, separator and escape included
  const text = unit.repeat(Math.floor(MIB / 12));
  return text + 'z'.repeat(MIB - Buffer.byteLength(text));
}

function megabyteBinary(): Buffer {
  const bytes = Buffer.alloc(MIB);
  for (let i = 0; i < MIB; i += 1) bytes[i] = (i * 13 + (i >> 9)) & 0xff;
  return bytes;
}

const nulls = (id: string): Row => [id, ...CHECKSUM_COLUMNS.slice(1).map(() => null)];

/** Rows 3 and 4 differ only by where `|` sits between two adjacent text values. */
export const CHECKSUM_ROWS: readonly Row[] = [
  nulls('1'),
  ['2', '', '', '', '0', '0', '0', '0', '0', '0', false, '2024-02-29', '00:00:00', '2024-02-29 23:59:59.999999', '1970-01-01 00:00:01+00:00',
    Buffer.alloc(0), Buffer.alloc(0), '00000000-0000-0000-0000-000000000000'],
  ['3', 'a|', 'b', 'x  ', '1.50', '-0.000000000000000000000000000001', '9223372036854775807', '-32768', '-0', '0.1', true, '1000-01-01',
    '23:59:59.999999', '1000-01-01 00:00:00.000001', '2024-06-30 14:00:00.5+02:00', Buffer.from([0, 1, 0xff, 0x7c, 0x5c]), Buffer.from('abc'),
    'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'],
  ['4', 'a', '|b', 'NULL', '-1234567890123456789012345678.0123456789', '99999999999999999999999999999999999.999999999999999999999999999999',
    '-9223372036854775808', '32767', '-1.5e+300', '3.4028e+38', false, '9999-12-31', '12:00:00', '2001-09-09 01:46:40.123456',
    '2024-06-30 12:00:00.000001-05:30', Buffer.from('\\N'), Buffer.from('x'), 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12'],
  ['5', '\\N', megabyteText(), '\\', '100', '1', '1', '0', '2.2250738585072014e-308', '-2.5', true, '2024-01-01', '01:02:03',
    '2024-01-01 00:00:00', '2024-01-01 00:00:00+00:00', null, megabyteBinary(), null],
  ['6', 'NULL', '𝄞😀 한국어 ñ', ' a', '0.0000000001', '12345.6789', '-1', '1', '1.2345678901234568e+17', '1e-10', false, '2000-01-01',
    '00:00:00.000001', '1999-12-31 23:59:59.5', '1999-12-31 23:59:59.999999+13:00', Buffer.from('0123456789abcdef'), Buffer.from([0]), null],
  ['7', '\\|', 'NULL', null, '0.0001000000', '-0.5', null, null, '90.28571428571429', '16777216', null, null, null, null, null, null, null, null],
];

export function checksumTable(schema: string, name: string): TransferTable {
  return { schema, name, columns: CHECKSUM_COLUMNS.map((column) => ({ name: column.name, type: column.type })) };
}
