/**
 * Oracle target DDL (homogeneous Oracle → RDS for Oracle) for a small hand-built plan: exact text,
 * quoting, identity, defaults, keys, indexes, every ON DELETE action, cycle FKs last, and the
 * PL/SQL idempotency wrapper on every statement. No Oracle server runs here: these are text checks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InventoryColumn } from '../../../src/model/inventory.js';
import type { Plan, PlannedTable } from '../../../src/model/plan.js';
import { mapColumn } from '../../../src/plan/map-types.js';
import { quoteIdentifier as quoteOracle } from '../../../src/dialects/oracle/quote.js';
import { renderPostLoadDdl, renderPreLoadDdl } from '../../../src/plan/render-ddl.js';
import { column, plan, table, task } from '../dms/sample-plan.js';

const ora = (source: string, targetType: string, extra: Parameters<typeof column>[2] = {}) =>
  column(source, targetType, { target: source, sourceType: targetType, ...extra });

const ORDERS: PlannedTable = table('ORDERS', {
  targetSchema: 'ERP', targetTable: 'ORDERS',
  columns: [
    ora('ID', 'NUMBER(12)', { nullable: false, identity: { generation: 'always', start: '100', increment: '1' } }),
    ora('CustName', 'VARCHAR2(30 CHAR)', { nullable: false, default: "'N/A'" }),
    ora('LEVEL', 'NUMBER(1)', { default: '0' }),
    ora('CREATED', 'DATE', { default: 'SYSDATE' }),
    ora('SEQ_NO', 'NUMBER', { default: 'ERP.ORD_SEQ.NEXTVAL' }),
    ora('SECRET', 'CLOB', { excluded: true }),
  ],
  primaryKey: { name: 'ORDERS_PK', columns: ['ID'] }, primaryKeySource: 'source',
  uniqueKeys: [{ name: 'ORDERS_UK1', columns: ['CustName'] }],
  indexes: [
    { name: 'ORDERS_N1', unique: false, kind: 'normal', columns: [{ name: 'CREATED', descending: true }] },
    { name: 'ORDERS_B1', unique: false, kind: 'bitmap', columns: [{ name: 'LEVEL', descending: false }] },
    { name: 'ORDERS_F1', unique: false, kind: 'function-based normal', columns: [{ name: 'UPPER("CustName")', descending: false, expression: true }] },
  ],
});

const fk = (name: string, onDelete: 'NO ACTION' | 'RESTRICT' | 'CASCADE' | 'SET NULL' | 'SET DEFAULT', enabled?: boolean) => ({
  name, columns: ['ORDER_ID'], refSchema: 'ERP', refTable: 'ORDERS', refColumns: ['ID'], onDelete, ...(enabled === undefined ? {} : { enabled }),
});

const LINES: PlannedTable = table('ORDER_LINES', {
  targetSchema: 'ERP', targetTable: 'ORDER_LINES',
  columns: [ora('ORDER_ID', 'NUMBER(12)', { nullable: false }), ora('LINE_NO', 'NUMBER(4)', { nullable: false })],
  primaryKey: null, primaryKeySource: 'none',
  foreignKeys: [fk('OL_CASCADE', 'CASCADE'), fk('OL_SETNULL', 'SET NULL'), fk('OL_RESTRICT', 'RESTRICT'), fk('OL_SETDEF', 'SET DEFAULT'), fk('OL_NOACT', 'NO ACTION', false)],
});

const PLAN: Plan = plan([task([ORDERS, LINES])], {
  target: 'oracle',
  options: { waves: 'by-dependency', identifierCase: 'upper', largeTableBytes: 1e9, maxTaskBytes: 1e10, mappingFiles: [] },
  deferredConstraints: [{ schema: 'ERP', table: 'ORDER_LINES', constraint: 'OL_CASCADE', cycle: ['ERP.ORDER_LINES', 'ERP.ORDERS'] }],
});

const GUARD = `EXCEPTION
  WHEN OTHERS THEN
    IF SQLCODE NOT IN (-955, -1408, -2260, -2261, -2264, -2275) THEN RAISE; END IF;
END;
/`;
const block = (statement: string): string => `BEGIN\n  EXECUTE IMMEDIATE '${statement.replace(/'/g, "''")}';\n${GUARD}`;

/** Every `BEGIN … END;` block is followed by a `/` line and its EXECUTE IMMEDIATE literal has only doubled quotes inside. */
function checkBlocks(sql: string): number {
  const blocks = sql.split(/\n(?=BEGIN\n)/).filter((part) => part.startsWith('BEGIN\n'));
  for (const text of blocks) {
    const match = /^BEGIN\n {2}EXECUTE IMMEDIATE '([\s\S]*)';\nEXCEPTION\n[\s\S]*?\nEND;\n\/(\n|$)/.exec(text);
    expect(match, text).not.toBeNull();
    const inner = match?.[1] ?? '';
    expect(inner.replace(/''/g, ''), inner).not.toContain("'");
  }
  expect(sql.match(/^BEGIN$/gm)?.length ?? 0).toBe(blocks.length);
  expect(sql.match(/^\/$/gm)?.length ?? 0).toBe(blocks.length);
  return blocks.length;
}

