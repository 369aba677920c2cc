import { describe, expect, it } from 'vitest';
import { buildInventory, buildInventoryWithDetection, makeInventoryDigest } from '../../../src/inventory/build-inventory.js';
import { readModuleCatalogs } from '../../../src/inventory/classify.js';
import { stableStringify } from '../../../src/util/stable-json.js';
import { col, schema, snapshot, source, table, testTypeMapper } from './make-snapshot.js';

const modules = readModuleCatalogs();

const snap = {
  ...snapshot([
    schema('APPS', [
      table('GL_JE_LINES', { rowCount: 1000, bytes: 4096, columns: [col('ID', 'NUMBER', { precision: 10, scale: 0 }), col('AMOUNT', 'NUMBER'), col('NOTE', 'CLOB')] }),
      table('AP_INVOICES_ALL', { rowCount: 200, bytes: 1024, primaryKey: null }),
      table('FND_USER', { rowCount: null, bytes: null, columns: [col('ID', 'NUMBER', { precision: 10, scale: 0 }), col('NAME', 'VARCHAR2', { length: 100 })] }),
      table('XX_WIDGETS'),
    ]),
  ], source('oracle', { logMode: 'ARCHIVELOG', supplementalLogDataMin: 'YES', supplementalLogDataPk: 'YES', forceLogging: 'YES', nlsCharacterset: 'AL32UTF8' })),
  notes: [{ rule: 'ddl-unreadable', severity: 'warning' as const, object: 'APPS.GL_JE_LINES', message: 'statement 12 not understood', hint: 'check the export' }],
};

describe('buildInventory', () => {
  const { inventory, erp } = buildInventoryWithDetection(snap, { origin: 'ddl', typeMapper: testTypeMapper, modules });

  it('adds canonical types, modules and origin', () => {
    expect(inventory.format).toBe('erp-migrate/inventory@1');
    expect(inventory.source.origin).toBe('ddl');
    expect(erp?.catalogue).toBe('oracle-ebs');
    const tables = inventory.schemas[0]!.tables;
    expect(tables.map((t) => `${t.name}:${t.module}`)).toEqual(['AP_INVOICES_ALL:finance', 'FND_USER:system', 'GL_JE_LINES:finance', 'XX_WIDGETS:unclassified']);
    expect(tables[2]!.columns.map((c) => c.canonicalType)).toEqual(['decimal(10,0)', 'number', 'text']);
  });

  it('fills per-table finding ids (sorted, unique) including catalog notes', () => {
    const tables = inventory.schemas[0]!.tables;
    expect(tables.map((t) => t.findings)).toEqual([['no-primary-key'], [], ['ddl-unreadable', 'lob-columns', 'number-without-precision'], []]);
  });

  it('sorts findings by severity, rule, object', () => {
    expect(inventory.findings.map((f) => `${f.severity} ${f.rule} ${f.object}`)).toEqual([
      'blocker no-primary-key APPS.AP_INVOICES_ALL',
      'warning ddl-unreadable APPS.GL_JE_LINES',
      'warning number-without-precision APPS.GL_JE_LINES.AMOUNT',
      'warning row-counts-unknown database',
      'info lob-columns APPS.GL_JE_LINES',
    ]);
  });

  it('summarises modules with sorted keys and exact numbers', () => {
    expect(Object.keys(inventory.modules)).toEqual(['finance', 'system', 'unclassified']);
    expect(inventory.modules.finance).toEqual({ tables: 2, columns: 4, rows: 1200, bytes: 5120, lobColumns: 1, findings: { blocker: 1, warning: 2, info: 1 } });
    expect(inventory.modules.system).toEqual({ tables: 1, columns: 2, rows: 0, bytes: 0, lobColumns: 0, findings: { blocker: 0, warning: 0, info: 0 } });
  });

  it('is deterministic, and the digest changes with the content', () => {
    const again = buildInventory(snap, { origin: 'ddl', typeMapper: testTypeMapper, modules });
    expect(stableStringify(again)).toBe(stableStringify(inventory));
    const digest = makeInventoryDigest(inventory);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(makeInventoryDigest(again)).toBe(digest);
    expect(makeInventoryDigest({ ...inventory, findings: [] })).not.toBe(digest);
  });
});

describe('schemas with nothing in scope', () => {
  it('are not schemas of the source: an empty `public` is left out, a schema with only a view or sequence stays', () => {
    const inventory = buildInventory(snapshot([
      schema('public', []),
      schema('erp', [table('ORDERS')]),
      schema('reporting', [], { views: [{ name: 'V_SALES', lines: 3, materialized: false }] }),
      schema('ids', [], { sequences: [{ name: 'S', start: '1', increment: '1', minValue: null, maxValue: null, cycle: false, lastValue: null }] }),
    ], source('postgres')), { origin: 'live', typeMapper: testTypeMapper, modules });
    expect(inventory.schemas.map((s) => s.name)).toEqual(['erp', 'ids', 'reporting']);
  });
});
