import { describe, expect, it } from 'vitest';
import {
  normaliseMysqlDefault, parseEnumLabels, parseMysqlColumnType, partitionColumns, partitionType,
} from '../../../../src/dialects/mysql/native-type.js';

describe('parseMysqlColumnType', () => {
  it.each([
    ['varchar(40)', { length: 40, precision: null, scale: null }],
    ['char(3)', { length: 3, precision: null, scale: null }],
    ['varbinary(16)', { length: 16, precision: null, scale: null }],
    ['bit(12)', { length: 12, precision: null, scale: null }],
    ['decimal(12,2)', { length: null, precision: 12, scale: 2 }],
    ['decimal(10)', { length: null, precision: 10, scale: 0 }],
    ['decimal(12,2) unsigned zerofill', { length: null, precision: 12, scale: 2 }],
    ['float(7,4)', { length: null, precision: 7, scale: 4 }],
    ['datetime', { length: null, precision: null, scale: 0 }],
    ['datetime(3)', { length: null, precision: null, scale: 3 }],
    ['timestamp(6)', { length: null, precision: null, scale: 6 }],
    ['time', { length: null, precision: null, scale: 0 }],
    ['int(11)', { length: null, precision: null, scale: null }],
    ['bigint(20) unsigned', { length: null, precision: null, scale: null }],
    ['year(4)', { length: null, precision: null, scale: null }],
    ['longtext', { length: null, precision: null, scale: null }],
    ["enum('draft','active','closed')", { length: 6, precision: null, scale: null }],
    ["set('a','bb','ccc')", { length: 8, precision: null, scale: null }],
    ["enum('naïve','x')", { length: 5, precision: null, scale: null }],
  ])('%s', (text, expected) => {
    expect(parseMysqlColumnType(text)).toEqual(expected);
  });

  it('reads enum labels with doubled quotes, commas and parentheses inside', () => {
    expect(parseEnumLabels("'it''s','a,b','(x)'")).toEqual(["it's", 'a,b', '(x)']);
  });
});

describe('normaliseMysqlDefault', () => {
  it('MariaDB: keeps its quoted form, NULL text → null', () => {
    expect(normaliseMysqlDefault("'draft'", 'varchar(10)', '', true)).toBe("'draft'");
    expect(normaliseMysqlDefault('NULL', 'int(11)', '', true)).toBeNull();
    expect(normaliseMysqlDefault(null, 'int(11)', '', true)).toBeNull();
    expect(normaliseMysqlDefault('0.00', 'decimal(12,2)', '', true)).toBe('0.00');
    expect(normaliseMysqlDefault('current_timestamp(3)', 'datetime(3)', '', true)).toBe('current_timestamp(3)');
    expect(normaliseMysqlDefault("'NULL'", 'varchar(4)', '', true)).toBe("'NULL'");
  });
  it('MySQL 8: quotes literals like MariaDB, keeps numbers and generated expressions', () => {
    expect(normaliseMysqlDefault('draft', 'varchar(10)', '', false)).toBe("'draft'");
    expect(normaliseMysqlDefault("it's", 'varchar(10)', '', false)).toBe("'it''s'");
    expect(normaliseMysqlDefault('0', 'int', '', false)).toBe('0');
    expect(normaliseMysqlDefault('CURRENT_TIMESTAMP', 'datetime', 'DEFAULT_GENERATED', false)).toBe('CURRENT_TIMESTAMP');
  });
});

describe('partitions', () => {
  it('maps methods to Partitioning.type', () => {
    expect(['RANGE', 'RANGE COLUMNS', 'LIST COLUMNS', 'HASH', 'LINEAR HASH', 'KEY', 'LINEAR KEY', 'SYSTEM_TIME'].map(partitionType))
      .toEqual(['range', 'range', 'list', 'hash', 'hash', 'key', 'key', 'system_time']);
  });
  it('splits expressions and unquotes plain columns', () => {
    expect(partitionColumns('`entry_date`')).toEqual(['entry_date']);
    expect(partitionColumns('`region`,`kind`')).toEqual(['region', 'kind']);
    expect(partitionColumns('year(`order_date`)')).toEqual(['year(`order_date`)']);
    expect(partitionColumns(null)).toEqual([]);
  });
});
