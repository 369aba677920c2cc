import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ChecksumAccumulator, NULL_MARKER, canonicalValue, normaliseDecimal, normaliseFloat, normaliseTimestampTz, renderValue, rowTerm, rowText,
} from '../../../src/dialects/checksum-reference.js';
import type { Row } from '../../../src/dialects/dialect.js';
import type { CanonicalType } from '../../../src/model/canonical-type.js';
import { checksumBatches } from '../../../src/validate/client-checksum.js';

const KEPT = { emptyStringAsNull: false };
const AS_NULL = { emptyStringAsNull: true };
const VARCHAR: CanonicalType = { kind: 'varchar', length: 10 };
const TEXT: CanonicalType = { kind: 'text' };
const text2 = [VARCHAR, TEXT];

describe('row text: separators, NULL and empty', () => {
  it('keeps a separator inside a value apart from the separator between values', () => {
    expect(rowText(text2, ['a|', 'b'], KEPT)).toBe('2:a||1:b');
    expect(rowText(text2, ['a', '|b'], KEPT)).toBe('1:a|2:|b');
    expect(rowTerm(rowText(text2, ['a|', 'b'], KEPT))).not.toBe(rowTerm(rowText(text2, ['a', '|b'], KEPT)));
  });

  it('tells NULL from the empty string, from "NULL" and from the marker text itself', () => {
    const rendered = [null, '', 'NULL', '\\N', 'N'].map((value) => renderValue(TEXT, value, KEPT));
    expect(rendered).toEqual([NULL_MARKER, '0:', '4:NULL', '2:\\N', '1:N']);
    expect(new Set(rendered).size).toBe(rendered.length);
  });

  it('counts code points, not bytes or UTF-16 units, in the length prefix', () => {
    expect(renderValue(TEXT, '😀é', KEPT)).toBe('2:😀é');
  });

  it('with emptyStringAsNull renders empty values (text, a blank CHAR, empty binary) as NULL, and only those', () => {
    expect(renderValue(TEXT, '', AS_NULL)).toBe(NULL_MARKER);
    expect(renderValue({ kind: 'char', length: 3 }, '   ', AS_NULL)).toBe(NULL_MARKER);
    expect(renderValue({ kind: 'binary', length: 4 }, Buffer.alloc(0), AS_NULL)).toBe(NULL_MARKER);
    expect(renderValue({ kind: 'binary', length: 4 }, Buffer.alloc(0), KEPT)).toBe('');
    expect(renderValue(TEXT, ' ', AS_NULL)).toBe('1: ');
    expect(renderValue({ kind: 'int32' }, '0', AS_NULL)).toBe('0');
  });
});

