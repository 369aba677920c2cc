import { describe, expect, it } from 'vitest';
import { fk, schema, snapshot, table } from '../make-snapshot.js';
import { brief, findingsOf } from './run.js';

describe('large-table', () => {
  it('flags tables at or over the byte or row threshold', () => {
    const tables = [table('BIG_BYTES', { bytes: 10 * 1024 ** 3 }), table('BIG_ROWS', { rowCount: 50_000_000 }), table('SMALL', { bytes: 10 * 1024 ** 3 - 1, rowCount: 49_999_999 })];
    const found = findingsOf(snapshot([schema('APP', tables)]), ['large-table']);
    expect(brief(found)).toEqual(['large-table info APP.BIG_BYTES', 'large-table info APP.BIG_ROWS']);
    expect(found[0]!.message).toBe('large table (10.0 GiB, 100 rows): load it in parallel segments');
  });

  it('takes thresholds from the options', () => {
    expect(brief(findingsOf(snapshot([schema('APP', [table('T', { bytes: 2048 })])]), ['large-table'], { largeTableBytes: 1024 }))).toEqual(['large-table info APP.T']);
  });
});

describe('partitioned, disabled foreign keys, code objects, views', () => {
  const snap = snapshot([schema('APP', [
    table('GL_BALANCES', { partitioning: { type: 'range', columns: ['PERIOD'], partitionCount: 12, subpartitioning: null } }),
    table('LINES', { foreignKeys: [{ ...fk('HEADERS'), enabled: false }, fk('ITEMS')] }), table('HEADERS'), table('ITEMS'),
  ], {
    routines: [
      { name: 'P1', kind: 'procedure', lines: 100 }, { name: 'P2', kind: 'procedure', lines: 50, status: 'INVALID' },
      { name: 'PKG', kind: 'package', lines: 20 }, { name: 'PKG', kind: 'package body', lines: 900 },
    ],
    triggers: [{ name: 'TRG', table: 'LINES', events: 'INSERT', lines: 30 }],
    views: [{ name: 'V1', materialized: false, lines: 10 }, { name: 'MV1', materialized: true, lines: 5 }],
  }), schema('EMPTY', [table('X')])]);

  it('each gives its finding, and only where it applies', () => {
    const found = findingsOf(snap, ['partitioned-table', 'disabled-foreign-key', 'code-objects', 'views']);
    expect(brief(found)).toEqual([
      'code-objects warning APP', 'disabled-foreign-key warning APP.LINES', 'views warning APP', 'partitioned-table info APP.GL_BALANCES',
    ]);
    expect(found.map((f) => f.message)).toEqual([
      'code to convert by hand: 1 package (20 lines), 1 package body (900 lines), 2 procedures (150 lines), 1 trigger (30 lines); 1 already INVALID at the source',
      'foreign key FK_HEADERS (ID) → APP.HEADERS is disabled: the data may hold orphans',
      '2 views (1 materialized) (15 lines) to convert',
      'partitioned by range (PERIOD), 12 partitions',
    ]);
  });
});
