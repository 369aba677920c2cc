/** readOracleCatalog over a fake query runner: query count, DBA_ → ALL_ fallback, optional grants, probes. */
import { describe, expect, it } from 'vitest';
import * as Q from '../../../../src/dialects/oracle/catalog-queries.js';
import type { OracleRowSet } from '../../../../src/dialects/oracle/catalog-rows.js';
import { readOracleCatalog, type OracleQueryRunner } from '../../../../src/dialects/oracle/introspect.js';
import type { DictionaryRow } from '../../../../src/dialects/oracle/parse-values.js';
import { ALL_SCHEMAS, loadOracleFixture } from './load-fixture.js';
import { bindPlaceholders } from './sql-text.js';

const SQL_BY_SET: Record<OracleRowSet, string> = {
  version: Q.VERSION_SQL, nls: Q.NLS_SQL, database: Q.DATABASE_SQL, schemas: Q.SCHEMAS_SQL, tables: Q.TABLES_SQL,
  columns: Q.COLUMNS_SQL, identity: Q.IDENTITY_SQL, constraints: Q.CONSTRAINTS_SQL, constraintColumns: Q.CONSTRAINT_COLUMNS_SQL,
  indexes: Q.INDEXES_SQL, indexColumns: Q.INDEX_COLUMNS_SQL, partitions: Q.PARTITIONS_SQL, partitionKeys: Q.PARTITION_KEYS_SQL,
  lobs: Q.LOBS_SQL, segments: Q.SEGMENTS_SQL, sequences: Q.SEQUENCES_SQL, views: Q.VIEWS_SQL, mviews: Q.MVIEWS_SQL,
  codeObjects: Q.CODE_OBJECTS_SQL, triggers: Q.TRIGGERS_SQL, logGroups: Q.LOG_GROUPS_SQL,
};

const denied = (): Error => Object.assign(new Error('ORA-00942: table or view does not exist'), { errorNum: 942, code: 'ORA-00942' });

function fakeRunner(
  fixture: string,
  prefix: Q.DictionaryPrefix,
  owners: string[],
  refuse: readonly OracleRowSet[],
  version?: string,
): { runner: OracleQueryRunner; log: string[] } {
  const loaded = loadOracleFixture(fixture);
  const rows = version === undefined ? loaded : { ...loaded, version: [{ PRODUCT: 'Oracle Database 11g Enterprise Edition ', VERSION: version, STATUS: 'Production' }] };
  const before12c = version !== undefined;
  const bySql = new Map<string, OracleRowSet>();
  for (const [set, sql] of Object.entries(SQL_BY_SET)) bySql.set(Q.renderCatalogQuery(sql, prefix, owners, before12c).sql, set as OracleRowSet);
  const log: string[] = [];
  const runner: OracleQueryRunner = {
    async query(sql, binds) {
      if (sql === Q.DBA_PROBE_SQL) {
        log.push('probe-dba');
        if (prefix === 'ALL') throw denied();
        return [{ OK: 1 }];
      }
      const set = bySql.get(sql);
      if (set !== undefined) {
        // As node-oracledb thin does: every placeholder bound, no bind without a placeholder (NJS-098).
        expect(Object.keys(binds).sort()).toEqual(bindPlaceholders(sql));
        expect(Object.values(binds).every((value) => typeof value === 'string' && owners.includes(value))).toBe(true);
        log.push(set);
        if (refuse.includes(set)) throw denied();
        return [...rows[set]] as DictionaryRow[];
      }
      log.push(sql);
      if (sql.startsWith('SELECT COUNT(*)')) return [{ ROW_COUNT: '7' }];
      if (sql.includes('KEY_MIN')) return [{ KEY_MIN: '1', KEY_MAX: '2400000' }];
      // The sampled key distribution: one BOUND per bucket, as TO_CHAR text.
      if (sql.includes('NTILE(')) return [{ BOUND: '24000' }, { BOUND: '1200000' }, { BOUND: '2000000' }, { BOUND: '2400000' }];
      throw new Error(`unexpected SQL ${sql}`);
    },
  };
  return { runner, log };
}

