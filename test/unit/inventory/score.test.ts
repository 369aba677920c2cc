import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../../src/inventory/build-inventory.js';
import { readModuleCatalogs } from '../../../src/inventory/classify.js';
import { scoreCounts, scoreInventory, type ComplexityCounts } from '../../../src/inventory/score.js';
import { col, schema, snapshot, source, table, testTypeMapper } from './make-snapshot.js';

const zero: ComplexityCounts = { tables: 0, lossyColumns: 0, unsupportedColumns: 0, lobTables: 0, fkCycles: 0, views: 0, codeObjects: 0, codeLines: 0, blockers: 0, warnings: 0, bytes: 0 };
const MiB = 1024 * 1024;

describe('scoreCounts (hand-computed)', () => {
  it('weights every count as documented', () => {
    // 10 + 2·3 + 8·1 + 3·2 + 5·1 + 2·4 + 3·5 + ⌈1234/10⌉ + 10·2 + 1·7 = 10+6+8+6+5+8+15+124+20+7 = 209
    const counts = { tables: 10, lossyColumns: 3, unsupportedColumns: 1, lobTables: 2, fkCycles: 1, views: 4, codeObjects: 5, codeLines: 1234, blockers: 2, warnings: 7, bytes: 10240 * MiB };
    const score = scoreCounts(counts);
    expect(score).toEqual({ counts, units: 209, hours: 17.42, personDays: 2.18, level: 'B', difficulty: 5, fullLoadSeconds: 205 });
    expect(scoreCounts(counts, { throughputMBps: 50, parallelTasks: 4 }).fullLoadSeconds).toBe(52);
  });

  it('level A for data only, C beyond 5 person-days', () => {
    expect(scoreCounts({ ...zero, tables: 100 })).toMatchObject({ units: 100, level: 'A', difficulty: 1 });
    expect(scoreCounts({ ...zero, tables: 100, lobTables: 1 })).toMatchObject({ units: 103, level: 'A', difficulty: 2 });
    // 200 code objects with 50 000 lines: 600 + 5 000 = 5 600 units = 58.33 person-days
    expect(scoreCounts({ ...zero, codeObjects: 200, codeLines: 50000 })).toMatchObject({ units: 5600, personDays: 58.33, level: 'C', difficulty: 5 });
    expect(scoreCounts({ ...zero, codeObjects: 2, codeLines: 900 })).toMatchObject({ units: 96, level: 'B', difficulty: 3 });
  });
});

describe('scoreInventory', () => {
  const snap = snapshot([schema('APPS', [
    table('GL_JE_LINES', { bytes: 100 * MiB, columns: [col('ID', 'NUMBER', { precision: 10, scale: 0 }), col('AMOUNT', 'NUMBER'), col('NOTE', 'CLOB')] }),
    table('AP_INVOICES_ALL', { bytes: 50 * MiB, primaryKey: null }),
    table('FND_USER', { bytes: null }),
  ], {
    routines: [{ name: 'GL_POST', kind: 'procedure', lines: 100 }],
    triggers: [{ name: 'GL_JE_LINES_T', table: 'GL_JE_LINES', events: 'INSERT', lines: 40 }],
    views: [{ name: 'GL_V', materialized: false, lines: 3 }],
  })], source('oracle', { logMode: 'ARCHIVELOG', supplementalLogDataMin: 'YES', supplementalLogDataPk: 'YES', forceLogging: 'YES', nlsCharacterset: 'AL32UTF8' }));
  const inventory = buildInventory(snap, { origin: 'live', typeMapper: testTypeMapper, modules: readModuleCatalogs() });
  const score = scoreInventory(inventory);

  it('overall: 3 + 2 + 3 + 2 + 6 + ⌈140/10⌉ + 10 + 3 = 43 units', () => {
    expect(score.overall).toEqual({
      counts: { tables: 3, lossyColumns: 1, unsupportedColumns: 0, lobTables: 1, fkCycles: 0, views: 1, codeObjects: 2, codeLines: 140, blockers: 1, warnings: 3, bytes: 150 * MiB },
      units: 43, hours: 3.58, personDays: 0.45, level: 'B', difficulty: 4, fullLoadSeconds: 3,
    });
  });

  it('per module: the trigger counts with its table, views and routines only overall', () => {
    expect(Object.keys(score.modules)).toEqual(['finance', 'system']);
    expect(score.modules.finance).toMatchObject({ units: 25, hours: 2.08, personDays: 0.26, level: 'B', difficulty: 4, fullLoadSeconds: 3 });
    expect(score.modules.finance!.counts).toMatchObject({ tables: 2, codeObjects: 1, codeLines: 40, blockers: 1, warnings: 1, lossyColumns: 1, lobTables: 1 });
    expect(score.modules.system).toMatchObject({ units: 1, level: 'A', difficulty: 1, fullLoadSeconds: 0 });
  });
});