describe('quoteOracle', () => {
  it('keeps upper-case plain names bare and quotes reserved, mixed-case, odd and over-long names', () => {
    expect(['ORDERS', 'A$B#1', 'LEVEL', 'NUMBER', 'CustName', 'lower', '1ST', 'MY COL', 'A"B', 'X'.repeat(129)].map(quoteOracle))
      .toEqual(['ORDERS', 'A$B#1', '"LEVEL"', '"NUMBER"', '"CustName"', '"lower"', '"1ST"', '"MY COL"', '"A""B"', `"${'X'.repeat(129)}"`]);
  });
});

describe('renderPreLoadDdl (oracle)', () => {
  const sql = renderPreLoadDdl(PLAN);
  it('renders tables with native types, identity, defaults and primary key exactly', () => {
    expect(sql).toBe(`-- erp-migrate pre-load DDL for oracle: tables, primary keys.
-- Run before the full load with SQL*Plus or SQLcl; secondary indexes, unique constraints and foreign keys are in post-load.sql.
-- Idempotent: each statement is a PL/SQL block that ignores only "already exists" errors.
-- These users (schemas) must exist with a quota on their tablespace; this script does not create users: ERP
SET DEFINE OFF

-- ERP.ORDERS: default of SEQ_NO not set: ERP.ORD_SEQ.NEXTVAL needs its sequence; create it, then ALTER TABLE … MODIFY (… DEFAULT …)
BEGIN
  EXECUTE IMMEDIATE 'CREATE TABLE ERP.ORDERS (
  ID NUMBER(12) GENERATED BY DEFAULT ON NULL AS IDENTITY (START WITH 100 INCREMENT BY 1),
  "CustName" VARCHAR2(30 CHAR) DEFAULT ''N/A'' NOT NULL,
  "LEVEL" NUMBER(1) DEFAULT 0,
  CREATED DATE DEFAULT SYSDATE,
  SEQ_NO NUMBER,
  CONSTRAINT ORDERS_PK PRIMARY KEY (ID)
)';
${GUARD}

-- ERP.ORDER_LINES: no primary key (DMS validation and CDC need one)
BEGIN
  EXECUTE IMMEDIATE 'CREATE TABLE ERP.ORDER_LINES (
  ORDER_ID NUMBER(12) NOT NULL,
  LINE_NO NUMBER(4) NOT NULL
)';
${GUARD}
`);
  });
  it('wraps every statement in a guarded block followed by a / line, quotes doubled', () => {
    expect(checkBlocks(sql)).toBe(2);
  });
});

