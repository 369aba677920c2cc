import { describe, expect, it } from 'vitest';
import * as catalogRow from '../../../src/util/catalog-row.js';
import * as dictionaryRow from '../../../src/util/dictionary-row.js';
import { bool, decimalTextOrNull, numberOrNull, text, textArray, textOrNull, trimmedOrNull } from '../../../src/util/row-reader.js';
import { InternalError } from '../../../src/errors.js';

describe('row reader (one for every driver)', () => {
  it('the former dictionary-row and catalog-row modules are the same reader', () => {
    expect(dictionaryRow.textOrNull).toBe(catalogRow.textOrNull);
    expect(dictionaryRow.numberOrNull).toBe(catalogRow.numberOrNull);
    expect(dictionaryRow.text).toBe(catalogRow.text);
  });

  it('reads text from strings, numbers, bigints and Buffers (mysql2 binary collations)', () => {
    const row = { a: 'x', b: 12, c: 9007199254740993n, d: Buffer.from('ümlaut'), e: null };
    expect([textOrNull(row, 'a'), textOrNull(row, 'b'), textOrNull(row, 'c'), textOrNull(row, 'd'), textOrNull(row, 'e')])
      .toEqual(['x', '12', '9007199254740993', 'ümlaut', null]);
    expect(() => text(row, 'e')).toThrow(InternalError);
    expect(() => text({ a: {} }, 'a')).toThrow(/catalog row column "a" is \{\}, expected text/);
  });

  it('reads numbers from numbers, bigints and decimal text, and refuses other text', () => {
    const row = { a: 5, b: 7n, c: ' -12.5 ', d: '1.5e+3', e: '0x10', f: '', g: 'Infinity', h: null };
    expect([numberOrNull(row, 'a'), numberOrNull(row, 'b'), numberOrNull(row, 'c'), numberOrNull(row, 'd'), numberOrNull(row, 'h')])
      .toEqual([5, 7, -12.5, 1500, null]);
    for (const key of ['e', 'f', 'g']) expect(() => numberOrNull(row, key)).toThrow(/expected a number/);
  });

  it('keeps big whole numbers as text, trims LONG text, reads booleans and arrays', () => {
    expect(decimalTextOrNull({ a: ' 99999999999999999999 ' }, 'a')).toBe('99999999999999999999');
    expect(trimmedOrNull({ a: '  \n' }, 'a')).toBeNull();
    expect([bool({ a: 't' }, 'a'), bool({ a: 0 }, 'a'), bool({ a: null }, 'a')]).toEqual([true, false, false]);
    expect(() => bool({}, 'a')).toThrow(/expected a boolean/);
    expect(textArray({ a: ['x', null] }, 'a')).toEqual(['x', '']);
  });
});
