import { describe, expect, it } from 'vitest';
import { selectMysqlRowsSql } from '../../../../src/dialects/mysql/read.js';

describe('selectMysqlRowsSql', () => {
  it('reads FLOAT widened to DOUBLE: MariaDB prints FLOAT with 6 digits (16777216 → 1.67772e7)', () => {
    const sql = selectMysqlRowsSql({ schema: 'db', name: 't', columns: [
      { name: 'id', type: { kind: 'int32' } }, { name: 'f', type: { kind: 'float32' } }, { name: 'd', type: { kind: 'float64' } },
    ] }, {});
    expect(sql).toBe('SELECT id, (f + 0e0), d FROM db.t');
  });
});
