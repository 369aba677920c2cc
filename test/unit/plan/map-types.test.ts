import { describe, expect, it } from 'vitest';
import type { DialectName } from '../../../src/model/catalog.js';
import type { InventoryColumn } from '../../../src/model/inventory.js';
import type { TargetName } from '../../../src/model/plan.js';
import { mapColumn, type ColumnTypeOverride } from '../../../src/plan/map-types.js';
import { ErpMigrateError } from '../../../src/errors.js';

function col(nativeType: string, canonicalType: string, facts: Partial<InventoryColumn> = {}): InventoryColumn {
  return {
    name: 'C1', nativeType, canonicalType, length: null, precision: null, scale: null,
    nullable: true, default: null, identity: null, ...facts,
  };
}

function map(source: DialectName, column: InventoryColumn, override?: ColumnTypeOverride, target: TargetName = 'postgres') {
  return mapColumn(column, override === undefined ? { sourceDialect: source, target } : { sourceDialect: source, target, override });
}

describe('mapColumn: Oracle → PostgreSQL', () => {
  it('NUMBER without precision → unconstrained numeric (not DMS numeric(38,10))', () => {
    expect(map('oracle', col('NUMBER', 'number'))).toEqual({ ok: true, canonicalType: 'number', targetType: 'numeric', conversion: 'none', lossy: null, excluded: false });
  });
  it('NUMBER(*,0) → numeric(38,0); NUMBER(12,2) → numeric(12,2); NUMBER(5,-2) → numeric', () => {
    expect(map('oracle', col('NUMBER', 'decimal(38,0)', { scale: 0 }))).toMatchObject({ targetType: 'numeric(38,0)', canonicalType: 'decimal(38,0)' });
    expect(map('oracle', col('NUMBER', 'decimal(12,2)', { precision: 12, scale: 2 }))).toMatchObject({ targetType: 'numeric(12,2)' });
    expect(map('oracle', col('NUMBER', 'decimal(5,-2)', { precision: 5, scale: -2 }))).toMatchObject({ targetType: 'numeric' });
  });
  it('NUMBER override to bigint for an integer key', () => {
    expect(map('oracle', col('NUMBER', 'number'), { targetType: 'bigint' })).toEqual({ ok: true, canonicalType: 'number', targetType: 'bigint', conversion: 'none', lossy: null, excluded: false });
  });
  it('DATE → timestamp(0) whatever the source map said', () => {
    expect(map('oracle', col('DATE', 'date'))).toEqual({ ok: true, canonicalType: 'timestamp(0)', targetType: 'timestamp(0)', conversion: 'none', lossy: null, excluded: false });
  });
  it('TIMESTAMP(6) WITH TIME ZONE → timestamptz(6), lossy offset', () => {
    const result = map('oracle', col('TIMESTAMP(6) WITH TIME ZONE', 'timestamptz(6)', { scale: 6 }));
    expect(result).toEqual({ ok: true, canonicalType: 'timestamptz(6)', targetType: 'timestamptz(6)', conversion: 'none', lossy: 'the source UTC offset / region is not kept, only the instant', excluded: false });
  });
  it('TIMESTAMP(9) WITH TIME ZONE → timestamptz(6), both losses named', () => {
    const result = map('oracle', col('TIMESTAMP(9) WITH TIME ZONE', 'timestamptz(9)', { scale: 9 }));
    expect(result).toMatchObject({ targetType: 'timestamptz(6)', conversion: 'round-fraction' });
    expect(result.ok && result.lossy).toBe('fractional seconds beyond 6 digits (below 1 µs) are rounded; the source UTC offset / region is not kept, only the instant');
  });
  it('VARCHAR2(100 BYTE) and VARCHAR2(100 CHAR) → varchar(100), nothing lost', () => {
    for (const semantics of ['byte', 'char'] as const) {
      expect(map('oracle', col('VARCHAR2', 'varchar(100)', { length: 100, lengthSemantics: semantics }))).toEqual({ ok: true, canonicalType: 'varchar(100)', targetType: 'varchar(100)', conversion: 'none', lossy: null, excluded: false });
    }
  });
  it('RAW(16) stays bytea by default; canonicalType uuid opts in with to-uuid', () => {
    expect(map('oracle', col('RAW', 'binary(16)', { length: 16 }))).toMatchObject({ targetType: 'bytea', conversion: 'none', canonicalType: 'binary(16)' });
    expect(map('oracle', col('RAW', 'binary(16)', { length: 16 }), { canonicalType: 'uuid' })).toEqual({ ok: true, canonicalType: 'uuid', targetType: 'uuid', conversion: 'to-uuid', lossy: null, excluded: false });
    expect(map('oracle', col('RAW', 'binary(16)', { length: 16 }), { targetType: 'uuid' })).toMatchObject({ canonicalType: 'uuid', targetType: 'uuid', conversion: 'to-uuid' });
  });
  it('CLOB with IS JSON (canonical json) → jsonb to-json; plain CLOB → text', () => {
    expect(map('oracle', col('CLOB', 'json'))).toMatchObject({ targetType: 'jsonb', conversion: 'to-json', canonicalType: 'json' });
    expect(map('oracle', col('CLOB', 'text'), { canonicalType: 'json' })).toMatchObject({ targetType: 'jsonb', conversion: 'to-json' });
    expect(map('oracle', col('CLOB', 'text'))).toMatchObject({ targetType: 'text', conversion: 'none', lossy: null });
  });
  it('XMLTYPE → xml; SDO_GEOMETRY unmappable unless overridden', () => {
    expect(map('oracle', col('XMLTYPE', 'xml'))).toMatchObject({ targetType: 'xml' });
    const geo = map('oracle', col('SDO_GEOMETRY', 'unsupported(sdo_geometry)'));
    expect(geo).toEqual({ ok: false, reason: 'C1 SDO_GEOMETRY: SDO_GEOMETRY needs PostGIS on the target', hint: 'install PostGIS and set targetType: geometry for the column in the mapping file' });
    expect(map('oracle', col('SDO_GEOMETRY', 'unsupported(sdo_geometry)'), { targetType: 'geometry' })).toMatchObject({ ok: true, targetType: 'geometry', conversion: 'custom' });
  });
});

