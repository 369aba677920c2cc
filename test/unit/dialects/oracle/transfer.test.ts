/**
 * Oracle rows in and out, against fakes shaped like node-oracledb (no server here): the SQL text,
 * the driver options, the value conversions, and that ResultSets and transactions end on every path.
 */
import { describe, expect, it } from 'vitest';
import type { RowBatch, TransferTable } from '../../../../src/dialects/dialect.js';
import { readOracleRows, selectOracleRowsSql } from '../../../../src/dialects/oracle/read.js';
import { makeOracleSession, type OracleDriver, type OracleDriverConnection, type OracleSession } from '../../../../src/dialects/oracle/connect-session.js';
import { insertOracleSql, NUMERIC_SESSION_SQL, writeOracleRows } from '../../../../src/dialects/oracle/write.js';

const TABLE: TransferTable = {
  schema: 'GL',
  name: 'Journal Line',
  columns: [
    { name: 'ID', type: { kind: 'int64' } },
    { name: 'POSTED', type: { kind: 'timestamp', precision: 0 } },
    { name: 'AT', type: { kind: 'timestamp', precision: 6 } },
    { name: 'AT_TZ', type: { kind: 'timestamptz', precision: 6 } },
    { name: 'DAY', type: { kind: 'date' } },
    { name: 'NOTE', type: { kind: 'text' } },
    { name: 'DOC', type: { kind: 'blob' } },
    { name: 'OK', type: { kind: 'bool' } },
    { name: 'CODE', type: { kind: 'varchar', length: 10 } },
  ],
};

const DRIVER: OracleDriver = {
  OUT_FORMAT_OBJECT: 'object', OUT_FORMAT_ARRAY: 'array', DB_TYPE_NUMBER: 'number-db', DB_TYPE_CLOB: 'clob', DB_TYPE_NCLOB: 'nclob',
  DB_TYPE_BLOB: 'blob', DB_TYPE_VARCHAR: 'varchar', DB_TYPE_LONG_RAW: 'long-raw', STRING: 'string', NUMBER: 'number', BUFFER: 'buffer',
  getConnection: async () => { throw new Error('not used'); },
};

interface Call { readonly method: string; readonly sql?: string; readonly options?: Readonly<Record<string, unknown>>; readonly rows?: unknown }

function fakeConnection(pages: unknown[][][]): { connection: OracleDriverConnection; calls: Call[] } {
  const calls: Call[] = [];
  const connection: OracleDriverConnection = {
    async execute(sql, _binds, options) {
      calls.push({ method: 'execute', sql, options });
      if (options.resultSet !== true) return {};
      let page = 0;
      return { resultSet: { getRows: async () => pages[page++] ?? [], close: async () => void calls.push({ method: 'close' }) } };
    },
    async executeMany(sql, rows, options) {
      calls.push({ method: 'executeMany', sql, options, rows });
      return { rowsAffected: rows.length };
    },
    commit: async () => void calls.push({ method: 'commit' }),
    rollback: async () => void calls.push({ method: 'rollback' }),
    close: async () => undefined,
  };
  return { connection, calls };
}

