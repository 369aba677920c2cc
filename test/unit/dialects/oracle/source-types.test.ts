/** Every Oracle built-in type through mappings/types/source/oracle.yaml, as the dictionary reports it. */
import { describe, expect, it } from 'vitest';
import { readSourceTypeMapper } from '../../../../src/config/source-type-rules.js';
import { formatCanonicalType } from '../../../../src/model/canonical-type.js';

type Case = [nativeType: string, length: number | null, precision: number | null, scale: number | null, canonical: string];

const CASES: Case[] = [
  ['NUMBER', null, null, null, 'number'],
  ['NUMBER', null, null, 0, 'decimal(38,0)'],
  ['NUMBER', null, null, 2, 'decimal(38,2)'],
  ['NUMBER', null, 1, 0, 'int16'],
  ['NUMBER', null, 4, 0, 'int16'],
  ['NUMBER', null, 5, 0, 'int32'],
  ['NUMBER', null, 9, 0, 'int32'],
  ['NUMBER', null, 10, 0, 'int64'],
  ['NUMBER', null, 18, 0, 'int64'],
  ['NUMBER', null, 19, 0, 'decimal(19,0)'],
  ['NUMBER', null, 38, 0, 'decimal(38,0)'],
  ['NUMBER', null, 15, 2, 'decimal(15,2)'],
  ['NUMBER', null, 3, 5, 'decimal(3,5)'],
  ['NUMBER', null, 5, -2, 'number'],
  ['INTEGER', null, null, null, 'decimal(38,0)'],
  ['DECIMAL', null, 12, 3, 'decimal(12,3)'],
  ['FLOAT', null, 126, null, 'float64'],
  ['FLOAT', null, 24, null, 'float64'],
  ['BINARY_FLOAT', null, null, null, 'float32'],
  ['BINARY_DOUBLE', null, null, null, 'float64'],
  ['CHAR', 1, null, null, 'char(1)'],
  ['CHAR', 10, null, null, 'char(10)'],
  ['NCHAR', 3, null, null, 'char(3)'],
  ['VARCHAR2', 240, null, null, 'varchar(240)'],
  ['VARCHAR2', 32767, null, null, 'varchar(32767)'],
  ['NVARCHAR2', 100, null, null, 'varchar(100)'],
  ['CLOB', null, null, null, 'text'],
  ['NCLOB', null, null, null, 'text'],
  ['LONG', null, null, null, 'text'],
  ['BLOB', null, null, null, 'blob'],
  ['LONG RAW', null, null, null, 'blob'],
  ['RAW', 16, null, null, 'binary(16)'],
  ['RAW', 2000, null, null, 'binary(2000)'],
  ['DATE', null, null, null, 'timestamp(0)'],
  ['TIMESTAMP(0)', null, null, 0, 'timestamp(0)'],
  ['TIMESTAMP(3)', null, null, 3, 'timestamp(3)'],
  ['TIMESTAMP(6)', null, null, 6, 'timestamp(6)'],
  ['TIMESTAMP(9)', null, null, 9, 'timestamp(9)'],
  ['TIMESTAMP(6) WITH TIME ZONE', null, null, 6, 'timestamptz(6)'],
  ['TIMESTAMP(3) WITH TIME ZONE', null, null, 3, 'timestamptz(3)'],
  ['TIMESTAMP(6) WITH LOCAL TIME ZONE', null, null, 6, 'timestamptz(6)'],
  ['TIMESTAMP(9) WITH LOCAL TIME ZONE', null, null, 9, 'timestamptz(9)'],
  ['INTERVAL YEAR(2) TO MONTH', null, 2, 0, 'interval'],
  ['INTERVAL DAY(2) TO SECOND(6)', null, 2, 6, 'interval'],
  ['INTERVAL DAY(9) TO SECOND(9)', null, 9, 9, 'interval'],
  ['ROWID', null, null, null, 'varchar(18)'],
  ['UROWID', 4000, null, null, 'varchar(4000)'],
  ['XMLTYPE', null, null, null, 'xml'],
  ['JSON', null, null, null, 'json'],
  ['BOOLEAN', null, null, null, 'bool'],
  ['BFILE', null, null, null, 'unsupported(bfile)'],
  ['ANYDATA', null, null, null, 'unsupported(anydata)'],
  ['SDO_GEOMETRY', null, null, null, 'unsupported(sdo_geometry)'],
  ['VECTOR', null, null, null, 'unsupported(vector)'],
  ['MLSLABEL', null, null, null, 'unsupported(mlslabel)'],
  ['URITYPE', null, null, null, 'unsupported(uritype)'],
  ['ADDRESS_T', null, null, null, 'unsupported(address_t)'],
];

const BUILT_IN_TYPES = [
  'NUMBER',
  'FLOAT',
  'BINARY_FLOAT',
  'BINARY_DOUBLE',
  'CHAR',
  'NCHAR',
  'VARCHAR2',
  'NVARCHAR2',
  'CLOB',
  'NCLOB',
  'LONG',
  'BLOB',
  'LONG RAW',
  'RAW',
  'DATE',
  'TIMESTAMP',
  'TIMESTAMP WITH TIME ZONE',
  'TIMESTAMP WITH LOCAL TIME ZONE',
  'INTERVAL YEAR TO MONTH',
  'INTERVAL DAY TO SECOND',
  'ROWID',
  'UROWID',
  'XMLTYPE',
  'JSON',
  'BOOLEAN',
  'BFILE',
  'ANYDATA',
  'SDO_GEOMETRY',
  'VECTOR',
  'MLSLABEL',
];

describe('oracle source type rules', () => {
  const map = readSourceTypeMapper('oracle');
  it.each(CASES)('%s len=%s p=%s s=%s → %s', (nativeType, length, precision, scale, canonical) => {
    expect(formatCanonicalType(map({ nativeType, length, precision, scale }))).toBe(canonical);
  });

  it('has a case for every built-in type the dictionary reports', () => {
    const covered = new Set(CASES.map(([name]) => name.replace(/\(\d+\)/g, '')));
    expect(BUILT_IN_TYPES.filter((name) => !covered.has(name))).toEqual([]);
    expect(BUILT_IN_TYPES).toHaveLength(30);
  });
});
