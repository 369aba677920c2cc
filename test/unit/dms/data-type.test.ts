import { describe, expect, it } from 'vitest';
import { dmsDataTypeOf } from '../../../src/dms/data-type.js';

describe('dmsDataTypeOf (add-column data-type from a target type text)', () => {
  it('maps PostgreSQL and MySQL type names to DMS types with length, precision and scale', () => {
    const cases: [string, unknown][] = [
      ['varchar(20)', { type: 'string', length: 20 }],
      ['character varying(64)', { type: 'string', length: 64 }],
      ['CHAR(3)', { type: 'string', length: 3 }],
      ['smallint', { type: 'int2' }], ['int2', { type: 'int2' }], ['integer', { type: 'int4' }], ['int4', { type: 'int4' }],
      ['bigint', { type: 'int8' }], ['int8', { type: 'int8' }], ['tinyint', { type: 'int1' }], ['int(11)', { type: 'int4' }],
      ['numeric(12,2)', { type: 'numeric', precision: 12, scale: 2 }], ['decimal(10)', { type: 'numeric', precision: 10, scale: 0 }],
      ['float8', { type: 'real8' }], ['double precision', { type: 'real8' }], ['double', { type: 'real8' }], ['float4', { type: 'real4' }],
      ['timestamp(0)', { type: 'datetime' }], ['timestamp(6) with time zone', { type: 'datetime' }], ['timestamptz', { type: 'datetime' }],
      ['datetime(3)', { type: 'datetime' }], ['date', { type: 'date' }], ['time(0)', { type: 'time' }],
      ['boolean', { type: 'boolean' }], ['bool', { type: 'boolean' }],
    ];
    for (const [text, dmsType] of cases) expect([text, dmsDataTypeOf(text)]).toEqual([text, { ok: true, dmsType }]);
  });

  it('refuses LOB, unsized string, unsized numeric, ambiguous and unknown types with a reason', () => {
    const reason = (text: string): string => { const r = dmsDataTypeOf(text); return r.ok ? 'ok' : r.reason; };
    expect(reason('text')).toBe('text is a LOB type for DMS (CLOB/BLOB), and DMS only drops LOB columns; use varchar(n)');
    expect(reason('jsonb')).toMatch(/^jsonb is a LOB type/);
    expect(reason('bytea')).toMatch(/^bytea is a LOB type/);
    expect(reason('varchar')).toBe('varchar needs a length, e.g. varchar(20): DMS string needs one');
    expect(reason('numeric')).toBe('numeric needs a precision, e.g. numeric(12,2): DMS numeric needs one');
    expect(reason('numeric(2,5)')).toBe('numeric(2,5): scale is larger than precision');
    expect(reason('float')).toMatch(/^float is single precision on one target and double on another/);
    expect(reason('uuid')).toBe('no DMS data type known for uuid');
    expect(reason('date(3)')).toBe('date(3): give date without a size');
    expect(reason('varchar(20); drop table x')).toMatch(/^not a type DMS add-column can fill/);
  });
});
