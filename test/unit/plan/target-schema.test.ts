/**
 * `plan --target-schema NAME`: where the DDL writes. A schema rename of the one source schema in the
 * plan, applied everywhere (plan.json target names, DDL, DMS rename rules, sequences); refused with
 * exit 2 when the plan holds several source schemas or the mapping file renames that schema otherwise.
 * SUMMARY.md names the schemas / databases the DDL creates near its top.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMPTY_MAPPING, parseMappingFile } from '../../../src/config/mapping-file.js';
import { makeTableMappings } from '../../../src/dms/table-mappings.js';
import type { Inventory } from '../../../src/model/inventory.js';
import type { Plan, TargetName } from '../../../src/model/plan.js';
import { makePlan } from '../../../src/plan/make-plan.js';
import { renderPreLoadDdl } from '../../../src/plan/render-ddl.js';
import { renderPlanSummary } from '../../../src/plan/summary.js';

const HR = JSON.parse(readFileSync('test/golden/inputs/oracle-hr.inventory.json', 'utf8')) as Inventory;
/** HR twice (HR and HR2), without sequences: two source schemas. */
const TWO: Inventory = { ...HR, schemas: [HR.schemas[0]!, { ...HR.schemas[0]!, name: 'HR2' }].map((s) => ({ ...s, sequences: [] })) };
const DIGEST = 'sha256:test';
const tablesOf = (plan: Plan) => plan.waves.flatMap((w) => w.tasks.flatMap((t) => t.tables));
const mapping = (text: string, inventory: Inventory, target: TargetName = 'postgres') =>
  parseMappingFile(`format: erp-migrate/mapping@1\n${text}`, 'm.yaml', inventory, target).config!;

function failure(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
}

describe('--target-schema', () => {
  it('puts every table and sequence of a single-schema source into the named schema, recorded in plan.json', () => {
    const { plan, problems } = makePlan(HR, DIGEST, EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency', targetSchema: 'people' });
    expect(problems).toEqual([]);
    expect([...new Set(tablesOf(plan).map((t) => t.targetSchema))]).toEqual(['people']);
    expect([...new Set((plan.sequences ?? []).map((s) => s.targetSchema))]).toEqual(['people']);
    expect(plan.options.targetSchema).toBe('people');
    for (const t of tablesOf(plan)) for (const fk of t.foreignKeys) expect(fk.refSchema).toBe('people');
  });

  it('reaches the DDL and the DMS schema rename rule', () => {
    const { plan } = makePlan(HR, DIGEST, EMPTY_MAPPING, { target: 'mysql', waves: 'by-dependency', targetSchema: 'erp_hr' });
    const ddl = renderPreLoadDdl(plan);
    expect(ddl).toContain('CREATE DATABASE IF NOT EXISTS erp_hr;');
    expect(ddl).toContain('CREATE TABLE IF NOT EXISTS erp_hr.employees (');
    expect(ddl).not.toMatch(/\bhr\./);
    const rules = makeTableMappings(plan.waves[0]!.tasks[0]!, plan).rules;
    expect(rules.filter((r) => 'rule-target' in r && r['rule-target'] === 'schema')).toMatchObject([
      { 'rule-action': 'rename', 'object-locator': { 'schema-name': 'HR' }, value: 'erp_hr' },
    ]);
  });

  it('refuses a plan with several source schemas (exit 2), pointing at rename.schemas', () => {
    const error = failure(() => makePlan(TWO, DIGEST, EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency', targetSchema: 'erp' }));
    expect(error).toMatchObject({ code: 'E_TARGET_SCHEMA', exitCode: 2 });
    expect((error as Error).message).toBe('--target-schema needs one source schema in the plan; it holds 2 (HR, HR2)');
    expect((error as { hint: string }).hint).toContain('rename.schemas');
  });

  it('is allowed when the mapping file selects one schema of several', () => {
    const { plan } = makePlan(TWO, DIGEST, mapping('tables:\n  include: ["HR2.*"]\n', TWO), { target: 'postgres', waves: 'by-dependency', targetSchema: 'erp' });
    expect(tablesOf(plan).map((t) => `${t.sourceSchema}→${t.targetSchema}`)).toEqual(Array(7).fill('HR2→erp'));
  });

  it('agrees with a mapping-file rename to the same name, and refuses a different one', () => {
    const same = makePlan(HR, DIGEST, mapping('rename:\n  schemas: { HR: people }\n', HR), { target: 'postgres', waves: 'by-dependency', targetSchema: 'people' });
    expect(same.problems).toEqual([]);
    const error = failure(() => makePlan(HR, DIGEST, mapping('rename:\n  schemas: { HR: staff }\n', HR), { target: 'postgres', waves: 'by-dependency', targetSchema: 'people' }));
    expect(error).toMatchObject({ code: 'E_TARGET_SCHEMA', exitCode: 2 });
    expect((error as Error).message).toBe('--target-schema people conflicts with rename.schemas HR: staff in the mapping file (m.yaml)');
  });
});

describe('SUMMARY.md names where the DDL writes, near the top', () => {
  const top = (target: TargetName, targetSchema?: string) =>
    renderPlanSummary(makePlan(HR, DIGEST, EMPTY_MAPPING, { target, waves: 'by-dependency', ...(targetSchema ? { targetSchema } : {}) }).plan).split('\n').slice(0, 10);

  it('per target: schemas, databases, or users that must exist', () => {
    expect(top('postgres')).toContain('- Target schemas created by `ddl/pre-load.sql`: `hr` (from HR)');
    expect(top('postgres', 'people')).toContain('- Target schemas created by `ddl/pre-load.sql`: `people` (from HR, `--target-schema`)');
    expect(top('mysql')).toContain('- Target databases created by `ddl/pre-load.sql`: `hr` (from HR)');
    expect(top('oracle')).toContain('- Target schemas (users that must already exist; `ddl/pre-load.sql` does not create users): `HR` (from HR)');
  });
});
