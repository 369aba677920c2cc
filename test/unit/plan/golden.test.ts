/**
 * Golden plan directories, compared byte for byte: the same inventory and mapping files must give
 * exactly the committed plan/ tree. UPDATE_GOLDEN=1 rewrites the expected directories.
 */
import { readFile, readdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessAction } from '../../../src/actions/assess.js';
import { planAction, type PlanOptions } from '../../../src/actions/plan.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const INPUTS = 'test/golden/inputs';

const CASES: readonly { readonly name: string; readonly options: Omit<PlanOptions, 'out' | 'check'> }[] = [
  { name: 'oracle-hr', options: { inventory: `${INPUTS}/oracle-hr.inventory.json`, mappings: [], target: 'postgres', waves: 'by-dependency' } },
  { name: 'synthetic-erp', options: { inventory: `${INPUTS}/synthetic-erp.inventory.json`, mappings: [`${INPUTS}/synthetic-erp.mapping.yaml`], target: 'postgres', waves: 'by-dependency' } },
  { name: 'synthetic-erp-by-module', options: { inventory: `${INPUTS}/synthetic-erp.inventory.json`, mappings: [`${INPUTS}/synthetic-erp.mapping.yaml`], target: 'aurora-postgresql', waves: 'by-module' } },
  { name: 'fixture-erp', options: { inventory: `${INPUTS}/fixture-erp.inventory.json`, mappings: [], target: 'postgres', waves: 'by-dependency' } },
  // Homogeneous moves: native types and source defaults, target-dialect DDL (PL/SQL blocks, GO batches).
  { name: 'oracle-hr-to-oracle', options: { inventory: `${INPUTS}/oracle-hr.inventory.json`, mappings: [], target: 'oracle', waves: 'by-dependency' } },
  { name: 'northwind-to-sqlserver', options: { inventory: `${INPUTS}/northwind.inventory.json`, mappings: [], target: 'sqlserver', waves: 'by-dependency' } },
];

async function readTree(dir: string, prefix = ''): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) for (const [k, v] of await readTree(dir, path)) out.set(k, v);
    else out.set(path, await readFile(join(dir, path), 'utf8'));
  }
  return out;
}

describe('golden plan directories', () => {
  for (const c of CASES) {
    it(`${c.name}: byte-identical to test/golden/plans/${c.name}`, async () => {
      const golden = `test/golden/plans/${c.name}`;
      if (UPDATE) await planAction({ ...c.options, out: golden, check: false });
      const out = join(await mkdtemp(join(tmpdir(), 'erpm-golden-')), 'plan');
      const result = await planAction({ ...c.options, out, check: false });
      const actual = await readTree(out);
      const expected = await readTree(golden);
      expect([...actual.keys()]).toEqual([...expected.keys()]);
      for (const [path, text] of expected) expect(actual.get(path), path).toBe(text);
      expect(result.files).toEqual([...expected.keys()].sort());
      const check = await planAction({ ...c.options, out: golden, check: true });
      expect(check.changed).toEqual([]);
      expect(check.written).toBe(false);
    });
  }
});

/**
 * The whole offline pipeline, byte for byte: Oracle HR's own DDL script (shared/testdata) with a
 * statistics CSV → `assess --ddl` → `plan`. Catches any change in the DDL reader, type maps, checks,
 * planner or renderers that alters what a migration lead would review.
 */
describe('golden plan from a DDL export', () => {
  it('oracle-hr-from-ddl: hr_create.sql + stats → byte-identical plan', async () => {
    const work = await mkdtemp(join(tmpdir(), 'erpm-golden-ddl-'));
    await assessAction({
      ddl: ['../shared/testdata/oracle/human_resources/hr_create.sql'],
      dialect: 'oracle',
      stats: `${INPUTS}/oracle-hr.stats.csv`,
      schemas: ['HR'], include: [], exclude: [], moduleCatalogs: [], exactCounts: false,
      out: join(work, 'assessment'), cwd: process.cwd(), env: {},
    });
    const options = { inventory: join(work, 'assessment'), mappings: [], target: 'postgres', waves: 'by-dependency' } as const;
    const golden = 'test/golden/plans/oracle-hr-from-ddl';
    if (UPDATE) await planAction({ ...options, out: golden, check: false });
    const out = join(work, 'plan');
    await planAction({ ...options, out, check: false });
    const actual = await readTree(out);
    const expected = await readTree(golden);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [path, text] of expected) expect(actual.get(path), path).toBe(text);
  });
});
