import { describe, expect, it } from 'vitest';
import { batchesOf, rowConverter, toCellValue, utcTimestampText } from '../../../../src/dialects/cell-values.js';
import { copyTextValue, encodeCopyBatch } from '../../../../src/dialects/postgres/write.js';
import { mysqlWriteValue, writeSqlMode } from '../../../../src/dialects/mysql/write.js';
import { runScriptStatements } from '../../../../src/dialects/script-runner.js';
import { scriptUnits } from '../../../../src/ddl/script-units.js';
import { ErpMigrateError } from '../../../../src/errors.js';

describe('toCellValue: driver output → contract representation', () => {
  it('keeps numbers as exact text and adds the leading zero Oracle leaves out', () => {
    expect(toCellValue('int64', '9223372036854775807')).toBe('9223372036854775807');
    expect(toCellValue('decimal', '-.5')).toBe('-0.5');
    expect(toCellValue('decimal', '.25')).toBe('0.25');
    expect(toCellValue('int32', 42)).toBe('42');
    expect(toCellValue('float64', 0.1)).toBe('0.1');
  });

  it('spells booleans, bytes and UTC timestamps one way', () => {
    expect([toCellValue('bool', 't'), toCellValue('bool', 'f'), toCellValue('bool', '1'), toCellValue('bool', 0), toCellValue('bool', Buffer.from([1]))])
      .toEqual([true, false, true, false, true]);
    expect(toCellValue('blob', '\\x00ff41')).toEqual(Buffer.from([0, 255, 0x41]));
    expect(toCellValue('timestamptz', '2024-01-02 03:04:05.123456+00')).toBe('2024-01-02 03:04:05.123456+00:00');
    expect(toCellValue('timestamp', '2024-01-02T03:04:05')).toBe('2024-01-02 03:04:05');
  });

  it('tells NULL from the empty string', () => {
    expect(toCellValue('varchar', null)).toBeNull();
    expect(toCellValue('varchar', '')).toBe('');
    expect(toCellValue('blob', Buffer.alloc(0))).toEqual(Buffer.alloc(0));
  });

  it('reads offsets in every spelling servers use', () => {
    expect(utcTimestampText('2024-01-02 03:04:05Z')).toBe('2024-01-02 03:04:05+00:00');
    expect(utcTimestampText('2024-01-02 03:04:05 +05:30')).toBe('2024-01-02 03:04:05+05:30');
    expect(utcTimestampText('2024-01-02 03:04:05-0800')).toBe('2024-01-02 03:04:05-08:00');
    // MySQL TIMESTAMP text has no offset; the reader's session is UTC.
    expect(utcTimestampText('2024-01-02 03:04:05.5')).toBe('2024-01-02 03:04:05.5+00:00');
  });

  it('groups rows into batches of at most batchRows', async () => {
    const convert = rowConverter({ schema: 's', name: 't', columns: [{ name: 'a', type: { kind: 'int32' } }] });
    const sizes: number[] = [];
    for await (const batch of batchesOf((async function* () { for (let i = 0; i < 7; i += 1) yield [i]; })(), 3, convert)) sizes.push(batch.length);
    expect(sizes).toEqual([3, 3, 1]);
  });
});

describe('PostgreSQL COPY text encoding', () => {
  it('escapes backslash, tab, newline and carriage return, and writes NULL as \\N', () => {
    expect(copyTextValue('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyTextValue('\\N')).toBe('\\\\N');
    expect(copyTextValue(null)).toBe('\\N');
    expect(copyTextValue('')).toBe('');
    expect(copyTextValue(true)).toBe('t');
    expect(copyTextValue(Buffer.from([0, 0x5c]))).toBe('\\\\x005c');
    expect(encodeCopyBatch([['1', null], ['2', '']]).toString()).toBe('1\t\\N\n2\t\n');
  });
});

describe('MySQL write session', () => {
  it('turns strict mode on, backslash escapes on, and keeps explicit zero keys', () => {
    expect(writeSqlMode('NO_BACKSLASH_ESCAPES,ANSI_QUOTES')).toBe('ANSI_QUOTES,STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO');
    expect(writeSqlMode('')).toBe('STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO');
    expect(writeSqlMode('STRICT_ALL_TABLES')).toBe('STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO');
  });

  it('drops the UTC offset MariaDB cannot parse, only from timestamptz', () => {
    expect(mysqlWriteValue('2024-01-01 00:00:00.5+00:00', 'timestamptz')).toBe('2024-01-01 00:00:00.5');
    expect(mysqlWriteValue('x+00:00', 'text')).toBe('x+00:00');
  });
});

describe('script units and the script runner', () => {
  it('splits each dialect with its DDL splitter, lines kept', () => {
    const pg = [...scriptUnits('postgres', 'SELECT 1;\n\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n', 'a.sql')];
    expect(pg.map((u) => u.line)).toEqual([1, 3]);
    const my = [...scriptUnits('mysql', 'DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\nDELIMITER ;\nSELECT 2;\n', 'a.sql')];
    expect(my.map((u) => [u.line, u.text.startsWith('CREATE PROCEDURE')])).toEqual([[2, true], [4, false]]);
    const ora = [...scriptUnits('oracle', 'BEGIN\n  NULL;\nEND;\n/\nSELECT 1 FROM dual;\n', 'a.sql')];
    expect(ora.map((u) => [u.line, u.text])).toEqual([[1, 'BEGIN\n  NULL;\nEND;'], [5, 'SELECT 1 FROM dual']]);
    const ms = [...scriptUnits('mssql', 'DECLARE @x int = 1;\nSELECT @x;\nGO\nCREATE VIEW v AS SELECT 1 AS a\nGO 2\n', 'a.sql')];
    expect(ms).toEqual([{ text: 'DECLARE @x int = 1;\nSELECT @x;', line: 1 }, { text: 'CREATE VIEW v AS SELECT 1 AS a', line: 4 }]);
  });

  it('stops at the failing unit, names file:line, and rolls back when transactional', async () => {
    const log: string[] = [];
    const session = {
      execute: async (sql: string) => { log.push(sql); if (sql === 'bad') throw Object.assign(new Error('syntax error at "bad"\nLINE 1'), { code: '42601' }); },
      begin: async () => void log.push('BEGIN'),
      commit: async () => void log.push('COMMIT'),
      rollback: async () => void log.push('ROLLBACK'),
    };
    const units = [{ text: 'ok', line: 1 }, { text: 'bad', line: 7 }, { text: 'never', line: 9 }];
    const error = await runScriptStatements(units, session, 'post-load.sql', true).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ErpMigrateError);
    expect((error as ErpMigrateError).message).toBe('post-load.sql:7: statement failed: syntax error at "bad" (42601)');
    expect((error as ErpMigrateError).exitCode).toBe(2);
    expect(log).toEqual(['BEGIN', 'ok', 'bad', 'ROLLBACK']);
    log.length = 0;
    expect(await runScriptStatements(units.slice(0, 1), session, 'x.sql', false)).toEqual({ statements: 1 });
    expect(log).toEqual(['ok']);
  });
});
