/**
 * SQL Server target DDL (homogeneous SQL Server → RDS for SQL Server) for a small hand-built plan:
 * exact text, bracket quoting (`]` doubled), IDENTITY, default constraints, keys, filtered and
 * clustered indexes, every ON DELETE action, cycle FKs last, guards on every statement and balanced
 * GO batches. No SQL Server runs here: these are text checks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InventoryColumn } from '../../../src/model/inventory.js';
import type { Plan, PlannedTable } from '../../../src/model/plan.js';
import { mapColumn } from '../../../src/plan/map-types.js';
import { quoteIdentifier as quoteSqlServer } from '../../../src/dialects/mssql/quote.js';
import { renderPostLoadDdl, renderPreLoadDdl } from '../../../src/plan/render-ddl.js';
import { column, plan, table, task } from '../dms/sample-plan.js';

const ms = (source: string, targetType: string, extra: Parameters<typeof column>[2] = {}) =>
  column(source, targetType, { target: source, sourceType: targetType, ...extra });

const ORDERS: PlannedTable = table('Orders', {
  sourceSchema: 'sales', targetSchema: 'sales', targetTable: 'Orders',
  columns: [
    ms('OrderID', 'int', { nullable: false, identity: { generation: 'always', start: '1000', increment: '1' } }),
    ms('Cust]Name', 'nvarchar(40)', { nullable: false, default: "(N'n/a')" }),
    ms('Order', 'datetime2(7)', { default: '(getdate())' }),
    ms('Qty', 'smallint', { nullable: false, default: '((0))' }),
    ms('Notes', 'nvarchar(max)'),
  ],
  primaryKey: { name: 'PK_Orders', columns: ['OrderID'] }, primaryKeySource: 'source',
  uniqueKeys: [{ name: 'UQ_Orders_Cust', columns: ['Cust]Name'] }],
  indexes: [
    { name: 'IX_Orders_Order', unique: false, kind: 'nonclustered', columns: [{ name: 'Order', descending: true }], where: '([Qty]>(0))' },
    { name: 'CIX_Orders', unique: true, kind: 'clustered', columns: [{ name: 'Cust]Name', descending: false }] },
    { name: 'CS_Orders', unique: false, kind: 'columnstore', columns: [{ name: 'Qty', descending: false }] },
  ],
});

const fk = (name: string, onDelete: 'NO ACTION' | 'RESTRICT' | 'CASCADE' | 'SET NULL' | 'SET DEFAULT', enabled?: boolean) => ({
  name, columns: ['OrderID'], refSchema: 'sales', refTable: 'Orders', refColumns: ['OrderID'], onDelete, ...(enabled === undefined ? {} : { enabled }),
});

const LINES: PlannedTable = table('Order Lines', {
  sourceSchema: 'sales', targetSchema: 'sales', targetTable: 'Order Lines',
  columns: [ms('OrderID', 'int', { nullable: false }), ms('LineNo', 'smallint', { nullable: false })],
  primaryKey: { name: 'PK_Order_Lines', columns: ['OrderID', 'LineNo'] }, primaryKeySource: 'source',
  foreignKeys: [fk('FK_Cascade', 'CASCADE'), fk('FK_SetNull', 'SET NULL'), fk('FK_SetDefault', 'SET DEFAULT'), fk('FK_Restrict', 'RESTRICT'), fk('FK_NoCheck', 'NO ACTION', false)],
  indexes: [{ name: 'IX_1', unique: false, kind: 'nonclustered', columns: [{ name: 'LineNo', descending: false }] }],
});

const PLAN: Plan = plan([task([ORDERS, LINES])], {
  source: { dialect: 'mssql', version: '16.0' }, target: 'sqlserver',
  options: { waves: 'by-dependency', identifierCase: 'preserve', largeTableBytes: 1e9, maxTaskBytes: 1e10, mappingFiles: [] },
  deferredConstraints: [{ schema: 'sales', table: 'Order Lines', constraint: 'FK_Cascade', cycle: ['sales.Order Lines', 'sales.Orders'] }],
});

/** Splits on GO lines; every batch must have balanced parentheses and brackets outside string literals, and closed quotes. */
function checkBatches(sql: string): string[] {
  expect(sql.trimEnd().endsWith('\nGO')).toBe(true);
  const batches = sql.split(/^GO$/m).map((b) => b.trim()).filter((b) => b.replace(/^--.*$/gm, '').trim().length > 0);
  for (const text of batches) {
    const code = text.replace(/^--.*$/gm, '');
    let parens = 0;
    let quoted = false;
    let bracketed = false;
    for (let i = 0; i < code.length; i += 1) {
      const ch = code[i];
      if (quoted) { if (ch === "'") quoted = code[i + 1] === "'" ? (i += 1, true) : false; continue; }
      if (bracketed) { if (ch === ']') bracketed = code[i + 1] === ']' ? (i += 1, true) : false; continue; }
      if (ch === "'") quoted = true;
      else if (ch === '[') bracketed = true;
      else if (ch === '(') parens += 1;
      else if (ch === ')') parens -= 1;
      expect(parens, text).toBeGreaterThanOrEqual(0);
    }
    expect({ parens, quoted, bracketed }, text).toEqual({ parens: 0, quoted: false, bracketed: false });
  }
  return batches;
}