describe('mapColumn: SQL Server → PostgreSQL', () => {
  it('datetime2(7) → timestamp(6), lossy 100 ns', () => {
    expect(map('mssql', col('datetime2', 'timestamp(7)', { scale: 7 }))).toEqual({ ok: true, canonicalType: 'timestamp(7)', targetType: 'timestamp(6)', conversion: 'round-fraction', lossy: 'fractional seconds beyond 6 digits (below 1 µs) are rounded', excluded: false });
    expect(map('mssql', col('datetime2', 'timestamp(3)', { scale: 3 }))).toMatchObject({ targetType: 'timestamp(3)', lossy: null });
  });
  it('money → numeric(19,4), smallmoney → numeric(10,4), bit → boolean, uniqueidentifier → uuid', () => {
    expect(map('mssql', col('money', 'decimal(19,4)'))).toMatchObject({ targetType: 'numeric(19,4)', conversion: 'none' });
    expect(map('mssql', col('smallmoney', 'decimal(10,4)'))).toMatchObject({ targetType: 'numeric(10,4)' });
    expect(map('mssql', col('bit', 'bool'))).toEqual({ ok: true, canonicalType: 'bool', targetType: 'boolean', conversion: 'to-bool', lossy: null, excluded: false });
    expect(map('mssql', col('uniqueidentifier', 'uuid'))).toMatchObject({ targetType: 'uuid', conversion: 'to-uuid' });
  });
  it('hierarchyid → text via ToString, lossy order', () => {
    const result = map('mssql', col('hierarchyid', 'unsupported(hierarchyid)'));
    expect(result).toMatchObject({ ok: true, canonicalType: 'text', targetType: 'text', conversion: 'to-text' });
    expect(result.ok && result.lossy).toMatch(/^kept as the ToString\(\) path/);
  });
  it('sql_variant unmappable; text via canonicalType, onUnsupported text or exclude', () => {
    const column = col('sql_variant', 'unsupported(sql_variant)');
    expect(map('mssql', column)).toEqual({ ok: false, reason: 'C1 sql_variant: sql_variant holds values of different types in one column', hint: 'set canonicalType text (or onUnsupported: text) or exclude the column in the mapping file' });
    expect(map('mssql', column, { canonicalType: 'text' })).toEqual({ ok: true, canonicalType: 'text', targetType: 'text', conversion: 'to-text', lossy: 'the base type of each value is lost; values are kept as text', excluded: false });
    expect(map('mssql', column, { onUnsupported: 'text' })).toMatchObject({ ok: true, targetType: 'text', conversion: 'to-text', lossy: 'kept as text: C1 sql_variant: sql_variant holds values of different types in one column' });
    expect(map('mssql', column, { onUnsupported: 'exclude' })).toMatchObject({ ok: true, excluded: true, targetType: '' });
    expect(map('mssql', column, { targetType: 'text' })).toMatchObject({ ok: true, canonicalType: 'text', conversion: 'to-text', lossy: 'sql_variant values are kept as text; the type\'s semantics are lost' });
  });
  it('xml → xml; geography unmappable unless PostGIS opted in', () => {
    expect(map('mssql', col('xml', 'xml'))).toMatchObject({ targetType: 'xml', conversion: 'none' });
    expect(map('mssql', col('geography', 'unsupported(geography)'))).toMatchObject({ ok: false, reason: 'C1 geography: spatial types need PostGIS on the target' });
    expect(map('mssql', col('geography', 'unsupported(geography)'), { targetType: 'geography' })).toEqual({ ok: true, canonicalType: 'unsupported(geography)', targetType: 'geography', conversion: 'custom', lossy: null, excluded: false });
  });
  it('datetimeoffset(7) → timestamptz(6) with both losses; nvarchar(max) → text', () => {
    const result = map('mssql', col('datetimeoffset', 'timestamptz(7)', { scale: 7 }));
    expect(result).toMatchObject({ targetType: 'timestamptz(6)', conversion: 'round-fraction' });
    expect(result.ok && result.lossy).toContain('offset is not kept');
    expect(map('mssql', col('nvarchar', 'text'))).toMatchObject({ targetType: 'text' });
  });
});