describe('readOracleCatalog', () => {
  it('runs one query per kind of object, then only the key-range probe of the one large table', async () => {
    const { runner, log } = fakeRunner('ebs-gl-ap-po.json', 'DBA', [], []);
    const snapshot = await readOracleCatalog(runner, ALL_SCHEMAS);
    expect(log.slice(0, 22)).toEqual(['version', 'probe-dba', ...Object.keys(SQL_BY_SET).filter((set) => set !== 'version')]);
    expect(log.slice(22)).toEqual([
      Q.makeKeyRangeSql('GL', 'GL_CODE_COMBINATIONS', 'CODE_COMBINATION_ID'),
      // 2.4M estimated rows: a block sample of about 200,000 rows (8.333333 %) cut into 100 buckets.
      Q.makeKeyQuantilesSql('GL', 'GL_CODE_COMBINATIONS', 'CODE_COMBINATION_ID', '8.333333', 100),
    ]);
    expect(log[23]).toContain('SAMPLE BLOCK (8.333333)');
    const combos = snapshot.schemas.find((s) => s.name === 'GL')?.tables.find((t) => t.name === 'GL_CODE_COMBINATIONS');
    expect(combos?.attributes).toMatchObject({ keyMin: '1', keyMax: '2400000', keyQuantiles: '24000,1200000,2000000,2400000' });
  });

  it('falls back to ALL_ views and notes missing V$DATABASE and DBA_SEGMENTS grants', async () => {
    const { runner, log } = fakeRunner('po-all-views.json', 'ALL', ['PO'], ['database', 'segments']);
    const snapshot = await readOracleCatalog(runner, { ...ALL_SCHEMAS, schemas: ['po'] });
    expect(log).toHaveLength(22);
    expect(snapshot.notes.map((n) => n.rule)).toEqual([
      'oracle-dictionary-all-views', 'oracle-foreign-key-unresolved', 'oracle-segments-unreadable', 'oracle-v-database-unreadable',
    ]);
  });

  it('goes on without DBA_LOG_GROUPS, noting that per-table CDC logging is unknown', async () => {
    const { runner } = fakeRunner('ebs-gl-ap-po.json', 'DBA', [], ['logGroups']);
    const snapshot = await readOracleCatalog(runner, ALL_SCHEMAS);
    expect(snapshot.notes.map((n) => n.rule)).toContain('oracle-log-groups-unreadable');
    const ledgers = snapshot.schemas.find((s) => s.name === 'GL')?.tables.find((t) => t.name === 'GL_LEDGERS');
    expect(ledgers?.attributes?.supplementalLogGroups).toBeUndefined();
  });

  it('runs COUNT(*) per table with exact counts', async () => {
    const { runner, log } = fakeRunner('ebs-gl-ap-po.json', 'DBA', ['GL'], []);
    const snapshot = await readOracleCatalog(runner, { ...ALL_SCHEMAS, schemas: ['GL'], exactCounts: true });
    expect(log.filter((sql) => sql.startsWith('SELECT COUNT(*)'))).toHaveLength(7);
    const gl = snapshot.schemas.find((s) => s.name === 'GL');
    expect(gl?.tables.map((t) => [t.name, t.rowCount, t.rowCountExact])).toEqual([
      ['GL_CODE_COMBINATIONS', 7, true], ['GL_JE_LINES', 7, true], ['GL_LEDGERS', 7, true],
    ]);
  });

  it('reads an 11g dictionary without the 12c identity view and ORACLE_MAINTAINED', async () => {
    const { runner, log } = fakeRunner('ebs-gl-ap-po.json', 'DBA', [], [], '11.2.0.4.0');
    const snapshot = await readOracleCatalog(runner, ALL_SCHEMAS);
    expect(log).not.toContain('identity');
    expect(log).toHaveLength(23);
    expect(snapshot.source.version).toBe('11.2.0.4.0');
    const rendered = Q.renderCatalogQuery(Q.COLUMNS_SQL, 'DBA', [], true).sql;
    expect(rendered).toContain("'NO' AS IDENTITY_COLUMN");
    expect(rendered).toContain("c.OWNER NOT IN ('ANONYMOUS', 'APPQOSSYS'");
    expect(rendered).toContain("c.OWNER NOT LIKE 'APEX\\_%' ESCAPE '\\'");
    expect(rendered).not.toContain('ORACLE_MAINTAINED');
  });

  it('lets a missing grant on a required view through as the driver error', async () => {
    const { runner } = fakeRunner('ebs-gl-ap-po.json', 'DBA', [], ['columns']);
    await expect(readOracleCatalog(runner, ALL_SCHEMAS)).rejects.toMatchObject({ errorNum: 942 });
  });
});
