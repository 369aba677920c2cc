/**
 * Live Oracle introspection, only when ERP_MIGRATE_TEST_ORACLE_URL is set
 * (oracle://user:password@host:1521/SERVICE; the user needs CREATE TABLE in its own schema).
 * Creates ERPM_LIVE_* tables in the login's schema, reads them with oracleDialect.readCatalog,
 * compares with the server's own USER_* dictionary, and drops them. Not required in CI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oracleDialect } from '../../src/dialects/oracle/index.js';
import type { DialectConnection } from '../../src/dialects/dialect.js';
import type { CatalogSnapshot, CatalogTable } from '../../src/model/catalog.js';
import type { ConnectionSpec } from '../../src/model/connection.js';

/** The few node-oracledb calls the setup makes (the package ships no type declarations). */
interface OracleAdmin {
  execute(sql: string, binds?: Record<string, string>): Promise<{ rows?: unknown[][] }>;
  commit(): Promise<void>;
  close(): Promise<void>;
}

async function openAdmin(spec: ConnectionSpec): Promise<OracleAdmin> {
  const specifier = 'oracledb';
  const module = (await import(specifier)) as { default: { getConnection(a: Record<string, string>): Promise<OracleAdmin> } };
  return module.default.getConnection({ user: spec.user, password: spec.password, connectString: `${spec.host}:${spec.port}/${spec.database}` });
}

const URL_TEXT = process.env.ERP_MIGRATE_TEST_ORACLE_URL;
if (URL_TEXT === undefined) console.warn('[skip] oracle live suite: set ERP_MIGRATE_TEST_ORACLE_URL=oracle://user:pw@host:1521/SERVICE to run it');

