/** The Oracle checksum SQL, checked as text (no Oracle server here; the live entry is in the conformance suite). */
import { describe, expect, it } from 'vitest';
import { oracleChecksum, oracleChecksumQuery, oracleRowTextExpression, oracleValueExpression } from '../../../../src/dialects/oracle/checksum.js';
import type { TransferTable } from '../../../../src/dialects/dialect.js';
import { ErpMigrateError } from '../../../../src/errors.js';

const table: TransferTable = {
  schema: 'GL', name: 'JOURNAL', columns: [
    { name: 'ID', type: { kind: 'int64' } },
    { name: 'AMOUNT', type: { kind: 'decimal', precision: 18, scale: 2 } },
    { name: 'NOTE', type: { kind: 'text' } },
    { name: 'CODE', type: { kind: 'char', length: 4 } },
    { name: 'POSTED', type: { kind: 'timestamptz', precision: 6 } },
    { name: 'DOC', type: { kind: 'blob' } },
  ],
};
const AS_NULL = { emptyStringAsNull: true };

describe('oracle checksum SQL', () => {
  it('renders numbers with TM9 under a fixed decimal point, and repairs the leading ".5"', () => {
    const sql = oracleValueExpression(table, table.columns[1]!);
    expect(sql).toBe(`REGEXP_REPLACE(TO_CHAR(AMOUNT, 'TM9', 'NLS_NUMERIC_CHARACTERS=''.,'''), '^(-?)\\.', '\\10.')`);
  });

  it('cuts timestamps to microseconds in UTC, hashes BLOBs with DBMS_CRYPTO and right-trims CHAR', () => {
    expect(oracleValueExpression(table, table.columns[4]!)).toBe(`SUBSTR(TO_CHAR(CAST(SYS_EXTRACT_UTC(POSTED) AS TIMESTAMP(9)), 'YYYY-MM-DD HH24:MI:SS.FF9'), 1, 26)`);
    expect(oracleValueExpression(table, table.columns[5]!)).toBe('LOWER(RAWTOHEX(DBMS_CRYPTO.HASH(DOC, 2)))');
    expect(oracleValueExpression(table, table.columns[3]!)).toBe(`RTRIM(CODE, ' ')`);
  });

  it('builds the row text as a CLOB, length-prefixes text with LENGTH4 and marks NULL (and empty CLOBs) as \\N', () => {
    const text = oracleRowTextExpression(table, AS_NULL);
    expect(text.startsWith('TO_CLOB(NVL(REGEXP_REPLACE(TO_CHAR(ID')).toBe(true);
    expect(text).toContain(`CASE WHEN DBMS_LOB.GETLENGTH(NOTE) > 0 THEN LENGTH4(NOTE) || ':' || NOTE ELSE TO_CLOB('\\N') END`);
    expect(text).toContain(`CASE WHEN RTRIM(CODE, ' ') IS NULL THEN '\\N' ELSE LENGTH4(RTRIM(CODE, ' ')) || ':' || RTRIM(CODE, ' ') END`);
    const parts = text.split(` || '|' || `);
    expect(parts).toHaveLength(table.columns.length);
    // The first operand itself is the CLOB: a VARCHAR2 concatenation past 4,000 bytes fails (ORA-01489).
    expect(parts[0]).toMatch(/^TO_CLOB\(NVL\(.*, '\\N'\)\)$/);
    expect(parts.at(-1)).toBe(`NVL(LOWER(RAWTOHEX(DBMS_CRYPTO.HASH(DOC, 2))), '\\N')`);
  });

  it('sums hex digits 9..23 of the MD5 as NUMBER and binds the key range positionally', () => {
    const query = oracleChecksumQuery(table, { ...AS_NULL, where: '"ID" > 0', keyRange: { column: 'ID', from: '10', to: '20' } });
    expect(query.sql).toMatch(/^SELECT TO_CHAR\(COUNT\(\*\)\) AS CK_ROWS, TO_CHAR\(NVL\(SUM\(TO_NUMBER\(SUBSTR\(RAWTOHEX\(DBMS_CRYPTO\.HASH\(TO_CLOB\(/);
    expect(query.sql).toContain(`, 2)), 9, 15), 'XXXXXXXXXXXXXXX')), 0), 'TM9') AS CK_SUM FROM GL.JOURNAL WHERE ("ID" > 0) AND ID >= :1 AND ID < :2`);
    expect(query.binds).toEqual(['10', '20']);
  });

  it('refuses to pretend: no emptyStringAsNull, or a binary float, is a typed error', () => {
    const noEmpty = () => oracleChecksumQuery(table, { emptyStringAsNull: false });
    expect(noEmpty).toThrow(ErpMigrateError);
    expect(noEmpty).toThrow(/stores '' as NULL/);
    const floats: TransferTable = { ...table, columns: [{ name: 'R', type: { kind: 'float64' } }] };
    expect(() => oracleChecksumQuery(floats, AS_NULL)).toThrow(expect.objectContaining({ code: 'E_CHECKSUM_PUSHDOWN' }));
  });

  it('reads the totals through the session and turns driver failures into E_CHECKSUM', async () => {
    const seen: unknown[] = [];
    const session = { query: async (sql: string, binds: unknown) => { seen.push(sql, binds); return [{ CK_ROWS: '3', CK_SUM: '123456789012345678901' }]; } };
    expect(await oracleChecksum(session, table, AS_NULL)).toEqual({ rows: 3, sum: '123456789012345678901' });
    expect(seen[1]).toEqual([]);
    const failing = { query: async () => { throw Object.assign(new Error('ORA-00904: "DBMS_CRYPTO"."HASH": invalid identifier'), { errorNum: 904 }); } };
    await expect(oracleChecksum(failing, table, AS_NULL)).rejects.toMatchObject({ code: 'E_CHECKSUM', message: expect.stringContaining('GL.JOURNAL') });
  });
});
