import { describe, expect, it } from 'vitest';
import { readSourceTypeMapper } from '../../../../src/config/source-type-rules.js';
import { formatCanonicalType } from '../../../../src/model/canonical-type.js';
import { parseMysqlColumnType } from '../../../../src/dialects/mysql/native-type.js';

const mapper = readSourceTypeMapper('mysql');
const canonical = (nativeType: string): string => formatCanonicalType(mapper({ nativeType, ...parseMysqlColumnType(nativeType) }));

describe('mappings/types/source/mysql.yaml', () => {
  it.each([
    ['tinyint(1)', 'int16'], ['tinyint(4)', 'int16'], ['tinyint', 'int16'], ['tinyint(3) unsigned', 'int16'],
    ['smallint(6)', 'int16'], ['smallint(5) unsigned', 'int32'], ['mediumint(9)', 'int32'], ['mediumint(8) unsigned', 'int32'],
    ['int(11)', 'int32'], ['int', 'int32'], ['int(10) unsigned', 'int64'], ['int(10) unsigned zerofill', 'int64'],
    ['bigint(20)', 'int64'], ['bigint', 'int64'], ['bigint(20) unsigned', 'decimal(20,0)'],
    ['decimal(12,2)', 'decimal(12,2)'], ['decimal(10,0)', 'decimal(10,0)'], ['decimal(12,2) unsigned', 'decimal(12,2)'], ['decimal(65,30)', 'decimal(65,30)'],
    ['float', 'float32'], ['float(7,4)', 'float32'], ['float unsigned', 'float32'], ['double', 'float64'], ['double(10,2)', 'float64'],
    ['bit(1)', 'bool'], ['bit(2)', 'bits(2)'], ['bit(8)', 'bits(8)'], ['bit(12)', 'bits(12)'], ['bit(64)', 'bits(64)'],
    ['char(3)', 'char(3)'], ['varchar(40)', 'varchar(40)'],
    ['tinytext', 'text'], ['text', 'text'], ['mediumtext', 'text'], ['longtext', 'text'],
    ['binary(16)', 'binary(16)'], ['varbinary(255)', 'binary(255)'],
    ['tinyblob', 'blob'], ['blob', 'blob'], ['mediumblob', 'blob'], ['longblob', 'blob'],
    ['date', 'date'], ['datetime', 'timestamp(0)'], ['datetime(3)', 'timestamp(3)'], ['datetime(6)', 'timestamp(6)'],
    ['timestamp', 'timestamptz(0)'], ['timestamp(6)', 'timestamptz(6)'], ['time', 'time(0)'], ['time(3)', 'time(3)'],
    ['year(4)', 'int16'], ['year', 'int16'], ['json', 'json'],
    ["enum('draft','active','closed')", 'varchar(6)'], ["enum('a','it''s long')", 'varchar(9)'], ["set('a','bb','ccc')", 'varchar(8)'],
    ['uuid', 'uuid'], ['inet6', 'varchar(39)'], ['inet4', 'varchar(15)'],
    ['geometry', 'unsupported(spatial)'], ['point', 'unsupported(spatial)'], ['polygon', 'unsupported(spatial)'],
    ['multipolygon', 'unsupported(spatial)'], ['geometrycollection', 'unsupported(spatial)'], ['linestring', 'unsupported(spatial)'],
  ])('%s → %s', (nativeType, expected) => {
    expect(canonical(nativeType)).toBe(expected);
  });

  it('maps datetime without a parsed scale (null) to precision 0', () => {
    expect(formatCanonicalType(mapper({ nativeType: 'datetime', length: null, precision: null, scale: null }))).toBe('timestamp(0)');
    expect(formatCanonicalType(mapper({ nativeType: 'timestamp', length: null, precision: null, scale: null }))).toBe('timestamptz(0)');
  });
});