function specFromUrl(text: string): ConnectionSpec {
  const url = new URL(text);
  return {
    dialect: 'oracle',
    host: url.hostname,
    port: Number(url.port || 1521),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.replace(/^\//, ''),
    options: Object.fromEntries(url.searchParams),
    redacted: text.replace(/:[^:@/]*@/, ':***@'),
  };
}

const TABLES = ['ERPM_LIVE_CHILD', 'ERPM_LIVE_IDENT', 'ERPM_LIVE_PARENT'];
const DDL = [
  `CREATE TABLE ERPM_LIVE_PARENT (ID NUMBER(10) CONSTRAINT ERPM_LIVE_PARENT_PK PRIMARY KEY, NAME VARCHAR2(30 CHAR) NOT NULL,
     AMOUNT NUMBER, QTY NUMBER(*,0), CREATED DATE DEFAULT SYSDATE, NOTES CLOB, TS TIMESTAMP(3) WITH TIME ZONE)`,
  `CREATE TABLE ERPM_LIVE_CHILD (PARENT_ID NUMBER(10) NOT NULL CONSTRAINT ERPM_LIVE_CHILD_FK REFERENCES ERPM_LIVE_PARENT ON DELETE CASCADE,
     LINE_NO NUMBER(5) NOT NULL, DESCR VARCHAR2(100), CONSTRAINT ERPM_LIVE_CHILD_PK PRIMARY KEY (PARENT_ID, LINE_NO))`,
  'CREATE INDEX ERPM_LIVE_CHILD_N1 ON ERPM_LIVE_CHILD (DESCR DESC, LINE_NO)',
  'CREATE TABLE ERPM_LIVE_IDENT (ID NUMBER GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5) PRIMARY KEY, V VARCHAR2(10))',
  "INSERT INTO ERPM_LIVE_PARENT (ID, NAME) VALUES (1, 'a')",
  "INSERT INTO ERPM_LIVE_PARENT (ID, NAME) VALUES (2, 'b')",
  "INSERT INTO ERPM_LIVE_PARENT (ID, NAME) VALUES (3, 'c')",
  "INSERT INTO ERPM_LIVE_CHILD VALUES (1, 1, 'x')",
];

describe.skipIf(URL_TEXT === undefined)('oracle live introspection', () => {
  const spec = specFromUrl(URL_TEXT ?? 'oracle://u@localhost:1521/none');
  const owner = spec.user.toUpperCase();
  let admin: OracleAdmin | undefined;
  let dialectConnection: DialectConnection;
  let snapshot: CatalogSnapshot;

  async function dropTables(): Promise<void> {
    for (const name of TABLES) {
      await admin?.execute(`DROP TABLE ${name} CASCADE CONSTRAINTS PURGE`).catch(() => undefined);
    }
  }

  async function scalar(sql: string, binds: Record<string, string>): Promise<number> {
    if (admin === undefined) throw new Error('no admin connection');
    const result = await admin.execute(sql, binds);
    return Number(result.rows?.[0]?.[0] ?? -1);
  }

  function table(name: string): CatalogTable {
    const found = snapshot.schemas.find((s) => s.name === owner)?.tables.find((t) => t.name === name);
    if (found === undefined) throw new Error(`table ${name} not in the snapshot`);
    return found;
  }

  beforeAll(async () => {
    const setup = await openAdmin(spec);
    admin = setup;
    await dropTables();
    for (const statement of DDL) await setup.execute(statement);
    await setup.commit();
    dialectConnection = await oracleDialect.connect(spec);
    snapshot = await dialectConnection.readCatalog({ schemas: [owner], exactCounts: true, include: ['ERPM_LIVE_*'], exclude: [] });
  });

  afterAll(async () => {
    await dialectConnection?.close();
    if (admin !== undefined) {
      await dropTables();
      await admin.close();
    }
  });

  it('reads exactly the three tables, with as many columns as USER_TAB_COLS', async () => {
    expect(snapshot.schemas.find((s) => s.name === owner)?.tables.map((t) => t.name)).toEqual(TABLES);
    for (const name of TABLES) {
      const expected = await scalar("SELECT COUNT(*) FROM USER_TAB_COLS WHERE TABLE_NAME = :t AND USER_GENERATED = 'YES'", { t: name });
      expect(table(name).columns).toHaveLength(expected);
    }
  });

  it('reads types as the dictionary shows them', () => {
    const parent = table('ERPM_LIVE_PARENT').columns;
    expect(parent.map((c) => [c.name, c.nativeType, c.length, c.precision, c.scale])).toEqual([
      ['ID', 'NUMBER', null, 10, 0], ['NAME', 'VARCHAR2', 30, null, null], ['AMOUNT', 'NUMBER', null, null, null], ['QTY', 'NUMBER', null, null, 0],
      ['CREATED', 'DATE', null, null, null], ['NOTES', 'CLOB', null, null, null], ['TS', 'TIMESTAMP(3) WITH TIME ZONE', null, null, 3],
    ]);
    expect(parent[1]?.lengthSemantics).toBe('char');
    expect(parent[4]?.default).toBe('SYSDATE');
  });

  it('reads keys, the cascading foreign key, the DESC index and the identity', async () => {
    expect(table('ERPM_LIVE_CHILD').primaryKey).toEqual({ name: 'ERPM_LIVE_CHILD_PK', columns: ['PARENT_ID', 'LINE_NO'] });
    expect(table('ERPM_LIVE_CHILD').foreignKeys).toEqual([
      { name: 'ERPM_LIVE_CHILD_FK', columns: ['PARENT_ID'], refSchema: owner, refTable: 'ERPM_LIVE_PARENT', refColumns: ['ID'], onDelete: 'CASCADE', enabled: true },
    ]);
    expect(table('ERPM_LIVE_CHILD').indexes).toEqual([
      { name: 'ERPM_LIVE_CHILD_N1', unique: false, kind: 'btree', columns: [{ name: 'DESCR', descending: true }, { name: 'LINE_NO', descending: false }] },
    ]);
    expect(table('ERPM_LIVE_IDENT').columns[0]?.identity).toEqual({ generation: 'always', start: '100', increment: '5' });
    const fkCount = await scalar("SELECT COUNT(*) FROM USER_CONSTRAINTS WHERE CONSTRAINT_TYPE = 'R' AND TABLE_NAME LIKE 'ERPM\\_LIVE\\_%' ESCAPE '\\'", {});
    expect(TABLES.reduce((sum, name) => sum + table(name).foreignKeys.length, 0)).toBe(fkCount);
  });

  it('counts rows exactly and reads the integer key bounds', () => {
    expect([table('ERPM_LIVE_PARENT').rowCount, table('ERPM_LIVE_PARENT').rowCountExact]).toEqual([3, true]);
    expect(table('ERPM_LIVE_PARENT').attributes).toMatchObject({ keyMin: '1', keyMax: '3' });
    expect(table('ERPM_LIVE_CHILD').rowCount).toBe(1);
  });

  it('reports the server version and character set', () => {
    expect(snapshot.source.version).toMatch(/^\d+\.\d+/);
    expect(snapshot.source.charset).toMatch(/\S/);
  });
});
