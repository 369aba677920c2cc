/**
 * What SQL Server and tedious would refuse or misread in the catalog SQL, checked on the text:
 * release-specific columns per version (Msg 207), Azure's 12.x ProductVersion, sql_variant columns
 * left uncast, parameters the text does not use or more than a request takes, system-schema filters.
 */
import { describe, expect, it } from 'vitest';
import * as Q from '../../../../src/dialects/mssql/catalog-queries.js';
import { productMajor } from '../../../../src/dialects/mssql/introspect.js';
import { blankLiterals, selectListItems } from '../oracle/sql-text.js';

const CATALOG_QUERIES: Readonly<Record<string, string>> = {
  SCHEMAS_SQL: Q.SCHEMAS_SQL, TABLES_SQL: Q.TABLES_SQL, COLUMNS_SQL: Q.COLUMNS_SQL, IDENTITY_SQL: Q.IDENTITY_SQL, KEYS_SQL: Q.KEYS_SQL,
  FOREIGN_KEYS_SQL: Q.FOREIGN_KEYS_SQL, INDEXES_SQL: Q.INDEXES_SQL, SIZES_SQL: Q.SIZES_SQL, SIZES_FALLBACK_SQL: Q.SIZES_FALLBACK_SQL,
  PARTITIONING_SQL: Q.PARTITIONING_SQL, SEQUENCES_SQL: Q.SEQUENCES_SQL, VIEWS_SQL: Q.VIEWS_SQL, MODULES_SQL: Q.MODULES_SQL,
  TRIGGERS_SQL: Q.TRIGGERS_SQL,
};

/** Catalog columns by the release that added them (Microsoft Learn, sys.tables / sys.columns). */
const SINCE: ReadonlyArray<[RegExp, number]> = [
  [/\bt\.temporal_type_desc\b/, 13], [/\bhistory_table_id\b/, 13], [/\bc\.generated_always_type_desc\b/, 13], [/\bt\.is_memory_optimized\b/, 12],
  [/\bis_hidden\b/, 13], [/\bledger_type\b/, 16], [/\bSTRING_AGG\s*\(/i, 14],
];

/** sql_variant columns of the views read here: each must be CAST in the SQL. */
const VARIANT_COLUMNS = ['seed_value', 'increment_value', 'last_value', 'start_value', 'increment', 'minimum_value', 'maximum_value', 'current_value', 'value'];

describe('mssql catalog SQL as the server and driver see it', () => {
  it('uses a catalog column only on the releases that have it', () => {
    for (const major of [10, 11, 12, 13, 14, 15, 16]) {
      for (const [name, sql] of Object.entries(CATALOG_QUERIES)) {
        const text = Q.renderCatalogQuery(sql, ['dbo'], major).sql;
        for (const [pattern, since] of SINCE) {
          if (major < since) expect({ name, major, pattern: pattern.source, used: pattern.test(text) }).toEqual({ name, major, pattern: pattern.source, used: false });
        }
        expect(text).not.toMatch(/\{\{/);
      }
    }
    expect(Q.renderCatalogQuery(Q.TABLES_SQL, [], 13).sql).toContain('t.temporal_type_desc');
  });

  it('reads Azure SQL Database and Managed Instance (ProductVersion 12.0.2000.8) as the current release', () => {
    const server = (product_version: string, engine_edition: number) => [{ product_version, engine_edition }];
    expect([
      productMajor(server('12.0.2000.8', 5)), productMajor(server('12.0.2000.8', 8)), productMajor(server('12.0.6024.0', 3)),
      productMajor(server('16.0.4135.4', 2)), productMajor(server('11.0.7001.0', 4)), productMajor([]),
    ]).toEqual([16, 16, 12, 16, 11, 16]);
    expect(Q.renderCatalogQuery(Q.TABLES_SQL, [], productMajor(server('12.0.2000.8', 5))).sql).toContain('t.temporal_type_desc');
  });

  it('casts every sql_variant column to text in SQL', () => {
    for (const [name, sql] of Object.entries(CATALOG_QUERIES)) {
      for (const item of selectListItems(sql)) {
        const bare = /^(?:\w+\.)?(\w+)$/.exec(item.trim())?.[1];
        expect({ name, item, uncastVariant: bare !== undefined && VARIANT_COLUMNS.includes(bare) }).toEqual({ name, item, uncastVariant: false });
      }
    }
    expect(Q.IDENTITY_SQL).toContain('CAST(ic.seed_value AS nvarchar(40)) AS seed_value');
    expect(Q.SEQUENCES_SQL).toContain('CAST(sq.maximum_value AS nvarchar(40)) AS maximum_value');
  });

  it('passes exactly the parameters a text uses, and refuses more than one request takes', () => {
    for (const [, sql] of Object.entries(CATALOG_QUERIES)) {
      const rendered = Q.renderCatalogQuery(sql, ['dbo', 'hr'], 16);
      const used = [...new Set([...blankLiterals(rendered.sql).matchAll(/@(\w+)/g)].map((m) => m[1]))].sort();
      expect(Object.keys(rendered.binds).sort()).toEqual(used);
    }
    expect(Q.renderCatalogQuery(Q.SERVER_SQL, ['dbo']).binds).toEqual({});
    const many = Array.from({ length: Q.MAX_SCHEMA_BINDS }, (_, i) => `s${i}`);
    expect(Object.keys(Q.renderCatalogQuery(Q.TABLES_SQL, many).binds)).toHaveLength(2000);
    expect(() => Q.renderCatalogQuery(Q.TABLES_SQL, [...many, 'one-more'])).toThrow(expect.objectContaining({ code: 'E_TOO_MANY_SCHEMAS', exitCode: 2 }));
  });

  it('excludes system and fixed-role schemas by exact name, keeping user schemas that start with db_', () => {
    const sql = Q.renderCatalogQuery(Q.TABLES_SQL, []).sql;
    expect(sql).toContain(`s.name NOT IN (${Q.SYSTEM_SCHEMAS.map((n) => `'${n}'`).join(', ')})`);
    expect(Q.SYSTEM_SCHEMAS).toHaveLength(13);
    expect(sql).not.toMatch(/LIKE/i);
  });

  it('counts module lines with DATALENGTH (LEN drops trailing blanks) as int', () => {
    for (const sql of [Q.VIEWS_SQL, Q.MODULES_SQL, Q.TRIGGERS_SQL]) {
      expect(sql).toContain("CAST((DATALENGTH(m.definition) - DATALENGTH(REPLACE(m.definition COLLATE Latin1_General_BIN2, NCHAR(10), N''))) / 2 + 1 AS int) AS line_count");
      expect(sql).not.toMatch(/\bLEN\(/);
    }
  });
});
