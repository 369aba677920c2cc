import { describe, expect, it } from 'vitest';
import { needsQuoting, utf8Length } from '../../../../src/inventory/checks/identifiers.js';
import { col, schema, snapshot, source, table } from '../make-snapshot.js';
import { brief, findingsOf } from './run.js';

const RULES = ['identifier-too-long', 'identifier-needs-quoting', 'identifier-mixed-case', 'identifier-case-collision'];

describe('identifier checks', () => {
  it('counts UTF-8 bytes, not characters: 21 Korean syllables are 63 bytes, 22 are 66', () => {
    const fits = '가'.repeat(21);
    const tooLong = '가'.repeat(22);
    expect(fits.length).toBe(21);
    expect(utf8Length(fits)).toBe(63);
    const t = table('T', { columns: [col('ID', 'int'), col(fits, 'int'), col(tooLong, 'int')] });
    const found = findingsOf(snapshot([schema('app', [t])], source('postgres')), ['identifier-too-long']);
    expect(brief(found)).toEqual(['identifier-too-long warning app.T']);
    expect(found[0]!.message).toBe(`column names longer than 63 UTF-8 bytes, which PostgreSQL truncates: ${tooLong} (66 bytes)`);
  });

  it('flags reserved words, spaces and special characters, mixed case and case collisions', () => {
    const nav = table('CRONUS$G_L Entry', { columns: [col('Entry No_', 'int'), col('order', 'int'), col('Amount', 'int'), col('AMOUNT', 'int')] });
    const found = findingsOf(snapshot([schema('dbo', [nav, table('user'), table('Clean_Name')])], source('mssql')), RULES);
    expect(brief(found)).toEqual([
      'identifier-case-collision blocker dbo.CRONUS$G_L Entry',
      'identifier-needs-quoting warning dbo.CRONUS$G_L Entry',
      'identifier-needs-quoting warning dbo.CRONUS$G_L Entry',
      'identifier-needs-quoting warning dbo.user',
      'identifier-mixed-case info dbo.CRONUS$G_L Entry',
      'identifier-mixed-case info dbo.CRONUS$G_L Entry',
      'identifier-mixed-case info dbo.Clean_Name',
    ]);
    expect(found[0]!.message).toBe('column names that become the same name once folded to lower case: AMOUNT, Amount');
  });

  it('is silent on ordinary upper-case Oracle names', () => {
    const t = table('GL_JE_LINES', { columns: [col('JE_HEADER_ID', 'NUMBER', { precision: 15, scale: 0 })], primaryKey: { name: null, columns: ['JE_HEADER_ID'] } });
    expect(findingsOf(snapshot([schema('GL', [t])]), RULES)).toEqual([]);
  });

  it('needsQuoting', () => {
    expect([needsQuoting('ORDER'), needsQuoting('Entry No_'), needsQuoting('a$b'), needsQuoting('$a'), needsQuoting('1st'), needsQuoting('VENDTABLE')])
      .toEqual([true, true, false, true, true, false]);
  });
});
