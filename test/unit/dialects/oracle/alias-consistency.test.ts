/**
 * Every key the parser reads from a query's rows is an output name of that query's SELECT list (upper
 * case, as node-oracledb returns unquoted names), and every fixture row has exactly the query's names:
 * a renamed alias cannot silently turn into nulls, and a fixture cannot carry a column the SQL lacks.
 */
import { describe, expect, it } from 'vitest';
import * as Q from '../../../../src/dialects/oracle/catalog-queries.js';
import type { OracleCatalogRows, OracleRowSet } from '../../../../src/dialects/oracle/catalog-rows.js';
import { ORACLE_ROW_SETS } from '../../../../src/dialects/oracle/catalog-rows.js';
import { parseCatalogRows } from '../../../../src/dialects/oracle/introspect.js';
import type { DictionaryRow } from '../../../../src/dialects/oracle/parse-values.js';
import { ALL_SCHEMAS, loadOracleFixture } from './load-fixture.js';
import { outputNames } from './sql-text.js';

const SQL_BY_SET: Record<OracleRowSet, string> = {
  version: Q.VERSION_SQL, nls: Q.NLS_SQL, database: Q.DATABASE_SQL, schemas: Q.SCHEMAS_SQL, tables: Q.TABLES_SQL,
  columns: Q.COLUMNS_SQL, identity: Q.IDENTITY_SQL, constraints: Q.CONSTRAINTS_SQL, constraintColumns: Q.CONSTRAINT_COLUMNS_SQL,
  indexes: Q.INDEXES_SQL, indexColumns: Q.INDEX_COLUMNS_SQL, partitions: Q.PARTITIONS_SQL, partitionKeys: Q.PARTITION_KEYS_SQL,
  lobs: Q.LOBS_SQL, segments: Q.SEGMENTS_SQL, sequences: Q.SEQUENCES_SQL, views: Q.VIEWS_SQL, mviews: Q.MVIEWS_SQL,
  codeObjects: Q.CODE_OBJECTS_SQL, triggers: Q.TRIGGERS_SQL, logGroups: Q.LOG_GROUPS_SQL,
};

/** VERSION_SQL is `SELECT *` (VERSION_FULL exists from 18c only): PRODUCT_COMPONENT_VERSION's documented columns. */
const PRODUCT_COMPONENT_VERSION = ['PRODUCT', 'VERSION', 'VERSION_FULL', 'STATUS'];

const fold = { foldUnquoted: (name: string) => name.toUpperCase() };

/** Output names of a query in every release's rendering (fragments differ, names must not). */
function namesOf(set: OracleRowSet): string[] {
  const variants = ['11.2.0.4.0', '12.1.0.1.0', '19.0.0.0.0'].map((v) =>
    outputNames(Q.renderCatalogQuery(SQL_BY_SET[set], 'DBA', ['GL'], Q.oracleFeatures(v)).sql, fold),
  );
  for (const variant of variants) expect({ set, names: variant }).toEqual({ set, names: variants[0] });
  const names = variants[0] ?? [];
  return names.includes('*') ? PRODUCT_COMPONENT_VERSION : names;
}

/** Wraps each row so reads are recorded per row set. */
function recordReads(rows: OracleCatalogRows, reads: Map<string, Set<string>>): OracleCatalogRows {
  const watched: Record<string, unknown> = { ...rows };
  for (const set of [...ORACLE_ROW_SETS, 'probes'] as const) {
    const list = rows[set] ?? [];
    const keys = reads.get(set) ?? new Set<string>();
    reads.set(set, keys);
    watched[set] = list.map((row) => new Proxy(row, {
      get(target, key, receiver) {
        if (typeof key === 'string') keys.add(key);
        return Reflect.get(target, key, receiver) as unknown;
      },
    }));
  }
  return watched as unknown as OracleCatalogRows;
}

describe('oracle query aliases and the parser', () => {
  const reads = new Map<string, Set<string>>();
  for (const fixture of ['ebs-gl-ap-po.json', 'po-all-views.json']) {
    const rows = loadOracleFixture(fixture);
    const probes: DictionaryRow[] = [{ OWNER: 'GL', TABLE_NAME: 'GL_LEDGERS', ROW_COUNT: '3', KEY_MIN: '1', KEY_MAX: '3' }];
    parseCatalogRows(recordReads({ ...rows, probes }, reads), fixture === 'po-all-views.json' ? { ...ALL_SCHEMAS, schemas: ['PO'] } : ALL_SCHEMAS);
  }

  it('reads from each query only names its SELECT list produces', () => {
    const missing: string[] = [];
    for (const set of ORACLE_ROW_SETS) {
      const names = new Set(namesOf(set));
      for (const key of reads.get(set) ?? []) if (!names.has(key)) missing.push(`${set}.${key}`);
    }
    expect(missing).toEqual([]);
    // Every row set was exercised by the fixtures (an unread set would make the check above empty).
    expect(ORACLE_ROW_SETS.filter((set) => (reads.get(set)?.size ?? 0) === 0)).toEqual([]);
    expect([...(reads.get('partitions') ?? [])].sort()).toEqual(['INTERVAL', 'OWNER', 'PARTITIONING_TYPE', 'PARTITIONS_CREATED', 'SUBPARTITIONING_TYPE', 'TABLE_NAME']);
  });

  it('reads probe rows only by the names the probe SQL and introspect produce', () => {
    // KEY_QUANTILES is assembled by introspect from the BOUND rows of the quantile probe.
    const names = new Set(['OWNER', 'TABLE_NAME', 'KEY_QUANTILES', ...outputNames(Q.makeCountSql('GL', 'T'), fold), ...outputNames(Q.makeKeyRangeSql('GL', 'T', 'ID'), fold)]);
    expect([...(reads.get('probes') ?? [])].filter((key) => !names.has(key))).toEqual([]);
    expect([...names].sort()).toEqual(['KEY_MAX', 'KEY_MIN', 'KEY_QUANTILES', 'OWNER', 'ROW_COUNT', 'TABLE_NAME']);
    expect([...outputNames(Q.makeKeyQuantilesSql('GL', 'T', 'ID', '1.5', 100), fold)]).toEqual(['BOUND']);
  });

  it('shapes every fixture row exactly as its query', () => {
    for (const fixture of ['ebs-gl-ap-po.json', 'po-all-views.json']) {
      const rows = loadOracleFixture(fixture);
      for (const set of ORACLE_ROW_SETS) {
        const names = [...namesOf(set)].sort();
        for (const row of rows[set]) expect({ fixture, set, keys: Object.keys(row).sort() }).toEqual({ fixture, set, keys: names });
      }
    }
  });

  it('fetches as strings only NUMBER columns some query names', () => {
    const every = new Set(ORACLE_ROW_SETS.flatMap((set) => namesOf(set)));
    for (const name of ['ROW_COUNT', 'KEY_MIN', 'KEY_MAX']) every.add(name);
    expect(Q.NUMBER_AS_STRING.filter((name) => !every.has(name))).toEqual([]);
  });
});
