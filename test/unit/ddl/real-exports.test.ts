/**
 * Exports in the shapes the tools write them, beyond the sample schemas of shared/testdata:
 * - oracle-expdp-sqlfile.sql: `impdp … SQLFILE=` output (object-path comments, ALTER SESSION, CREATE USER,
 *   identity options without parentheses as DBMS_METADATA writes them, SECUREFILE LOB clauses, indexes
 *   and constraints after the tables, a DECLARE … / statistics block);
 * - oracle-dbms-metadata.sql: `DBMS_METADATA.GET_DDL('TABLE', …)` with USING INDEX storage and interval partitioning;
 * - mssql-ssms-generate-scripts-utf16.sql: SSMS "Generate Scripts" saved as Unicode (UTF-16 LE with BOM, CRLF),
 *   with CREATE DATABASE, alias types, WITH (…) ON [PRIMARY], TEXTIMAGE_ON, INCLUDE + filtered index,
 *   DEFAULT … FOR, WITH CHECK ADD CONSTRAINT, and a procedure whose body mentions GO.
 */
import { describe, expect, it } from 'vitest';
import { readDdlSnapshot } from '../../../src/ddl/read-ddl.js';
import type { CatalogSnapshot } from '../../../src/model/catalog.js';

const DIR = new URL('./exports/', import.meta.url).pathname;
const tableOf = (snapshot: CatalogSnapshot, schema: string, name: string) =>
  snapshot.schemas.find((s) => s.name === schema)?.tables.find((t) => t.name === name);

describe('Oracle Data Pump SQLFILE', async () => {
  const snapshot = await readDdlSnapshot([`${DIR}oracle-expdp-sqlfile.sql`], { dialect: 'oracle' });

  it('reads every table without a single unreadable statement', () => {
    expect(snapshot.notes).toEqual([]);
    expect(snapshot.schemas.map((s) => [s.name, s.tables.map((t) => t.name)])).toEqual([['HR', ['DOCS', 'REGIONS']]]);
  });

  it('reads an identity whose options DBMS_METADATA writes without parentheses', () => {
    const docs = tableOf(snapshot, 'HR', 'DOCS');
    expect(docs?.columns[0]).toMatchObject({ name: 'DOC_ID', nativeType: 'NUMBER', precision: 10, scale: 0, nullable: false, identity: { generation: 'by-default', start: '1', increment: '1' } });
    expect(docs?.columns[2]).toMatchObject({ name: 'CREATED', nativeType: 'TIMESTAMP(6) WITH TIME ZONE', scale: 6, default: 'SYSTIMESTAMP' });
  });

  it('attaches the later indexes and constraints, and keeps the constraint-backing index out of indexes', () => {
    const regions = tableOf(snapshot, 'HR', 'REGIONS');
    expect(regions?.primaryKey).toEqual({ name: 'REG_ID_PK', columns: ['REGION_ID'] });
    expect(regions?.indexes).toEqual([]);
    const docs = tableOf(snapshot, 'HR', 'DOCS');
    expect(docs?.indexes.map((i) => [i.name, i.columns.map((c) => `${c.name}${c.descending ? ' DESC' : ''}`)])).toEqual([['DOCS_CREATED_IX', ['CREATED DESC']]]);
    expect(docs?.foreignKeys.map((fk) => [fk.name, fk.refTable, fk.onDelete])).toEqual([['DOCS_REGION_FK', 'REGIONS', 'CASCADE']]);
    expect(snapshot.schemas[0]?.sequences.map((s) => [s.name, s.start, s.maxValue])).toEqual([['EMPLOYEES_SEQ', '207', '9999999999999999999999999999']]);
  });
});

describe('Oracle DBMS_METADATA.GET_DDL', async () => {
  const snapshot = await readDdlSnapshot([`${DIR}oracle-dbms-metadata.sql`], { dialect: 'oracle' });

  it('reads CHAR/BYTE semantics, the inline composite key with USING INDEX storage, and interval partitioning', () => {
    const periods = tableOf(snapshot, 'GL', 'GL_PERIODS');
    expect(periods?.columns.map((c) => [c.name, c.length, c.lengthSemantics ?? null])).toEqual([
      ['PERIOD_SET_NAME', 15, 'byte'], ['PERIOD_NAME', 15, 'char'], ['START_DATE', null, null],
    ]);
    expect(periods?.primaryKey).toEqual({ name: 'GL_PERIODS_PK', columns: ['PERIOD_SET_NAME', 'PERIOD_NAME'] });
    expect(periods?.partitioning).toMatchObject({ type: 'interval', columns: ['START_DATE'] });
  });
});

describe('SQL Server Management Studio "Generate Scripts" (Unicode)', async () => {
  const snapshot = await readDdlSnapshot([`${DIR}mssql-ssms-generate-scripts-utf16.sql`], { dialect: 'mssql' });
  const cust = tableOf(snapshot, 'dbo', 'CUSTTABLE');
  const trans = tableOf(snapshot, 'dbo', 'CUSTTRANS');

  it('decodes UTF-16 with CRLF and reads both tables and the procedure, nothing unreadable', () => {
    expect(snapshot.notes).toEqual([]);
    expect(snapshot.schemas[0]?.tables.map((t) => t.name)).toEqual(['CUSTTABLE', 'CUSTTRANS']);
    expect(snapshot.schemas[0]?.routines).toEqual([{ name: 'usp_Balance', kind: 'procedure', lines: 6 }]);
  });

  it('reads native types, the alias type, identity seed, (max), keys and the default added later', () => {
    expect(cust?.columns.map((c) => [c.name, c.nativeType, c.length, c.precision, c.scale])).toEqual([
      ['ACCOUNTNUM', 'nvarchar', 20, null, null], ['NAME', 'nvarchar', 100, null, null], ['CREDITMAX', 'numeric', null, 32, 16],
      ['MEMO', 'nvarchar', null, null, null], ['ITEM', 'nvarchar', 20, null, null], ['CREATEDDATETIME', 'datetime2', null, null, 7],
      ['RECID', 'bigint', null, null, null], ['ROWVER', 'timestamp', null, null, null],
    ]);
    expect(cust?.columns.find((c) => c.name === 'ITEM')?.userType).toBe('dbo.ItemId');
    expect(cust?.columns.find((c) => c.name === 'RECID')?.identity).toMatchObject({ start: '5637144576', increment: '1' });
    expect(cust?.columns.find((c) => c.name === 'CREDITMAX')?.default).toBe('((0))');
    expect(cust?.primaryKey).toEqual({ name: 'I_077RECID', columns: ['RECID'] });
    expect(cust?.uniqueKeys).toEqual([{ name: 'I_077ACCOUNTIDX', columns: ['ACCOUNTNUM'] }]);
  });

  it('reads the filtered descending index and the checked foreign key', () => {
    expect(trans?.indexes).toEqual([{
      name: 'I_078ACCOUNTDATE', unique: false, kind: 'nonclustered', where: '([CUST_RECID] IS NOT NULL)',
      columns: [{ name: 'ACCOUNTNUM', descending: false }, { name: 'TRANSDATE', descending: true }],
    }]);
    expect(trans?.foreignKeys.map((fk) => [fk.name, fk.columns, fk.refTable, fk.refColumns, fk.onDelete])).toEqual([
      ['FK_CUSTTRANS_CUSTTABLE', ['CUST_RECID'], 'CUSTTABLE', ['RECID'], 'SET NULL'],
    ]);
  });
});
