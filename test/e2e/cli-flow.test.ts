/**
 * The offline flow as a user runs it: assess a DDL export, plan it, plan it again (byte-identical),
 * then a malformed mapping file (every problem with file and line, exit 2, the plan left untouched).
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const HR = new URL('../../../shared/testdata/oracle/human_resources/hr_create.sql', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'erpm-e2e-flow-'));

function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('assess --ddl then plan, through the CLI', () => {
  const assessment = join(work, 'assessment');
  const plan = join(work, 'plan');

  it('assesses Oracle HR from its DDL and plans it deterministically', () => {
    const assessed = runCli(['-q', 'assess', '--ddl', HR, '--dialect', 'oracle', '--schema', 'HR', '--out', assessment]);
    expect(assessed.code, assessed.stderr).toBe(0);
    expect(assessed.stdout).toMatch(/^7 tables in 1 schema\(s\), 35 columns/);
    expect(readdirSync(assessment).sort()).toEqual(['assessment.html', 'assessment.json', 'assessment.md', 'inventory.json']);

    const first = runCli(['-q', 'plan', '--inventory', assessment, '--out', plan]);
    expect(first.code, first.stderr).toBe(0);
    const before = snapshotDir(plan);
    expect(Object.keys(before)).toContain('ddl/pre-load.sql');
    expect(Object.keys(before).filter((f) => f.endsWith('.table-mappings.json')).length).toBeGreaterThan(0);
    expect(before['SUMMARY.md']).toContain('HR.DEPARTMENTS → HR.EMPLOYEES → HR.DEPARTMENTS');

    const second = runCli(['-q', 'plan', '--inventory', assessment, '--out', plan]);
    expect(second.code).toBe(0);
    expect(snapshotDir(plan)).toEqual(before);
    const check = runCli(['-q', 'plan', '--inventory', assessment, '--out', plan, '--check']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('is up to date');
  });

  it('reports every mapping problem with file and line, exits 2 and leaves the plan as it was', () => {
    const before = snapshotDir(plan);
    const mapping = join(work, 'mapping.yaml');
    writeFileSync(mapping, [
      'format: erp-migrate/mapping@1',
      'rename:',
      '  tables: { HR.NO_SUCH_TABLE: whatever }',
      'types:',
      '  - { table: HR.EMPLOYEES, column: NOPE, target: "numeric(10,2)" }',
      'primaryKeys: { HR.JOBS: [MISSING_COL] }',
      '',
    ].join('\n'));
    const result = runCli(['plan', '--inventory', assessment, '--mapping', mapping, '--out', plan]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error\[E_MAPPING_INVALID\]: /m);
    expect(result.stderr).toContain(`${mapping}:3:`);
    expect(result.stderr).toContain(`${mapping}:5:`);
    expect(result.stderr).toContain(`${mapping}:6:`);
    expect(snapshotDir(plan)).toEqual(before);
  });

  it('plan --target-schema: writes into the named database, and exits 2 on a conflicting mapping-file rename', () => {
    const out = join(work, 'plan-mysql');
    const result = runCli(['-q', 'plan', '--inventory', assessment, '--target', 'mysql', '--target-schema', 'erp_hr', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const files = snapshotDir(out);
    expect(files['ddl/pre-load.sql']).toContain('CREATE DATABASE IF NOT EXISTS erp_hr;');
    expect(files['SUMMARY.md']).toContain('- Target databases created by `ddl/pre-load.sql`: `erp_hr` (from HR, `--target-schema`)');
    const mapping = join(work, 'rename.yaml');
    writeFileSync(mapping, 'format: erp-migrate/mapping@1\nrename:\n  schemas: { HR: staff }\n');
    const conflict = runCli(['plan', '--inventory', assessment, '--mapping', mapping, '--target-schema', 'erp_hr', '--out', out]);
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toMatch(/^error\[E_TARGET_SCHEMA\]: --target-schema erp_hr conflicts with rename\.schemas HR: staff/m);
  });
});