describe('renderPostLoadDdl (oracle)', () => {
  const sql = renderPostLoadDdl(PLAN);
  it('adds the unique constraint and indexes (bitmap noted, expression kept)', () => {
    expect(sql).toContain(block('ALTER TABLE ERP.ORDERS ADD CONSTRAINT ORDERS_UK1 UNIQUE ("CustName")'));
    expect(sql).toContain(block('CREATE INDEX ORDERS_N1 ON ERP.ORDERS (CREATED DESC)'));
    expect(sql).toContain(`-- ERP.ORDERS: ORDERS_B1 is a bitmap index: it needs Enterprise Edition\n${block('CREATE BITMAP INDEX ORDERS_B1 ON ERP.ORDERS ("LEVEL")')}`);
    expect(sql).toContain(block('CREATE INDEX ORDERS_F1 ON ERP.ORDERS (UPPER("CustName"))'));
  });
  it('renders each ON DELETE action: CASCADE and SET NULL kept, RESTRICT and SET DEFAULT as NO ACTION with a note', () => {
    const ref = 'FOREIGN KEY (ORDER_ID) REFERENCES ERP.ORDERS (ID)';
    expect(sql).toContain(block(`ALTER TABLE ERP.ORDER_LINES ADD CONSTRAINT OL_CASCADE ${ref} ON DELETE CASCADE`));
    expect(sql).toContain(block(`ALTER TABLE ERP.ORDER_LINES ADD CONSTRAINT OL_SETNULL ${ref} ON DELETE SET NULL`));
    expect(sql).toContain(`-- ERP.ORDER_LINES: foreign key OL_RESTRICT was ON DELETE RESTRICT; Oracle has no such action, created as NO ACTION\n${block(`ALTER TABLE ERP.ORDER_LINES ADD CONSTRAINT OL_RESTRICT ${ref}`)}`);
    expect(sql).toContain(`-- ERP.ORDER_LINES: foreign key OL_SETDEF was ON DELETE SET DEFAULT; Oracle has no such action, created as NO ACTION\n${block(`ALTER TABLE ERP.ORDER_LINES ADD CONSTRAINT OL_SETDEF ${ref}`)}`);
    expect(sql).toContain(block(`ALTER TABLE ERP.ORDER_LINES ADD CONSTRAINT OL_NOACT ${ref} ENABLE NOVALIDATE`));
  });
  it('orders sections and puts the cycle FK after the others, then the identity reset', () => {
    const heads = ['-- unique constraints', '-- secondary indexes', '-- foreign keys\n', '-- foreign keys that close a dependency cycle', '-- identity resets'].map((h) => sql.indexOf(h));
    expect(heads.every((pos, i) => pos >= 0 && (i === 0 || pos > (heads[i - 1] ?? 0)))).toBe(true);
    expect(sql.indexOf('OL_CASCADE')).toBeGreaterThan(sql.indexOf('OL_NOACT'));
    expect(sql.endsWith(`-- identity resets: next value past the loaded values\n\n${block('ALTER TABLE ERP.ORDERS MODIFY (ID GENERATED BY DEFAULT ON NULL AS IDENTITY (START WITH LIMIT VALUE))')}\n`)).toBe(true);
  });
  it('guards every statement: 1 unique + 3 indexes + 5 foreign keys + 1 identity reset = 10 blocks', () => {
    expect(checkBlocks(sql)).toBe(10);
  });
});

describe('mapColumn for an Oracle → oracle move', () => {
  const col = (nativeType: string, canonicalType: string, facts: Partial<InventoryColumn> = {}): InventoryColumn => ({
    name: 'C1', nativeType, canonicalType, length: null, precision: null, scale: null, nullable: true, default: null, identity: null, ...facts,
  });
  const target = (column: InventoryColumn): string => {
    const mapped = mapColumn(column, { sourceDialect: 'oracle', target: 'oracle' });
    return mapped.ok ? `${mapped.targetType}|${mapped.conversion}` : mapped.reason;
  };
  it('keeps the native type text as valid Oracle DDL, conversion none', () => {
    expect([
      target(col('VARCHAR2', 'varchar(30)', { length: 30, lengthSemantics: 'byte' })),
      target(col('VARCHAR2', 'varchar(30)', { length: 30, lengthSemantics: 'char' })),
      target(col('NUMBER', 'decimal(12,2)', { precision: 12, scale: 2 })),
      target(col('NUMBER', 'number')),
      target(col('TIMESTAMP(6) WITH TIME ZONE', 'timestamptz(6)', { scale: 6 })),
      target(col('TIMESTAMP', 'timestamp(3)', { scale: 3 })),
      target(col('RAW', 'binary(16)', { length: 16 })),
    ]).toEqual(['VARCHAR2(30 BYTE)|none', 'VARCHAR2(30 CHAR)|none', 'NUMBER(12,2)|none', 'NUMBER|none', 'TIMESTAMP(6) WITH TIME ZONE|none', 'TIMESTAMP(3)|none', 'RAW(16)|none']);
  });
  it('refuses a non-Oracle source with UsageError E_TARGET_TYPES', () => {
    expect(() => mapColumn(col('nvarchar', 'varchar(10)', { length: 10 }), { sourceDialect: 'mssql', target: 'oracle' }))
      .toThrow(expect.objectContaining({ code: 'E_TARGET_TYPES', exitCode: 2 }));
  });
});

describe('golden oracle-hr-to-oracle DDL', () => {
  it('pre-load has 3 sequence + 7 table and post-load 22 guarded blocks, each closed by a / line', () => {
    const dir = 'test/golden/plans/oracle-hr-to-oracle/ddl';
    expect(checkBlocks(readFileSync(`${dir}/pre-load.sql`, 'utf8'))).toBe(3 + 7);
    expect(checkBlocks(readFileSync(`${dir}/post-load.sql`, 'utf8'))).toBe(22);
  });
});
