/** Live check: the rendered PostgreSQL and MySQL pre/post-load DDL executes, twice in a row (idempotence). */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/plan.js';
import { renderPostLoadDdl, renderPreLoadDdl } from '../../src/plan/render-ddl.js';
import { LIVE_MYSQL, LIVE_POSTGRES, liveAvailable } from '../support/databases.js';
import { GL_HEADERS, GL_LINES, plan, table, column, task } from '../unit/dms/sample-plan.js';

const DB = 'erpm_dms_ddl';
const MYSQL_DB = 'erpm_dms_ddl';

function samplePlan(target: Plan['target']): Plan {
  const odd = table('Mixed Case', {
    targetSchema: 'erp', targetTable: 'Mixed Case',
    columns: [column('select', 'varchar(10)', { target: 'select', nullable: false }), column('Id', 'integer', { target: 'Id', identity: { generation: 'by-default', start: '100', increment: '1' }, nullable: false })],
    primaryKey: { name: null, columns: ['Id'] },
    indexes: [{ name: 'IX_1', unique: true, kind: 'nonclustered', columns: [{ name: 'select', descending: false }] }],
  });
  const long = 'X'.repeat(70);
  const awkward = table(`O'Brien "x"`, {
    targetSchema: 'erp', targetTable: `O'Brien "x"`,
    columns: [column('K', 'bigint', { nullable: false }), column('P', 'bigint')],
    primaryKey: { name: `${long}_PK`, columns: ['K'] },
    uniqueKeys: [{ name: `${long}_U1`, columns: ['P'] }],
    foreignKeys: [{ name: `${long}_FK1`, columns: ['P'], refSchema: 'ERP', refTable: `O'Brien "x"`, refColumns: ['K'], onDelete: 'SET NULL', enabled: false }],
  });
  const created = GL_HEADERS.columns.map((c) => (c.target === 'created' && target === 'mysql' ? { ...c, targetType: 'datetime(0)', default: 'CURRENT_TIMESTAMP(0)' } : c));
  const tables = [GL_LINES, { ...GL_HEADERS, columns: created }, odd, awkward]
    // MySQL: a schema is a database, and this suite may only create databases named erpm_dms_*.
    .map((t) => (target === 'mysql' ? { ...t, targetSchema: MYSQL_DB } : t));
  return plan([task(tables)], { target });
}

describe('rendered DDL on live PostgreSQL', () => {
  let ok = false;
  const admin = new pg.Client({ ...LIVE_POSTGRES, database: 'postgres' });
  const client = new pg.Client({ ...LIVE_POSTGRES, database: DB });
  beforeAll(async () => {
    ok = await liveAvailable('postgres');
    if (!ok) return;
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${DB}`);
    await admin.query(`CREATE DATABASE ${DB}`);
    await client.connect();
  });
  afterAll(async () => {
    if (!ok) return;
    await client.end();
    await admin.query(`DROP DATABASE IF EXISTS ${DB}`);
    await admin.end();
  });
  it('runs pre-load, loads rows, runs post-load, twice', async () => {
    if (!ok) return;
    const p = samplePlan('postgres');
    for (let round = 0; round < 2; round += 1) {
      await client.query(renderPreLoadDdl(p));
      if (round === 0) {
        await client.query(`INSERT INTO erp.gl_je_headers (je_header_id, name) VALUES (5, 'a'), (7, 'b')`);
        await client.query(`INSERT INTO erp."Mixed Case" ("select", "Id") VALUES ('x', 1)`);
      }
      await client.query(renderPostLoadDdl(p));
    }
    const next = await client.query(`INSERT INTO erp.gl_je_headers (name) VALUES ('c') RETURNING je_header_id`);
    expect(next.rows[0].je_header_id).toBe('8');
    const mixed = await client.query(`INSERT INTO erp."Mixed Case" ("select") VALUES ('y') RETURNING "Id"`);
    expect(mixed.rows[0].Id).toBe(100);
    const constraints = await client.query(`SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'erp' ORDER BY conname::text COLLATE "C"`);
    const names = constraints.rows.map((r: { conname: string }) => r.conname);
    expect(names).toHaveLength(8);
    expect(names.slice(0, 5)).toEqual(['Mixed Case_pkey', 'gl_je_headers_pk', 'gl_je_headers_u1', 'gl_je_lines_fk1', 'gl_je_lines_pk']);
    expect(names.slice(5).every((n: string) => n.length === 63 && n.startsWith('xxxx'))).toBe(true);
    const indexes = await client.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'erp' ORDER BY indexname::text COLLATE "C"`);
    expect(indexes.rows.map((r: { indexname: string }) => r.indexname).filter((n: string) => !n.startsWith('xxxx'))).toEqual(['Mixed Case_pkey', 'gl_je_headers_pk', 'gl_je_headers_u1', 'gl_je_lines_n1', 'gl_je_lines_pk', 'ix_1']);
  });
});

describe('rendered DDL on live MySQL/MariaDB', () => {
  let ok = false;
  let conn: mysql.Connection | null = null;
  beforeAll(async () => {
    ok = await liveAvailable('mysql');
    if (!ok) return;
    conn = await mysql.createConnection({ ...LIVE_MYSQL, multipleStatements: true });
    await conn.query(`DROP DATABASE IF EXISTS ${MYSQL_DB}`);
  });
  afterAll(async () => {
    if (!conn) return;
    await conn.query(`DROP DATABASE IF EXISTS ${MYSQL_DB}`);
    await conn.end();
  });
  it('runs pre-load and post-load twice', async () => {
    if (!ok || !conn) return;
    const p = samplePlan('mysql');
    for (let round = 0; round < 2; round += 1) {
      await conn.query(renderPreLoadDdl(p));
      await conn.query(renderPostLoadDdl(p));
    }
    const [rows] = await conn.query(`SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = '${MYSQL_DB}' GROUP BY INDEX_NAME ORDER BY 1`);
    const names = (rows as { INDEX_NAME: string }[]).map((r) => r.INDEX_NAME);
    expect(names.filter((n) => !n.startsWith('xxxx'))).toEqual(['gl_je_headers_u1', 'gl_je_lines_n1', 'ix_1', 'PRIMARY']);
    expect(names.filter((n) => n.startsWith('xxxx')).map((n) => n.length)).toEqual([64]);
    const [fks] = await conn.query(`SELECT COUNT(*) AS n FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = '${MYSQL_DB}' AND CONSTRAINT_TYPE = 'FOREIGN KEY'`);
    expect(Number((fks as { n: number }[])[0]?.n)).toBe(2);
  });
});
