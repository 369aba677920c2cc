/** Exact sequence DDL per target, and the SUMMARY.md "Sequences" section. */
import { describe, expect, it } from 'vitest';
import type { PlannedSequence, TargetName } from '../../../src/model/plan.js';
import { renderPostLoadDdl, renderPreLoadDdl } from '../../../src/plan/render-ddl.js';
import { renderPlanSummary } from '../../../src/plan/summary.js';
import { GL_HEADERS, plan, task } from '../dms/sample-plan.js';

const ORDERS: PlannedSequence = {
  sourceSchema: 'ERP', sourceName: 'ORDER_SEQ', targetSchema: 'erp', targetName: 'order_seq',
  start: '1', increment: '1', minValue: '1', maxValue: '9999999999999999999999999999', cycle: false, lastValue: '41000',
};
const REFUNDS: PlannedSequence = {
  sourceSchema: 'ERP', sourceName: 'REFUND_SEQ', targetSchema: 'erp', targetName: 'refund_seq',
  start: '-1', increment: '-2', minValue: null, maxValue: '-1', cycle: true, lastValue: null,
};
const UPPER = (s: PlannedSequence): PlannedSequence => ({ ...s, targetSchema: s.sourceSchema, targetName: s.sourceName });

const planFor = (target: TargetName, sequences: readonly PlannedSequence[]) => plan([task([GL_HEADERS])], { target, sequences });
const lines = (text: string, pattern: RegExp): string[] => text.split('\n').filter((l) => pattern.test(l));

describe('sequence DDL', () => {
  it('postgres: bigint CREATE with clamped MAXVALUE and its note; setval with GREATEST / LEAST; start when the last value is unknown', () => {
    const p = planFor('postgres', [ORDERS, REFUNDS]);
    expect(lines(renderPreLoadDdl(p), /^CREATE SEQUENCE|clamped/)).toEqual([
      '-- ERP.ORDER_SEQ: clamped to bigint: MAXVALUE 9999999999999999999999999999 → 9223372036854775807',
      'CREATE SEQUENCE IF NOT EXISTS erp.order_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 NO CYCLE;',
      'CREATE SEQUENCE IF NOT EXISTS erp.refund_seq AS bigint START WITH -1 INCREMENT BY -2 NO MINVALUE MAXVALUE -1 CYCLE;',
    ]);
    expect(renderPreLoadDdl(p)).toContain('CREATE SCHEMA IF NOT EXISTS erp;');
    expect(lines(renderPostLoadDdl(p), /setval\('|REFUND_SEQ/)).toEqual([
      "SELECT setval('erp.order_seq', GREATEST(41000, (SELECT last_value FROM erp.order_seq)), true);",
      '-- ERP.REFUND_SEQ: last value unknown (DDL export): set from START WITH; set it from the source at cutover',
      "SELECT setval('erp.refund_seq', LEAST(-1, (SELECT last_value FROM erp.refund_seq)), true);",
    ]);
  });

  it('oracle: CREATE in the ORA-00955 block keeping 28 digits; RESTART START WITH last + increment, or a comment when unknown', () => {
    const p = planFor('oracle', [UPPER(ORDERS), UPPER(REFUNDS)]);
    expect(lines(renderPreLoadDdl(p), /SEQUENCE/)).toEqual([
      "  EXECUTE IMMEDIATE 'CREATE SEQUENCE ERP.ORDER_SEQ START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9999999999999999999999999999 NOCYCLE';",
      "  EXECUTE IMMEDIATE 'CREATE SEQUENCE ERP.REFUND_SEQ START WITH -1 INCREMENT BY -2 NOMINVALUE MAXVALUE -1 CYCLE';",
    ]);
    expect(renderPreLoadDdl(p)).toContain('IF SQLCODE NOT IN (-955,');
    expect(lines(renderPostLoadDdl(p), /ALTER SEQUENCE/)).toEqual([
      '-- sequence resets (ALTER SEQUENCE … RESTART needs Oracle 18c or later): past the source\'s LAST_NUMBER as the inventory recorded it; at cutover rerun with the source\'s current value',
      "  EXECUTE IMMEDIATE 'ALTER SEQUENCE ERP.ORDER_SEQ RESTART START WITH 41001';",
      '-- ERP.REFUND_SEQ: last value unknown (DDL export): at cutover run ALTER SEQUENCE ERP.REFUND_SEQ RESTART START WITH <source LAST_NUMBER>',
    ]);
  });

  it('sqlserver: OBJECT_ID(…, SO) guard, bigint options, RESTART WITH last + increment in its own batch', () => {
    const p = planFor('sqlserver', [UPPER(ORDERS)]);
    const pre = renderPreLoadDdl(p);
    expect(pre).toContain([
      '-- ERP.ORDER_SEQ: clamped to bigint: MAXVALUE 9999999999999999999999999999 → 9223372036854775807',
      "IF OBJECT_ID(N'[ERP].[ORDER_SEQ]', N'SO') IS NULL",
      'CREATE SEQUENCE [ERP].[ORDER_SEQ] AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 NO CYCLE;',
      'GO',
    ].join('\n'));
    expect(pre).toContain("IF SCHEMA_ID(N'ERP') IS NULL");
    expect(renderPostLoadDdl(p)).toContain('ALTER SEQUENCE [ERP].[ORDER_SEQ] RESTART WITH 41001;\nGO');
  });

  it('mysql: one comment per sequence, nothing created', () => {
    const p = planFor('mysql', [ORDERS, REFUNDS]);
    expect(lines(renderPreLoadDdl(p), /ORDER_SEQ|REFUND_SEQ/)).toEqual([
      '-- ERP.ORDER_SEQ: sequence not created: MySQL has no sequences (DMS does not migrate them either); use AUTO_INCREMENT or a counter table',
      '-- ERP.REFUND_SEQ: sequence not created: MySQL has no sequences (DMS does not migrate them either); use AUTO_INCREMENT or a counter table',
    ]);
    expect(renderPostLoadDdl(p)).not.toMatch(/ORDER_SEQ|REFUND_SEQ/);
  });

  it('a plan without sequences renders no sequence text', () => {
    for (const target of ['postgres', 'oracle', 'sqlserver'] as const) {
      const p = plan([task([GL_HEADERS])], { target });
      expect(`${renderPreLoadDdl(p)}${renderPostLoadDdl(p)}`).not.toMatch(/CREATE SEQUENCE|ALTER SEQUENCE|setval\('/);
    }
  });
});

describe('SUMMARY.md sequences section', () => {
  it('lists source → target, start, increment, last value and clamping; says DMS does not migrate sequences', () => {
    const text = renderPlanSummary(planFor('postgres', [ORDERS, REFUNDS]));
    const start = text.indexOf('## Sequences');
    const section = text.slice(start, text.indexOf('\n## ', start + 1)).trimEnd().split('\n');
    expect(section).toEqual([
      '## Sequences', '',
      'AWS DMS does not migrate sequences: `ddl/pre-load.sql` creates them and `ddl/post-load.sql` moves each past the last value below; take the source\'s current value again at cutover.', '',
      '| Source | Target | Start | Increment | Last value | Clamping |', '|---|---|---|---|---|---|',
      '| ERP.ORDER_SEQ | erp.order_seq | 1 | 1 | 41000 | clamped to bigint: MAXVALUE 9999999999999999999999999999 → 9223372036854775807 |',
      '| ERP.REFUND_SEQ | erp.refund_seq | -1 | -2 | unknown: set at cutover | - |',
    ]);
    expect(renderPlanSummary(plan([task([GL_HEADERS])]))).not.toContain('## Sequences');
  });
});
