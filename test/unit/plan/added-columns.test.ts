import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMPTY_MAPPING, parseMappingFile, type MappingConfig } from '../../../src/config/mapping-file.js';
import type { Inventory } from '../../../src/model/inventory.js';
import type { AddedColumn, Plan, PlannedTable } from '../../../src/model/plan.js';
import { makePlan } from '../../../src/plan/make-plan.js';
import { renderPreLoadDdl } from '../../../src/plan/render-ddl.js';
import { renderPlanSummary } from '../../../src/plan/summary.js';
import { column, plan, table, task } from '../dms/sample-plan.js';

const HR = JSON.parse(readFileSync('test/golden/inputs/oracle-hr.inventory.json', 'utf8')) as Inventory;

function mapping(text: string, target: 'postgres' | 'mysql' = 'postgres'): MappingConfig {
  const parsed = parseMappingFile(`format: erp-migrate/mapping@1\n${text}`, 'm.yaml', HR, target);
  expect(parsed.problems).toEqual([]);
  return parsed.config!;
}

const ADD = `addColumns:
  HR.REGIONS:
    - { name: SOURCE_SYSTEM, type: "varchar(20)", expression: "'EBS-PROD'" }
    - { name: Migrated_At, type: "timestamp(0)", expression: "datetime('now')" }
    - { name: REGION_KEY, type: "numeric(12,0)", expression: "$REGION_ID * 1000" }
`;
const find = (p: Plan, name: string): PlannedTable => p.waves.flatMap((w) => w.tasks.flatMap((t) => t.tables)).find((t) => t.sourceTable === name)!;

describe('makePlan with added columns', () => {
  it('carries them on the table with folded names, target type, expression and DMS type; other tables have none', () => {
    const { plan: p, problems } = makePlan(HR, 'sha256:t', mapping(ADD), { target: 'postgres', waves: 'by-dependency' });
    expect(problems).toEqual([]);
    expect(find(p, 'REGIONS').addedColumns).toEqual([
      { target: 'source_system', targetType: 'varchar(20)', expression: "'EBS-PROD'", dmsType: { type: 'string', length: 20 }, nullable: true },
      { target: 'migrated_at', targetType: 'timestamp(0)', expression: "datetime('now')", dmsType: { type: 'datetime' }, nullable: true },
      { target: 'region_key', targetType: 'numeric(12,0)', expression: '$REGION_ID * 1000', dmsType: { type: 'numeric', precision: 12, scale: 0 }, nullable: true },
    ]);
    expect(find(p, 'JOBS').addedColumns).toBeUndefined();
    expect(find(p, 'REGIONS').columns.map((c) => c.target)).toEqual(['region_id', 'region_name']);
  });

  it('folds by the identifier case policy (upper, preserve)', () => {
    const upper = makePlan(HR, 'sha256:t', mapping(`identifierCase: upper\n${ADD}`), { target: 'postgres', waves: 'by-dependency' }).plan;
    expect(find(upper, 'REGIONS').addedColumns?.map((a) => a.target)).toEqual(['SOURCE_SYSTEM', 'MIGRATED_AT', 'REGION_KEY']);
    const preserve = makePlan(HR, 'sha256:t', mapping(`identifierCase: preserve\n${ADD}`), { target: 'postgres', waves: 'by-dependency' }).plan;
    expect(find(preserve, 'REGIONS').addedColumns?.map((a) => a.target)).toEqual(['SOURCE_SYSTEM', 'Migrated_At', 'REGION_KEY']);
  });

  it('warns when the table is not selected, and reports a collision made only in the plan', () => {
    const excluded = makePlan(HR, 'sha256:t', mapping(`tables: { exclude: [HR.REGIONS] }\n${ADD}`), { target: 'postgres', waves: 'by-dependency' }).plan;
    expect(excluded.decisions.filter((d) => d.object === 'HR.REGIONS')).toEqual([
      { object: 'HR.REGIONS', severity: 'warning', message: 'addColumns for a table the plan does not select: no column is added' },
    ]);
    // an unchecked config (no parseMappingFile) still cannot produce a duplicate column
    const unchecked: MappingConfig = { ...EMPTY_MAPPING, addColumns: { 'HR.REGIONS': [{ name: 'region_name', targetType: 'varchar(5)', expression: "'x'" }] } };
    expect(makePlan(HR, 'sha256:t', unchecked, { target: 'postgres', waves: 'by-dependency' }).problems).toEqual([
      'HR.REGIONS.region_name: added column region_name collides with another target column after case folding (lower)',
    ]);
  });
});

