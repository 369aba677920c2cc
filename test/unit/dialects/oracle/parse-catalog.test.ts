/** parseCatalogRows over recorded DBA_/ALL_ rows (fixtures/dictionary/oracle). */
import { describe, expect, it } from 'vitest';
import { parseCatalogRows } from '../../../../src/dialects/oracle/introspect.js';
import type { CatalogSchema, CatalogTable } from '../../../../src/model/catalog.js';
import { UsageError } from '../../../../src/errors.js';
import { ALL_SCHEMAS, loadOracleFixture } from './load-fixture.js';

const rows = loadOracleFixture('ebs-gl-ap-po.json');
const snapshot = parseCatalogRows(rows, ALL_SCHEMAS);

function schema(name: string): CatalogSchema {
  const found = snapshot.schemas.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no schema ${name}`);
  return found;
}

function table(schemaName: string, name: string): CatalogTable {
  const found = schema(schemaName).tables.find((t) => t.name === name);
  if (found === undefined) throw new Error(`no table ${schemaName}.${name}`);
  return found;
}

describe('oracle parseCatalogRows: source and layout', () => {
  it('reads version, character set and the CDC prerequisites from V$DATABASE', () => {
    expect(snapshot.source).toEqual({
      dialect: 'oracle',
      version: '19.21.0.0.0',
      charset: 'AL32UTF8',
      options: {
        dictionaryViews: 'DBA',
        nlsNcharCharacterset: 'AL16UTF16',
        nlsLengthSemantics: 'BYTE',
        logMode: 'ARCHIVELOG',
        supplementalLogDataMin: 'YES',
        supplementalLogDataPk: 'NO',
        supplementalLogDataUi: 'NO',
        supplementalLogDataFk: 'NO',
        supplementalLogDataAll: 'NO',
        forceLogging: 'NO',
      },
    });
    expect(snapshot.notes).toEqual([]);
  });

  it('sorts schemas and tables by name (ordinal, so the quoted mixed-case name sorts after upper case)', () => {
    expect(snapshot.schemas.map((s) => s.name)).toEqual(['AP', 'GL', 'PO']);
    expect(schema('AP').tables.map((t) => t.name)).toEqual(['AP_INVOICES_ALL', 'AP_SUPPLIERS', 'XxApInvoiceNotes']);
    expect(schema('GL').tables.map((t) => t.name)).toEqual(['GL_CODE_COMBINATIONS', 'GL_JE_LINES', 'GL_LEDGERS']);
  });
});

describe('oracle parseCatalogRows: columns', () => {
  it('keeps NUMBER precision/scale NULLs: NUMBER, NUMBER(15), NUMBER(*,0)', () => {
    const columns = table('GL', 'GL_JE_LINES').columns;
    expect(columns.map((c) => c.name)).toEqual([
      'JE_HEADER_ID', 'JE_LINE_NUM', 'LEDGER_ID', 'CODE_COMBINATION_ID', 'PERIOD_NAME', 'EFFECTIVE_DATE', 'ENTERED_DR', 'STAT_AMOUNT', 'DESCRIPTION', 'CREATED_TS',
    ]);
    expect(columns[1]).toEqual({ name: 'JE_LINE_NUM', nativeType: 'NUMBER', length: null, precision: null, scale: null, nullable: false, default: null, identity: null });
    expect(columns[0]).toMatchObject({ nativeType: 'NUMBER', precision: 15, scale: 0 });
    expect(columns[7]).toMatchObject({ name: 'STAT_AMOUNT', precision: null, scale: 0, nullable: true });
    expect(columns[9]).toEqual({
      name: 'CREATED_TS', nativeType: 'TIMESTAMP(6) WITH TIME ZONE', length: null, precision: null, scale: 6, nullable: true, default: 'SYSTIMESTAMP', identity: null,
    });
  });

  it('uses CHAR_LENGTH with CHAR_USED semantics and trims LONG defaults', () => {
    const ledgers = table('GL', 'GL_LEDGERS').columns;
    expect(ledgers[4]).toEqual({
      name: 'DESCRIPTION', nativeType: 'VARCHAR2', length: 240, precision: null, scale: null, nullable: true, default: null, identity: null, lengthSemantics: 'char',
    });
    expect(ledgers[5]).toMatchObject({ name: 'CREATION_DATE', nativeType: 'DATE', default: 'SYSDATE', nullable: false });
    const combos = table('GL', 'GL_CODE_COMBINATIONS').columns;
    expect(combos[3]).toMatchObject({ name: 'ACCOUNT_TYPE', nativeType: 'CHAR', length: 1, lengthSemantics: 'byte' });
    expect(combos[4]).toMatchObject({ name: 'ENABLED_FLAG', default: "'Y'" });
    const notes = table('AP', 'XxApInvoiceNotes').columns;
    expect(notes.map((c) => [c.name, c.nativeType, c.length, c.lengthSemantics])).toEqual([
      ['InvoiceId', 'NUMBER', null, undefined],
      ['NoteText', 'NVARCHAR2', 2000, 'char'],
    ]);
  });

  it('reads identity from the identity view and drops the ISEQ$$ default', () => {
    const suppliers = table('AP', 'AP_SUPPLIERS').columns;
    expect(suppliers[0]).toEqual({
      name: 'VENDOR_ID', nativeType: 'NUMBER', length: null, precision: 15, scale: 0, nullable: false, default: null,
      identity: { generation: 'always', start: '1000', increment: '1' },
    });
    expect(suppliers.map((c) => [c.name, c.nativeType, c.length, c.precision])).toEqual([
      ['VENDOR_ID', 'NUMBER', null, 15], ['SEGMENT1', 'VARCHAR2', 30, null], ['VENDOR_NAME', 'VARCHAR2', 360, null],
      ['NOTES', 'CLOB', null, null], ['VENDOR_GUID', 'RAW', 16, null], ['RISK_SCORE', 'FLOAT', null, 126],
    ]);
  });

  it('keeps virtual expressions, invisible columns last and object types with their owner', () => {
    const po = table('PO', 'PO_HEADERS_ALL').columns;
    expect(po.map((c) => c.name)).toEqual([
      'PO_HEADER_ID', 'SEGMENT1', 'VENDOR_ID', 'AMOUNT_LIMIT', 'AMOUNT_LIMIT_K', 'APPROVED_DATE', 'LEAD_TIME', 'RATE', 'TERMS_XML', 'SHIP_TO', 'LEGACY_REF',
    ]);
    expect(po[4]).toMatchObject({ computed: '"AMOUNT_LIMIT"/1000', default: null });
    expect(po[6]).toMatchObject({ nativeType: 'INTERVAL DAY(2) TO SECOND(6)', precision: 2, scale: 6 });
    expect(po[8]).toEqual({ name: 'TERMS_XML', nativeType: 'XMLTYPE', length: null, precision: null, scale: null, nullable: true, default: null, identity: null });
    expect(po[9]).toMatchObject({ nativeType: 'ADDRESS_T', userType: 'PO.ADDRESS_T' });
  });
});

describe('oracle parseCatalogRows: keys and indexes', () => {
  it('reads composite primary keys and unique constraints', () => {
    expect(table('GL', 'GL_JE_LINES').primaryKey).toEqual({ name: 'GL_JE_LINES_PK', columns: ['JE_HEADER_ID', 'JE_LINE_NUM'] });
    expect(table('GL', 'GL_LEDGERS').uniqueKeys).toEqual([{ name: 'GL_LEDGERS_U2', columns: ['NAME'] }]);
    expect(table('AP', 'XxApInvoiceNotes').primaryKey).toBeNull();
  });

  it('resolves foreign keys through R_OWNER/R_CONSTRAINT_NAME, incl. self-reference and cross-schema', () => {
    expect(table('GL', 'GL_CODE_COMBINATIONS').foreignKeys).toEqual([
      { name: 'GL_CODE_COMB_PARENT_FK', columns: ['PARENT_CODE_COMBINATION_ID'], refSchema: 'GL', refTable: 'GL_CODE_COMBINATIONS', refColumns: ['CODE_COMBINATION_ID'], onDelete: 'SET NULL', enabled: true },
    ]);
    expect(table('GL', 'GL_JE_LINES').foreignKeys.map((fk) => [fk.name, fk.refTable, fk.refColumns.join(','), fk.onDelete])).toEqual([
      ['GL_JE_LINES_CC_FK', 'GL_CODE_COMBINATIONS', 'CODE_COMBINATION_ID', 'NO ACTION'],
      ['GL_JE_LINES_LEDGER_FK', 'GL_LEDGERS', 'LEDGER_ID', 'NO ACTION'],
    ]);
    expect(table('AP', 'AP_INVOICES_ALL').foreignKeys[0]).toMatchObject({ onDelete: 'CASCADE', refTable: 'AP_SUPPLIERS' });
    expect(table('PO', 'PO_HEADERS_ALL').foreignKeys[0]).toMatchObject({ refSchema: 'AP', refTable: 'AP_SUPPLIERS', refColumns: ['VENDOR_ID'] });
    expect(table('AP', 'XxApInvoiceNotes').foreignKeys[0]).toMatchObject({ name: 'XxNotes_Invoice_FK', enabled: false });
  });

  it('leaves out PK/UK-backing indexes and resolves DESC SYS_NC columns', () => {
    expect(table('GL', 'GL_LEDGERS').indexes).toEqual([]);
    expect(table('GL', 'GL_JE_LINES').indexes).toEqual([
      { name: 'GL_JE_LINES_N1', unique: false, kind: 'btree', columns: [{ name: 'PERIOD_NAME', descending: true }, { name: 'CODE_COMBINATION_ID', descending: false }] },
    ]);
    expect(table('GL', 'GL_CODE_COMBINATIONS').indexes).toEqual([
      { name: 'GL_CODE_COMBINATIONS_N1', unique: false, kind: 'bitmap', columns: [{ name: 'ACCOUNT_TYPE', descending: false }] },
    ]);
    expect(table('AP', 'AP_SUPPLIERS').indexes).toEqual([
      { name: 'AP_SUPPLIERS_N1', unique: false, kind: 'btree', columns: [{ name: 'UPPER("VENDOR_NAME")', descending: false, expression: true }] },
      { name: 'AP_SUPPLIERS_U1', unique: true, kind: 'btree', columns: [{ name: 'SEGMENT1', descending: false }] },
    ]);
  });
});

describe('oracle parseCatalogRows: storage, statistics and code', () => {
  it('reads interval partitioning with the partitions actually created', () => {
    expect(table('GL', 'GL_JE_LINES').partitioning).toEqual({ type: 'interval', columns: ['EFFECTIVE_DATE'], partitionCount: 27, subpartitioning: null });
    expect(table('GL', 'GL_LEDGERS').partitioning).toBeNull();
  });

  it('takes NUM_ROWS as an estimate and sums table, index, LOB segment and LOB index bytes', () => {
    expect([table('GL', 'GL_CODE_COMBINATIONS').rowCount, table('GL', 'GL_CODE_COMBINATIONS').rowCountExact]).toEqual([2400000, false]);
    expect(table('AP', 'AP_INVOICES_ALL').rowCount).toBeNull();
    expect(table('AP', 'AP_SUPPLIERS').bytes).toBe(8388608 + 1048576 + 1048576 + 2097152 + 16777216 + 65536);
    expect(table('GL', 'GL_JE_LINES').bytes).toBe(2147483648 + 536870912 + 268435456);
    expect(table('GL', 'GL_LEDGERS').bytes).toBe(196608);
    expect(table('AP', 'AP_INVOICES_ALL').bytes).toBe(0);
  });

  it('records table attributes', () => {
    // supplementalLogGroups: the table's DBA_LOG_GROUPS types ('' = readable, none defined).
    expect(table('GL', 'GL_CODE_COMBINATIONS').attributes).toEqual({ compression: true, comment: 'Account combinations', supplementalLogGroups: '' });
    expect(table('AP', 'AP_SUPPLIERS').attributes).toEqual({ comment: 'Suppliers (vendors)', supplementalLogGroups: '' });
    expect(table('GL', 'GL_LEDGERS').attributes).toEqual({ supplementalLogGroups: 'PRIMARY KEY LOGGING,UNIQUE KEY LOGGING' });
    expect(table('GL', 'GL_JE_LINES').attributes?.supplementalLogGroups).toBe('ALL COLUMN LOGGING');
  });

  it('reads sequences with 28-digit bounds as strings, views, routines and triggers', () => {
    expect(schema('AP').sequences).toEqual([
      { name: 'AP_INVOICES_S', start: null, increment: '1', minValue: '1', maxValue: '9999999999999999999999999999', cycle: false, lastValue: '1284021' },
    ]);
    expect(schema('GL').sequences[0]).toMatchObject({ name: 'GL_JE_HEADERS_S', cycle: true, lastValue: '77' });
    expect(schema('AP').views).toEqual([{ name: 'AP_INVOICES_V', materialized: false, lines: 5 }]);
    expect(schema('GL').views).toEqual([{ name: 'GL_BALANCES_MV', materialized: true, lines: 3 }]);
    expect(schema('AP').routines).toEqual([
      { name: 'AP_INVOICES_PKG', kind: 'package', lines: 42, status: 'VALID' },
      { name: 'AP_INVOICES_PKG', kind: 'package body', lines: 1310, status: 'INVALID' },
    ]);
    expect(schema('GL').routines.map((r) => [r.name, r.kind, r.lines])).toEqual([
      ['GL_CODE_COMBINATIONS_SYN', 'synonym', null],
      ['GL_PERIOD_CLOSE', 'procedure', 88],
    ]);
    expect(schema('PO').routines).toEqual([{ name: 'ADDRESS_T', kind: 'type', lines: 6, status: 'VALID' }]);
    expect(schema('AP').triggers).toEqual([{ name: 'AP_INVOICES_BRIU', table: 'AP_INVOICES_ALL', events: 'INSERT OR UPDATE', lines: 14 }]);
    expect(schema('GL').triggers).toEqual([{ name: 'GL_LOGON_AUDIT', table: null, events: 'LOGON', lines: 5 }]);
  });
});

describe('oracle parseCatalogRows: options', () => {
  it('applies include/exclude globs to tables only', () => {
    const filtered = parseCatalogRows(rows, { ...ALL_SCHEMAS, include: ['gl.*', 'ap_*'], exclude: ['*_ALL'] });
    expect(filtered.schemas.map((s) => [s.name, s.tables.map((t) => t.name)])).toEqual([
      ['AP', ['AP_SUPPLIERS']],
      ['GL', ['GL_CODE_COMBINATIONS', 'GL_JE_LINES', 'GL_LEDGERS']],
      ['PO', []],
    ]);
    expect(filtered.schemas[0]?.views).toHaveLength(1);
  });

  it('folds --schema names and rejects unknown ones with E_UNKNOWN_SCHEMA', () => {
    expect(parseCatalogRows(rows, { ...ALL_SCHEMAS, schemas: ['gl'] }).schemas.map((s) => s.name)).toContain('GL');
    const error = (() => {
      try {
        parseCatalogRows(rows, { ...ALL_SCHEMAS, schemas: ['gl', '"Hr"'] });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ code: 'E_UNKNOWN_SCHEMA', exitCode: 2 });
    expect((error as Error).message).toContain('Hr');
  });

  it('folds exact counts and key bounds from the per-table probes', () => {
    const probed = parseCatalogRows(
      { ...rows, probes: [{ OWNER: 'GL', TABLE_NAME: 'GL_CODE_COMBINATIONS', KEY_MIN: '1000', KEY_MAX: '12873551' }, { OWNER: 'GL', TABLE_NAME: 'GL_LEDGERS', ROW_COUNT: '13' }] },
      ALL_SCHEMAS,
    );
    const gl = probed.schemas.find((s) => s.name === 'GL');
    const combos = gl?.tables.find((t) => t.name === 'GL_CODE_COMBINATIONS');
    expect([combos?.rowCount, combos?.rowCountExact, combos?.attributes?.keyMin, combos?.attributes?.keyMax]).toEqual([2400000, false, '1000', '12873551']);
    const ledgers = gl?.tables.find((t) => t.name === 'GL_LEDGERS');
    expect([ledgers?.rowCount, ledgers?.rowCountExact]).toEqual([13, true]);
  });
});

describe('oracle parseCatalogRows: ALL_ views without DBA grants', () => {
  const limited = parseCatalogRows(loadOracleFixture('po-all-views.json'), { ...ALL_SCHEMAS, schemas: ['PO'] });

  it('notes the fallback, the unreadable V$DATABASE and DBA_SEGMENTS, and the unresolvable foreign key', () => {
    expect(limited.notes.map((n) => [n.rule, n.severity, n.object])).toEqual([
      ['oracle-dictionary-all-views', 'warning', 'DBA_TABLES'],
      ['oracle-foreign-key-unresolved', 'warning', 'PO.PO_HEADERS_VENDOR_FK'],
      ['oracle-segments-unreadable', 'info', 'DBA_SEGMENTS'],
      ['oracle-v-database-unreadable', 'warning', 'V$DATABASE'],
    ]);
    expect(limited.source.options).toEqual({ dictionaryViews: 'ALL', nlsNcharCharacterset: 'AL16UTF16', nlsLengthSemantics: 'BYTE' });
  });

  it('reports sizes as unknown and leaves the unresolved foreign key out', () => {
    const po = limited.schemas[0]?.tables[0];
    expect([po?.name, po?.bytes, po?.rowCount, po?.foreignKeys.length, po?.primaryKey?.name]).toEqual(['PO_HEADERS_ALL', null, 310455, 0, 'PO_HEADERS_ALL_PK']);
  });
});
