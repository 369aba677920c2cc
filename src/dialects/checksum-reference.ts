/**
 * The checksum's canonical row text, in TypeScript: the reference every dialect's checksum SQL
 * (src/dialects/<name>/checksum.ts) must reproduce byte for byte, and the normalisation the
 * client-side mode (src/validate/client-checksum.ts) applies to rows streamed with readRows.
 * It lives beside cell-values.ts because dialects build their SQL from these rules, and dialects
 * import nothing above them.
 *
 * The rules, by canonical kind (values arrive in the contract representation, dialect.ts CellValue):
 * - int16/int32/int64: plain decimal integer (`-12`).
 * - decimal/number: the exact decimal; only a value with a decimal point loses its trailing zeros,
 *   then a bare point (`1.50` → `1.5`, `2.000` → `2`, `100` stays `100`); `-0` → `0`; `.5` → `0.5`.
 * - float32/float64: the shortest text that round-trips the double (what PostgreSQL 12+, MySQL 8,
 *   MariaDB and JavaScript print), rewritten in one scientific form `[-]d[.ddd]e[-]n`: `0.1` → `1e-1`,
 *   `-1.5e+300` → `-1.5e300`, `12.5` → `1.25e1`; zero (and `-0`) → `0`; `NaN`, `Infinity`,
 *   `-Infinity`. A float32 is widened to double first (`0.1` → `1.0000000149011612e-1`): MariaDB
 *   prints FLOAT with 6 digits, so every dialect casts to double in SQL. SQL Server (`CONVERT(…, 3)` gives 17 digits, not the shortest) and Oracle binary
 *   floats cannot produce it in SQL: their float columns use the client-side mode.
 * - bool: `1` / `0`.
 * - date: `YYYY-MM-DD`; time: `HH:MM:SS.ffffff`; timestamp: `YYYY-MM-DD HH:MM:SS.ffffff`; timestamptz:
 *   the same in UTC, no offset. Always six fraction digits: finer fractions are truncated, not rounded.
 * - binary: lowercase hex of the bytes; blob: lowercase hex of the MD5 of the bytes (a 1 GiB LOB must
 *   not become a 2 GiB string, and Oracle can hash a BLOB in SQL but not hex it).
 * - char: trailing spaces removed; uuid: lower case; varchar, text, json, xml, interval: as is.
 *   Then every text-like value (char, varchar, text, json, xml, uuid, interval) is length-prefixed:
 *   its length in Unicode code points, `:`, the text (`a|` → `2:a|`). Escaping (`REPLACE`) was the
 *   first design and was dropped: MariaDB's REPLACE took 2 min 48 s on one 1 MiB value.
 * - NULL → `\N`, which no value can produce (text starts with a digit, other kinds never hold `\`).
 * - emptyStringAsNull: a value whose text is empty becomes NULL (`\N`). Oracle stores `''` (and a
 *   zero-length RAW) as NULL, so whenever either side of a comparison is Oracle, both sides use it.
 * The row text joins the values with `|`; `('a|','b')` → `2:a||1:b` and `('a','|b')` → `1:a|2:|b`.
 * Row hash: MD5 of the row text's UTF-8 bytes, as 32 hex digits; the term summed is hex digits 9..23
 * (1-based, 15 digits = 60 bits: non-negative in every signed 64-bit integer). The sum is exact: SQL
 * Server sums DECIMAL(38,0), the others' SUM of integers is already exact (2^60 × 2^66 rows < 10^38).
 */
import { createHash } from 'node:crypto';
import type { CanonicalKind, CanonicalType } from '../model/canonical-type.js';
import type { CellValue, Row } from './dialect.js';

export const NULL_MARKER = '\\N';
export const VALUE_SEPARATOR = '|';
/** 1-based start and length of the summed slice of the 32-hex-digit MD5. */
export const HASH_SLICE_START = 9;
export const HASH_SLICE_LENGTH = 15;

export interface NormaliseOptions {
  /** Render every empty value as NULL (required on both sides whenever either side is Oracle). */
  readonly emptyStringAsNull: boolean;
}

export interface ChecksumTotals {
  readonly rows: number;
  /** The sum of the row terms as decimal text (`0` for no rows). */
  readonly sum: string;
}

const TEXT_KINDS = new Set<CanonicalKind>(['char', 'varchar', 'text', 'json', 'xml', 'uuid', 'interval']);

/** Kinds whose value is length-prefixed (free text, may contain `|`). */
export function isPrefixedKind(kind: CanonicalKind): boolean {
  return TEXT_KINDS.has(kind);
}

/** Kinds whose canonical text can be empty, so emptyStringAsNull can apply. */
export function canBeEmpty(kind: CanonicalKind): boolean {
  return TEXT_KINDS.has(kind) || kind === 'binary';
}

/** `a|` → `2:a|`; the length counts code points (`😀` is 1), as CHAR_LENGTH/char_length do. */
export function lengthPrefixed(text: string): string {
  let codePoints = 0;
  for (const _ of text) codePoints += 1;
  return `${codePoints}:${text}`;
}

/** `1.500` → `1.5`, `2.000` → `2`, `-0.0` → `0`, `.5` → `0.5`; integers untouched. */
export function normaliseDecimal(text: string): string {
  let value = text.trim().replace(/^\+/, '').replace(/^(-?)\./, '$10.');
  if (value.includes('.')) value = value.replace(/0+$/, '').replace(/\.$/, '');
  return /^-0*$/.test(value) ? '0' : value;
}

