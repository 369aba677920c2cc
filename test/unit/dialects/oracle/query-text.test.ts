/**
 * What a real server and node-oracledb would refuse in the dictionary SQL, checked on the text:
 * binds the text does not use (NJS-098), IN lists over 1000 (ORA-01795), LONG columns outside a plain
 * select item (ORA-00997 / ORA-00932), unquoted keyword columns, columns a release does not have (ORA-00904).
 */
import { describe, expect, it } from 'vitest';
import * as Q from '../../../../src/dialects/oracle/catalog-queries.js';
import { bindPlaceholders, blankLiterals, columnOccurrences, outputName, selectListItems } from './sql-text.js';

const CATALOG_QUERIES: Readonly<Record<string, string>> = {
  NLS_SQL: Q.NLS_SQL, DATABASE_SQL: Q.DATABASE_SQL, SCHEMAS_SQL: Q.SCHEMAS_SQL, TABLES_SQL: Q.TABLES_SQL, COLUMNS_SQL: Q.COLUMNS_SQL,
  IDENTITY_SQL: Q.IDENTITY_SQL, CONSTRAINTS_SQL: Q.CONSTRAINTS_SQL, CONSTRAINT_COLUMNS_SQL: Q.CONSTRAINT_COLUMNS_SQL,
  INDEXES_SQL: Q.INDEXES_SQL, INDEX_COLUMNS_SQL: Q.INDEX_COLUMNS_SQL, PARTITIONS_SQL: Q.PARTITIONS_SQL,
  PARTITION_KEYS_SQL: Q.PARTITION_KEYS_SQL, LOBS_SQL: Q.LOBS_SQL, SEGMENTS_SQL: Q.SEGMENTS_SQL, SEQUENCES_SQL: Q.SEQUENCES_SQL,
  VIEWS_SQL: Q.VIEWS_SQL, MVIEWS_SQL: Q.MVIEWS_SQL, CODE_OBJECTS_SQL: Q.CODE_OBJECTS_SQL, TRIGGERS_SQL: Q.TRIGGERS_SQL,
};

const RELEASES: ReadonlyArray<[string, Q.OracleFeatures]> = [
  ['11.2.0.4.0', Q.oracleFeatures('11.2.0.4.0')],
  ['12.1.0.1.0', Q.oracleFeatures('12.1.0.1.0')],
  ['19.21.0.0.0', Q.oracleFeatures('19.21.0.0.0')],
];

/** Every variant the introspection can send: DBA/ALL × owners none/some/1500 × release. */
function everyRendering(): Array<{ name: string; owners: number; rendered: Q.RenderedQuery }> {
  const out: Array<{ name: string; owners: number; rendered: Q.RenderedQuery }> = [];
  const ownerLists = [[], ['GL', 'AP'], Array.from({ length: 1500 }, (_, i) => `S${i}`)];
  for (const [name, sql] of Object.entries(CATALOG_QUERIES)) {
    for (const prefix of ['DBA', 'ALL'] as const) {
      for (const owners of ownerLists) {
        for (const [, features] of RELEASES) out.push({ name, owners: owners.length, rendered: Q.renderCatalogQuery(sql, prefix, owners, features) });
      }
    }
  }
  return out;
}

/** The LONG columns of the views read here (Oracle Database Reference); DBA_SOURCE.TEXT is VARCHAR2 and not read. */
const LONG_COLUMNS = ['DATA_DEFAULT', 'SEARCH_CONDITION', 'HIGH_VALUE', 'TEXT', 'COLUMN_EXPRESSION', 'QUERY', 'TRIGGER_BODY'];

/** Reserved words (SQL Language Reference, Appendix D) and INTERVAL, which are also dictionary column names. */
const KEYWORD_COLUMNS = ['INTERVAL', 'LEVEL', 'SIZE', 'COMMENT', 'FILE', 'MODE', 'UID', 'USER', 'ROWS', 'START', 'OPTION', 'INITIAL', 'RESOURCE', 'SESSION', 'ACCESS'];

