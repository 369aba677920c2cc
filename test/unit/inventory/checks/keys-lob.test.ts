import { describe, expect, it } from 'vitest';
import type { DialectName } from '../../../../src/model/catalog.js';
import { col, schema, snapshot, source, table } from '../make-snapshot.js';
import { brief, findingsOf } from './run.js';

const keyless = table('NOKEY', { primaryKey: null });
const uniqueIndexOnly = table('UIDX', { primaryKey: null, indexes: [{ name: 'UIDX_U', unique: true, kind: 'btree', columns: [{ name: 'ID', descending: false }] }] });
const uniqueConstraint = table('UC', { primaryKey: null, uniqueKeys: [{ name: 'UC_U', columns: ['ID'] }] });

describe('no-primary-key', () => {
  it('is a blocker with CDC and names the DMS assessment', () => {
    const found = findingsOf(snapshot([schema('APP', [keyless, table('OK')])]), ['no-primary-key']);
    expect(brief(found)).toEqual(['no-primary-key blocker APP.NOKEY']);
    expect(found[0]!.hint).toContain('table-with-no-primary-key-or-unique-constraint');
  });

  it('is a warning for a full load only', () => {
    expect(brief(findingsOf(snapshot([schema('APP', [keyless])]), ['no-primary-key'], { migrationType: 'full-load' })))
      .toEqual(['no-primary-key warning APP.NOKEY']);
  });

  it('gives the CDC prerequisite of the source dialect, never another engine\'s', () => {
    const hint = (dialect: DialectName) => findingsOf(snapshot([schema('APP', [keyless])], source(dialect)), ['no-primary-key'])[0]!.hint;
    expect(hint('oracle')).toContain('ADD SUPPLEMENTAL LOG DATA (ALL) COLUMNS');
    expect(hint('postgres')).toContain('REPLICA IDENTITY FULL');
    expect(hint('postgres')).toContain('wal_level = logical');
    expect(hint('mysql')).toContain('binlog_format = ROW');
    expect(hint('mssql')).toContain('MS-CDC');
    for (const dialect of ['postgres', 'mysql', 'mssql'] as const) expect(hint(dialect)).not.toMatch(/supplemental|oracle/i);
    expect(findingsOf(snapshot([schema('APP', [keyless])], source('postgres')), ['no-primary-key'], { migrationType: 'full-load' })[0]!.hint).not.toContain('REPLICA IDENTITY');
  });

  it('accepts a unique constraint or a plain unique index as row identity', () => {
    expect(findingsOf(snapshot([schema('APP', [uniqueIndexOnly, uniqueConstraint, table('OK')])]), ['no-primary-key'])).toEqual([]);
  });
});

describe('LOB columns', () => {
  const withClob = table('DOCS', { columns: [col('ID', 'NUMBER', { precision: 10, scale: 0 }), col('BODY', 'CLOB'), col('PIC', 'BLOB')] });
  const withLong = table('NOTES', { columns: [col('ID', 'NUMBER', { precision: 10, scale: 0 }), col('TXT', 'LONG')] });
  const keylessLob = table('ATTACH', { primaryKey: null, columns: [col('ID', 'NUMBER', { precision: 10, scale: 0 }), col('DATA', 'BLOB')] });

  it('reports LOB tables with the LOB mode they need', () => {
    const found = findingsOf(snapshot([schema('APP', [withClob, withLong, table('PLAIN')])]), ['lob-columns']);
    expect(brief(found)).toEqual(['lob-columns info APP.DOCS', 'lob-columns info APP.NOTES']);
    expect(found[0]!.message).toBe('2 LOB columns (BODY CLOB, PIC BLOB): needs limited LOB mode with LobMaxSize at or above the largest value ' +
      '(measure MAX(DBMS_LOB.GETLENGTH) / MAX(DATALENGTH) / MAX(OCTET_LENGTH)); full LOB mode, or inline LOB mode, when some values are larger');
    expect(found[1]!.message).toContain('limited LOB mode (LONG/LONG RAW/XMLType cannot use full LOB mode');
  });

  it('makes a keyless LOB table a blocker', () => {
    const found = findingsOf(snapshot([schema('APP', [keylessLob, withClob])]), ['lob-without-key', 'lob-columns']);
    expect(brief(found)).toEqual(['lob-without-key blocker APP.ATTACH', 'lob-columns info APP.DOCS']);
    expect(found[0]!.hint).toContain('table-with-lob-but-without-primary-key-or-unique-constraint');
  });
});
