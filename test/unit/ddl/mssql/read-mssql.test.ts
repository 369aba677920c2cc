import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDdlBytes } from '../../../../src/ddl/decode.js';
import { readMssqlDdl, readMssqlFiles } from '../../../../src/ddl/mssql/index.js';
import type { CatalogSchema, CatalogTable } from '../../../../src/model/catalog.js';

function source(path: string) {
  return { file: path.split('/').pop() ?? path, text: decodeDdlBytes(readFileSync(path), path).text };
}

function totals(schema: CatalogSchema | undefined) {
  const tables = schema?.tables ?? [];
  const sum = (pick: (t: CatalogTable) => number) => tables.reduce((n, t) => n + pick(t), 0);
  return {
    tables: tables.length,
    columns: sum((t) => t.columns.length),
    primaryKeys: sum((t) => (t.primaryKey === null ? 0 : 1)),
    foreignKeys: sum((t) => t.foreignKeys.length),
    indexes: sum((t) => t.indexes.length),
    views: schema?.views.length ?? 0,
    routines: schema?.routines.length ?? 0,
    triggers: schema?.triggers.length ?? 0,
  };
}

function table(schema: CatalogSchema | undefined, name: string): CatalogTable {
  const found = schema?.tables.find((t) => t.name === name);
  if (found === undefined) throw new Error(`no table ${name}`);
  return found;
}

describe('Northwind (instnwnd.sql)', () => {
  const result = readMssqlFiles([source('/work/shared/testdata/sqlserver/northwind/instnwnd.sql')], 'dbo');
  const dbo = result.schemas[0];

  it('has the objects counted by hand from the file', () => {
    // 13 CREATE TABLE: Employees 18 cols, Categories 4, Customers 11, Shippers 3, Suppliers 12, Orders 14,
    // Products 10, "Order Details" 5, CustomerCustomerDemo 2, CustomerDemographics 2, Region 2,
    // Territories 3, EmployeeTerritories 2 = 88; 13 PKs; 13 FOREIGN KEY; 26 CREATE INDEX; 16 views; 7 procedures.
    expect(result.schemas.map((s) => s.name)).toEqual(['dbo']);
    expect(totals(dbo)).toEqual({ tables: 13, columns: 88, primaryKeys: 13, foreignKeys: 13, indexes: 26, views: 16, routines: 7, triggers: 0 });
    expect(result.notes).toEqual([]);
  });

  it('reads quoted type names, IDENTITY, inline defaults and names with spaces', () => {
    const employees = table(dbo, 'Employees');
    expect(employees.columns[0]).toEqual({
      name: 'EmployeeID', nativeType: 'int', length: null, precision: null, scale: null, nullable: false, default: null,
      identity: { generation: 'always', start: '1', increment: '1' },
    });
    expect(employees.columns[1]).toMatchObject({ name: 'LastName', nativeType: 'nvarchar', length: 20, nullable: false });
    expect(employees.columns.find((c) => c.name === 'Notes')).toMatchObject({ nativeType: 'ntext', length: null, nullable: true });
    const details = table(dbo, 'Order Details');
    expect(details.columns.map((c) => [c.name, c.nativeType, c.precision, c.scale, c.default])).toEqual([
      ['OrderID', 'int', null, null, null], ['ProductID', 'int', null, null, null], ['UnitPrice', 'money', null, null, '((0))'],
      ['Quantity', 'smallint', null, null, '((1))'], ['Discount', 'real', null, null, '((0))'],
    ]);
    expect(details.primaryKey).toEqual({ name: 'PK_Order_Details', columns: ['OrderID', 'ProductID'] });
    expect(employees.foreignKeys).toEqual([
      { name: 'FK_Employees_Employees', columns: ['ReportsTo'], refSchema: 'dbo', refTable: 'Employees', refColumns: ['EmployeeID'], onDelete: 'NO ACTION' },
    ]);
    expect(table(dbo, 'Region').columns[1]).toMatchObject({ name: 'RegionDescription', nativeType: 'nchar', length: 50 });
  });

  it('re-enables foreign keys after NOCHECK CONSTRAINT ALL … CHECK CONSTRAINT ALL', () => {
    expect(dbo?.tables.flatMap((t) => t.foreignKeys).filter((fk) => fk.enabled === false)).toEqual([]);
  });
});

