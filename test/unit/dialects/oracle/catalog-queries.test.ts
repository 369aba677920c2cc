/** The dictionary SQL: owner binds, DBA_/ALL_ prefix, one query per kind of object. */
import { describe, expect, it } from 'vitest';
import * as Q from '../../../../src/dialects/oracle/catalog-queries.js';
import { oracleDialect } from '../../../../src/dialects/oracle/index.js';
import { isMissingGrant } from '../../../../src/dialects/oracle/introspect.js';
import { selectTableProbes } from '../../../../src/util/table-probes.js';
import { isIntegerColumn } from '../../../../src/dialects/oracle/native-type.js';
import { parseCatalogRows } from '../../../../src/dialects/oracle/introspect.js';
import { ALL_SCHEMAS, loadOracleFixture } from './load-fixture.js';

describe('renderCatalogQuery', () => {
  it('binds each owner and reads ALL_ views when asked', () => {
    const rendered = Q.renderCatalogQuery(Q.TABLES_SQL, 'ALL', ['GL', 'AP']);
    expect(rendered.binds).toEqual({ o0: 'GL', o1: 'AP' });
    expect(rendered.sql).toContain('t.OWNER IN (:o0, :o1)');
    expect(rendered.sql).toContain('FROM ALL_TABLES t');
    expect(rendered.sql).toContain('ALL_MVIEWS m');
    expect(rendered.sql).not.toMatch(/DBA_|\{\{/);
  });

  it('excludes Oracle-maintained schemas when none are asked for', () => {
    const rendered = Q.renderCatalogQuery(Q.COLUMNS_SQL, 'DBA', []);
    expect(rendered.binds).toEqual({});
    expect(rendered.sql).toContain("c.OWNER IN (SELECT USERNAME FROM DBA_USERS WHERE ORACLE_MAINTAINED = 'N')");
  });

  it('keeps segment sizes on DBA_SEGMENTS (there is no ALL_SEGMENTS)', () => {
    expect(Q.renderCatalogQuery(Q.SEGMENTS_SQL, 'ALL', ['GL']).sql).toContain('FROM DBA_SEGMENTS');
  });

  it('filters by owner, never by table name', () => {
    const all = [Q.TABLES_SQL, Q.COLUMNS_SQL, Q.IDENTITY_SQL, Q.CONSTRAINTS_SQL, Q.CONSTRAINT_COLUMNS_SQL, Q.INDEXES_SQL, Q.INDEX_COLUMNS_SQL, Q.PARTITIONS_SQL, Q.PARTITION_KEYS_SQL, Q.LOBS_SQL, Q.SEGMENTS_SQL, Q.SEQUENCES_SQL, Q.VIEWS_SQL, Q.MVIEWS_SQL, Q.CODE_OBJECTS_SQL, Q.TRIGGERS_SQL];
    for (const sql of all) {
      expect(sql).toMatch(/\{\{OWNERS:/);
      expect(sql).not.toMatch(/:table|TABLE_NAME\s*=\s*:/i);
    }
    expect(Q.SEQUENCES_SQL).toContain("NOT LIKE 'ISEQ$$\\_%' ESCAPE '\\'");
  });

  it('names the stored names in the per-table probes, quoting those Oracle would not read back bare', () => {
    expect(Q.makeCountSql('AP', 'XxApInvoiceNotes')).toBe('SELECT COUNT(*) AS ROW_COUNT FROM AP."XxApInvoiceNotes"');
    expect(Q.makeCountSql('AP', 'ORDER')).toBe('SELECT COUNT(*) AS ROW_COUNT FROM AP."ORDER"');
    expect(Q.makeKeyRangeSql('GL', 'GL_CODE_COMBINATIONS', 'CODE_COMBINATION_ID')).toBe(
      'SELECT TO_CHAR(MIN(CODE_COMBINATION_ID)) AS KEY_MIN, TO_CHAR(MAX(CODE_COMBINATION_ID)) AS KEY_MAX FROM GL.GL_CODE_COMBINATIONS',
    );
  });
});

describe('per-table probes', () => {
  const snapshot = parseCatalogRows(loadOracleFixture('ebs-gl-ap-po.json'), ALL_SCHEMAS);

  it('reads key bounds only for large tables with a single integer key', () => {
    // GL_CODE_COMBINATIONS: 2.4M rows, NUMBER(15) key. GL_JE_LINES: 5.4M rows but a composite key.
    expect(selectTableProbes(snapshot.schemas, false, isIntegerColumn)).toEqual([
      { schema: 'GL', table: 'GL_CODE_COMBINATIONS', countRows: false, keyColumn: 'CODE_COMBINATION_ID', estimatedRows: 2400000 },
    ]);
  });

  it('counts every table and reads every single integer key with exact counts', () => {
    const probes = selectTableProbes(snapshot.schemas, true, isIntegerColumn);
    expect(probes).toHaveLength(7);
    expect(probes.filter((p) => p.keyColumn !== null).map((p) => `${p.schema}.${p.table}.${p.keyColumn}`)).toEqual([
      'AP.AP_INVOICES_ALL.INVOICE_ID', 'AP.AP_SUPPLIERS.VENDOR_ID', 'GL.GL_CODE_COMBINATIONS.CODE_COMBINATION_ID', 'GL.GL_LEDGERS.LEDGER_ID', 'PO.PO_HEADERS_ALL.PO_HEADER_ID',
    ]);
  });
});

describe('oracleDialect', () => {
  it('folds unquoted names upper case and keeps quoted ones', () => {
    expect(oracleDialect.foldIdentifier('gl_je_lines', false)).toBe('GL_JE_LINES');
    expect(oracleDialect.foldIdentifier('XxApInvoiceNotes', true)).toBe('XxApInvoiceNotes');
    expect([oracleDialect.defaultPort, oracleDialect.capabilities]).toEqual([1521, { liveIntrospection: true, ddlImport: true, consistentSnapshot: true, transactionalDdl: false }]);
  });

  it('treats ORA-00942 / ORA-01031 as a missing grant', () => {
    expect([isMissingGrant({ errorNum: 942 }), isMissingGrant({ errorNum: 1031 }), isMissingGrant({ errorNum: 1017 }), isMissingGrant(null)]).toEqual([true, true, false, false]);
  });
});
