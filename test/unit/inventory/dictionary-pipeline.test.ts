/**
 * The seam between the Oracle / SQL Server dialects and the checks, on the recorded dictionary rows of
 * fixtures/dictionary: the option keys a dialect writes are the ones the checks read, the ERP is
 * recognised and every table lands in its module. (The rows' shapes are documented in each fixture.)
 */
import { describe, expect, it } from 'vitest';
import { readSourceTypeMapper } from '../../../src/config/source-type-rules.js';
import { parseCatalogRows as parseMssql } from '../../../src/dialects/mssql/introspect.js';
import { parseCatalogRows as parseOracle } from '../../../src/dialects/oracle/introspect.js';
import { buildInventoryWithDetection } from '../../../src/inventory/build-inventory.js';
import { readModuleCatalogs } from '../../../src/inventory/classify.js';
import type { CatalogSnapshot } from '../../../src/model/catalog.js';
import { loadMssqlFixture } from '../dialects/mssql/load-fixture.js';
import { ALL_SCHEMAS, loadOracleFixture } from '../dialects/oracle/load-fixture.js';

function build(snapshot: CatalogSnapshot) {
  return buildInventoryWithDetection(snapshot, {
    origin: 'live',
    typeMapper: readSourceTypeMapper(snapshot.source.dialect),
    modules: readModuleCatalogs(),
  });
}

const modulesOf = (inventory: ReturnType<typeof build>['inventory']) =>
  Object.fromEntries(inventory.schemas.flatMap((s) => s.tables.map((t) => [`${s.name}.${t.name}`, t.module])));

describe('Oracle E-Business Suite slice (DBA_ views)', () => {
  const { inventory, erp } = build(parseOracle(loadOracleFixture('ebs-gl-ap-po.json'), ALL_SCHEMAS));

  it('is recognised as EBS and classified by product prefix', () => {
    expect(erp?.catalogue).toBe('oracle-ebs');
    expect(modulesOf(inventory)).toMatchObject({
      'GL.GL_LEDGERS': 'finance', 'GL.GL_JE_LINES': 'finance', 'AP.AP_INVOICES_ALL': 'finance', 'PO.PO_HEADERS_ALL': 'supply-chain',
    });
  });

  it('reads the CDC prerequisites the dialect reported: archivelog on, PK supplemental logging off', () => {
    const database = inventory.findings.filter((f) => f.object === 'database').map((f) => f.rule).sort();
    expect(database).toEqual(['oracle-force-logging', 'oracle-supplemental-logging-pk', 'row-counts-unknown']);
  });

  it('keeps a table without NUM_ROWS (never analysed) unknown, not 0, and says how to gather statistics', () => {
    const unknown = inventory.schemas.flatMap((s) => s.tables).filter((t) => t.rowCount === null);
    expect(unknown.length).toBeGreaterThan(0);
    expect(inventory.findings.find((f) => f.rule === 'row-counts-unknown')?.hint).toContain('DBMS_STATS.GATHER_SCHEMA_STATS');
  });

  it('checks table-level supplemental logging from DBA_LOG_GROUPS, since PK logging is off for the database', () => {
    const tables = inventory.findings.filter((f) => f.rule === 'oracle-table-supplemental-logging').map((f) => f.object).sort();
    // GL_JE_LINES has ALL COLUMN logging and GL_LEDGERS a PRIMARY KEY log group; the rest have none.
    expect(tables).toEqual(['AP.AP_INVOICES_ALL', 'AP.AP_SUPPLIERS', 'AP.XxApInvoiceNotes', 'GL.GL_CODE_COMBINATIONS', 'PO.PO_HEADERS_ALL']);
    const keyless = inventory.findings.find((f) => f.rule === 'oracle-table-supplemental-logging' && f.object === 'AP.XxApInvoiceNotes');
    expect(keyless?.hint).toContain('ADD SUPPLEMENTAL LOG DATA (ALL) COLUMNS');
  });

  it('flags the keyless custom table, the object-type column and the NUMBER columns without precision', () => {
    const rules = (object: string) => inventory.findings.filter((f) => f.object === object).map((f) => f.rule);
    expect(rules('AP.XxApInvoiceNotes')).toContain('no-primary-key');
    expect(rules('PO.PO_HEADERS_ALL.SHIP_TO')).toEqual(['unsupported-type']);
    expect(inventory.findings.filter((f) => f.rule === 'number-without-precision')).toHaveLength(4);
  });
});

describe('Dynamics AX slice (sys.* views)', () => {
  const { inventory, erp } = build(parseMssql(loadMssqlFixture('dynamics-ax-slice.json'), ALL_SCHEMAS));

  it('is recognised as Dynamics AX and its tables classified', () => {
    expect(erp?.catalogue).toBe('dynamics-ax');
    expect(modulesOf(inventory)).toMatchObject({ 'dbo.CUSTTABLE': 'sales', 'dbo.CUSTTRANS': 'sales', 'dbo.SALESLINE': 'sales' });
  });

  it('reads the database options the dialect reported: TDE on, FULL recovery (no finding)', () => {
    const database = inventory.findings.filter((f) => f.object === 'database').map((f) => f.rule).sort();
    expect(database).toContain('mssql-tde');
    expect(database).not.toContain('mssql-recovery-model');
  });

  it('makes hierarchyid, sql_variant and geography blockers and rounds datetime2(7)', () => {
    const blockers = inventory.findings.filter((f) => f.rule === 'unsupported-type').map((f) => f.object).sort();
    expect(blockers).toEqual(['hr.ORGCHART.EXTRA', 'hr.ORGCHART.NODE', 'hr.ORGCHART.SHIPLOCATION']);
    expect(inventory.findings.some((f) => f.rule === 'fractional-seconds-truncated' && f.object === 'dbo.SALESLINE.CREATEDAT')).toBe(true);
  });
});