describe('values by canonical type', () => {
  it('numbers: trailing zeros go only after a decimal point; -0 is 0; Oracle .5 is 0.5', () => {
    expect(['1.50', '1.5', '2.000', '100', '-0.000', '-0', '.5', '-.50', '+7', '0.0000000001000'].map(normaliseDecimal))
      .toEqual(['1.5', '1.5', '2', '100', '0', '0', '0.5', '-0.5', '7', '0.0000000001']);
    expect(canonicalValue({ kind: 'decimal', precision: 38, scale: 10 }, '99999999999999999999999999999.999999999000'))
      .toBe('99999999999999999999999999999.999999999');
    expect(canonicalValue({ kind: 'int64' }, '-9223372036854775808')).toBe('-9223372036854775808');
  });

  it('floats: the shortest round-trip digits in one scientific form', () => {
    expect(['0.1', '-1.5e+300', '1e-05', '0.0001', '12.5', '1.2345678901234568e+17', '-0', '0', 'NaN', 'Infinity', '-Infinity', '2.2250738585072014e-308']
      .map((v) => normaliseFloat(v)))
      .toEqual(['1e-1', '-1.5e300', '1e-5', '1e-4', '1.25e1', '1.2345678901234568e17', '0', '0', 'NaN', 'Infinity', '-Infinity', '2.2250738585072014e-308']);
    // Servers spell the same double differently; the canonical text is one.
    expect(normaliseFloat('1e+16')).toBe(normaliseFloat('10000000000000000'));
  });

  it('float32 is widened to double, so 6-digit server text cannot pass for the stored value', () => {
    expect(canonicalValue({ kind: 'float32' }, '0.1')).toBe('1.0000000149011612e-1');
    expect(canonicalValue({ kind: 'float32' }, '16777216')).toBe('1.6777216e7');
    expect(canonicalValue({ kind: 'float32' }, '16777200')).not.toBe(canonicalValue({ kind: 'float32' }, '16777216'));
  });

  it('timestamps at six fraction digits, truncated; timestamptz in UTC whatever the offset', () => {
    const ts: CanonicalType = { kind: 'timestamp', precision: 6 };
    expect(canonicalValue(ts, '2024-01-01 00:00:00')).toBe('2024-01-01 00:00:00.000000');
    expect(canonicalValue(ts, '2024-01-01T00:00:00.1234567')).toBe('2024-01-01 00:00:00.123456');
    expect(normaliseTimestampTz('2024-06-30 14:00:00.5+02:00')).toBe('2024-06-30 12:00:00.500000');
    expect(normaliseTimestampTz('2024-06-30 12:00:00.000001-05:30')).toBe('2024-06-30 17:30:00.000001');
    expect(normaliseTimestampTz('1999-12-31 23:59:59.999999+13:00')).toBe('1999-12-31 10:59:59.999999');
    expect(normaliseTimestampTz('2024-01-01 00:00:00+00')).toBe('2024-01-01 00:00:00.000000');
    expect(normaliseTimestampTz('0001-01-01 01:00:00+02:00')).toBe('0000-12-31 23:00:00.000000');
    expect(canonicalValue({ kind: 'time', precision: 6 }, '01:02:03')).toBe('01:02:03.000000');
    expect(canonicalValue({ kind: 'date' }, '2024-02-29')).toBe('2024-02-29');
  });

  it('booleans 1/0, binary as lowercase hex, blob as the MD5 of its bytes, CHAR right-trimmed, uuid lower case', () => {
    expect([true, false, 't', 'f', '1', '0'].map((v) => canonicalValue({ kind: 'bool' }, v))).toEqual(['1', '0', '1', '0', '1', '0']);
    expect(canonicalValue({ kind: 'binary', length: 3 }, Buffer.from([0, 0xab, 0xff]))).toBe('00abff');
    expect(canonicalValue({ kind: 'blob' }, Buffer.from('abc'))).toBe(createHash('md5').update('abc').digest('hex'));
    expect(canonicalValue({ kind: 'char', length: 5 }, ' a  ')).toBe(' a');
    expect(canonicalValue({ kind: 'uuid' }, 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11')).toBe('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
  });
});

describe('row terms and totals', () => {
  it('takes hex digits 9..23 of the MD5 of the UTF-8 row text', () => {
    const digest = createHash('md5').update('1|2:é|', 'utf8').digest('hex');
    expect(rowTerm('1|2:é|')).toBe(BigInt(`0x${digest.slice(8, 23)}`));
    expect(rowTerm('x') < 2n ** 60n).toBe(true);
  });

  it('sums exactly past 2^53 and does not depend on row order; the client mode gives the same totals', async () => {
    const types: CanonicalType[] = [{ kind: 'int32' }, TEXT];
    const rows: Row[] = Array.from({ length: 50 }, (_, i) => [String(i), `v${i}`]);
    const forward = new ChecksumAccumulator(types, KEPT);
    const backward = new ChecksumAccumulator(types, KEPT);
    rows.forEach((row) => forward.add(row));
    [...rows].reverse().forEach((row) => backward.add(row));
    const expected = rows.reduce((sum, row) => sum + rowTerm(rowText(types, row, KEPT)), 0n);
    expect(forward.totals()).toEqual({ rows: 50, sum: expected.toString() });
    expect(backward.totals()).toEqual(forward.totals());
    expect(BigInt(forward.totals().sum) > 2n ** 53n).toBe(true);
    const table = { schema: 's', name: 't', columns: [{ name: 'id', type: types[0]! }, { name: 'v', type: TEXT }] };
    const batches = (async function* () { yield rows.slice(0, 20); yield rows.slice(20); })();
    expect(await checksumBatches(table, batches, KEPT)).toEqual(forward.totals());
    expect(new ChecksumAccumulator(types, KEPT).totals()).toEqual({ rows: 0, sum: '0' });
  });

  it('changes when one value changes by a trailing space, and not when a decimal gains trailing zeros', () => {
    const types: CanonicalType[] = [VARCHAR, { kind: 'decimal', precision: 10, scale: 4 }];
    expect(rowText(types, ['a', '1.5000'], KEPT)).toBe(rowText(types, ['a', '1.5'], KEPT));
    expect(rowText(types, ['a ', '1.5'], KEPT)).not.toBe(rowText(types, ['a', '1.5'], KEPT));
  });
});
