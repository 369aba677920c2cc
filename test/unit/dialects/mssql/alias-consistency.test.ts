/**
 * Every key the parser reads from a query's rows is an output name of that query's SELECT list (as
 * written: tedious keys rows by the alias), and every fixture row has exactly the query's names, on every
 * release's rendering: a renamed alias cannot silently turn into nulls or `false`.
 */
import { describe, expect, it } from 'vitest';
import * as Q from '../../../../src/dialects/mssql/catalog-queries.js';
import type { MssqlCatalogRows, MssqlRowSet } from '../../../../src/dialects/mssql/catalog-rows.js';
import { parseCatalogRows } from '../../../../src/dialects/mssql/introspect.js';
import type { DictionaryRow } from '../../../../src/dialects/mssql/parse-values.js';
import { outputNames } from '../oracle/sql-text.js';
import { ALL_SCHEMAS, loadMssqlFixture } from './load-fixture.js';

const SQL_BY_SET: Record<MssqlRowSet, readonly string[]> = {
  server: [Q.SERVER_SQL], schemas: [Q.SCHEMAS_SQL], tables: [Q.TABLES_SQL], columns: [Q.COLUMNS_SQL], identity: [Q.IDENTITY_SQL],
  keys: [Q.KEYS_SQL], foreignKeys: [Q.FOREIGN_KEYS_SQL], indexes: [Q.INDEXES_SQL], sizes: [Q.SIZES_SQL, Q.SIZES_FALLBACK_SQL],
  partitioning: [Q.PARTITIONING_SQL], sequences: [Q.SEQUENCES_SQL], views: [Q.VIEWS_SQL], modules: [Q.MODULES_SQL], triggers: [Q.TRIGGERS_SQL],
};
const ROW_SETS = Object.keys(SQL_BY_SET) as MssqlRowSet[];
const asWritten = { foldUnquoted: (name: string) => name };

/** Output names of a set's queries on 2008 R2 … 2022: every variant (and the sizes fallback) must agree. */
function namesOf(set: MssqlRowSet): string[] {
  const variants = SQL_BY_SET[set].flatMap((sql) => [10, 12, 13, 16].map((major) => outputNames(Q.renderCatalogQuery(sql, ['dbo'], major).sql, asWritten)));
  for (const variant of variants) expect({ set, names: variant }).toEqual({ set, names: variants[0] });
  return variants[0] ?? [];
}

function recordReads(rows: MssqlCatalogRows, reads: Map<string, Set<string>>): MssqlCatalogRows {
  const watched: Record<string, unknown> = { ...rows };
  for (const set of [...ROW_SETS, 'probes'] as const) {
    const keys = reads.get(set) ?? new Set<string>();
    reads.set(set, keys);
    watched[set] = (rows[set] ?? []).map((row) => new Proxy(row, {
      get(target, key, receiver) {
        if (typeof key === 'string') keys.add(key);
        return Reflect.get(target, key, receiver) as unknown;
      },
    }));
  }
  return watched as unknown as MssqlCatalogRows;
}

describe('mssql query aliases and the parser', () => {
  const reads = new Map<string, Set<string>>();
  const rows = loadMssqlFixture('dynamics-ax-slice.json');
  const probes: DictionaryRow[] = [{ schema_name: 'dbo', table_name: 'CUSTTABLE', row_count: '3', key_min: '1', key_max: '3' }];
  parseCatalogRows(recordReads({ ...rows, probes }, reads), ALL_SCHEMAS);

  it('reads from each query only names its SELECT list produces', () => {
    const missing: string[] = [];
    for (const set of ROW_SETS) {
      const names = new Set(namesOf(set));
      for (const key of reads.get(set) ?? []) if (!names.has(key)) missing.push(`${set}.${key}`);
    }
    expect(missing).toEqual([]);
    expect(ROW_SETS.filter((set) => (reads.get(set)?.size ?? 0) === 0)).toEqual([]);
    expect([...(reads.get('identity') ?? [])].sort()).toEqual(['column_name', 'increment_value', 'schema_name', 'seed_value', 'table_name']);
  });

  it('reads probe rows only by the names the probe SQL and introspect produce', () => {
    // key_quantiles is assembled by introspect from the `bound` rows of the quantile probe.
    const names = new Set(['schema_name', 'table_name', 'key_quantiles', ...outputNames(Q.makeCountSql('dbo', 'T'), asWritten), ...outputNames(Q.makeKeyRangeSql('dbo', 'T', 'ID'), asWritten)]);
    expect([...(reads.get('probes') ?? [])].filter((key) => !names.has(key))).toEqual([]);
    expect([...names].sort()).toEqual(['key_max', 'key_min', 'key_quantiles', 'row_count', 'schema_name', 'table_name']);
    expect([...outputNames(Q.makeKeyQuantilesSql('dbo', 'T', 'ID', '1.5', 100), asWritten)]).toEqual(['bound']);
  });

  it('shapes every fixture row exactly as its query', () => {
    for (const set of ROW_SETS) {
      const names = [...namesOf(set)].sort();
      for (const row of rows[set]) expect({ set, keys: Object.keys(row).sort() }).toEqual({ set, keys: names });
    }
  });
});
