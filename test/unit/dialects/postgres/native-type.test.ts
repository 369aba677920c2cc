import { describe, expect, it } from 'vitest';
import { parsePartitionKey, parsePostgresNativeType } from '../../../../src/dialects/postgres/native-type.js';

describe('parsePostgresNativeType', () => {
  it.each([
    ['character varying(30)', { length: 30, precision: null, scale: null }],
    ['character(1)', { length: 1, precision: null, scale: null }],
    ['bit varying(12)', { length: 12, precision: null, scale: null }],
    ['character varying(20)[]', { length: 20, precision: null, scale: null }],
    ['character varying', { length: null, precision: null, scale: null }],
    ['numeric(12,2)', { length: null, precision: 12, scale: 2 }],
    ['numeric(5,-2)', { length: null, precision: 5, scale: -2 }],
    ['numeric', { length: null, precision: null, scale: null }],
    ['timestamp(3) without time zone', { length: null, precision: null, scale: 3 }],
    ['timestamp(0) with time zone', { length: null, precision: null, scale: 0 }],
    ['timestamp without time zone', { length: null, precision: null, scale: null }],
    ['time(4) without time zone', { length: null, precision: null, scale: 4 }],
    ['interval day to second(2)', { length: null, precision: null, scale: 2 }],
    ['interval(3)', { length: null, precision: null, scale: 3 }],
    ['integer', { length: null, precision: null, scale: null }],
  ])('%s', (text, expected) => {
    expect(parsePostgresNativeType(text)).toEqual(expected);
  });
});

describe('parsePartitionKey', () => {
  it('reads strategy and plain columns', () => {
    expect(parsePartitionKey('RANGE (entry_date)')).toEqual({ type: 'range', columns: ['entry_date'] });
  });
  it('unquotes quoted identifiers and keeps expressions whole', () => {
    expect(parsePartitionKey('LIST (region, "Kind")')).toEqual({ type: 'list', columns: ['region', 'Kind'] });
    expect(parsePartitionKey("HASH (lower((code)::text), date_trunc('month'::text, created))")).toEqual({
      type: 'hash', columns: ['lower((code)::text)', "date_trunc('month'::text, created)"],
    });
  });
});
