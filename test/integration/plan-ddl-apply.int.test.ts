/**
 * Live: the DDL of a plan applies to an empty PostgreSQL database, creates exactly the planned
 * tables, primary keys, foreign keys, indexes and standalone sequences, moves each sequence past the
 * source's last value, and applies a second time without error.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_MAPPING, parseMappingFile, type MappingConfig } from '../../src/config/mapping-file.js';
import type { Inventory } from '../../src/model/inventory.js';
import type { Plan } from '../../src/model/plan.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { renderPostLoadDdl, renderPreLoadDdl } from '../../src/plan/render-ddl.js';
import { LIVE_POSTGRES, liveAvailable } from '../support/databases.js';

const live = await liveAvailable('postgres');

function admin(database = 'postgres'): pg.Client {
  return new pg.Client({ ...LIVE_POSTGRES, database });
}

function load(name: string): Inventory {
  return JSON.parse(readFileSync(`test/golden/inputs/${name}.inventory.json`, 'utf8')) as Inventory;
}

function mappingFor(inventory: Inventory, file: string | null): MappingConfig {
  if (file === null) return EMPTY_MAPPING;
  const parsed = parseMappingFile(readFileSync(file, 'utf8'), file, inventory, 'postgres');
  if (parsed.config === null || parsed.problems.length > 0) throw new Error(parsed.problems.join('\n'));
  return parsed.config;
}

const CASES = [
  { database: 'erpm_plan_1', inventory: 'oracle-hr', mapping: null },
  { database: 'erpm_plan_2', inventory: 'synthetic-erp', mapping: 'test/golden/inputs/synthetic-erp.mapping.yaml' },
  { database: 'erpm_plan_3', inventory: 'fixture-erp', mapping: null },
] as const;
/** HR with the last values a live Oracle inventory would carry, plus a descending sequence. */
const SEQUENCE_DATABASE = 'erpm_plan_4';

/** Standalone sequences (those behind identity columns belong to their column and are left out). */
async function sequenceNames(client: pg.Client, schemas: readonly string[]): Promise<string[]> {
  const rows = await client.query<{ name: string }>(
    `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' AND n.nspname = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')`, [schemas]);
  return rows.rows.map((r) => r.name).sort();
}

async function nextval(client: pg.Client, sequence: string): Promise<bigint> {
  const row = await client.query<{ v: string }>('SELECT nextval($1::regclass)::text AS v', [sequence]);
  return BigInt(row.rows[0]!.v);
}

async function catalog(client: pg.Client, schemas: readonly string[]) {
  const tables = await client.query<{ name: string }>(
    `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1)`, [schemas]);
  const constraints = await client.query<{ name: string }>(
    `SELECT n.nspname || '.' || c.relname || '.' || k.contype::text || '.' || k.conname AS name
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1) AND k.contype IN ('p', 'f', 'u')`, [schemas]);
  const indexes = await client.query<{ name: string }>(
    `SELECT schemaname || '.' || indexname AS name FROM pg_indexes WHERE schemaname = ANY($1)`, [schemas]);
  const names = (rows: { name: string }[]): string[] => rows.map((r) => r.name).sort();
  return { tables: names(tables.rows), constraints: names(constraints.rows), indexes: names(indexes.rows) };
}

function expected(plan: Plan) {
  const tables = plan.waves.flatMap((w) => w.tasks.flatMap((t) => t.tables));
  const sort = (list: string[]): string[] => [...list].sort();
  return {
    tables: sort(tables.map((t) => `${t.targetSchema}.${t.targetTable}`)),
    constraints: sort(tables.flatMap((t) => [
      ...(t.primaryKey ? [`${t.targetSchema}.${t.targetTable}.p.${t.primaryKey.name}`] : []),
      ...t.uniqueKeys.map((u) => `${t.targetSchema}.${t.targetTable}.u.${u.name}`),
      ...t.foreignKeys.map((f) => `${t.targetSchema}.${t.targetTable}.f.${f.name}`),
    ])),
    indexes: sort(tables.flatMap((t) => [
      ...(t.primaryKey ? [t.primaryKey.name] : []), ...t.uniqueKeys.map((u) => u.name), ...t.indexes.map((i) => i.name),
    ].map((name) => `${t.targetSchema}.${name}`))),
  };
}

