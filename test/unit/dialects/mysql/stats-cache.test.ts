/** MySQL 8 caches information_schema statistics: the catalog read must ask for fresh ones; MariaDB must not be sent the variable. */
import { describe, expect, it } from 'vitest';
import { readMysqlCatalog, type MysqlQueryable } from '../../../../src/dialects/mysql/introspect.js';

function recordingConnection(version: string): { connection: MysqlQueryable; statements: string[] } {
  const statements: string[] = [];
  const connection: MysqlQueryable = {
    async query(sql: string) {
      statements.push(sql);
      if (/@@version|version\(\)/i.test(sql)) return [[{ version, charset: 'utf8mb4', database_name: 'shop' }], []];
      if (/SCHEMATA/i.test(sql)) return [[{ schema_name: 'shop' }], []];
      return [[], []];
    },
  };
  return { connection, statements };
}

const options = { schemas: [], exactCounts: false, include: [], exclude: [] };

describe('MySQL statistics cache', () => {
  it('MySQL 8: information_schema_stats_expiry = 0 before the tables are read', async () => {
    const { connection, statements } = recordingConnection('8.0.36');
    await readMysqlCatalog(connection, 'shop', 'mysql://127.0.0.1/shop', options);
    const set = statements.findIndex((s) => s === 'SET SESSION information_schema_stats_expiry = 0');
    const tables = statements.findIndex((s) => /information_schema\.TABLES\b/i.test(s));
    expect(set).toBeGreaterThanOrEqual(0);
    expect(tables).toBeGreaterThan(set);
  });

  it('MariaDB and MySQL 5.7: the variable is never sent', async () => {
    for (const version of ['10.11.19-MariaDB', '5.7.44']) {
      const { connection, statements } = recordingConnection(version);
      await readMysqlCatalog(connection, 'shop', 'mysql://127.0.0.1/shop', options);
      expect(statements.some((s) => /information_schema_stats_expiry/.test(s))).toBe(false);
    }
  });
});
