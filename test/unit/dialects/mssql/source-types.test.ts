/** Every SQL Server built-in type through mappings/types/source/mssql.yaml, as sys.columns reports it. */
import { describe, expect, it } from 'vitest';
import { readSourceTypeMapper } from '../../../../src/config/source-type-rules.js';
import { formatCanonicalType } from '../../../../src/model/canonical-type.js';

type Case = [nativeType: string, length: number | null, precision: number | null, scale: number | null, canonical: string];

const CASES: Case[] = [
  ['bit', null, null, null, 'bool'],
  ['tinyint', null, null, null, 'int16'],
  ['smallint', null, null, null, 'int16'],
  ['int', null, null, null, 'int32'],
  ['bigint', null, null, null, 'int64'],
  ['decimal', null, 18, 2, 'decimal(18,2)'],
  ['decimal', null, 38, 0, 'decimal(38,0)'],
  ['numeric', null, 10, 5, 'decimal(10,5)'],
  ['money', null, null, null, 'decimal(19,4)'],
  ['smallmoney', null, null, null, 'decimal(10,4)'],
  ['float', null, 53, null, 'float64'],
  ['real', null, 24, null, 'float32'],
  ['char', 10, null, null, 'char(10)'],
  ['nchar', 2, null, null, 'char(2)'],
  ['varchar', 50, null, null, 'varchar(50)'],
  ['varchar', null, null, null, 'text'],
  ['nvarchar', 60, null, null, 'varchar(60)'],
  ['nvarchar', 4000, null, null, 'varchar(4000)'],
  ['nvarchar', null, null, null, 'text'],
  ['text', null, null, null, 'text'],
  ['ntext', null, null, null, 'text'],
  ['binary', 16, null, null, 'binary(16)'],
  ['varbinary', 900, null, null, 'binary(900)'],
  ['varbinary', null, null, null, 'blob'],
  ['image', null, null, null, 'blob'],
  ['date', null, null, null, 'date'],
  ['time', null, null, 7, 'time(7)'],
  ['time', null, null, 0, 'time(0)'],
  ['datetime', null, null, null, 'timestamp(3)'],
  ['datetime2', null, null, 7, 'timestamp(7)'],
  ['datetime2', null, null, 3, 'timestamp(3)'],
  ['smalldatetime', null, null, null, 'timestamp(0)'],
  ['datetimeoffset', null, null, 7, 'timestamptz(7)'],
  ['datetimeoffset', null, null, 2, 'timestamptz(2)'],
  ['uniqueidentifier', null, null, null, 'uuid'],
  ['xml', null, null, null, 'xml'],
  ['timestamp', null, null, null, 'binary(8)'],
  ['rowversion', null, null, null, 'binary(8)'],
  ['hierarchyid', null, null, null, 'unsupported(hierarchyid)'],
  ['geography', null, null, null, 'unsupported(geography)'],
  ['geometry', null, null, null, 'unsupported(geometry)'],
  ['sql_variant', null, null, null, 'unsupported(sql_variant)'],
  ['sysname', 128, null, null, 'varchar(128)'],
  ['json', null, null, null, 'json'],
  ['MyClrType', null, null, null, 'unsupported(myclrtype)'],
];

const BUILT_IN_TYPES = [
  'bit',
  'tinyint',
  'smallint',
  'int',
  'bigint',
  'decimal',
  'numeric',
  'money',
  'smallmoney',
  'float',
  'real',
  'char',
  'nchar',
  'varchar',
  'nvarchar',
  'text',
  'ntext',
  'binary',
  'varbinary',
  'image',
  'date',
  'time',
  'datetime',
  'datetime2',
  'smalldatetime',
  'datetimeoffset',
  'uniqueidentifier',
  'xml',
  'timestamp',
  'rowversion',
  'hierarchyid',
  'geography',
  'geometry',
  'sql_variant',
  'sysname',
  'json',
];

describe('mssql source type rules', () => {
  const map = readSourceTypeMapper('mssql');
  it.each(CASES)('%s len=%s p=%s s=%s → %s', (nativeType, length, precision, scale, canonical) => {
    expect(formatCanonicalType(map({ nativeType, length, precision, scale }))).toBe(canonical);
  });

  it('has a case for every built-in type the dictionary reports', () => {
    const covered = new Set(CASES.map(([name]) => name));
    expect(BUILT_IN_TYPES.filter((name) => !covered.has(name))).toEqual([]);
    expect(BUILT_IN_TYPES).toHaveLength(36);
  });
});
