import { describe, expect, it } from 'vitest';
import { segmentWhere, totalsFromRow } from '../../../src/dialects/checksum-sql.js';
import { postgresChecksumQuery } from '../../../src/dialects/postgres/checksum.js';
import { mysqlChecksumQuery } from '../../../src/dialects/mysql/checksum.js';

const quote = (name: string) => `"${name}"`;

describe('segmentWhere', () => {
  it('ANDs the plan predicate with a half-open key range and numbers the binds in order', () => {
    expect(segmentWhere({ where: 'a = 1 OR b = 2', keyRange: { column: 'id', from: '10', to: '20' } }, quote, (n) => `$${n}`))
      .toEqual({ where: ' WHERE (a = 1 OR b = 2) AND "id" >= $1 AND "id" < $2', binds: ['10', '20'] });
    expect(segmentWhere({ keyRange: { column: 'id', to: '5' } }, quote, (n) => `:${n}`)).toEqual({ where: ' WHERE "id" < :1', binds: ['5'] });
    expect(segmentWhere({ where: '  ' }, quote, () => '?')).toEqual({ where: '', binds: [] });
  });
});

describe('totalsFromRow', () => {
  it('reads an empty table as 0 and refuses a sum that is not an integer (a bug in the SQL, not data)', () => {
    expect(totalsFromRow('0', null)).toEqual({ rows: 0, sum: '0' });
    expect(totalsFromRow(3, '1152921504606846975000')).toEqual({ rows: 3, sum: '1152921504606846975000' });
    expect(() => totalsFromRow(3, '1.15e21')).toThrow(/not an integer/);
  });
});

describe('pushdown statements', () => {
  const table = { schema: 's', name: 't', columns: [{ name: 'id', type: { kind: 'int32' as const } }, { name: 'v', type: { kind: 'text' as const } }] };

  it('postgres sums 60-bit slices of md5 as numeric', () => {
    const query = postgresChecksumQuery(table, { emptyStringAsNull: false, keyRange: { column: 'id', from: '1' } });
    expect(query.sql).toBe(`SELECT count(*)::text, COALESCE(sum(('x' || substr(md5(COALESCE(id::text, E'\\\\N') || '|' || COALESCE(char_length(v::text) || ':' || v::text, E'\\\\N')), 9, 15))::bit(60)::bigint), 0)::text FROM s.t WHERE id >= $1`);
    expect(query.binds).toEqual(['1']);
  });

  it('mysql casts CONV() to UNSIGNED before SUM and counts rows it could not hash', () => {
    const query = mysqlChecksumQuery(table, { emptyStringAsNull: true });
    expect(query.sql).toContain('CAST(CONV(SUBSTRING(MD5(CONCAT_WS(');
    expect(query.sql).toContain(', 9, 15), 16, 10) AS UNSIGNED) AS term');
    expect(query.sql).toContain('SUM(t.term IS NULL)');
    expect(query.sql).toContain('IF(LENGTH(CONVERT(CONVERT(v USING utf8mb4) USING utf8mb4)) = 0, NULL,');
  });
});