describe('oracle dictionary SQL as the server and driver see it', () => {
  const renderings = everyRendering();

  it('binds exactly the placeholders each text uses (node-oracledb: NJS-098 otherwise)', () => {
    expect(renderings).toHaveLength(19 * 2 * 3 * 3);
    for (const { rendered } of renderings) expect(Object.keys(rendered.binds).sort()).toEqual(bindPlaceholders(rendered.sql));
    // The two queries without an owner filter get no binds even when schemas were asked for.
    expect(Q.renderCatalogQuery(Q.NLS_SQL, 'DBA', ['GL']).binds).toEqual({});
    expect(Q.renderCatalogQuery(Q.DATABASE_SQL, 'ALL', ['GL', 'AP']).binds).toEqual({});
  });

  it('never puts more than 1000 expressions in one IN list (ORA-01795)', () => {
    let largest = 0;
    for (const { rendered } of renderings) {
      for (const match of blankLiterals(rendered.sql).matchAll(/\bIN\s*\(([^()]*)\)/gi)) {
        const count = (match[1] ?? '').split(',').length;
        largest = Math.max(largest, count);
        expect(count).toBeLessThanOrEqual(Q.MAX_IN_LIST);
      }
    }
    expect(largest).toBe(1000);
    const big = Q.renderCatalogQuery(Q.TABLES_SQL, 'DBA', Array.from({ length: 1500 }, (_, i) => `S${i}`));
    expect(Object.keys(big.binds)).toHaveLength(1500);
    expect(big.sql).toContain('(t.OWNER IN (:o0, ');
    expect(big.sql).toContain(':o999) OR t.OWNER IN (:o1000, ');
  });

  it('reads LONG columns only as plain select items, never in WHERE/ORDER BY/GROUP BY, functions, DISTINCT or UNION', () => {
    let selected = 0;
    for (const { name, rendered } of renderings) {
      const items = selectListItems(rendered.sql);
      for (const column of LONG_COLUMNS) {
        const total = columnOccurrences(rendered.sql, column);
        const plain = items.filter((item) => new RegExp(`^(\\w+\\.)?${column}$`).test(item.trim())).length;
        expect({ name, column, total }).toEqual({ name, column, total: plain });
        if (plain > 0) {
          selected += 1;
          expect({ name, setOperation: /\b(DISTINCT|UNION|INTERSECT|MINUS|GROUP\s+BY)\b/i.test(blankLiterals(rendered.sql)) }).toEqual({ name, setOperation: false });
        }
      }
    }
    // DATA_DEFAULT, COLUMN_EXPRESSION, TEXT and QUERY, in every rendering of their four queries.
    expect(selected).toBe(4 * 2 * 3 * 3);
  });

  it('quotes every keyword used as a column name', () => {
    for (const { name, rendered } of renderings) {
      for (const word of KEYWORD_COLUMNS) {
        const unquoted = new RegExp(`(?<![\\w$#"])${word}(?![\\w$#"])`, 'i');
        expect({ name, word, unquoted: unquoted.test(blankLiterals(rendered.sql)) }).toEqual({ name, word, unquoted: false });
      }
    }
    expect(Q.PARTITIONS_SQL).toContain('p."INTERVAL"');
    expect(outputName('p."INTERVAL"', { foldUnquoted: (n) => n.toUpperCase() })).toBe('INTERVAL');
  });

  it('uses 12.1 columns only from 12.1 and ORACLE_MAINTAINED only from 12.1.0.2 (ORA-00904 otherwise)', () => {
    expect(RELEASES.map(([version, f]) => [version, f.since12c, f.oracleMaintained])).toEqual([
      ['11.2.0.4.0', false, false], ['12.1.0.1.0', true, false], ['19.21.0.0.0', true, true],
    ]);
    expect([Q.oracleFeatures('12.1.0.2.0'), Q.oracleFeatures('23.4.0.24.05'), Q.oracleFeatures(null), Q.oracleFeatures('n/a')]).toEqual([
      Q.CURRENT_FEATURES, Q.CURRENT_FEATURES, Q.CURRENT_FEATURES, Q.CURRENT_FEATURES,
    ]);
    for (const { name, rendered } of renderings.filter((r) => r.name !== 'IDENTITY_SQL')) {
      const sql = rendered.sql;
      if (sql.includes('USER_GENERATED') || sql.includes('c.IDENTITY_COLUMN')) expect(name).toBe('COLUMNS_SQL');
    }
    const eleven = Q.renderCatalogQuery(Q.COLUMNS_SQL, 'DBA', ['GL'], Q.oracleFeatures('11.2.0.4.0')).sql;
    expect(eleven).toContain("c.HIDDEN_COLUMN = 'NO'");
    expect(eleven).not.toMatch(/USER_GENERATED|c\.IDENTITY_COLUMN|ORACLE_MAINTAINED/);
    const twelveOne = Q.renderCatalogQuery(Q.SCHEMAS_SQL, 'DBA', [], Q.oracleFeatures('12.1.0.1.0')).sql;
    expect(twelveOne).toContain('NULL AS ORACLE_MAINTAINED');
    expect(twelveOne).toContain("u.USERNAME NOT IN ('ANONYMOUS'");
    expect(twelveOne).not.toContain("ORACLE_MAINTAINED = 'N'");
    expect(Q.renderCatalogQuery(Q.COLUMNS_SQL, 'DBA', [], Q.oracleFeatures('12.1.0.1.0')).sql).toContain("c.USER_GENERATED = 'YES'");
  });

  it('leaves PUBLIC (public synonyms) and the 12.1 system schemas out when no ORACLE_MAINTAINED column exists', () => {
    const sql = Q.renderCatalogQuery(Q.CODE_OBJECTS_SQL, 'DBA', [], Q.oracleFeatures('11.2.0.4.0')).sql;
    for (const schema of ['PUBLIC', 'SYS', 'LBACSYS', 'AUDSYS', 'GSMADMIN_INTERNAL', 'XS$NULL']) expect(sql).toContain(`'${schema}'`);
    expect(Q.ORACLE_SCHEMAS_BEFORE_12C).toHaveLength(40);
    expect([...Q.ORACLE_SCHEMAS_BEFORE_12C].sort()).toEqual([...Q.ORACLE_SCHEMAS_BEFORE_12C]);
  });
});