describe('quoteSqlServer', () => {
  it('always brackets and doubles a closing bracket', () => {
    expect(['Orders', 'Order', 'Cust]Name', 'a b'].map(quoteSqlServer)).toEqual(['[Orders]', '[Order]', '[Cust]]Name]', '[a b]']);
  });
});

describe('renderPreLoadDdl (sqlserver)', () => {
  const sql = renderPreLoadDdl(PLAN);
  it('renders schema, tables, IDENTITY, default constraints and primary keys exactly', () => {
    expect(sql).toBe(`-- erp-migrate pre-load DDL for sqlserver: schemas, tables, primary keys.
-- Run before the full load with sqlcmd or SSMS; secondary indexes, unique constraints and foreign keys are in post-load.sql.
-- Idempotent: every statement is guarded by SCHEMA_ID / OBJECT_ID.

IF SCHEMA_ID(N'sales') IS NULL EXEC(N'CREATE SCHEMA [sales]');
GO

IF OBJECT_ID(N'[sales].[Order Lines]', N'U') IS NULL
CREATE TABLE [sales].[Order Lines] (
  [OrderID] int NOT NULL,
  [LineNo] smallint NOT NULL,
  CONSTRAINT [PK_Order_Lines] PRIMARY KEY ([OrderID], [LineNo])
);
GO

-- sales.Orders: IDENTITY column: the load must insert the source values with SET IDENTITY_INSERT ON (DMS full load is expected to; check on a test load)
IF OBJECT_ID(N'[sales].[Orders]', N'U') IS NULL
CREATE TABLE [sales].[Orders] (
  [OrderID] int IDENTITY(1000,1) NOT NULL,
  [Cust]]Name] nvarchar(40) NOT NULL CONSTRAINT [DF_Orders_Cust]]Name] DEFAULT (N'n/a'),
  [Order] datetime2(7) NULL CONSTRAINT [DF_Orders_Order] DEFAULT (getdate()),
  [Qty] smallint NOT NULL CONSTRAINT [DF_Orders_Qty] DEFAULT ((0)),
  [Notes] nvarchar(max) NULL,
  CONSTRAINT [PK_Orders] PRIMARY KEY NONCLUSTERED ([OrderID])
);
GO
`);
  });
  it('splits into 3 balanced GO batches', () => {
    expect(checkBatches(sql)).toHaveLength(3);
  });
});

