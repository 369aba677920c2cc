/** Small catalog snapshots for inventory, check, score and report tests. */
import type { CatalogColumn, CatalogSchema, CatalogSnapshot, CatalogTable, DialectName, SourceInfo } from '../../../src/model/catalog.js';
import { makeTypeMapper, type TypeMapper } from '../../../src/model/type-rules.js';

export function col(name: string, nativeType: string, extra: Partial<CatalogColumn> = {}): CatalogColumn {
  return { name, nativeType, length: null, precision: null, scale: null, nullable: true, default: null, identity: null, ...extra };
}

export function table(name: string, extra: Partial<CatalogTable> = {}): CatalogTable {
  return {
    name,
    columns: [col('ID', 'NUMBER', { precision: 10, scale: 0, nullable: false })],
    primaryKey: { name: `${name}_PK`, columns: ['ID'] },
    uniqueKeys: [],
    foreignKeys: [],
    indexes: [],
    partitioning: null,
    rowCount: 100,
    rowCountExact: false,
    bytes: 65536,
    ...extra,
  };
}

export function schema(name: string, tables: readonly CatalogTable[], extra: Partial<CatalogSchema> = {}): CatalogSchema {
  return { name, tables, views: [], sequences: [], routines: [], triggers: [], ...extra };
}

export function source(dialect: DialectName, options: SourceInfo['options'] = {}, charset: string | null = null): SourceInfo {
  return { dialect, version: null, charset, options };
}

export function snapshot(schemas: readonly CatalogSchema[], src: SourceInfo = source('oracle')): CatalogSnapshot {
  return { source: src, schemas, notes: [] };
}

export function fk(refTable: string, columns: readonly string[] = ['ID'], refSchema = 'APP'): CatalogTable['foreignKeys'][number] {
  return { name: `FK_${refTable}`, columns, refSchema, refTable, refColumns: ['ID'], onDelete: 'NO ACTION' };
}

/** A small rule set covering the native types the tests use (the real ones live in mappings/types/source). */
export const testTypeMapper: TypeMapper = makeTypeMapper([
  { type: 'NUMBER', precision: null, scale: null, canonical: 'number' },
  { type: 'NUMBER', precision: [1, 9], scale: 0, canonical: 'int32' },
  { type: 'NUMBER', canonical: 'decimal({precision},{scale})' },
  { type: 'VARCHAR2', canonical: 'varchar({length})' },
  { type: 'NVARCHAR2', canonical: 'varchar({length})' },
  { type: 'DATE', canonical: 'timestamp(0)' },
  { type: 'CLOB', canonical: 'text' },
  { type: 'BLOB', canonical: 'blob' },
  { type: 'LONG', canonical: 'text' },
  { pattern: 'TIMESTAMP\\(\\d\\)', canonical: 'timestamp({scale})' },
  { type: 'datetime2', canonical: 'timestamp({scale})' },
  { type: 'money', canonical: 'decimal(19,4)' },
  { type: 'int', canonical: 'int32' },
  { type: 'nvarchar', canonical: 'varchar({length})' },
  { pattern: 'bigint(\\(\\d+\\))? unsigned', canonical: 'decimal(20,0)' },
  { pattern: 'datetime(\\(\\d\\))?', canonical: 'timestamp(0)' },
  { pattern: 'int(\\(\\d+\\))?', canonical: 'int32' },
  { pattern: 'varchar\\(\\d+\\)', canonical: 'varchar({length})' },
]);
