import { describe, expect, it } from 'vitest';
import { schema, snapshot, source, table } from '../make-snapshot.js';
import { brief, findingsOf } from './run.js';

const RULES = ['oracle-table-supplemental-logging'];
const keyed = (name: string, groups?: string) => table(name, groups === undefined ? {} : { attributes: { supplementalLogGroups: groups } });
const keyless = (name: string, groups: string) => table(name, { primaryKey: null, attributes: { supplementalLogGroups: groups } });
const run = (tables: ReturnType<typeof table>[], options: Record<string, string>, migrationType?: 'full-load') =>
  brief(findingsOf(snapshot([schema('GL', tables)], source('oracle', options)), RULES, migrationType === undefined ? {} : { migrationType }));

describe('Oracle table-level supplemental logging', () => {
  const noPk = { supplementalLogDataMin: 'YES', supplementalLogDataPk: 'NO', supplementalLogDataAll: 'NO' };

  it('flags keyed tables without a key log group and keyless tables without ALL COLUMN logging', () => {
    expect(run([keyed('A', ''), keyed('B', 'PRIMARY KEY LOGGING'), keyed('C', 'ALL COLUMN LOGGING'), keyless('D', 'PRIMARY KEY LOGGING'), keyless('E', 'ALL COLUMN LOGGING')], noPk))
      .toEqual(['oracle-table-supplemental-logging warning GL.A', 'oracle-table-supplemental-logging warning GL.D']);
  });

  it('database-level PK logging covers keyed tables, not keyless ones; database-level ALL covers both', () => {
    expect(run([keyed('A', ''), keyless('D', '')], { ...noPk, supplementalLogDataPk: 'YES' })).toEqual(['oracle-table-supplemental-logging warning GL.D']);
    expect(run([keyed('A', ''), keyless('D', '')], { ...noPk, supplementalLogDataAll: 'YES' })).toEqual([]);
  });

  it('says nothing when the log groups could not be read, or for a full load', () => {
    expect(run([keyed('A')], noPk)).toEqual([]);
    expect(run([keyed('A', '')], noPk, 'full-load')).toEqual([]);
  });
});
