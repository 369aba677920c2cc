/**
 * Live PostgreSQL: row counts without statistics stay unknown (null), never 0, and an empty schema
 * (the default `public` of a database whose tables live elsewhere) is not a schema of the source.
 * Database erpm_pf_rows is this suite's own.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConnectionUrl } from '../../src/config/connection-url.js';
import { readSourceTypeMapper } from '../../src/config/source-type-rules.js';
import { postgresDialect } from '../../src/dialects/postgres/index.js';
import { buildInventory } from '../../src/inventory/build-inventory.js';
import { readModuleCatalogs } from '../../src/inventory/classify.js';
import type { Inventory } from '../../src/model/inventory.js';
import { makeAssessment, renderAssessmentMarkdown } from '../../src/report/index.js';
import { LIVE_POSTGRES, liveAvailable, postgresUrl } from '../support/databases.js';

const DB = 'erpm_pf_rows';
const live = await liveAvailable('postgres');

async function sql(database: string, text: string): Promise<void> {
  const client = new pg.Client({ ...LIVE_POSTGRES, database });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function assess(): Promise<Inventory> {
  const session = await postgresDialect.connect(parseConnectionUrl(postgresUrl(DB)));
  const snapshot = await session.readCatalog({ schemas: [], include: [], exclude: [], exactCounts: false }).finally(() => session.close());
  return buildInventory(snapshot, { origin: 'live', typeMapper: readSourceTypeMapper('postgres'), modules: readModuleCatalogs() });
}

describe.skipIf(!live)('live PostgreSQL: unknown row counts and empty schemas', () => {
  let inventory: Inventory;
  beforeAll(async () => {
    await sql('postgres', `DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await sql('postgres', `CREATE DATABASE ${DB}`);
    await sql(DB, `
      CREATE SCHEMA erp;
      CREATE TABLE erp.loaded (id int PRIMARY KEY, note text);
      INSERT INTO erp.loaded SELECT g, 'x' FROM generate_series(1, 2500) g;
      CREATE TABLE erp.analysed (id int PRIMARY KEY);
      INSERT INTO erp.analysed SELECT g FROM generate_series(1, 40) g;
      ANALYZE erp.analysed;
      CREATE TABLE erp.reset_empty (id int PRIMARY KEY);`);
    await sql(DB, 'VACUUM erp.reset_empty');
    // Statistics reset: reltuples 0 on zero pages with no analyse / vacuum on record is what a
    // never-analysed table looks like before PostgreSQL 14.
    await sql(DB, 'SELECT pg_stat_reset()');
    inventory = await assess();
  }, 120_000);
  afterAll(async () => {
    await sql('postgres', `DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  });

  const rows = (name: string) => inventory.schemas.flatMap((s) => s.tables).find((t) => t.name === name)?.rowCount;

  it('a freshly loaded table (never analysed) has an unknown row count, an analysed one its estimate', () => {
    expect(rows('loaded')).toBeNull();
    expect(rows('reset_empty')).toBeNull();
    expect(rows('analysed')).toBe(40);
    expect(inventory.findings.find((f) => f.rule === 'row-counts-unknown')).toMatchObject({
      severity: 'warning', message: expect.stringContaining('row counts unknown for 2 of 3 tables'), hint: expect.stringContaining('ANALYZE'),
    });
  });

  it('the report says unknown where the counts are, and a lower bound for the total', () => {
    const markdown = renderAssessmentMarkdown(makeAssessment(inventory));
    expect(markdown).toContain('| Rows | ≥ 40 rows (2 tables unknown) |');
    expect(markdown).not.toMatch(/\| Rows \| 40 \|/);
  });

  it('the empty public schema is not counted as a schema of the source', () => {
    expect(inventory.schemas.map((s) => s.name)).toEqual(['erp']);
    expect(makeAssessment(inventory).summary.schemas).toBe(1);
  });
});