describe('Oracle readRows', () => {
  it('renders dates and timestamps on the server, quotes the names Oracle would not read back bare', () => {
    expect(selectOracleRowsSql(TABLE, { where: '"ID" > 10', orderBy: ['ID'] })).toBe(
      'SELECT ID, TO_CHAR(POSTED, \'YYYY-MM-DD HH24:MI:SS\'), '
      + 'TO_CHAR(CAST(AT AS TIMESTAMP(6)), \'YYYY-MM-DD HH24:MI:SS.FF6\'), '
      + 'TO_CHAR(SYS_EXTRACT_UTC(AT_TZ), \'YYYY-MM-DD HH24:MI:SS.FF6\') || \'+00:00\', '
      + 'TO_CHAR(DAY, \'YYYY-MM-DD\'), NOTE, DOC, OK, CODE FROM GL."Journal Line" WHERE "ID" > 10 ORDER BY ID');
  });

  it('fetches NUMBER as text and LOBs inline, batch by batch, in a read-only transaction', async () => {
    const row = ['12345678901234567890', '2024-01-01 00:00:00', '2024-01-01 00:00:00.000001', '2024-01-01 00:00:00.000001+00:00', '2024-01-01', 'x', Buffer.from([1]), '1', null];
    const { connection, calls } = fakeConnection([[row, row], [row]]);
    const session = makeOracleSession(DRIVER, connection, []);
    const batches: RowBatch[] = [];
    for await (const batch of readOracleRows(session, TABLE, { batchRows: 2 })) batches.push(batch);
    expect(batches.map((b) => b.length)).toEqual([2, 1]);
    expect(batches[0]?.[0]?.[7]).toBe(true);
    expect(calls.map((c) => c.sql ?? c.method)).toEqual(['rollback', 'SET TRANSACTION READ ONLY', selectOracleRowsSql(TABLE, {}), 'close', 'commit']);
    const options = calls[2]?.options ?? {};
    expect([options.outFormat, options.fetchArraySize, options.resultSet]).toEqual(['array', 2, true]);
    const handler = options.fetchTypeHandler as (m: { name: string; dbType: unknown }) => unknown;
    expect(handler({ name: 'ID', dbType: 'number-db' })).toEqual({ type: 'string' });
    expect(handler({ name: 'NOTE', dbType: 'clob' })).toEqual({ type: 'varchar' });
    expect(handler({ name: 'DOC', dbType: 'blob' })).toEqual({ type: 'long-raw' });
    expect(handler({ name: 'CODE', dbType: 'varchar' })).toBeUndefined();
  });

  it('closes the ResultSet and ends the transaction when the consumer stops early', async () => {
    const { connection, calls } = fakeConnection([[['1']], [['2']]]);
    const session = makeOracleSession(DRIVER, connection, []);
    for await (const batch of readOracleRows(session, { ...TABLE, columns: TABLE.columns.slice(0, 1) }, { batchRows: 1 })) {
      expect(batch).toEqual([['1']]);
      break;
    }
    expect(calls.slice(-2).map((c) => c.method)).toEqual(['close', 'commit']);
  });
});

describe('Oracle writeRows', () => {
  it('converts with explicit formats in the INSERT, not session NLS', () => {
    expect(insertOracleSql(TABLE)).toBe('INSERT INTO GL."Journal Line" (ID, POSTED, AT, AT_TZ, DAY, NOTE, DOC, OK, CODE) VALUES ('
      + 'TO_NUMBER(:1), TO_TIMESTAMP(:2, \'YYYY-MM-DD HH24:MI:SS.FF\'), TO_TIMESTAMP(:3, \'YYYY-MM-DD HH24:MI:SS.FF\'), '
      + 'TO_TIMESTAMP_TZ(:4, \'YYYY-MM-DD HH24:MI:SS.FFTZH:TZM\'), TO_DATE(:5, \'YYYY-MM-DD\'), :6, :7, :8, :9)');
  });

  it('sends array DML with bindDefs sized from the chunk, commits once', async () => {
    const { connection, calls } = fakeConnection([]);
    const session = makeOracleSession(DRIVER, connection, []);
    const rows = [['1', '2024-01-01 00:00:00', '2024-01-01 00:00:00.5', '2024-01-01 00:00:00+00:00', '2024-01-01', 'é', Buffer.from([1, 2]), true, 'abc'],
      ['2', null, null, null, null, null, null, false, 'abcdé']];
    const result = await writeOracleRows(session, TABLE, (async function* () { yield rows; })());
    expect(result.rows).toBe(2);
    expect(calls.map((c) => c.sql ?? c.method)).toEqual([NUMERIC_SESSION_SQL, insertOracleSql(TABLE), 'commit']);
    const many = calls[1]!;
    expect(many.rows).toEqual([
      ['1', '2024-01-01 00:00:00.0', '2024-01-01 00:00:00.5', '2024-01-01 00:00:00.0+00:00', '2024-01-01', 'é', Buffer.from([1, 2]), 1, 'abc'],
      ['2', null, null, null, null, null, null, 0, 'abcdé'],
    ]);
    expect(many.options?.autoCommit).toBe(false);
    expect(many.options?.bindDefs).toEqual([
      { type: 'string', maxSize: 1 }, { type: 'string', maxSize: 21 }, { type: 'string', maxSize: 21 }, { type: 'string', maxSize: 27 },
      { type: 'string', maxSize: 10 }, { type: 'clob' }, { type: 'blob' }, { type: 'number' }, { type: 'string', maxSize: 6 },
    ]);
  });

  it('rolls back and never commits when the source fails', async () => {
    const { connection, calls } = fakeConnection([]);
    const session: OracleSession = makeOracleSession(DRIVER, connection, []);
    const failing = (async function* (): AsyncGenerator<RowBatch> { yield [['1']]; throw new Error('source lost'); })();
    await expect(writeOracleRows(session, { ...TABLE, columns: TABLE.columns.slice(0, 1) }, failing)).rejects.toThrow(/source lost/);
    expect(calls.map((c) => c.method)).toEqual(['execute', 'rollback']);
  });
});