describe('mapColumn: MySQL → PostgreSQL', () => {
  it('unsigned integers widen', () => {
    expect(map('mysql', col('int(10) unsigned', 'int64'))).toMatchObject({ targetType: 'bigint', canonicalType: 'int64', conversion: 'widen' });
    expect(map('mysql', col('int unsigned', 'int32'))).toMatchObject({ targetType: 'bigint', canonicalType: 'int64' });
    expect(map('mysql', col('bigint(20) unsigned', 'decimal(20,0)'))).toMatchObject({ targetType: 'numeric(20,0)', canonicalType: 'decimal(20,0)' });
    expect(map('mysql', col('smallint(5) unsigned', 'int32'))).toMatchObject({ targetType: 'integer' });
    expect(map('mysql', col('tinyint(3) unsigned', 'int16'))).toMatchObject({ targetType: 'smallint' });
    expect(map('mysql', col('int(11)', 'int32'))).toMatchObject({ targetType: 'integer', conversion: 'none' });
  });
  it("enum → varchar(longest label), set → text, year → smallint", () => {
    expect(map('mysql', col("enum('open','closed','on''hold')", 'varchar(7)'))).toEqual({ ok: true, canonicalType: 'varchar(7)', targetType: 'varchar(7)', conversion: 'to-text', lossy: null, excluded: false });
    expect(map('mysql', col("set('a','b')", 'text'))).toEqual({ ok: true, canonicalType: 'text', targetType: 'text', conversion: 'to-text', lossy: null, excluded: false });
    expect(map('mysql', col('year', 'int16'))).toMatchObject({ targetType: 'smallint', conversion: 'none' });
  });
  it('zero dates become NULL', () => {
    expect(map('mysql', col('datetime(3)', 'timestamp(3)', { scale: 3 }))).toEqual({ ok: true, canonicalType: 'timestamp(3)', targetType: 'timestamp(3)', conversion: 'zero-date-null', lossy: "MySQL zero dates ('0000-00-00', and dates with a zero month or day) become NULL", excluded: false });
    expect(map('mysql', col('date', 'date'))).toMatchObject({ targetType: 'date', conversion: 'zero-date-null' });
  });
  it('json → jsonb', () => {
    expect(map('mysql', col('json', 'json'))).toMatchObject({ targetType: 'jsonb', conversion: 'to-json' });
  });
});

