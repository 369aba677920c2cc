/**
 * SQL Server rows in and out without a server: the select-list conversions that keep tedious from
 * rounding, typed binds, and the bulk-load writer against a session fake.
 */
import mssql from 'mssql';
import { describe, expect, it } from 'vitest';
import type { RowBatch, TransferTable } from '../../../../src/dialects/dialect.js';
import { readMssqlRows, selectMssqlRowsSql } from '../../../../src/dialects/mssql/read.js';
import { bindTypeFor, driverType, type MssqlBulkColumn, type MssqlSession } from '../../../../src/dialects/mssql/connect-session.js';
import { writeMssqlRows } from '../../../../src/dialects/mssql/write.js';

const TABLE: TransferTable = {
  schema: 'dbo',
  name: 'Order]Line',
  columns: [
    { name: 'Id', type: { kind: 'int32' } },
    { name: 'Amount', type: { kind: 'decimal', precision: 38, scale: 10 } },
    { name: 'Big', type: { kind: 'int64' } },
    { name: 'At', type: { kind: 'timestamp', precision: 7 } },
    { name: 'AtTz', type: { kind: 'timestamptz', precision: 7 } },
    { name: 'Day', type: { kind: 'date' } },
    { name: 'Ok', type: { kind: 'bool' } },
    { name: 'Doc', type: { kind: 'blob' } },
    { name: 'Name', type: { kind: 'varchar', length: 50 } },
    { name: 'Ratio', type: { kind: 'float64' } },
  ],
};

interface Logged { readonly call: string; readonly columns?: readonly MssqlBulkColumn[]; readonly rows?: readonly (readonly unknown[])[] }

function fakeSession(pages: unknown[][][] = []): { session: MssqlSession; log: Logged[] } {
  const log: Logged[] = [];
  const session: MssqlSession = {
    query: async () => [],
    async *stream(sql) {
      log.push({ call: sql });
      for (const page of pages) yield page;
    },
    batch: async (sql) => void log.push({ call: sql }),
    begin: async () => void log.push({ call: 'begin' }),
    commit: async () => void log.push({ call: 'commit' }),
    rollback: async () => void log.push({ call: 'rollback' }),
    async bulk(table, columns, rows) {
      log.push({ call: `bulk ${table}`, columns, rows });
      return rows.length;
    },
  };
  return { session, log };
}

describe('SQL Server readRows', () => {
  it('converts decimals, bigints and date/times to text on the server; brackets every name', () => {
    expect(selectMssqlRowsSql(TABLE, { orderBy: ['Id'] })).toBe('SELECT [Id], CONVERT(varchar(80), [Amount]), CONVERT(varchar(80), [Big]), '
      + 'CONVERT(varchar(27), CONVERT(datetime2(7), [At]), 121), '
      + "CONVERT(varchar(27), CONVERT(datetime2(7), SWITCHOFFSET([AtTz], '+00:00')), 121) + '+00:00', "
      + 'CONVERT(varchar(10), [Day], 23), [Ok], [Doc], [Name], [Ratio] FROM [dbo].[Order]]Line] ORDER BY [Id]');
  });

  it('maps tedious values to the contract (bit → boolean, numbers → text)', async () => {
    const { session } = fakeSession([[[1, '1.5000000000', '9223372036854775807', '2024-01-01 00:00:00.1234567', '2024-01-01 00:00:00.0000000+00:00', '2024-01-01', true, Buffer.from([0]), '', 0.1]]]);
    const batches: RowBatch[] = [];
    for await (const batch of readMssqlRows(session, TABLE, { batchRows: 10 })) batches.push(batch);
    expect(batches).toEqual([[['1', '1.5000000000', '9223372036854775807', '2024-01-01 00:00:00.1234567', '2024-01-01 00:00:00.0000000+00:00', '2024-01-01', true, Buffer.from([0]), '', '0.1']]]);
  });
});

describe('SQL Server typed binds', () => {
  it('chooses the parameter type from the value', () => {
    expect(bindTypeFor('dbo')).toEqual({ kind: 'nvarchar', length: 4000 });
    expect(bindTypeFor('x'.repeat(4001))).toEqual({ kind: 'nvarchar', length: 'max' });
    expect(bindTypeFor(7)).toEqual({ kind: 'int' });
    expect(bindTypeFor(2 ** 40)).toEqual({ kind: 'bigint' });
    expect(bindTypeFor(0.5)).toEqual({ kind: 'float' });
    expect(bindTypeFor(Buffer.from([1]))).toEqual({ kind: 'varbinary', length: 'max' });
    expect(bindTypeFor(true)).toEqual({ kind: 'bit' });
    expect(bindTypeFor(null)).toEqual({ kind: 'nvarchar', length: 1 });
  });

  it('maps to mssql type factories', () => {
    expect(driverType(mssql, { kind: 'nvarchar', length: 'max' })).toMatchObject({ type: mssql.NVarChar, length: mssql.MAX });
    expect(driverType(mssql, { kind: 'varchar', length: 100 })).toMatchObject({ type: mssql.VarChar, length: 100 });
    expect(driverType(mssql, { kind: 'bigint' })).toMatchObject({ type: mssql.BigInt });
  });
});

describe('SQL Server writeRows', () => {
  it('bulk loads in one transaction; exact values go as varchar for the server to convert', async () => {
    const { session, log } = fakeSession();
    const row = ['1', '12345678901234567890123456.0123456789', '-9223372036854775808', '2024-01-01 00:00:00.000001', '2024-01-01 00:00:00+00:00', '2024-01-01', false, Buffer.from([1]), '', '0.1'];
    const result = await writeMssqlRows(session, TABLE, (async function* () { yield [row]; })());
    expect(result.rows).toBe(1);
    expect(log.map((l) => l.call)).toEqual(['begin', 'bulk [dbo].[Order]]Line]', 'commit']);
    expect(log[1]?.columns?.map((c) => c.type)).toEqual([
      { kind: 'int' }, { kind: 'varchar', length: 100 }, { kind: 'varchar', length: 100 }, { kind: 'varchar', length: 100 },
      { kind: 'varchar', length: 100 }, { kind: 'varchar', length: 100 }, { kind: 'bit' }, { kind: 'varbinary', length: 'max' },
      { kind: 'nvarchar', length: 50 }, { kind: 'float' },
    ]);
    expect(log[1]?.rows).toEqual([[1, row[1], row[2], row[3], row[4], row[5], false, Buffer.from([1]), '', 0.1]]);
  });

  it('rolls back when the source fails', async () => {
    const { session, log } = fakeSession();
    const failing = (async function* (): AsyncGenerator<RowBatch> { yield [['1']]; throw new Error('gone'); })();
    await expect(writeMssqlRows(session, { ...TABLE, columns: TABLE.columns.slice(0, 1) }, failing)).rejects.toThrow(/gone/);
    expect(log.map((l) => l.call)).toEqual(['begin', 'rollback']);
  });
});
