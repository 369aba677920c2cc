/**
 * `assess` end to end on the fixture ERP, live: PostgreSQL (standard and Oracle-shaped) and MariaDB.
 * Counts are checked against each server's own catalog, queried here independently; then the same
 * databases are dumped (pg_dump --schema-only, mysqldump --no-data) and a DDL assessment of the dump
 * must give the same inventory apart from row counts, sizes and server facts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFixtureDatabase, fixtureSchema, loadFixtureErp } from '../../fixtures/erp/index.js';
import { assessAction } from '../../src/actions/assess.js';
import { planAction } from '../../src/actions/plan.js';
import type { Inventory } from '../../src/model/inventory.js';
import { LIVE_MYSQL, LIVE_POSTGRES, liveAvailable, mysqlUrl, postgresUrl } from '../support/databases.js';

const SCALE = 0.002;

/** The fixture names each table's EBS product; the EBS catalogue puts products into these ERP modules. */
const MODULE_OF_PRODUCT: Readonly<Record<string, string>> = {
  FND: 'system', GL: 'finance', AP: 'finance', AR: 'finance', PO: 'supply-chain', INV: 'supply-chain',
  OE: 'sales', PER: 'hr', PAY: 'hr', BOM: 'manufacturing', WIP: 'manufacturing', PA: 'projects',
};
const work = mkdtempSync(join(tmpdir(), 'erpm-assess-fixture-'));

async function assess(args: { source?: string; ddl?: string[]; dialect?: 'postgres' | 'mysql'; out: string; schemas?: string[] }): Promise<Inventory> {
  const result = await assessAction({
    ...args,
    schemas: args.schemas ?? [],
    include: [],
    exclude: [],
    moduleCatalogs: [],
    exactCounts: true,
    cwd: work,
    env: {},
  });
  const written = JSON.parse(readFileSync(join(args.out, 'inventory.json'), 'utf8')) as Inventory;
  expect(written.format).toBe('erp-migrate/inventory@1');
  return result.inventory;
}

function totals(inventory: Inventory) {
  const tables = inventory.schemas.flatMap((s) => s.tables);
  return {
    tables: tables.length,
    columns: tables.reduce((n, t) => n + t.columns.length, 0),
    primaryKeys: tables.filter((t) => t.primaryKey !== null).length,
    uniqueKeys: tables.reduce((n, t) => n + t.uniqueKeys.length, 0),
    foreignKeys: tables.reduce((n, t) => n + t.foreignKeys.length, 0),
    indexes: tables.reduce((n, t) => n + t.indexes.length, 0),
  };
}

/** The parts a DDL export cannot know, removed before comparing with a live inventory. */
function structureOnly(inventory: Inventory): unknown {
  return inventory.schemas.map((schema) => ({
    ...schema,
    tables: schema.tables.map(({ rowCount: _r, bytes: _b, rowCountExact: _e, attributes: _a, findings, ...table }) => ({
      ...table,
      findings: findings.filter((rule) => rule !== 'large-table'),
    })),
  }));
}

