import { describe, expect, it } from 'vitest';
import type { DialectName } from '../../../../src/model/catalog.js';
import { schema, snapshot, source, table } from '../make-snapshot.js';
import { brief, findingsOf } from './run.js';

const unknownCounts = (dialect: DialectName, origin: 'live' | 'ddl' = 'live') => findingsOf(
  snapshot([schema('APP', [table('A', { rowCount: null }), table('B', { rowCount: null }), table('C')])], source(dialect)), ['row-counts-unknown'], {}, origin);

describe('row-counts-unknown', () => {
  it('one database-level warning naming how many tables and how to get statistics on this source', () => {
    const found = unknownCounts('postgres');
    expect(brief(found)).toEqual(['row-counts-unknown warning database']);
    expect(found[0]!.message).toBe('row counts unknown for 2 of 3 tables (no optimizer statistics: never analysed?): totals count them as unknown, not 0, and large tables may go unnoticed');
    expect(found[0]!.hint).toBe('run ANALYZE on the source database, then assess again; or assess --exact-counts (COUNT(*) per table)');
  });

  it('names each engine\'s own statistics command', () => {
    expect(unknownCounts('mysql')[0]!.hint).toContain('ANALYZE TABLE');
    expect(unknownCounts('oracle')[0]!.hint).toContain('DBMS_STATS.GATHER_SCHEMA_STATS');
    expect(unknownCounts('mssql')[0]!.hint).toContain('UPDATE STATISTICS');
  });

  it('for a DDL export points at --stats', () => {
    const found = unknownCounts('oracle', 'ddl');
    expect(found[0]!.message).toBe('row counts unknown for 2 of 3 tables (a DDL export has none): totals count them as unknown, not 0, and large tables may go unnoticed');
    expect(found[0]!.hint).toBe('give assess --stats with a CSV of schema,table,rows,bytes (e.g. from the source\'s statistics views)');
  });

  it('says nothing when every count is known', () => {
    expect(findingsOf(snapshot([schema('APP', [table('A')])], source('postgres')), ['row-counts-unknown'])).toEqual([]);
  });
});
