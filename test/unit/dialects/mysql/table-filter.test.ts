import { describe, expect, it } from 'vitest';
import { makeTableFilter } from '../../../../src/util/table-filter.js';

describe('makeTableFilter (mysql copy)', () => {
  it('matches table-only and schema-qualified globs case-insensitively', () => {
    const keep = makeTableFilter(['GL_*', 'erp.ord?r*'], ['*_tmp']);
    expect([keep('fin', 'gl_balance'), keep('fin', 'gl_balance_tmp'), keep('erp', 'orders'), keep('hr', 'orders')]).toEqual([true, false, true, false]);
    expect(makeTableFilter([], [])('any', 'thing')).toBe(true);
  });
});
