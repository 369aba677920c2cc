/** Row counts and sizes the inventory does not know stay unknown in plan.json and SUMMARY.md: never "0 rows, 0 B". */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMPTY_MAPPING } from '../../../src/config/mapping-file.js';
import type { Inventory } from '../../../src/model/inventory.js';
import { makePlan } from '../../../src/plan/make-plan.js';
import { renderPlanSummary } from '../../../src/plan/summary.js';

const HR = JSON.parse(readFileSync('test/golden/inputs/oracle-hr.inventory.json', 'utf8')) as Inventory;
const withCounts = (keep: (name: string) => boolean, bytes = true): Inventory => ({
  ...HR,
  schemas: HR.schemas.map((s) => ({ ...s, tables: s.tables.map((t) => (keep(t.name) ? t : { ...t, rowCount: null, ...(bytes ? {} : { bytes: null }) })) })),
});
const plan = (inventory: Inventory) => makePlan(inventory, 'sha256:test', EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency' }).plan;

describe('unknown row counts in the plan', () => {
  it('a DDL export without --stats: SUMMARY.md says unknown, plan.json task totals are null', () => {
    const p = plan(withCounts(() => false, false));
    const summary = renderPlanSummary(p);
    expect(summary).not.toContain('0 rows');
    expect(summary).toContain('**1 wave, 1 task, 7 tables, rows unknown, size unknown.**');
    expect(summary).toContain('Row counts are unknown for 7 tables');
    const task = p.waves[0]!.tasks[0]!;
    expect(task).toMatchObject({ estimatedRows: null, estimatedBytes: null, tablesWithUnknownRows: 7, tablesWithUnknownBytes: 7 });
    expect(summary).toContain(`| \`${task.id}\` | ${task.kind} | 7 | unknown | unknown |`);
  });

  it('a mix of known and unknown counts is a lower bound naming the unknown tables', () => {
    const p = plan(withCounts((name) => name !== 'EMPLOYEES' && name !== 'JOBS'));
    const known = HR.schemas[0]!.tables.filter((t) => t.name !== 'EMPLOYEES' && t.name !== 'JOBS').reduce((n, t) => n + (t.rowCount ?? 0), 0);
    const summary = renderPlanSummary(p);
    expect(summary).toContain(`7 tables, ≥ ${known} rows (2 tables unknown), 448.0 KiB.**`);
    const tasks = p.waves.flatMap((w) => w.tasks);
    expect(tasks.reduce((n, t) => n + (t.estimatedRows ?? 0), 0)).toBe(known);
    expect(tasks.reduce((n, t) => n + (t.tablesWithUnknownRows ?? 0), 0)).toBe(2);
    expect(tasks.every((t) => t.tablesWithUnknownBytes === undefined)).toBe(true);
  });

  it('known counts read as before', () => {
    expect(renderPlanSummary(plan(HR))).toContain('**1 wave, 1 task, 7 tables, 216 rows, 448.0 KiB.**');
  });
});
