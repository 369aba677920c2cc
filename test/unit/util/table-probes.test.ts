import { describe, expect, it } from 'vitest';
import { joinQuantiles, samplePercent } from '../../../src/util/table-probes.js';

describe('key distribution sampling', () => {
  it('samples about 200,000 rows of a large table, the whole of a small one', () => {
    expect(samplePercent(null)).toBeNull();
    expect(samplePercent(400_000)).toBeNull();
    expect(samplePercent(2_400_000)).toBe('8.333333');
    expect(samplePercent(1_000_000_000)).toBe('0.02');
    expect(samplePercent(1e15)).toBe('0.000001');
  });

  it('joins the bucket bounds, dropping NULL buckets, and needs three to be useful', () => {
    expect(joinQuantiles(['10', null, '20', '9007199254740993'])).toBe('10,20,9007199254740993');
    expect(joinQuantiles(['10', '20'])).toBeNull();
    expect(joinQuantiles(['1', '2.5', '3'])).toBeNull();
  });
});
