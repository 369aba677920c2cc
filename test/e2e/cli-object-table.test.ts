/**
 * An Oracle object table (`CREATE TABLE … OF type`) read from DDL has no relational columns: the plan must
 * stop naming it (never render `CREATE TABLE t ()`), and plan once the mapping file leaves it out.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const SCRIPT = `CREATE TYPE shape_typ AS OBJECT (shape_id NUMBER(6), label VARCHAR2(40));
/
CREATE TABLE shapes_tab OF shape_typ (shape_id PRIMARY KEY);
CREATE TABLE owners (owner_id NUMBER(6) PRIMARY KEY, name VARCHAR2(40) NOT NULL);
`;

describe('plan with an Oracle object table', () => {
  const work = mkdtempSync(join(tmpdir(), 'erpm-e2e-objtab-'));
  const ddl = join(work, 'objects.sql');
  writeFileSync(ddl, SCRIPT);
  const assessment = join(work, 'assessment');

  it('stops with exit 2 naming the table and how to leave it out, writing no plan', () => {
    expect(runCli(['-q', 'assess', '--ddl', ddl, '--dialect', 'oracle', '--schema', 'APP', '--out', assessment]).code).toBe(0);
    const out = join(work, 'plan-refused');
    for (const target of ['postgres', 'mysql', 'oracle']) {
      const result = runCli(['-q', 'plan', '--inventory', assessment, '--target', target, '--out', out]);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain('APP.SHAPES_TAB: no column to create (an object table whose columns come from its type');
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('plans the rest once the mapping file excludes it', () => {
    const mapping = join(work, 'mapping.yaml');
    writeFileSync(mapping, 'format: erp-migrate/mapping@1\ntables:\n  exclude: [APP.SHAPES_TAB]\n');
    const out = join(work, 'plan');
    const result = runCli(['-q', 'plan', '--inventory', assessment, '--target', 'postgres', '--mapping', mapping, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const preLoad = readFileSync(join(out, 'ddl/pre-load.sql'), 'utf8');
    expect(preLoad).toContain('CREATE TABLE IF NOT EXISTS app.owners');
    expect(preLoad).not.toMatch(/shapes_tab/);
  });
});