/** The shortest round-trip digits of a double in the one scientific form (see the header). */
export function normaliseFloat(text: string, single = false): string {
  const parsed = Number(text.trim());
  const value = single ? Math.fround(parsed) : parsed;
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  if (value === 0) return '0';
  return value.toExponential().replace('e+', 'e');
}

/** Six fraction digits, truncated or padded: `01:02:03` → `01:02:03.000000`. */
function sixDigitFraction(clock: string): string {
  const [whole = '', fraction = ''] = clock.split('.');
  return `${whole}.${fraction.padEnd(6, '0').slice(0, 6)}`;
}

/** `YYYY-MM-DD HH:MM:SS[.f…]` (or `T`) → `YYYY-MM-DD HH:MM:SS.ffffff`. */
export function normaliseTimestamp(text: string): string {
  const trimmed = text.trim().replace('T', ' ');
  const [date = '', clock = '00:00:00'] = trimmed.split(' ');
  return `${date} ${sixDigitFraction(clock)}`;
}

/** A timestamp with an offset (`+00:00`, `+0530`, `Z`, none = UTC) → UTC at six fraction digits. */
export function normaliseTimestampTz(text: string): string {
  const match = /^(\d{4,})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(text.trim());
  if (match === null) return normaliseTimestamp(text);
  const [, y = '', mo = '', d = '', h = '', mi = '', s = '', fraction = '', zone = 'Z'] = match;
  const offsetMinutes = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.replace(':', '').slice(3, 5) || '0'));
  const local = `${y}-${mo}-${d} ${h}:${mi}:${s}${fraction}`;
  if (offsetMinutes === 0) return normaliseTimestamp(local);
  const wall = new Date(0);
  wall.setUTCFullYear(Number(y), Number(mo) - 1, Number(d)); // not Date.UTC: it maps years 0–99 to 19xx
  wall.setUTCHours(Number(h), Number(mi), Number(s), 0);
  const utc = new Date(wall.getTime() - offsetMinutes * 60_000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const shifted = `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())} ${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:${pad(utc.getUTCSeconds())}`;
  return normaliseTimestamp(`${shifted}${fraction}`);
}

function asBytes(value: CellValue): Buffer {
  if (Buffer.isBuffer(value)) return value;
  const text = String(value);
  return /^\\x[0-9a-f]*$/i.test(text) ? Buffer.from(text.slice(2), 'hex') : Buffer.from(text, 'utf8');
}

function asText(value: CellValue): string {
  return Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
}

/** The canonical text of one value before escaping and the empty rule; null stays null. */
export function canonicalValue(type: CanonicalType, value: CellValue): string | null {
  if (value === null) return null;
  switch (type.kind) {
    case 'int16':
    case 'int32':
    case 'int64':
    case 'decimal':
    case 'number':
      return normaliseDecimal(asText(value));
    case 'float32':
      return normaliseFloat(asText(value), true);
    case 'float64':
      return normaliseFloat(asText(value));
    case 'bool':
      return typeof value === 'boolean' ? (value ? '1' : '0') : /^(t|true|1|y|yes)$/i.test(asText(value).trim()) ? '1' : '0';
    case 'date':
      return asText(value).trim().slice(0, 10);
    case 'time':
      return sixDigitFraction(asText(value).trim());
    case 'timestamp':
      return normaliseTimestamp(asText(value));
    case 'timestamptz':
      return normaliseTimestampTz(asText(value));
    case 'binary':
      return asBytes(value).toString('hex');
    case 'blob':
      return createHash('md5').update(asBytes(value)).digest('hex');
    case 'char':
      return asText(value).replace(/ +$/, '');
    case 'uuid':
      return asText(value).toLowerCase();
    default:
      return asText(value);
  }
}

/** One value as it appears in the row text. */
export function renderValue(type: CanonicalType, value: CellValue, options: NormaliseOptions): string {
  const text = canonicalValue(type, value);
  if (text === null || (options.emptyStringAsNull && text === '')) return NULL_MARKER;
  return isPrefixedKind(type.kind) ? lengthPrefixed(text) : text;
}

export function rowText(types: readonly CanonicalType[], row: Row, options: NormaliseOptions): string {
  return types.map((type, index) => renderValue(type, row[index] ?? null, options)).join(VALUE_SEPARATOR);
}

/** The row's term: hex digits 9..23 of MD5(UTF-8 row text) as an integer below 2^60. */
export function rowTerm(text: string): bigint {
  const digest = createHash('md5').update(text, 'utf8').digest('hex');
  return BigInt(`0x${digest.slice(HASH_SLICE_START - 1, HASH_SLICE_START - 1 + HASH_SLICE_LENGTH)}`);
}

/** Accumulates rows into the totals the SQL produces (order does not matter: a sum). */
export class ChecksumAccumulator {
  private rows = 0;
  private sum = 0n;

  constructor(private readonly types: readonly CanonicalType[], private readonly options: NormaliseOptions) {}

  add(row: Row): void {
    this.rows += 1;
    this.sum += rowTerm(rowText(this.types, row, this.options));
  }

  totals(): ChecksumTotals {
    return { rows: this.rows, sum: this.sum.toString() };
  }
}
