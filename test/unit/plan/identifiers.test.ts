import { describe, expect, it } from 'vitest';
import { isValidDmsIdentifier, makeRuleNamer, makeTaskId } from '../../../src/plan/identifiers.js';

describe('identifiers', () => {
  it('task ids are DMS-valid, stable and independent of table order', () => {
    const id = makeTaskId(3, 'reference', ['HR.REGIONS', 'HR.JOBS']);
    expect(id).toMatch(/^erpm-w3-reference-[0-9a-f]{8}$/);
    expect(isValidDmsIdentifier(id)).toBe(true);
    expect(isValidDmsIdentifier(id, 31)).toBe(true);
    expect(makeTaskId(3, 'reference', ['HR.JOBS', 'HR.REGIONS'])).toBe(id);
    expect(makeTaskId(3, 'reference', ['HR.JOBS', 'HR.REGIONS', 'HR.COUNTRIES'])).not.toBe(id);
    expect(makeTaskId(2, 'reference', ['HR.JOBS', 'HR.REGIONS'])).not.toBe(id);
  });

  it('knows the DMS identifier rules', () => {
    expect(isValidDmsIdentifier('1abc')).toBe(false);
    expect(isValidDmsIdentifier('a--b')).toBe(false);
    expect(isValidDmsIdentifier('ab-')).toBe(false);
    expect(isValidDmsIdentifier('a_b')).toBe(false);
    expect(isValidDmsIdentifier('a'.repeat(256))).toBe(false);
    expect(isValidDmsIdentifier('a'.repeat(255))).toBe(true);
  });

  it('rule names are unique, alphanumeric with underscores, derived from content', () => {
    const name = makeRuleNamer();
    expect(name('include', ['HR', 'EMPLOYEES'])).toBe('include_HR_EMPLOYEES');
    const again = name('include', ['HR', 'EMPLOYEES']);
    expect(again).toMatch(/^include_HR_EMPLOYEES_[0-9a-f]{8}$/);
    const dotted = name('rename', ['A.B', 'C']);
    expect(dotted).toMatch(/^rename_A_B_C_[0-9a-f]{8}$/);
    expect(name('rename', ['A', 'B_C'])).toBe('rename_A_B_C');
    for (const n of [again, dotted]) expect(n).toMatch(/^[A-Za-z0-9_]+$/);
  });
});
