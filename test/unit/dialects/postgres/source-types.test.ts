import { describe, expect, it } from 'vitest';
import { readSourceTypeMapper } from '../../../../src/config/source-type-rules.js';
import { formatCanonicalType } from '../../../../src/model/canonical-type.js';
import { parsePostgresNativeType } from '../../../../src/dialects/postgres/native-type.js';

const mapper = readSourceTypeMapper('postgres');
const canonical = (nativeType: string): string => formatCanonicalType(mapper({ nativeType, ...parsePostgresNativeType(nativeType) }));

describe('mappings/types/source/postgres.yaml', () => {
  it.each([
    ['smallint', 'int16'], ['integer', 'int32'], ['bigint', 'int64'], ['oid', 'int64'],
    ['numeric(12,2)', 'decimal(12,2)'], ['numeric(38,0)', 'decimal(38,0)'], ['numeric(5,-2)', 'number'], ['numeric', 'number'],
    ['real', 'float32'], ['double precision', 'float64'], ['money', 'decimal(19,2)'], ['boolean', 'bool'],
    ['character(3)', 'char(3)'], ['bpchar', 'char'], ['"char"', 'char(1)'],
    ['character varying(30)', 'varchar(30)'], ['character varying', 'text'], ['text', 'text'],
    ['public.citext', 'text'], ['citext', 'text'], ['name', 'varchar(63)'], ['bytea', 'blob'],
    ['date', 'date'], ['time without time zone', 'time(6)'], ['time(3) without time zone', 'time(3)'],
    ['time with time zone', 'text'], ['time(2) with time zone', 'text'],
    ['timestamp without time zone', 'timestamp(6)'], ['timestamp(0) without time zone', 'timestamp(0)'],
    ['timestamp(3) without time zone', 'timestamp(3)'], ['timestamp with time zone', 'timestamptz(6)'],
    ['timestamp(3) with time zone', 'timestamptz(3)'],
    ['interval', 'interval'], ['interval(3)', 'interval'], ['interval day to second(2)', 'interval'], ['interval year to month', 'interval'],
    ['uuid', 'uuid'], ['json', 'json'], ['jsonb', 'json'], ['jsonpath', 'text'], ['xml', 'xml'],
    ['inet', 'varchar(43)'], ['cidr', 'varchar(43)'], ['macaddr', 'varchar(17)'], ['macaddr8', 'varchar(23)'],
    ['bit(1)', 'bool'], ['bit(8)', 'varchar(8)'], ['bit varying(16)', 'varchar(16)'], ['bit varying', 'text'],
    ['tsvector', 'text'], ['tsquery', 'text'],
    ['int4range', 'text'], ['int8range', 'text'], ['numrange', 'text'], ['tsrange', 'text'], ['tstzrange', 'text'],
    ['daterange', 'text'], ['int4multirange', 'text'],
    ['point', 'text'], ['line', 'text'], ['lseg', 'text'], ['box', 'text'], ['path', 'text'], ['polygon', 'text'], ['circle', 'text'],
    ['regclass', 'text'], ['pg_lsn', 'varchar(17)'], ['txid_snapshot', 'text'], ['xid', 'text'],
    ['integer[]', 'unsupported(array)'], ['character varying(20)[]', 'unsupported(array)'], ['text[][]', 'unsupported(array)'],
    ['sales.order_status', 'unsupported(sales.order_status)'], ['public.hstore', 'unsupported(public.hstore)'],
  ])('%s → %s', (nativeType, expected) => {
    expect(canonical(nativeType)).toBe(expected);
  });
});