describe('mapColumn: homogeneous targets keep native types', () => {
  it('oracle → oracle', () => {
    expect(map('oracle', col('VARCHAR2', 'varchar(30)', { length: 30, lengthSemantics: 'byte' }), undefined, 'oracle')).toEqual({ ok: true, canonicalType: 'varchar(30)', targetType: 'VARCHAR2(30 BYTE)', conversion: 'none', lossy: null, excluded: false });
    expect(map('oracle', col('NUMBER', 'decimal(12,2)', { precision: 12, scale: 2 }), undefined, 'oracle')).toMatchObject({ targetType: 'NUMBER(12,2)' });
    expect(map('oracle', col('DATE', 'timestamp(0)'), undefined, 'oracle')).toMatchObject({ targetType: 'DATE' });
  });
  it('mssql → sqlserver, mysql → mysql, postgres → aurora-postgresql', () => {
    expect(map('mssql', col('nvarchar', 'text'), undefined, 'sqlserver')).toMatchObject({ targetType: 'nvarchar(max)' });
    expect(map('mssql', col('datetime2', 'timestamp(7)', { scale: 7 }), undefined, 'sqlserver')).toMatchObject({ targetType: 'datetime2(7)', lossy: null });
    expect(map('mssql', col('hierarchyid', 'unsupported(hierarchyid)'), undefined, 'sqlserver')).toMatchObject({ ok: true, targetType: 'hierarchyid' });
    expect(map('mysql', col('int(10) unsigned', 'int64'), undefined, 'mysql')).toMatchObject({ targetType: 'int(10) unsigned', conversion: 'none' });
    expect(map('postgres', col('timestamp(3) with time zone', 'timestamptz(3)'), undefined, 'aurora-postgresql')).toMatchObject({ targetType: 'timestamp(3) with time zone' });
  });
});

describe('mapColumn: MySQL target and unsupported pairs', () => {
  it('maps basic types to MySQL', () => {
    expect(map('postgres', col('boolean', 'bool'), undefined, 'mysql')).toMatchObject({ targetType: 'tinyint(1)', conversion: 'to-bool' });
    expect(map('postgres', col('jsonb', 'json'), undefined, 'mysql')).toMatchObject({ targetType: 'json', conversion: 'none' });
    expect(map('oracle', col('DATE', 'date'), undefined, 'mysql')).toMatchObject({ targetType: 'datetime(0)' });
    expect(map('mssql', col('uniqueidentifier', 'uuid'), undefined, 'mysql')).toMatchObject({ targetType: 'char(36)' });
    expect(map('postgres', col('timestamp(3) with time zone', 'timestamptz(3)'), undefined, 'mysql')).toMatchObject({ targetType: 'datetime(3)', conversion: 'custom' });
    expect(map('postgres', col('text', 'text'), undefined, 'mysql')).toMatchObject({ targetType: 'longtext' });
  });
  it('throws a UsageError for a target with no rules from that source', () => {
    expect(() => map('mysql', col('int', 'int32'), undefined, 'oracle')).toThrow(ErpMigrateError);
    try {
      map('postgres', col('int', 'int32'), undefined, 'sqlserver');
    } catch (error) {
      expect((error as ErpMigrateError).code).toBe('E_TARGET_TYPES');
      expect((error as ErpMigrateError).exitCode).toBe(2);
    }
  });
  it('reports an invalid canonical override as unmappable', () => {
    expect(map('oracle', col('NUMBER', 'number'), { canonicalType: 'varchar2' })).toMatchObject({ ok: false, reason: 'C1 NUMBER: "varchar2" is not a canonical type' });
  });
});

describe('mapColumn: Oracle NUMBER forms and identity', () => {
  it('NUMBER(*,2) keeps its scale; an Oracle NUMBER identity becomes bigint', () => {
    expect(map('oracle', col('NUMBER', 'decimal(38,2)', { scale: 2 }))).toMatchObject({ targetType: 'numeric(38,2)', canonicalType: 'decimal(38,2)' });
    expect(map('oracle', col('NUMBER', 'number', { identity: { generation: 'always', start: '1', increment: '1' } }))).toMatchObject({ targetType: 'bigint', canonicalType: 'number' });
  });
});
