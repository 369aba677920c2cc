/**
 * Live SQL Server introspection, only when ERP_MIGRATE_TEST_MSSQL_URL is set
 * (mssql://user:password@host:1433/DATABASE?trustServerCertificate=true; the login needs CREATE SCHEMA/TABLE).
 * Creates schema erpm_live, reads it with mssqlDialect.readCatalog, compares with the server's own
 * catalog views, and drops it. Not required in CI.
 */
import mssql from 'mssql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mssqlDialect } from '../../src/dialects/mssql/index.js';
import { makeMssqlConfig } from '../../src/dialects/mssql/connect.js';
import type { DialectConnection } from '../../src/dialects/dialect.js';
import type { CatalogSnapshot, CatalogTable } from '../../src/model/catalog.js';
import type { ConnectionSpec } from '../../src/model/connection.js';

const URL_TEXT = process.env.ERP_MIGRATE_TEST_MSSQL_URL;
if (URL_TEXT === undefined) console.warn('[skip] mssql live suite: set ERP_MIGRATE_TEST_MSSQL_URL=mssql://user:pw@host:1433/DB?trustServerCertificate=true to run it');

function specFromUrl(text: string): ConnectionSpec {
  const url = new URL(text);
  return {
    dialect: 'mssql',
    host: url.hostname,
    port: Number(url.port || 1433),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.replace(/^\//, ''),
    options: Object.fromEntries(url.searchParams),
    redacted: text.replace(/:[^:@/]*@/, ':***@'),
  };
}

const SCHEMA = 'erpm_live';
const SETUP = [
  `CREATE SCHEMA ${SCHEMA}`,
  `CREATE TYPE ${SCHEMA}.AccountNum FROM nvarchar(20) NOT NULL`,
  `CREATE TABLE ${SCHEMA}.parent (id int IDENTITY(10, 2) CONSTRAINT pk_parent PRIMARY KEY, account ${SCHEMA}.AccountNum,
     name nvarchar(60) NOT NULL, memo nvarchar(max) NULL, amount money NOT NULL CONSTRAINT df_parent_amount DEFAULT ((0)),
     created datetime2(7) NOT NULL CONSTRAINT df_parent_created DEFAULT (sysutcdatetime()), is_deleted bit NOT NULL CONSTRAINT df_parent_del DEFAULT ((0)),
     node hierarchyid NULL, CONSTRAINT uq_parent_account UNIQUE (account))`,
  `CREATE TABLE ${SCHEMA}.child (parent_id int NOT NULL CONSTRAINT fk_child_parent REFERENCES ${SCHEMA}.parent (id) ON DELETE CASCADE,
     line_no smallint NOT NULL, qty decimal(18, 4) NULL, CONSTRAINT pk_child PRIMARY KEY (parent_id, line_no))`,
  `CREATE INDEX ix_child_qty ON ${SCHEMA}.child (qty DESC, line_no) WHERE qty IS NOT NULL`,
  `CREATE TABLE ${SCHEMA}.heap_log (msg varchar(200) NULL)`,
  `INSERT INTO ${SCHEMA}.parent (account, name) VALUES (N'A1', N'a'), (N'A2', N'b'), (N'A3', N'c')`,
  `INSERT INTO ${SCHEMA}.child (parent_id, line_no, qty) VALUES (10, 1, 2.5)`,
];
const TEARDOWN = [
  `DROP TABLE IF EXISTS ${SCHEMA}.child`,
  `DROP TABLE IF EXISTS ${SCHEMA}.parent`,
  `DROP TABLE IF EXISTS ${SCHEMA}.heap_log`,
  `IF TYPE_ID('${SCHEMA}.AccountNum') IS NOT NULL DROP TYPE ${SCHEMA}.AccountNum`,
  `IF SCHEMA_ID('${SCHEMA}') IS NOT NULL DROP SCHEMA ${SCHEMA}`,
];

describe.skipIf(URL_TEXT === undefined)('mssql live introspection', () => {
  const spec = specFromUrl(URL_TEXT ?? 'mssql://u@localhost:1433/none');
  let admin: mssql.ConnectionPool | undefined;
  let dialectConnection: DialectConnection | undefined;
  let snapshot: CatalogSnapshot;

  async function run(statements: readonly string[], ignoreErrors: boolean): Promise<void> {
    for (const statement of statements) {
      try {
        await admin?.request().batch(statement);
      } catch (error) {
        if (!ignoreErrors) throw error;
      }
    }
  }

  async function scalar(sql: string): Promise<number> {
    const result = await admin?.request().query<{ n: number }>(sql);
    return Number(result?.recordset[0]?.n ?? -1);
  }

  function table(name: string): CatalogTable {
    const found = snapshot.schemas.find((s) => s.name === SCHEMA)?.tables.find((t) => t.name === name);
    if (found === undefined) throw new Error(`table ${name} not in the snapshot`);
    return found;
  }

  beforeAll(async () => {
    admin = await new mssql.ConnectionPool(makeMssqlConfig(spec)).connect();
    await run(TEARDOWN, true);
    await run(SETUP, false);
    dialectConnection = await mssqlDialect.connect(spec);
    snapshot = await dialectConnection.readCatalog({ schemas: [SCHEMA], exactCounts: true, include: [], exclude: [] });
  });

  afterAll(async () => {
    await dialectConnection?.close();
    await run(TEARDOWN, true);
    await admin?.close();
  });

  it('reads the three tables with as many columns as sys.columns', async () => {
    expect(snapshot.schemas.map((s) => s.name)).toEqual([SCHEMA]);
    const names = ['child', 'heap_log', 'parent'];
    expect(snapshot.schemas[0]?.tables.map((t) => t.name)).toEqual(names);
    for (const name of names) {
      const expected = await scalar(`SELECT COUNT(*) AS n FROM sys.columns WHERE object_id = OBJECT_ID('${SCHEMA}.${name}')`);
      expect(table(name).columns).toHaveLength(expected);
    }
  });

  it('reads types with lengths in characters, alias types resolved and defaults as stored', () => {
    const columns = table('parent').columns;
    expect(columns.map((c) => [c.name, c.nativeType, c.length, c.precision, c.scale])).toEqual([
      ['id', 'int', null, null, null], ['account', 'nvarchar', 20, null, null], ['name', 'nvarchar', 60, null, null], ['memo', 'nvarchar', null, null, null],
      ['amount', 'money', null, null, null], ['created', 'datetime2', null, null, 7], ['is_deleted', 'bit', null, null, null], ['node', 'hierarchyid', null, null, null],
    ]);
    expect(columns[1]?.userType).toBe(`${SCHEMA}.AccountNum`);
    expect(columns[4]?.default).toBe('((0))');
    expect(columns[0]?.identity).toEqual({ generation: 'always', start: '10', increment: '2' });
  });

  it('reads keys, the cascading foreign key and the filtered DESC index', async () => {
    expect(table('parent').primaryKey).toEqual({ name: 'pk_parent', columns: ['id'] });
    expect(table('parent').uniqueKeys).toEqual([{ name: 'uq_parent_account', columns: ['account'] }]);
    expect(table('child').primaryKey).toEqual({ name: 'pk_child', columns: ['parent_id', 'line_no'] });
    expect(table('child').foreignKeys).toEqual([
      { name: 'fk_child_parent', columns: ['parent_id'], refSchema: SCHEMA, refTable: 'parent', refColumns: ['id'], onDelete: 'CASCADE', enabled: true },
    ]);
    expect(table('child').indexes).toEqual([
      { name: 'ix_child_qty', unique: false, kind: 'nonclustered', columns: [{ name: 'qty', descending: true }, { name: 'line_no', descending: false }], where: '([qty] IS NOT NULL)' },
    ]);
    expect(table('heap_log').primaryKey).toBeNull();
    const fkCount = await scalar(`SELECT COUNT(*) AS n FROM sys.foreign_keys WHERE schema_id = SCHEMA_ID('${SCHEMA}')`);
    expect(snapshot.schemas[0]?.tables.reduce((sum, t) => sum + t.foreignKeys.length, 0)).toBe(fkCount);
  });

  it('counts rows exactly, reads the integer key bounds and the database options', () => {
    expect([table('parent').rowCount, table('parent').rowCountExact]).toEqual([3, true]);
    expect(table('parent').attributes).toMatchObject({ keyMin: '10', keyMax: '14' });
    expect(table('heap_log').rowCount).toBe(0);
    expect(snapshot.source.version).toMatch(/^\d+\.\d+/);
    expect(typeof snapshot.source.options.recoveryModel).toBe('string');
  });
});