describe('assess the fixture ERP on live PostgreSQL', () => {
  let up = false;
  const database = 'erpm_assess_pg';
  const connection = { ...LIVE_POSTGRES, database };
  let inventory: Inventory;

  beforeAll(async () => {
    up = await liveAvailable('postgres');
    if (!up) return;
    await loadFixtureErp({ dialect: 'postgres', connection, scale: SCALE });
    inventory = await assess({ source: postgresUrl(database), out: join(work, 'pg-live') });
  }, 300_000);

  afterAll(async () => {
    if (up) await dropFixtureDatabase({ dialect: 'postgres', connection });
  });

  it('counts tables, columns, keys, FKs and indexes exactly as pg_catalog does', async (context) => {
    if (!up) context.skip();
    const client = new pg.Client({ ...LIVE_POSTGRES, database });
    await client.connect();
    const one = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n);
    const user = `n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg_toast%'`;
    const expected = {
      tables: await one(`SELECT count(*) n FROM pg_class c JOIN pg_namespace n ON n.oid=c.relnamespace WHERE c.relkind IN ('r','p') AND NOT c.relispartition AND ${user}`),
      columns: await one(`SELECT count(*) n FROM pg_attribute a JOIN pg_class c ON c.oid=a.attrelid JOIN pg_namespace n ON n.oid=c.relnamespace WHERE c.relkind IN ('r','p') AND NOT c.relispartition AND a.attnum>0 AND NOT a.attisdropped AND ${user}`),
      primaryKeys: await one(`SELECT count(*) n FROM pg_constraint k JOIN pg_namespace n ON n.oid=k.connamespace WHERE k.contype='p' AND ${user}`),
      uniqueKeys: await one(`SELECT count(*) n FROM pg_constraint k JOIN pg_namespace n ON n.oid=k.connamespace WHERE k.contype='u' AND ${user}`),
      foreignKeys: await one(`SELECT count(*) n FROM pg_constraint k JOIN pg_namespace n ON n.oid=k.connamespace WHERE k.contype='f' AND ${user}`),
      indexes: await one(`SELECT count(*) n FROM pg_index i JOIN pg_class c ON c.oid=i.indexrelid JOIN pg_namespace n ON n.oid=c.relnamespace WHERE ${user} AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid=i.indexrelid AND k.contype IN ('p','u'))`),
    };
    await client.end();
    expect(totals(inventory)).toEqual(expected);
    expect(expected.tables).toBe(fixtureSchema.tables.length);
  });

  it('classifies every fixture table into its module and finds the hard cases', (context) => {
    if (!up) context.skip();
    const tables = inventory.schemas.flatMap((s) => s.tables);
    for (const fixture of fixtureSchema.tables) {
      const table = tables.find((t) => t.name === fixture.name);
      expect(table?.module, fixture.name).toBe(MODULE_OF_PRODUCT[fixture.module]);
    }
    const rules = new Set(inventory.findings.map((f) => f.rule));
    expect(rules).toContain('no-primary-key');
    expect(rules).toContain('fk-cycle');
    expect(rules).toContain('lob-columns');
  });

  it('gives the same inventory from a pg_dump --schema-only export', async (context) => {
    if (!up) context.skip();
    const dump = join(work, 'fixture.pg.sql');
    writeFileSync(dump, execFileSync('pg_dump', ['--schema-only', '-h', LIVE_POSTGRES.host, '-p', String(LIVE_POSTGRES.port), '-U', LIVE_POSTGRES.user, database], { encoding: 'utf8' }));
    const fromDdl = await assess({ ddl: [dump], dialect: 'postgres', out: join(work, 'pg-ddl') });
    expect(structureOnly(fromDdl)).toEqual(structureOnly(inventory));
  });
});

describe('assess the Oracle-shaped fixture on live PostgreSQL', () => {
  let up = false;
  const database = 'erpm_assess_pgora';
  const connection = { ...LIVE_POSTGRES, database };
  beforeAll(async () => {
    up = await liveAvailable('postgres');
    if (up) await loadFixtureErp({ dialect: 'postgres', connection, scale: SCALE, flavour: 'oracle-shaped' });
  }, 300_000);
  afterAll(async () => {
    if (up) await dropFixtureDatabase({ dialect: 'postgres', connection });
  });

  it('keeps upper-case names as stored and flags them for case folding', async (context) => {
    if (!up) context.skip();
    const inventory = await assess({ source: postgresUrl(database), out: join(work, 'pg-ora') });
    const names = inventory.schemas.flatMap((s) => s.tables.map((t) => t.name));
    expect(names).toHaveLength(fixtureSchema.tables.length);
    expect(names.every((name) => name === name.toUpperCase())).toBe(true);
    expect(inventory.findings.some((f) => f.rule.startsWith('identifier'))).toBe(true);
    expect(inventory.schemas.flatMap((s) => s.tables.flatMap((t) => t.columns)).some((c) => c.canonicalType === 'number')).toBe(true);
  });
});