describe.skipIf(!live)('plan DDL applies to live PostgreSQL', () => {
  beforeAll(async () => {
    const client = admin();
    await client.connect();
    for (const database of [...CASES.map((c) => c.database), SEQUENCE_DATABASE]) {
      await client.query(`DROP DATABASE IF EXISTS ${database}`);
      await client.query(`CREATE DATABASE ${database}`);
    }
    await client.end();
  });

  afterAll(async () => {
    const client = admin();
    await client.connect();
    for (const database of [...CASES.map((c) => c.database), SEQUENCE_DATABASE]) await client.query(`DROP DATABASE IF EXISTS ${database}`);
    await client.end();
  });

  for (const c of CASES) {
    it(`${c.inventory}: pre-load then post-load, twice, gives exactly the planned objects`, async () => {
      const inventory = load(c.inventory);
      const { plan, problems } = makePlan(inventory, 'sha256:test', mappingFor(inventory, c.mapping), { target: 'postgres', waves: 'by-dependency' });
      expect(problems).toEqual([]);
      const schemas = [...new Set(plan.waves.flatMap((w) => w.tasks.flatMap((t) => t.tables.map((x) => x.targetSchema))))];
      const want = expected(plan);
      const client = admin(c.database);
      await client.connect();
      try {
        await client.query(renderPreLoadDdl(plan));
        const afterPre = await catalog(client, schemas);
        expect(afterPre.tables).toEqual(want.tables);
        expect(afterPre.constraints.filter((n) => n.includes('.f.'))).toEqual([]);
        expect(await sequenceNames(client, schemas)).toEqual((plan.sequences ?? []).map((q) => `${q.targetSchema}.${q.targetName}`).sort());
        await client.query(renderPostLoadDdl(plan));
        const afterPost = await catalog(client, schemas);
        expect(afterPost).toEqual(want);
        await client.query(renderPreLoadDdl(plan));
        await client.query(renderPostLoadDdl(plan));
        expect(await catalog(client, schemas)).toEqual(want);
      } finally {
        await client.end();
      }
    });
  }

  it('HR: 7 tables, 7 primary keys, 10 foreign keys (incl. the deferred cycle FK), 1 unique key, 11 secondary indexes', async () => {
    const client = admin('erpm_plan_1');
    await client.connect();
    try {
      const got = await catalog(client, ['hr']);
      expect(got.tables.length).toBe(7);
      expect(got.constraints.filter((n) => n.includes('.p.')).length).toBe(7);
      expect(got.constraints.filter((n) => n.includes('.f.')).length).toBe(10);
      expect(got.constraints).toContain('hr.departments.f.dept_mgr_fk');
      expect(got.constraints.filter((n) => n.includes('.u.'))).toEqual(['hr.employees.u.emp_email_uk']);
      expect(got.indexes.length).toBe(7 + 1 + 11);
      const types = await client.query<{ t: string }>(
        `SELECT format_type(a.atttypid, a.atttypmod) AS t FROM pg_attribute a WHERE a.attrelid = 'hr.employees'::regclass AND a.attname IN ('salary', 'hire_date', 'employee_id') ORDER BY a.attnum`);
      expect(types.rows.map((r) => r.t)).toEqual(['integer', 'timestamp(0) without time zone', 'numeric(8,2)']);
    } finally {
      await client.end();
    }
  });

  it('HR sequences: created by pre-load (bigint, clamped MAXVALUE), post-load moves nextval past START WITH and never back', async () => {
    const client = admin('erpm_plan_1');
    await client.connect();
    try {
      const rows = await client.query<{ name: string; increment: string; max: string; type: string }>(
        `SELECT sequencename AS name, increment_by::text AS increment, max_value::text AS max, data_type::text AS type FROM pg_sequences WHERE schemaname = 'hr' ORDER BY 1`);
      expect(rows.rows).toEqual([
        { name: 'departments_seq', increment: '10', max: '9990', type: 'bigint' },
        { name: 'employees_seq', increment: '1', max: '9223372036854775807', type: 'bigint' },
        { name: 'locations_seq', increment: '100', max: '9900', type: 'bigint' },
      ]);
      // The inventory (a DDL export) has no last value: post-load sets each from START WITH, so nextval is past it.
      expect(await nextval(client, 'hr.departments_seq')).toBe(290n);
      expect(await nextval(client, 'hr.employees_seq')).toBe(208n);
      expect(await nextval(client, 'hr.locations_seq')).toBe(3400n);
      const inventory = load('oracle-hr');
      const { plan } = makePlan(inventory, 'sha256:test', EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency' });
      await client.query(renderPostLoadDdl(plan));
      // GREATEST keeps the values the target already issued.
      expect(await nextval(client, 'hr.departments_seq')).toBe(300n);
    } finally {
      await client.end();
    }
  });

  it('known last values (live inventory) and a descending sequence: nextval is one step past the source, twice applied', async () => {
    const base = load('oracle-hr');
    const lastValues: Record<string, string> = { DEPARTMENTS_SEQ: '5000', EMPLOYEES_SEQ: '123456789012', LOCATIONS_SEQ: '3300' };
    const inventory: Inventory = {
      ...base,
      schemas: base.schemas.map((schema) => ({
        ...schema,
        sequences: [
          ...schema.sequences.map((q) => ({ ...q, lastValue: lastValues[q.name] ?? null })),
          { name: 'REFUND_SEQ', start: '-1', increment: '-1', minValue: '-9999999999999999999999999999', maxValue: '-1', cycle: false, lastValue: '-50' },
          { name: 'ISEQ$$_73000', start: '1', increment: '1', minValue: '1', maxValue: '9999999999999999999999999999', cycle: false, lastValue: '20' },
        ],
      })),
    };
    const { plan, problems } = makePlan(inventory, 'sha256:test', EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency' });
    expect(problems).toEqual([]);
    const client = admin(SEQUENCE_DATABASE);
    await client.connect();
    try {
      for (let i = 0; i < 2; i += 1) {
        await client.query(renderPreLoadDdl(plan));
        await client.query(renderPostLoadDdl(plan));
      }
      expect(await sequenceNames(client, ['hr'])).toEqual(['hr.departments_seq', 'hr.employees_seq', 'hr.locations_seq', 'hr.refund_seq']);
      expect(await nextval(client, 'hr.departments_seq')).toBe(5010n);
      expect(await nextval(client, 'hr.employees_seq')).toBe(123456789013n);
      expect(await nextval(client, 'hr.locations_seq')).toBe(3400n);
      expect(await nextval(client, 'hr.refund_seq')).toBe(-51n);
      const min = await client.query<{ v: string }>(`SELECT min_value::text AS v FROM pg_sequences WHERE schemaname = 'hr' AND sequencename = 'refund_seq'`);
      expect(min.rows[0]!.v).toBe('-9223372036854775808');
    } finally {
      await client.end();
    }
  });
});
