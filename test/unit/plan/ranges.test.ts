import { describe, expect, it } from 'vitest';
import type { InventoryTable } from '../../../src/model/inventory.js';
import { makeParallelLoad, makeQuantileBoundaries, makeRangeBoundaries } from '../../../src/plan/ranges.js';

const GiB = 1024 ** 3;
const table = (over: Partial<InventoryTable>): InventoryTable => ({
  name: 'GL_JE_LINES', module: 'finance', rowCount: 1e9, rowCountExact: false, bytes: 8 * GiB,
  columns: [
    { name: 'JE_LINE_ID', nativeType: 'NUMBER', length: null, precision: 18, scale: 0, nullable: false, default: null, identity: null, canonicalType: 'int64' },
    { name: 'DESCRIPTION', nativeType: 'VARCHAR2', length: 240, precision: null, scale: null, nullable: true, default: null, identity: null, canonicalType: 'varchar(240)' },
  ],
  primaryKey: { name: 'GL_JE_LINES_PK', columns: ['JE_LINE_ID'] }, uniqueKeys: [], foreignKeys: [], indexes: [], partitioning: null,
  attributes: { keyMin: '1', keyMax: '1000' }, findings: [], ...over,
});

describe('ranges', () => {
  it('makes segments-1 equal-width upper bounds', () => {
    expect(makeRangeBoundaries(1n, 1000n, 4).map(String)).toEqual(['251', '501', '751']);
    expect(makeRangeBoundaries(0n, 9n, 20).map(String)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(makeRangeBoundaries(5n, 5n, 4)).toEqual([]);
  });

  it('handles keys beyond 2^53 exactly with BigInt', () => {
    const min = 9007199254740993n; // 2^53 + 1, not representable as a double
    const max = 9223372036854775807n; // int64 max
    const b = makeRangeBoundaries(min, max, 3);
    expect(b.map(String)).toEqual(['3080462145121419264', '6151917090988097536']);
  });

  it('8 GiB at 2 GiB per segment → 4 segments (3 boundaries) on the single integer key', () => {
    const choice = makeParallelLoad(table({}), 'oracle', { segmentBytes: 2 * GiB });
    expect(choice.reason).toBeNull();
    expect(choice.parallelLoad).toEqual({ type: 'ranges', columns: ['JE_LINE_ID'], boundaries: [{ values: ['251'] }, { values: ['501'] }, { values: ['751'] }] });
  });

  it('caps segments at 49 (48 boundaries), the DMS MaxFullLoadSubTasks limit', () => {
    const choice = makeParallelLoad(table({ bytes: 1000 * GiB, attributes: { keyMin: '1', keyMax: '100000000' } }), 'oracle', { segmentBytes: GiB });
    expect(choice.parallelLoad.boundaries.length).toBe(48);
  });

  it('uses partitions-auto for a partitioned Oracle table, but ranges for a PostgreSQL source', () => {
    const partitioning = { type: 'range', columns: ['JE_LINE_ID'], partitionCount: 12, subpartitioning: null };
    expect(makeParallelLoad(table({ partitioning }), 'oracle', { segmentBytes: 2 * GiB }).parallelLoad.type).toBe('partitions-auto');
    expect(makeParallelLoad(table({ partitioning }), 'postgres', { segmentBytes: 2 * GiB }).parallelLoad.type).toBe('ranges');
  });

  it('falls back to none with a reason when the key is not a single integer or bounds are unknown', () => {
    const composite = makeParallelLoad(table({ primaryKey: { name: 'PK', columns: ['JE_LINE_ID', 'DESCRIPTION'] } }), 'oracle', { segmentBytes: GiB });
    expect(composite.parallelLoad.type).toBe('none');
    expect(composite.reason).toContain('no single-column integer primary key');
    const unknown = makeParallelLoad(table({ attributes: {} }), 'oracle', { segmentBytes: GiB });
    expect(unknown.parallelLoad.type).toBe('none');
    expect(unknown.reason).toContain('keyMin/keyMax');
  });

  it('follows the key distribution when the source statistics gave quantiles (clustered keys)', () => {
    // 90 % of the rows have keys 1..100, the rest spread to 1,000,000: equal width would put almost
    // every row in the first segment; quantile cuts give each segment a quarter of the rows.
    const quantiles = ['1', '10', '20', '30', '40', '50', '60', '70', '80', '90', '100', '1000000'].join(',');
    const choice = makeParallelLoad(table({ attributes: { keyMin: '1', keyMax: '1000000', keyQuantiles: quantiles } }), 'postgres', { segmentBytes: 2 * GiB });
    expect(choice.parallelLoad.boundaries.map((b) => b.values[0])).toEqual(['30', '60', '80']);
    const uniform = makeParallelLoad(table({ attributes: { keyMin: '1', keyMax: '1000000' } }), 'postgres', { segmentBytes: 2 * GiB });
    expect(uniform.parallelLoad.boundaries.map((b) => b.values[0])).toEqual(['250001', '500001', '750001']);
  });

  it('quantile bounds are strictly increasing, never repeat a duplicate cut and stay above the minimum', () => {
    expect(makeQuantileBoundaries([1n, 1n, 1n, 1n, 5n, 9n], 4).map(String)).toEqual(['5']);
    expect(makeQuantileBoundaries([1n, 2n], 4)).toEqual([]);
  });

  it('ignores malformed quantiles and falls back to equal width', () => {
    const choice = makeParallelLoad(table({ attributes: { keyMin: '1', keyMax: '1000', keyQuantiles: '1,x,9' } }), 'postgres', { segmentBytes: 2 * GiB });
    expect(choice.parallelLoad.boundaries.map((b) => b.values[0])).toEqual(['251', '501', '751']);
  });
});