describe('renderPostLoadDdl (sqlserver)', () => {
  const sql = renderPostLoadDdl(PLAN);
  it('guards the unique constraint by OBJECT_ID (UQ) and indexes by sys.indexes; filtered index keeps its WHERE', () => {
    expect(sql).toContain(`IF OBJECT_ID(N'[sales].[UQ_Orders_Cust]', N'UQ') IS NULL
ALTER TABLE [sales].[Orders] ADD CONSTRAINT [UQ_Orders_Cust] UNIQUE ([Cust]]Name]);
GO`);
    expect(sql).toContain(`IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_Orders_Order' AND object_id = OBJECT_ID(N'[sales].[Orders]'))
CREATE NONCLUSTERED INDEX [IX_Orders_Order] ON [sales].[Orders] ([Order] DESC) WHERE ([Qty]>(0));
GO`);
    expect(sql).toContain(`IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'CIX_Orders' AND object_id = OBJECT_ID(N'[sales].[Orders]'))
CREATE UNIQUE CLUSTERED INDEX [CIX_Orders] ON [sales].[Orders] ([Cust]]Name]);
GO`);
    expect(sql).toContain('-- sales.Orders: index CS_Orders skipped: columnstore indexes need a hand translation');
    expect(sql).toContain(`WHERE name = N'IX_1' AND object_id = OBJECT_ID(N'[sales].[Order Lines]'))
CREATE NONCLUSTERED INDEX [IX_1] ON [sales].[Order Lines] ([LineNo]);`);
  });
  it('renders each ON DELETE action (RESTRICT as NO ACTION with a note) and WITH NOCHECK for a disabled key', () => {
    const fkSql = (name: string, tail: string, check = ''): string => `IF OBJECT_ID(N'[sales].[${name}]', N'F') IS NULL
ALTER TABLE [sales].[Order Lines]${check} ADD CONSTRAINT [${name}] FOREIGN KEY ([OrderID]) REFERENCES [sales].[Orders] ([OrderID])${tail};
GO`;
    expect(sql).toContain(fkSql('FK_Cascade', ' ON DELETE CASCADE'));
    expect(sql).toContain(fkSql('FK_SetNull', ' ON DELETE SET NULL'));
    expect(sql).toContain(fkSql('FK_SetDefault', ' ON DELETE SET DEFAULT'));
    expect(sql).toContain(`-- sales.Order Lines: foreign key FK_Restrict was ON DELETE RESTRICT; SQL Server has no such action, created as NO ACTION\n${fkSql('FK_Restrict', '')}`);
    expect(sql).toContain(fkSql('FK_NoCheck', '', ' WITH NOCHECK'));
  });
  it('orders sections, the cycle FK last among keys, and reseeds identity with DBCC CHECKIDENT', () => {
    const heads = ['-- unique constraints', '-- secondary indexes', '-- foreign keys\n', '-- foreign keys that close a dependency cycle', '-- identity reseeds'].map((h) => sql.indexOf(h));
    expect(heads.every((pos, i) => pos >= 0 && (i === 0 || pos > (heads[i - 1] ?? 0)))).toBe(true);
    expect(sql.indexOf('[FK_Cascade]')).toBeGreaterThan(sql.indexOf('[FK_NoCheck]'));
    expect(sql.endsWith(`-- identity reseeds: next value past the loaded values\n\nDBCC CHECKIDENT (N'[sales].[Orders]', RESEED) WITH NO_INFOMSGS;\nGO\n`)).toBe(true);
  });
  it('guards every statement and splits into 10 balanced batches (1 unique + 3 indexes + 5 FKs + 1 reseed)', () => {
    const batches = checkBatches(sql);
    expect(batches).toHaveLength(10);
    const guarded = batches.filter((b) => /^(IF OBJECT_ID\(N'.*', N'(UQ|F)'\) IS NULL|IF NOT EXISTS \(SELECT 1 FROM sys\.indexes|DBCC CHECKIDENT)/m.test(b));
    expect(guarded).toHaveLength(10);
  });
});

describe('mapColumn for a SQL Server → sqlserver move', () => {
  const col = (nativeType: string, canonicalType: string, facts: Partial<InventoryColumn> = {}): InventoryColumn => ({
    name: 'C1', nativeType, canonicalType, length: null, precision: null, scale: null, nullable: true, default: null, identity: null, ...facts,
  });
  const target = (column: InventoryColumn): string => {
    const mapped = mapColumn(column, { sourceDialect: 'mssql', target: 'sqlserver' });
    return mapped.ok ? `${mapped.targetType}|${mapped.conversion}|${mapped.lossy ?? ''}` : mapped.reason;
  };
  it('keeps the native type text as valid T-SQL, conversion none; rowversion lands as binary(8)', () => {
    expect([
      target(col('datetime2', 'timestamp(7)', { scale: 7 })),
      target(col('nvarchar', 'text')),
      target(col('nvarchar', 'varchar(40)', { length: 40 })),
      target(col('decimal', 'decimal(12,2)', { precision: 12, scale: 2 })),
      target(col('varbinary', 'blob', { length: -1 })),
      target(col('rowversion', 'binary(8)', { length: 8 })),
    ]).toEqual([
      'datetime2(7)|none|', 'nvarchar(max)|none|', 'nvarchar(40)|none|', 'decimal(12,2)|none|', 'varbinary(max)|none|',
      'binary(8)|none|rowversion values are copied into binary(8); the target no longer changes them on update',
    ]);
  });
  it('refuses a non-SQL Server source with UsageError E_TARGET_TYPES', () => {
    expect(() => mapColumn(col('VARCHAR2', 'varchar(10)', { length: 10 }), { sourceDialect: 'oracle', target: 'sqlserver' }))
      .toThrow(expect.objectContaining({ code: 'E_TARGET_TYPES', exitCode: 2 }));
  });
});

describe('golden northwind-to-sqlserver DDL', () => {
  it('pre-load has 14 and post-load 45 balanced GO batches (1 schema + 13 tables; 26 indexes + 13 FKs + 6 reseeds)', () => {
    const dir = 'test/golden/plans/northwind-to-sqlserver/ddl';
    expect(checkBatches(readFileSync(`${dir}/pre-load.sql`, 'utf8'))).toHaveLength(14);
    expect(checkBatches(readFileSync(`${dir}/post-load.sql`, 'utf8'))).toHaveLength(45);
  });
});