describe('pubs (instpubs.sql)', () => {
  const result = readMssqlFiles([source('/work/shared/testdata/sqlserver/pubs/instpubs.sql')], 'dbo');
  const dbo = result.schemas[0];

  it('has the objects counted by hand from the file', () => {
    // 11 CREATE TABLE: authors 9, publishers 5, titles 10, titleauthor 4, stores 6, sales 6, roysched 4,
    // discounts 5, jobs 4, pub_info 3, employee 8 = 64 columns; PKs on all but roysched and discounts (9);
    // 10 inline REFERENCES; 7 CREATE INDEX; 1 view; 4 procedures; 1 trigger (lines 308-334 = 27).
    expect(totals(dbo)).toEqual({ tables: 11, columns: 64, primaryKeys: 9, foreignKeys: 10, indexes: 7, views: 1, routines: 4, triggers: 1 });
    expect(result.notes).toEqual([]);
  });

  it('resolves sp_addtype alias types to their base type and keeps the alias as userType', () => {
    expect(table(dbo, 'authors').columns[0]).toEqual({
      name: 'au_id', nativeType: 'varchar', length: 11, precision: null, scale: null, nullable: false, default: null, identity: null, userType: 'dbo.id',
    });
    expect(table(dbo, 'roysched').columns[0]).toMatchObject({ name: 'title_id', nativeType: 'varchar', length: 6, nullable: false, userType: 'dbo.tid' });
    expect(table(dbo, 'employee').columns[0]).toMatchObject({ nativeType: 'char', length: 9, userType: 'dbo.empid' });
  });

  it('reads dec(4,2), unnamed keys, defaults without parentheses and the trigger', () => {
    expect(table(dbo, 'discounts').columns[4]).toMatchObject({ name: 'discount', nativeType: 'decimal', precision: 4, scale: 2 });
    const jobs = table(dbo, 'jobs');
    expect(jobs.primaryKey).toEqual({ name: null, columns: ['job_id'] });
    expect(jobs.columns[1]?.default).toBe("('New Position - title not formalized yet')");
    expect(table(dbo, 'employee').columns.map((c) => c.default)).toEqual([null, null, null, null, '((1))', '((10))', "('9952')", '(getdate())']);
    expect(table(dbo, 'titleauthor').foreignKeys.map((fk) => [fk.name, fk.columns, fk.refTable, fk.refColumns])).toEqual([
      [null, ['au_id'], 'authors', ['au_id']], [null, ['title_id'], 'titles', ['title_id']],
    ]);
    expect(table(dbo, 'employee').indexes).toEqual([
      { name: 'employee_ind', unique: false, kind: 'clustered', columns: [{ name: 'lname', descending: false }, { name: 'fname', descending: false }, { name: 'minit', descending: false }] },
    ]);
    expect(dbo?.triggers).toEqual([{ name: 'employee_insupd', table: 'employee', events: 'INSERT,UPDATE', lines: 27 }]);
  });
});

describe('Chinook_SqlServer.sql', () => {
  it('has 11 tables, 64 columns, 11 PKs, 11 FKs and 11 IFK_ indexes (counted from the file)', () => {
    const result = readMssqlFiles([source('/work/shared/testdata/chinook/Chinook_SqlServer.sql')], 'dbo');
    expect(totals(result.schemas[0])).toEqual({ tables: 11, columns: 64, primaryKeys: 11, foreignKeys: 11, indexes: 11, views: 0, routines: 0, triggers: 0 });
    expect(table(result.schemas[0], 'Track').columns.find((c) => c.name === 'UnitPrice')).toMatchObject({ nativeType: 'numeric', precision: 10, scale: 2 });
  });
});