describe('assess the fixture ERP on live MariaDB', () => {
  let up = false;
  const database = 'erpm_assess_my';
  const connection = { ...LIVE_MYSQL, database };
  let inventory: Inventory;

  beforeAll(async () => {
    up = await liveAvailable('mysql');
    if (!up) return;
    await loadFixtureErp({ dialect: 'mysql', connection, scale: SCALE });
    inventory = await assess({ source: mysqlUrl(database), out: join(work, 'my-live') });
  }, 300_000);

  afterAll(async () => {
    if (up) await dropFixtureDatabase({ dialect: 'mysql', connection });
  });

  it('counts tables, columns, keys, FKs and indexes exactly as information_schema does', async (context) => {
    if (!up) context.skip();
    const conn = await mysql.createConnection({ ...LIVE_MYSQL });
    const one = async (sql: string) => {
      const [rows] = await conn.query(sql, [database]);
      return Number((rows as Array<{ n: number | string }>)[0]?.n);
    };
    const expected = {
      tables: await one(`SELECT count(*) n FROM information_schema.TABLES WHERE TABLE_SCHEMA=? AND TABLE_TYPE='BASE TABLE'`),
      columns: await one(`SELECT count(*) n FROM information_schema.COLUMNS c JOIN information_schema.TABLES t USING (TABLE_SCHEMA, TABLE_NAME) WHERE c.TABLE_SCHEMA=? AND t.TABLE_TYPE='BASE TABLE'`),
      primaryKeys: await one(`SELECT count(*) n FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA=? AND CONSTRAINT_TYPE='PRIMARY KEY'`),
      uniqueKeys: await one(`SELECT count(*) n FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA=? AND CONSTRAINT_TYPE='UNIQUE'`),
      foreignKeys: await one(`SELECT count(*) n FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA=? AND CONSTRAINT_TYPE='FOREIGN KEY'`),
      indexes: await one(`SELECT count(DISTINCT TABLE_NAME, INDEX_NAME) n FROM information_schema.STATISTICS WHERE TABLE_SCHEMA=? AND INDEX_NAME<>'PRIMARY' AND NON_UNIQUE=1`),
    };
    await conn.end();
    expect(totals(inventory)).toEqual(expected);
    expect(expected.tables).toBe(fixtureSchema.tables.length);
  });

  it('plans it for PostgreSQL, and the pre-load + post-load DDL applies to an empty database twice', async (context) => {
    if (!up || !(await liveAvailable('postgres'))) context.skip();
    const planDir = join(work, 'my-plan');
    const result = await planAction({ inventory: join(work, 'my-live'), mappings: [], target: 'postgres', out: planDir, check: false, waves: 'by-dependency' });
    expect(result.tables).toBe(fixtureSchema.tables.length);
    const target = 'erpm_assess_plan_my';
    const admin = new pg.Client({ ...LIVE_POSTGRES, database: 'postgres' });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${target}`);
    await admin.query(`CREATE DATABASE ${target}`);
    const client = new pg.Client({ ...LIVE_POSTGRES, database: target });
    await client.connect();
    try {
      for (let round = 0; round < 2; round += 1) {
        await client.query(readFileSync(join(planDir, 'ddl', 'pre-load.sql'), 'utf8'));
        await client.query(readFileSync(join(planDir, 'ddl', 'post-load.sql'), 'utf8'));
      }
      const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n);
      expect(await count(`SELECT count(*) n FROM pg_class c JOIN pg_namespace n ON n.oid=c.relnamespace WHERE c.relkind='r' AND n.nspname='${database}'`)).toBe(fixtureSchema.tables.length);
      expect(await count(`SELECT count(*) n FROM pg_constraint k JOIN pg_namespace n ON n.oid=k.connamespace WHERE k.contype='f' AND n.nspname='${database}'`)).toBe(totals(inventory).foreignKeys);
      expect(await count(`SELECT count(*) n FROM pg_constraint k JOIN pg_namespace n ON n.oid=k.connamespace WHERE k.contype='p' AND n.nspname='${database}'`)).toBe(totals(inventory).primaryKeys);
    } finally {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${target}`);
      await admin.end();
    }
  });

  it('gives the same inventory from a mysqldump --no-data export', async (context) => {
    if (!up) context.skip();
    const dump = join(work, 'fixture.my.sql');
    writeFileSync(dump, execFileSync('mysqldump', ['--no-data', '--routines', '--triggers', '-h', LIVE_MYSQL.host, '-P', String(LIVE_MYSQL.port), `-u${LIVE_MYSQL.user}`, database], { encoding: 'utf8' }));
    const fromDdl = await assess({ ddl: [dump], dialect: 'mysql', out: join(work, 'my-ddl'), schemas: [database] });
    expect(structureOnly(fromDdl)).toEqual(structureOnly(inventory));
  });
});
