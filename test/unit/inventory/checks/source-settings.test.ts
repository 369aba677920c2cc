import { describe, expect, it } from 'vitest';
import { schema, snapshot, source, table } from '../make-snapshot.js';
import { brief, findingsOf } from './run.js';

const RULES = ['oracle-charset', 'oracle-archivelog', 'oracle-supplemental-logging', 'oracle-supplemental-logging-pk', 'oracle-force-logging',
  'mssql-tde', 'mssql-recovery-model', 'mssql-cdc-disabled', 'mssql-replication-published', 'postgres-wal-level', 'mysql-binlog-off',
  'mysql-binlog-format', 'mysql-binlog-row-image', 'source-setting-unknown'];
const tables = [schema('APP', [table('T')])];
const run = (dialect: Parameters<typeof source>[0], options: Record<string, string | boolean | null>, migrationType?: 'full-load') =>
  brief(findingsOf(snapshot(tables, source(dialect, options)), RULES, migrationType === undefined ? {} : { migrationType }));

describe('oracle settings', () => {
  it('NOARCHIVELOG, supplemental logging off, no force logging, WE8MSWIN1252', () => {
    expect(run('oracle', { logMode: 'NOARCHIVELOG', supplementalLogDataMin: 'NO', supplementalLogDataPk: 'NO', supplementalLogDataAll: 'NO', forceLogging: 'NO', nlsCharacterset: 'WE8MSWIN1252' }))
      .toEqual(['oracle-archivelog blocker database', 'oracle-supplemental-logging blocker database', 'oracle-charset warning database', 'oracle-force-logging info database']);
  });

  it('minimal logging on but no PK logging warns; a ready database is silent', () => {
    expect(run('oracle', { logMode: 'ARCHIVELOG', supplementalLogDataMin: 'IMPLICIT', supplementalLogDataPk: 'NO', forceLogging: 'YES', nlsCharacterset: 'AL32UTF8' }))
      .toEqual(['oracle-supplemental-logging-pk warning database']);
    expect(run('oracle', { logMode: 'ARCHIVELOG', supplementalLogDataMin: 'YES', supplementalLogDataPk: 'YES', forceLogging: 'YES', nlsCharacterset: 'AL32UTF8' })).toEqual([]);
  });

  it('reads the character set from source.charset, as the Oracle reader writes NLS_CHARACTERSET there', () => {
    const found = findingsOf(snapshot(tables, source('oracle', { logMode: 'ARCHIVELOG', supplementalLogDataMin: 'YES', supplementalLogDataPk: 'YES', forceLogging: 'YES' }, 'WE8ISO8859P1')), RULES);
    expect(brief(found)).toEqual(['oracle-charset warning database']);
    expect(found[0]!.message).toBe('database character set is WE8ISO8859P1, not AL32UTF8');
  });

  it('a full load ignores the CDC settings; unknown settings from a DDL export are info', () => {
    expect(run('oracle', { logMode: 'NOARCHIVELOG', nlsCharacterset: 'AL32UTF8' }, 'full-load')).toEqual([]);
    const found = findingsOf(snapshot(tables, source('oracle', {}, 'AL32UTF8')), RULES, {}, 'ddl');
    expect(brief(found)).toEqual(['source-setting-unknown info database', 'source-setting-unknown info database']);
    expect(found[0]!.message).toContain('a DDL export does not record it');
  });
});

describe('sql server settings', () => {
  it('SIMPLE recovery, CDC off with a keyless table, published, TDE', () => {
    const keyless = [schema('dbo', [table('T', { primaryKey: null })])];
    const found = findingsOf(snapshot(keyless, source('mssql', { recoveryModel: 'SIMPLE', isCdcEnabled: false, isPublished: true, isEncrypted: true })), RULES);
    expect(brief(found)).toEqual(['mssql-recovery-model blocker database', 'mssql-cdc-disabled warning database', 'mssql-tde warning database', 'mssql-replication-published info database']);
  });

  it('FULL recovery with CDC on is silent', () => {
    expect(run('mssql', { recoveryModel: 'FULL', isCdcEnabled: true, isPublished: false, isEncrypted: false })).toEqual([]);
    expect(run('mssql', { recoveryModel: 'BULK_LOGGED', isCdcEnabled: true, isMergePublished: true })).toEqual(['mssql-recovery-model warning database', 'mssql-replication-published info database']);
  });
});

describe('postgres and mysql settings', () => {
  it('wal_level replica blocks CDC, logical does not (snake_case key as the postgres reader writes it)', () => {
    expect(run('postgres', { wal_level: 'replica' })).toEqual(['postgres-wal-level blocker database']);
    expect(run('postgres', { wal_level: 'logical' })).toEqual([]);
  });

  it('binlog_format and binlog_row_image', () => {
    expect(run('mysql', { binlog_format: 'MIXED', binlog_row_image: 'MINIMAL', log_bin: 'ON' }))
      .toEqual(['mysql-binlog-format blocker database', 'mysql-binlog-row-image blocker database']);
    expect(run('mysql', { binlog_format: 'ROW', binlog_row_image: 'FULL', log_bin: 'ON' })).toEqual([]);
  });
});