const SOURCE_SYSTEM: AddedColumn = { target: 'source_system', targetType: 'varchar(20)', expression: "'EBS-PROD'", dmsType: { type: 'string', length: 20 }, nullable: true };
const MIGRATED_AT: AddedColumn = { target: 'Migrated_At', targetType: 'timestamp(0)', expression: "datetime('now')", dmsType: { type: 'datetime' }, nullable: true };
const TERMS = table('AP_TERMS', {
  columns: [column('TERM_ID', 'bigint', { nullable: false }), column('NAME', 'varchar(30)')],
  primaryKey: { name: 'AP_TERMS_PK', columns: ['TERM_ID'] }, primaryKeySource: 'source', addedColumns: [SOURCE_SYSTEM, MIGRATED_AT],
});
const NO_KEY = table('AP_NOTES', { columns: [column('NOTE', 'varchar(30)')], addedColumns: [SOURCE_SYSTEM] });

describe('pre-load DDL with added columns', () => {
  it('postgres: nullable, after the source columns, before the primary key', () => {
    const ddl = renderPreLoadDdl(plan([task([TERMS, NO_KEY])]));
    expect(ddl).toContain(`CREATE TABLE IF NOT EXISTS erp.ap_terms (
  term_id bigint NOT NULL,
  name varchar(30),
  source_system varchar(20),
  "Migrated_At" timestamp(0),
  CONSTRAINT ap_terms_pk PRIMARY KEY (term_id)
);`);
    expect(ddl).toContain(`CREATE TABLE IF NOT EXISTS erp.ap_notes (
  note varchar(30),
  source_system varchar(20)
);`);
  });

  it('mysql: explicitly NULL, after the source columns, before the primary key', () => {
    const ddl = renderPreLoadDdl(plan([task([TERMS, NO_KEY])], { target: 'mysql' }));
    expect(ddl).toContain(`CREATE TABLE IF NOT EXISTS erp.ap_terms (
  term_id bigint NOT NULL,
  name varchar(30),
  source_system varchar(20) NULL,
  Migrated_At timestamp(0) NULL,
  PRIMARY KEY (term_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;`);
    expect(ddl).toContain(`CREATE TABLE IF NOT EXISTS erp.ap_notes (
  note varchar(30),
  source_system varchar(20) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;`);
  });
});

describe('SUMMARY.md Added columns', () => {
  const section = (text: string): string[] => {
    const lines = text.split('\n');
    const start = lines.indexOf('## Added columns');
    if (start < 0) return [];
    const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
    return lines.slice(start + 2, end).filter((l) => l !== '');
  };

  it('lists each added column by target table, in mapping-file order', () => {
    expect(section(renderPlanSummary(plan([task([TERMS, NO_KEY])])))).toEqual([
      'Nullable target columns filled by a DMS `add-column` rule (SQLite expression; `$COLUMN` is a source column).',
      '| Column | Target type | Expression | DMS data type |', '|---|---|---|---|',
      "| erp.ap_notes.source_system | varchar(20) | `'EBS-PROD'` | string(20) |",
      "| erp.ap_terms.source_system | varchar(20) | `'EBS-PROD'` | string(20) |",
      "| erp.ap_terms.Migrated_At | timestamp(0) | `datetime('now')` | datetime |",
    ]);
  });

  it('has no section when no column is added', () => {
    expect(renderPlanSummary(plan([task([table('AP_X')])]))).not.toContain('## Added columns');
  });
});
