/** readMssqlCatalog over a fake runner: one query per kind, the sizes fallback, probes; and the SQL text. */
import { describe, expect, it } from 'vitest';
import * as Q from '../../../../src/dialects/mssql/catalog-queries.js';
import type { MssqlRowSet } from '../../../../src/dialects/mssql/catalog-rows.js';
import { mssqlDialect } from '../../../../src/dialects/mssql/index.js';
import { readMssqlCatalog, type MssqlQueryRunner } from '../../../../src/dialects/mssql/introspect.js';
import type { DictionaryRow } from '../../../../src/dialects/mssql/parse-values.js';
import { ALL_SCHEMAS, loadMssqlFixture } from './load-fixture.js';

const SQL_BY_SET: Record<MssqlRowSet, string> = {
  server: Q.SERVER_SQL, schemas: Q.SCHEMAS_SQL, tables: Q.TABLES_SQL, columns: Q.COLUMNS_SQL, identity: Q.IDENTITY_SQL, keys: Q.KEYS_SQL,
  foreignKeys: Q.FOREIGN_KEYS_SQL, indexes: Q.INDEXES_SQL, sizes: Q.SIZES_SQL, partitioning: Q.PARTITIONING_SQL, sequences: Q.SEQUENCES_SQL,
  views: Q.VIEWS_SQL, modules: Q.MODULES_SQL, triggers: Q.TRIGGERS_SQL,
};

function fakeRunner(schemas: string[], denyStats: boolean, productVersion?: string): { runner: MssqlQueryRunner; log: string[] } {
  const loaded = loadMssqlFixture('dynamics-ax-slice.json');
  const rows = productVersion === undefined ? loaded : { ...loaded, server: [{ ...loaded.server[0], product_version: productVersion }] };
  const major = productVersion === undefined ? Q.CURRENT_MAJOR : Number.parseInt(productVersion, 10);
  const bySql = new Map<string, MssqlRowSet | 'sizesFallback'>();
  for (const [set, sql] of Object.entries(SQL_BY_SET)) bySql.set(Q.renderCatalogQuery(sql, schemas, major).sql, set as MssqlRowSet);
  bySql.set(Q.renderCatalogQuery(Q.SIZES_FALLBACK_SQL, schemas, major).sql, 'sizesFallback');
  const log: string[] = [];
  const runner: MssqlQueryRunner = {
    async query(sql, binds) {
      const set = bySql.get(sql);
      if (set !== undefined) {
        expect(binds).toEqual(set === 'server' ? {} : Object.fromEntries(schemas.map((s, i) => [`s${i}`, s])));
        log.push(set);
        if (set === 'sizes' && denyStats) throw Object.assign(new Error("VIEW DATABASE STATE permission denied in database 'MicrosoftDynamicsAX'."), { number: 300, code: 'EREQUEST' });
        return [...rows[set === 'sizesFallback' ? 'sizes' : set]] as DictionaryRow[];
      }
      log.push(sql);
      if (sql.startsWith('SELECT COUNT_BIG(*)')) return [{ row_count: '11' }];
      if (sql.includes('key_min')) return [{ key_min: '5637144576', key_max: '5639594688' }];
      // The sampled key distribution is optional: a failure (here: TABLESAMPLE refused) must not stop assess.
      if (sql.includes('NTILE(')) throw Object.assign(new Error('TABLESAMPLE cannot be applied to a view'), { number: 494 });
      throw new Error(`unexpected SQL ${sql}`);
    },
  };
  return { runner, log };
}

