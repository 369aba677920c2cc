/** The SQL Server checksum SQL, checked as text (no server here; the live entry is in the conformance suite). */
import { describe, expect, it } from 'vitest';
import { mssqlChecksum, mssqlChecksumQuery, mssqlRowTextExpression, mssqlValueExpression } from '../../../../src/dialects/mssql/checksum.js';
import type { TransferTable } from '../../../../src/dialects/dialect.js';

const table: TransferTable = {
  schema: 'dbo', name: 'Order Lines', columns: [
    { name: 'id', type: { kind: 'int32' } },
    { name: 'price', type: { kind: 'decimal', precision: 19, scale: 4 } },
    { name: 'name', type: { kind: 'varchar', length: 40 } },
    { name: 'at', type: { kind: 'timestamp', precision: 3 } },
    { name: 'img', type: { kind: 'binary', length: 8 } },
  ],
};
const KEPT = { emptyStringAsNull: false };

describe('mssql checksum SQL', () => {
  it('goes through decimal(p,s) (money prints 2 of its 4 decimals) and trims trailing zeros only after a point', () => {
    const sql = mssqlValueExpression(table, table.columns[1]!);
    expect(sql).toContain('CONVERT(varchar(80), CONVERT(decimal(19,4), [price]))');
    expect(sql).toMatch(/^CASE WHEN CHARINDEX\('\.', .*\) > 0 THEN REVERSE\(STUFF\(/);
  });

  it('truncates datetime2(7) to microseconds and renders binary as lowercase hex', () => {
    expect(mssqlValueExpression(table, table.columns[3]!)).toBe('LEFT(CONVERT(varchar(27), CONVERT(datetime2(7), [at]), 121), 26)');
    expect(mssqlValueExpression(table, table.columns[4]!)).toBe('LOWER(CONVERT(varchar(max), CONVERT(varbinary(max), [img]), 2))');
  });

  it('joins with + (CONCAT stops at 254 arguments), counts code points, tests emptiness with DATALENGTH', () => {
    const text = mssqlRowTextExpression(table, { emptyStringAsNull: true });
    expect(text.split(` + N'|' + `)).toHaveLength(table.columns.length);
    expect(text).not.toContain('CONCAT(');
    expect(text).toContain('LEN((CASE WHEN DATALENGTH(CONVERT(nvarchar(max), CONVERT(nvarchar(max), [name]))) = 0 THEN NULL');
    expect(text).toContain("COLLATE Latin1_General_100_BIN2_UTF8 + N'.') - 1)");
    expect(text.endsWith("N'\\N')")).toBe(true);
  });

  it('hashes the UTF-8 bytes and sums 60-bit terms as DECIMAL(38,0), never bigint', () => {
    const query = mssqlChecksumQuery(table, { ...KEPT, keyRange: { column: 'id', from: '5' } });
    expect(query.sql).toContain("HASHBYTES('MD5', CONVERT(varchar(max), (");
    expect(query.sql).toContain(') COLLATE Latin1_General_100_BIN2_UTF8))');
    expect(query.sql).toContain("SUM(CONVERT(decimal(38,0), CONVERT(bigint, CONVERT(varbinary(8), '0' + SUBSTRING(CONVERT(char(32), HASHBYTES(");
    expect(query.sql).toContain(', 2), 9, 15), 2))))');
    expect(query.sql.endsWith(' FROM [dbo].[Order Lines] WHERE [id] >= @p1')).toBe(true);
    expect(query.binds).toEqual(['5']);
  });

  it('refuses floats and servers before 2019 with E_CHECKSUM_PUSHDOWN (the client-side mode applies)', async () => {
    const floats: TransferTable = { ...table, columns: [{ name: 'r', type: { kind: 'float64' } }] };
    expect(() => mssqlChecksumQuery(floats, KEPT)).toThrow(expect.objectContaining({ code: 'E_CHECKSUM_PUSHDOWN' }));
    const old = { query: async () => [{ major: 14 }] };
    await expect(mssqlChecksum(old, table, KEPT)).rejects.toMatchObject({ code: 'E_CHECKSUM_PUSHDOWN' });
  });

  it('on 2019+ runs the query with named binds and reads the totals', async () => {
    const calls: [string, unknown][] = [];
    const session = {
      query: async (sql: string, binds: unknown) => {
        calls.push([sql, binds]);
        return sql.includes('ProductMajorVersion') ? [{ major: 16 }] : [{ ck_rows: '2', ck_sum: '2305843009213693950' }];
      },
    };
    const result = await mssqlChecksum(session, table, { ...KEPT, keyRange: { column: 'id', from: '1', to: '9' } });
    expect(result).toEqual({ rows: 2, sum: '2305843009213693950' });
    expect(calls[1]?.[1]).toEqual({ p1: '1', p2: '9' });
  });
});
