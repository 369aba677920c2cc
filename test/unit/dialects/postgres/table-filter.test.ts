import { describe, expect, it } from 'vitest';
import { makeTableFilter } from '../../../../src/util/table-filter.js';

describe('makeTableFilter', () => {
  it('keeps everything without patterns', () => {
    expect(makeTableFilter([], [])('sales', 'orders')).toBe(true);
  });
  it('matches table-only and schema-qualified globs case-insensitively', () => {
    const keep = makeTableFilter(['GL_*', 'sales.ord?r*'], ['*_tmp', 'sales.order_arch']);
    expect(keep('fin', 'gl_balance')).toBe(true);
    expect(keep('fin', 'gl_balance_tmp')).toBe(false);
    expect(keep('sales', 'orders')).toBe(true);
    expect(keep('sales', 'order_arch')).toBe(false);
    expect(keep('other', 'orders')).toBe(false);
    expect(keep('fin', 'ap_invoice')).toBe(false);
  });
  it('treats regex characters literally', () => {
    expect(makeTableFilter(['a+b'], [])('s', 'a+b')).toBe(true);
    expect(makeTableFilter(['a+b'], [])('s', 'aab')).toBe(false);
  });
});