describe('readMssqlCatalog', () => {
  it('runs one query per kind of object, then the key-range probe of the one large single-key table', async () => {
    const { runner, log } = fakeRunner([], false);
    const snapshot = await readMssqlCatalog(runner, ALL_SCHEMAS);
    expect(log.slice(0, 14)).toEqual(Object.keys(SQL_BY_SET));
    expect(log.slice(14, 15)).toEqual([Q.makeKeyRangeSql('dbo', 'CUSTTABLE', 'RECID')]);
    expect(log[15]).toMatch(/^SELECT CAST\(MAX\(k\) AS varchar\(40\)\) AS bound FROM \(SELECT \[RECID\] AS k, NTILE\(100\) OVER \(ORDER BY \[RECID\]\) AS bucket FROM \[dbo\]\.\[CUSTTABLE\]( TABLESAMPLE \([\d.]+ PERCENT\))? WHERE/);
    const custtable = snapshot.schemas[0]?.tables.find((t) => t.name === 'CUSTTABLE');
    expect(custtable?.attributes).toEqual({ comment: 'Customers', keyMin: '5637144576', keyMax: '5639594688' });
  });

  it('falls back to sys.partitions without VIEW DATABASE STATE and says so', async () => {
    const { runner, log } = fakeRunner(['dbo', 'hr'], true);
    const snapshot = await readMssqlCatalog(runner, { ...ALL_SCHEMAS, schemas: ['dbo', 'hr'] });
    expect(log.filter((entry) => entry === 'sizes' || entry === 'sizesFallback')).toEqual(['sizes', 'sizesFallback']);
    expect(snapshot.notes.map((n) => n.rule)).toEqual(['mssql-partition-stats-unreadable']);
    expect(snapshot.schemas[0]?.tables.find((t) => t.name === 'CUSTTRANS')?.bytes).toBe(1310720 * 8192);
  });

  it('reads SQL Server 2008 R2 / 2014 catalogs without temporal columns and (before 2012) sequences', async () => {
    const { runner, log } = fakeRunner([], false, '10.50.6000.34');
    const snapshot = await readMssqlCatalog(runner, ALL_SCHEMAS);
    expect(log).not.toContain('sequences');
    expect(snapshot.schemas[0]?.sequences).toEqual([]);
    const tables = Q.renderCatalogQuery(Q.TABLES_SQL, [], 12).sql;
    expect(tables).toContain('CAST(NULL AS nvarchar(60)) AS temporal_type_desc');
    expect(tables).toContain('t.is_memory_optimized');
    expect(tables).not.toContain('history_table_id');
    expect(Q.renderCatalogQuery(Q.TABLES_SQL, [], 11).sql).toContain('CAST(0 AS bit) AS is_memory_optimized');
    expect(Q.renderCatalogQuery(Q.COLUMNS_SQL, [], 16).sql).toContain('c.generated_always_type_desc');
    expect(Q.renderCatalogQuery(Q.COLUMNS_SQL, [], 16).sql).not.toMatch(/\{\{/);
  });

  it('runs COUNT_BIG(*) per table with exact counts', async () => {
    const { runner, log } = fakeRunner([], false);
    const snapshot = await readMssqlCatalog(runner, { ...ALL_SCHEMAS, exactCounts: true });
    expect(log.filter((sql) => sql.startsWith('SELECT COUNT_BIG(*)'))).toHaveLength(6);
    expect(snapshot.schemas.flatMap((s) => s.tables.map((t) => [t.name, t.rowCount, t.rowCountExact]))).toEqual([
      ['BATCHJOBLOG', 11, true], ['CUSTTABLE', 11, true], ['CUSTTRANS', 11, true], ['SALESLINE', 11, true], ['SALESLINE_HISTORY', 11, true], ['ORGCHART', 11, true],
    ]);
  });
});

describe('mssql catalog SQL', () => {
  it('binds schema names and excludes system schemas when none are asked for', () => {
    expect(Q.renderCatalogQuery(Q.TABLES_SQL, ['dbo', 'hr'])).toMatchObject({ binds: { s0: 'dbo', s1: 'hr' } });
    expect(Q.renderCatalogQuery(Q.TABLES_SQL, ['dbo', 'hr']).sql).toContain('s.name IN (@s0, @s1)');
    expect(Q.renderCatalogQuery(Q.COLUMNS_SQL, []).sql).toContain("s.name NOT IN ('sys', 'INFORMATION_SCHEMA', 'guest', 'cdc', 'db_owner', 'db_accessadmin'");
    // A user schema named db_archive is not a fixed role schema: no LIKE 'db[_]%' pattern.
    expect(Q.renderCatalogQuery(Q.COLUMNS_SQL, []).sql).not.toContain('LIKE');
  });

  it('joins sys.types to its base type without duplicating rows and skips hypothetical indexes', () => {
    expect(Q.COLUMNS_SQL).toContain('LEFT JOIN sys.types bt ON bt.system_type_id = ut.system_type_id AND bt.user_type_id = bt.system_type_id');
    expect(Q.INDEXES_SQL).toContain('i.is_hypothetical = 0');
    for (const sql of Object.values(SQL_BY_SET).filter((s) => s !== Q.SERVER_SQL)) expect(sql).toContain('{{SCHEMAS:');
  });

  it('quotes names with brackets in the per-table probes', () => {
    expect(Q.makeCountSql('dbo', 'ODD]NAME')).toBe('SELECT COUNT_BIG(*) AS row_count FROM [dbo].[ODD]]NAME]');
    expect(Q.makeKeyRangeSql('dbo', 'CUSTTABLE', 'RECID')).toBe('SELECT CAST(MIN([RECID]) AS varchar(40)) AS key_min, CAST(MAX([RECID]) AS varchar(40)) AS key_max FROM [dbo].[CUSTTABLE]');
  });

  it('keeps identifiers as written and declares its capabilities', () => {
    expect(mssqlDialect.foldIdentifier('CustTable', false)).toBe('CustTable');
    expect([mssqlDialect.schemes, mssqlDialect.defaultPort, mssqlDialect.capabilities]).toEqual([['mssql', 'sqlserver'], 1433, { liveIntrospection: true, ddlImport: true, consistentSnapshot: false, transactionalDdl: true }]);
  });
});
