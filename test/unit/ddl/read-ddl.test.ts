import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDdlSnapshot } from '../../../src/ddl/read-ddl.js';
import { parseStatsCsv, splitCsvLine } from '../../../src/ddl/stats-csv.js';
import { UsageError } from '../../../src/errors.js';

const TESTDATA = '/work/shared/testdata';
const HR = `${TESTDATA}/oracle/human_resources/hr_create.sql`;
const work = mkdtempSync(path.join(tmpdir(), 'erp-ddl-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function writeWork(name: string, content: string | Uint8Array): string {
  const file = path.join(work, name);
  writeFileSync(file, content);
  return file;
}

async function failure(promise: Promise<unknown>): Promise<UsageError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('readDdlSnapshot', () => {
  it('produces a snapshot with DDL source info and the schema folded the Oracle way', async () => {
    const snapshot = await readDdlSnapshot([HR], { dialect: 'oracle', defaultSchema: 'hr' });
    expect(snapshot.source).toEqual({ dialect: 'oracle', version: null, charset: null, options: {} });
    expect(snapshot.schemas.map((s) => [s.name, s.tables.length])).toEqual([['HR', 7]]);
    expect(snapshot.notes).toEqual([]);
  });

  it('reads a directory as its *.sql files in name order', async () => {
    const snapshot = await readDdlSnapshot([`${TESTDATA}/oracle/human_resources`], { dialect: 'oracle', defaultSchema: 'HR' });
    // hr_code.sql (procedures, triggers), hr_create.sql (tables), hr_install.sql, hr_populate.sql (inserts)
    expect(snapshot.schemas[0]?.tables).toHaveLength(7);
    expect(snapshot.schemas[0]?.routines.map((r) => [r.name, r.kind])).toEqual([['ADD_JOB_HISTORY', 'procedure'], ['SECURE_DML', 'procedure']]);
    expect(snapshot.schemas[0]?.triggers.map((t) => [t.name, t.table])).toEqual([['SECURE_EMPLOYEES', 'EMPLOYEES'], ['UPDATE_JOB_HISTORY', 'EMPLOYEES']]);
  });

  it('attaches constraints and indexes from a later file to a table created in an earlier one', async () => {
    const tables = writeWork('01_tables.sql', 'CREATE TABLE parent (id NUMBER);\nCREATE TABLE child (id NUMBER, parent_id NUMBER);\n');
    const keys = writeWork('02_keys.sql', 'ALTER TABLE parent ADD CONSTRAINT parent_pk PRIMARY KEY (id);\n'
      + 'ALTER TABLE child ADD CONSTRAINT child_fk FOREIGN KEY (parent_id) REFERENCES parent;\nCREATE INDEX child_ix ON child (parent_id);\n');
    const snapshot = await readDdlSnapshot([tables, keys], { dialect: 'oracle', defaultSchema: 'APP' });
    const child = snapshot.schemas[0]?.tables.find((t) => t.name === 'CHILD');
    expect(child?.foreignKeys).toEqual([{ name: 'CHILD_FK', columns: ['PARENT_ID'], refSchema: 'APP', refTable: 'PARENT', refColumns: ['ID'], onDelete: 'NO ACTION' }]);
    expect(child?.indexes.map((i) => i.name)).toEqual(['CHILD_IX']);
    expect(snapshot.schemas[0]?.tables.find((t) => t.name === 'PARENT')?.columns[0]?.nullable).toBe(false);
  });

  it('reads SQL Server scripts into dbo by default', async () => {
    const snapshot = await readDdlSnapshot([`${TESTDATA}/sqlserver/pubs/instpubs.sql`], { dialect: 'mssql' });
    expect(snapshot.schemas.map((s) => [s.name, s.tables.length])).toEqual([['dbo', 11]]);
  });

  it('carries the Latin-1 fallback note of oe_p_cus.sql', async () => {
    const snapshot = await readDdlSnapshot([`${TESTDATA}/oracle/order_entry`], { dialect: 'oracle', defaultSchema: 'OE' });
    expect(snapshot.notes.filter((n) => n.rule === 'ddl-encoding-fallback').map((n) => path.basename(n.object))).toEqual(['oe_p_cus.sql']);
    expect(snapshot.schemas.find((s) => s.name === 'OE')?.tables).toHaveLength(6);
  });

  it('hands PostgreSQL files to the PostgreSQL reader', async () => {
    const snapshot = await readDdlSnapshot([`${TESTDATA}/chinook/Chinook_PostgreSql.sql`], { dialect: 'postgres' });
    expect(snapshot.schemas.flatMap((s) => s.tables)).toHaveLength(11);
  });
});

describe('readDdlSnapshot bad inputs (UsageError, exit 2)', () => {
  it('a missing file is E_DDL_FILE naming it', async () => {
    const error = await failure(readDdlSnapshot([path.join(work, 'nope.sql')], { dialect: 'oracle' }));
    expect(error).toMatchObject({ code: 'E_DDL_FILE', exitCode: 2 });
    expect(error.message).toContain('nope.sql');
  });

  it('random bytes are E_DDL_ENCODING naming the file', async () => {
    let seed = 42;
    const bytes = Uint8Array.from({ length: 8192 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed >> 23;
    });
    const error = await failure(readDdlSnapshot([writeWork('random.sql', bytes)], { dialect: 'oracle' }));
    expect(error).toMatchObject({ code: 'E_DDL_ENCODING', exitCode: 2 });
    expect(error.message).toContain('random.sql');
  });

  it('Northwind read as Oracle is E_DDL_DIALECT_MISMATCH with a hint naming mssql', async () => {
    const error = await failure(readDdlSnapshot([`${TESTDATA}/sqlserver/northwind/instnwnd.sql`], { dialect: 'oracle' }));
    expect(error).toMatchObject({ code: 'E_DDL_DIALECT_MISMATCH', exitCode: 2 });
    expect(error.message).toContain('SQL Server');
    expect(error.hint).toContain('--dialect mssql');
  });

  it('Oracle HR read as SQL Server and Chinook MySQL read as PostgreSQL are refused too', async () => {
    expect((await failure(readDdlSnapshot([HR], { dialect: 'mssql' }))).hint).toContain('--dialect oracle');
    expect((await failure(readDdlSnapshot([`${TESTDATA}/chinook/Chinook_MySql.sql`], { dialect: 'postgres' }))).hint).toContain('--dialect mysql');
  });

  it('a file set with no tables is E_DDL_NO_TABLES', async () => {
    const error = await failure(readDdlSnapshot([`${TESTDATA}/oracle/human_resources/hr_populate.sql`], { dialect: 'oracle' }));
    expect(error).toMatchObject({ code: 'E_DDL_NO_TABLES', exitCode: 2 });
  });

  it('one broken CREATE TABLE among good ones still gives an inventory, the broken one a note with file:line', async () => {
    const file = writeWork('mixed.sql', 'CREATE TABLE ok1 (a NUMBER(5));\nCREATE TABLE bad (a NUMBER(5) WHATEVER 12,\n b DATE);\nCREATE TABLE ok2 (a DATE);\n');
    const snapshot = await readDdlSnapshot([file], { dialect: 'oracle', defaultSchema: 'APP' });
    expect(snapshot.schemas[0]?.tables.map((t) => t.name)).toEqual(['OK1', 'OK2']);
    expect(snapshot.notes.map((n) => [n.rule, n.severity, n.object])).toEqual([['ddl-unreadable-statement', 'warning', `${file}:2`]]);
  });
});

describe('--stats CSV', () => {
  it('fills rowCount and bytes (never exact) and notes unknown tables', async () => {
    const stats = writeWork('stats.csv', 'schema,table,rows,bytes\nHR,EMPLOYEES,107,65536\n"HR","JOBS",19,\nhr,regions,4,8192\nHR,NO_SUCH,1,1\n');
    const snapshot = await readDdlSnapshot([HR], { dialect: 'oracle', defaultSchema: 'HR', statsFile: stats });
    const byName = new Map(snapshot.schemas[0]?.tables.map((t) => [t.name, [t.rowCount, t.rowCountExact, t.bytes]]));
    expect(byName.get('EMPLOYEES')).toEqual([107, false, 65536]);
    expect(byName.get('JOBS')).toEqual([19, false, null]);
    expect(byName.get('REGIONS')).toEqual([4, false, 8192]);
    expect(byName.get('COUNTRIES')).toEqual([null, false, null]);
    expect(snapshot.notes.map((n) => [n.rule, n.object])).toEqual([['ddl-stats-unknown-table', `${stats}:5`]]);
  });

  it('refuses a bad line with file:line, and a missing header', () => {
    expect(() => parseStatsCsv('schema,table,rows,bytes\nHR,T,12,\nHR,U,many,1\n', 's.csv')).toThrow(/^s\.csv:3: rows "many"/);
    expect(() => parseStatsCsv('HR,T,12,1\n', 's.csv')).toThrow(/^s\.csv:1: header/);
    expect(() => parseStatsCsv('schema,table,rows\n"HR,T,12\n', 's.csv')).toThrow(/s\.csv:2: unclosed quote/);
    try {
      parseStatsCsv('schema,table,rows,bytes\nHR,T,1,-5\n', 's.csv');
    } catch (error) {
      expect(error).toMatchObject({ code: 'E_DDL_STATS', exitCode: 2 });
    }
  });

  it('parses quoted fields with commas and doubled quotes, in any column order', () => {
    expect(splitCsvLine('"a,b","say ""hi""",3')).toEqual(['a,b', 'say "hi"', '3']);
    expect(parseStatsCsv('rows,Table,SCHEMA\n10,"Order Details",dbo\n', 's.csv')).toEqual([
      { schema: 'dbo', table: 'Order Details', rows: 10, bytes: null, line: 2 },
    ]);
  });
});
