/** planAction: problems stop the plan (E_PLAN_INVALID, nothing written); check mode reports stale files. */
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planAction } from '../../../src/actions/plan.js';

const HR_FILE = 'test/golden/inputs/oracle-hr.inventory.json';

async function workdir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'erpm-plan-action-'));
}

describe('planAction', () => {
  // HR is 448 KiB: its six dependency levels fit in one wave (all FKs come post-load), in one task.
  it('writes the plan and returns counts and a one-line summary', async () => {
    const dir = await workdir();
    const result = await planAction({ inventory: HR_FILE, mappings: [], target: 'postgres', out: join(dir, 'plan'), check: false, waves: 'by-dependency' });
    expect([result.waves, result.tasks, result.tables, result.rows, result.deferredConstraints, result.blockers, result.warnings]).toEqual([1, 1, 7, 216, 1, 0, 4]); // 1 IOT finding + 3 sequences whose last value is unknown
    expect(result.summary).toBe(`1 wave, 1 task, 7 tables; 1 deferred FK(s); 0 blocker(s), 4 warning(s) (see SUMMARY.md); written to ${join(dir, 'plan')} (8 files)`);
    const stale = await planAction({ inventory: HR_FILE, mappings: [], target: 'postgres', out: join(dir, 'plan'), check: true, waves: 'by-module' });
    expect(stale.written).toBe(false);
    expect(stale.changed.length).toBeGreaterThan(0);
    expect(stale.changed).toContain('plan.json');
  });

  it('refuses to plan an unmapped unsupported column: E_PLAN_INVALID naming schema.table.column, nothing written', async () => {
    const dir = await workdir();
    const inventory = JSON.parse(readFileSync(HR_FILE, 'utf8'));
    inventory.schemas[0].tables[0].columns.push({
      name: 'FLAG_FILE', nativeType: 'BFILE', length: null, precision: null, scale: null, nullable: true, default: null, identity: null, canonicalType: 'unsupported(bfile)',
    });
    await writeFile(join(dir, 'inventory.json'), JSON.stringify(inventory));
    const error = await planAction({ inventory: dir, mappings: [], target: 'postgres', out: join(dir, 'plan'), check: false, waves: 'by-dependency' }).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: 'E_PLAN_INVALID', exitCode: 2 });
    expect((error as { problems: string[] }).problems).toEqual([expect.stringMatching(/^HR\.COUNTRIES\.FLAG_FILE: /)]);
    expect(await readdir(dir)).toEqual(['inventory.json']);
    await writeFile(join(dir, 'mapping.yaml'), 'format: erp-migrate/mapping@1\nunsupported:\n  HR.COUNTRIES.FLAG_FILE: exclude\n');
    const ok = await planAction({ inventory: dir, mappings: [join(dir, 'mapping.yaml')], target: 'postgres', out: join(dir, 'plan'), check: false, waves: 'by-dependency' });
    expect(ok.tables).toBe(7);
  });

  it('passes mapping problems through as one E_MAPPING_INVALID error', async () => {
    const dir = await workdir();
    await writeFile(join(dir, 'mapping.yaml'), 'format: erp-migrate/mapping@1\nwaves:\n  HR.NOPE: 1\nprimaryKeys:\n  HR.JOBS: [NOPE]\n');
    const error = await planAction({ inventory: HR_FILE, mappings: [join(dir, 'mapping.yaml')], target: 'postgres', out: join(dir, 'plan'), check: false, waves: 'by-dependency' }).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: 'E_MAPPING_INVALID', exitCode: 2 });
    expect((error as { problems: string[] }).problems).toEqual([
      `${join(dir, 'mapping.yaml')}:3: waves["HR.NOPE"]: unknown table "HR.NOPE"`,
      `${join(dir, 'mapping.yaml')}:5: primaryKeys["HR.JOBS"]: HR.JOBS already has primary key JOB_ID`,
      `${join(dir, 'mapping.yaml')}:5: primaryKeys["HR.JOBS"][0]: unknown column "NOPE" in HR.JOBS`,
    ]);
  });

  it('lists column-type problems in the same run as the mapping files\' own problems (every problem at once)', async () => {
    const dir = await workdir();
    const inventory = JSON.parse(readFileSync(HR_FILE, 'utf8'));
    const unsupported = (name: string) => ({ name, nativeType: 'BFILE', length: null, precision: null, scale: null, nullable: true, default: null, identity: null, canonicalType: 'unsupported(bfile)' });
    inventory.schemas[0].tables[0].columns.push(unsupported('FLAG_FILE'), unsupported('MAP_FILE'));
    await writeFile(join(dir, 'inventory.json'), JSON.stringify(inventory));
    const mapping = join(dir, 'mapping.yaml');
    // line 3: unknown table; line 5: a schema error in another section; FLAG_FILE is decided, MAP_FILE is not.
    await writeFile(mapping, 'format: erp-migrate/mapping@1\nrename:\n  tables: { HR.NOPE: nope }\ntasks:\n  maxWaves: 0\nunsupported:\n  HR.COUNTRIES.FLAG_FILE: exclude\n');
    const error = await planAction({ inventory: dir, mappings: [mapping], target: 'postgres', out: join(dir, 'plan'), check: false, waves: 'by-dependency' }).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: 'E_MAPPING_INVALID', exitCode: 2 });
    const problems = (error as { problems: string[] }).problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe(`${mapping}:3: rename.tables["HR.NOPE"]: unknown table "HR.NOPE"`);
    expect(problems[1]).toMatch(new RegExp(`^${mapping.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5: tasks\\.maxWaves: `));
    expect(problems[2]).toMatch(/^HR\.COUNTRIES\.MAP_FILE: MAP_FILE BFILE: .*decide in the mapping file under unsupported: \/ types:/);
    expect(await readdir(dir)).toEqual(['inventory.json', 'mapping.yaml']);
  });
});