describe('SSMS "Generate Scripts" forms', () => {
  const read = (text: string) => readMssqlDdl(text, { file: 'x.sql', defaultSchema: 'dbo' });

  it('reads bracketed types, (max), computed columns, ROWGUIDCOL, WITH/ON/TEXTIMAGE_ON and ALTER TABLE ADD', () => {
    const result = read(`SET ANSI_NULLS ON
GO
CREATE TYPE [dbo].[Flag] FROM [bit] NOT NULL
GO
CREATE TABLE [sales].[Order Lines](
	[Id] [bigint] IDENTITY(100,5) NOT NULL,
	[Note] [nvarchar](max) NULL,
	[Blob] [varbinary](16) NULL,
	[Guid] [uniqueidentifier] ROWGUIDCOL NOT NULL CONSTRAINT [DF_Guid] DEFAULT (newid()),
	[Price] [decimal](12, 3) NOT NULL,
	[At] [datetime2](3) NULL,
	[At7] [datetimeoffset] NULL,
	[Total] AS ([Price]*(2)) PERSISTED,
	[Active] [dbo].[Flag],
	[F] float(10) NULL,
 CONSTRAINT [PK_Order Lines] PRIMARY KEY CLUSTERED ([Id] ASC)
 WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF) ON [PRIMARY]
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO
ALTER TABLE [sales].[Order Lines] ADD  CONSTRAINT [DF_Price]  DEFAULT ((0)) FOR [Price]
GO
ALTER TABLE [sales].[Order Lines]  WITH NOCHECK ADD  CONSTRAINT [FK_Self] FOREIGN KEY([Id])
REFERENCES [sales].[Order Lines] ([Id]) ON DELETE CASCADE
GO
ALTER TABLE [sales].[Order Lines] NOCHECK CONSTRAINT [FK_Self]
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_Active] ON [sales].[Order Lines] ([Active] DESC) INCLUDE ([Note]) WHERE ([Active]=(1)) WITH (ONLINE = OFF) ON [PRIMARY]
GO
CREATE SEQUENCE [dbo].[Seq] AS [int] START WITH 10 INCREMENT BY 2
GO
`);
    expect(result.notes).toEqual([]);
    const t = table(result.schemas.find((s) => s.name === 'sales'), 'Order Lines');
    expect(t.columns.map((c) => [c.name, c.nativeType, c.length, c.precision, c.scale, c.nullable, c.default, c.computed ?? null])).toEqual([
      ['Id', 'bigint', null, null, null, false, null, null],
      ['Note', 'nvarchar', null, null, null, true, null, null],
      ['Blob', 'varbinary', 16, null, null, true, null, null],
      ['Guid', 'uniqueidentifier', null, null, null, false, '(newid())', null],
      ['Price', 'decimal', null, 12, 3, false, '((0))', null],
      ['At', 'datetime2', null, null, 3, true, null, null],
      ['At7', 'datetimeoffset', null, null, 7, true, null, null],
      ['Total', '', null, null, null, true, null, '([Price]*(2))'],
      ['Active', 'bit', null, null, null, false, null, null],
      ['F', 'real', null, null, null, true, null, null],
    ]);
    expect(t.columns[0]?.identity).toEqual({ generation: 'always', start: '100', increment: '5' });
    expect(t.columns[8]?.userType).toBe('dbo.Flag');
    expect(t.primaryKey).toEqual({ name: 'PK_Order Lines', columns: ['Id'] });
    expect(t.foreignKeys).toEqual([{ name: 'FK_Self', columns: ['Id'], refSchema: 'sales', refTable: 'Order Lines', refColumns: ['Id'], onDelete: 'CASCADE', enabled: false }]);
    expect(t.indexes).toEqual([{ name: 'IX_Active', unique: true, kind: 'nonclustered', columns: [{ name: 'Active', descending: true }], where: '([Active]=(1))' }]);
    expect(result.schemas.find((s) => s.name === 'dbo')?.sequences).toEqual([
      { name: 'Seq', start: '10', increment: '2', minValue: '-2147483648', maxValue: '2147483647', cycle: false, lastValue: null },
    ]);
  });

  it('keeps a broken CREATE TABLE as a note with file:line and reads the rest', () => {
    const result = read('CREATE TABLE a (x int)\nGO\nCREATE TABLE b (x int WIBBLE)\nGO\nCREATE TABLE c (x int)\nGO\n');
    expect(result.schemas[0]?.tables.map((t) => t.name)).toEqual(['a', 'c']);
    expect(result.notes.map((n) => [n.rule, n.severity, n.object])).toEqual([['ddl-unreadable-statement', 'warning', 'x.sql:3']]);
  });
});
