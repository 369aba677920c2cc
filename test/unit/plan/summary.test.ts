import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMPTY_MAPPING, parseMappingFile } from '../../../src/config/mapping-file.js';
import type { Inventory } from '../../../src/model/inventory.js';
import { makePlan } from '../../../src/plan/make-plan.js';
import { formatBytes, renderPlanSummary } from '../../../src/plan/summary.js';

const load = (name: string): Inventory => JSON.parse(readFileSync(`test/golden/inputs/${name}.inventory.json`, 'utf8')) as Inventory;

function section(text: string, title: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(`## ${title}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 2, end < 0 ? undefined : end).filter((l) => l !== '');
}

describe('SUMMARY.md', () => {
  it('formats sizes', () => {
    expect([formatBytes(null), formatBytes(512), formatBytes(65536), formatBytes(10 * 1024 ** 3)]).toEqual(['?', '512 B', '64.0 KiB', '10.0 GiB']);
  });

  it('HR: totals, the cycle and its deferred constraint, the IOT finding', () => {
    const { plan } = makePlan(load('oracle-hr'), 'sha256:abc', EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency', waveBytes: 0 });
    const text = renderPlanSummary(plan);
    expect(text).toContain('**6 waves, 6 tasks, 7 tables, 216 rows, 448.0 KiB.** No blockers.');
    expect(section(text, 'Foreign-key cycles and deferred constraints').slice(1)).toEqual([
      '| Constraint | Cycle |', '|---|---|', '| hr.departments.dept_mgr_fk | hr.departments → hr.employees → hr.departments |',
    ]);
    expect(section(text, 'Blockers and decisions to review')).toEqual([
      '| Severity | Object | Decision |', '|---|---|---|',
      '| warning | HR.COUNTRIES | [oracle-iot-table] COUNTRIES is an index-organized table; the target is a heap table with a primary key (hint: no action needed unless the application depends on IOT ordering) |',
      ...['DEPARTMENTS_SEQ 280', 'EMPLOYEES_SEQ 207', 'LOCATIONS_SEQ 3300'].map((s) => s.split(' ')).map(([name, start]) =>
        `| warning | HR.${name} | sequence last value unknown (inventory from a DDL export): post-load.sql sets it from START WITH ${start}; set it from the source's current value at cutover |`),
    ]);
    expect(section(text, 'Renamed (beyond the identifier case policy)')).toEqual(['(none)']);
    expect(text.endsWith('|\n')).toBe(true);
  });

  it('synthetic ERP: renames, conversions and every lossy conversion are listed', () => {
    const inventory = load('synthetic-erp');
    const file = 'test/golden/inputs/synthetic-erp.mapping.yaml';
    const mapping = parseMappingFile(readFileSync(file, 'utf8'), file, inventory, 'postgres').config!;
    const { plan } = makePlan(inventory, 'sha256:abc', mapping, { target: 'postgres', waves: 'by-dependency', waveBytes: 0 });
    const text = renderPlanSummary(plan);
    expect(section(text, 'Renamed (beyond the identifier case policy)').slice(2)).toEqual([
      '| schema dbo | schema erp |', '| dbo.AP_SUPPLIER_CONTACTS.EMAIL | erp.ap_supplier_contacts.email_address |', '| dbo.OE_PRICE_LISTS | erp.price_lists |',
    ]);
    expect(section(text, 'Converted columns').length).toBe(2 + 7);
    expect(section(text, 'Lossy conversions').slice(2).map((l) => l.split(' | ')[0])).toEqual([
      '| dbo.OE_ORDER_HEADERS.ORG_NODE', '| dbo.FND_USERS.CREATED_AT', '| dbo.GL_JE_HEADERS.POSTED_AT',
    ]);
    expect(section(text, 'Foreign-key cycles and deferred constraints').length).toBe(1 + 2 + 2);
    expect(text).toContain('| dbo.GL_JE_LINES | erp.gl_je_lines | finance | 4 |');
    expect(text).toContain('ranges on JE_LINE_ID (49 segments)');
  });
});

describe('SUMMARY.md at ERP scale', () => {
  it('shows 20 decisions of a kind and counts the rest, so 100,000s of NUMBER columns stay reviewable', () => {
    const { plan } = makePlan(load('oracle-hr'), 'sha256:abc', EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency' });
    const many = Array.from({ length: 25 }, (_, i) => ({
      object: `GL.T${String(i).padStart(2, '0')}.AMOUNT`, severity: 'warning' as const,
      message: '[number-without-precision] NUMBER without precision or scale: any value fits, so it becomes an unconstrained numeric',
    }));
    const rows = section(renderPlanSummary({ ...plan, decisions: many }), 'Blockers and decisions to review').slice(2);
    expect(rows).toHaveLength(21);
    expect(rows[19]).toContain('GL.T19.AMOUNT');
    expect(rows[20]).toBe('| warning | … and 5 more | [number-without-precision] — the same decision for 5 more objects (every one is in plan.json) |');
  });
});
