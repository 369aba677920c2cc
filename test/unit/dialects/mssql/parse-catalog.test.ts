/** parseCatalogRows over recorded sys.* rows (fixtures/dictionary/mssql). */
import { describe, expect, it } from 'vitest';
import { parseCatalogRows } from '../../../../src/dialects/mssql/introspect.js';
import { UsageError } from '../../../../src/errors.js';
import type { CatalogColumn, CatalogSchema, CatalogTable } from '../../../../src/model/catalog.js';
import { ALL_SCHEMAS, loadMssqlFixture } from './load-fixture.js';

const rows = loadMssqlFixture('dynamics-ax-slice.json');
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

function column(schemaName: string, tableName: string, name: string): CatalogColumn {
  const found = table(schemaName, tableName).columns.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no column ${name}`);
  return found;
}

const facts = (c: CatalogColumn): unknown[] => [c.nativeType, c.length, c.precision, c.scale];

describe('mssql parseCatalogRows: source and layout', () => {
  it('reads version, collation and the database options the checks need', () => {
    expect(snapshot.source).toEqual({
      dialect: 'mssql',
      version: '16.0.4135.4',
      charset: 'SQL_Latin1_General_CP1_CI_AS',
      options: {
        database: 'MicrosoftDynamicsAX',
        edition: 'Enterprise Edition: Core-based Licensing (64-bit)',
        engineEdition: 3,
        compatibilityLevel: 160,
        recoveryModel: 'FULL',
        isCdcEnabled: true,
        isPublished: false,
        isMergePublished: false,
        isEncrypted: true,
        snapshotIsolation: 'ON',
        readCommittedSnapshot: true,
      },
    });
    expect(snapshot.notes).toEqual([]);
  });

  it('sorts schemas and tables by name', () => {
    expect(snapshot.schemas.map((s) => s.name)).toEqual(['dbo', 'hr']);
    expect(schema('dbo').tables.map((t) => t.name)).toEqual(['BATCHJOBLOG', 'CUSTTABLE', 'CUSTTRANS', 'SALESLINE', 'SALESLINE_HISTORY']);
  });
});

describe('mssql parseCatalogRows: columns', () => {
  it('halves nvarchar byte lengths, maps (max) to null and keeps defaults as stored', () => {
    expect(table('dbo', 'CUSTTABLE').columns).toEqual([
      { name: 'RECID', nativeType: 'bigint', length: null, precision: null, scale: null, nullable: false, default: null, identity: null },
      { name: 'ACCOUNTNUM', nativeType: 'nvarchar', length: 20, precision: null, scale: null, nullable: false, default: "('')", identity: null },
      { name: 'NAME', nativeType: 'nvarchar', length: 100, precision: null, scale: null, nullable: true, default: null, identity: null },
      { name: 'DATAAREAID', nativeType: 'nvarchar', length: 4, precision: null, scale: null, nullable: false, default: "('dat')", identity: null },
      { name: 'CREDITMAX', nativeType: 'numeric', length: null, precision: 32, scale: 16, nullable: false, default: '((0))', identity: null },
      { name: 'MEMO', nativeType: 'nvarchar', length: null, precision: null, scale: null, nullable: true, default: null, identity: null },
      { name: 'PARTITION', nativeType: 'bigint', length: null, precision: null, scale: null, nullable: false, default: '((5637144576.))', identity: null },
      { name: 'RECVERSION', nativeType: 'int', length: null, precision: null, scale: null, nullable: false, default: '((1))', identity: null },
      { name: 'MODIFIEDDATETIME', nativeType: 'datetime', length: null, precision: null, scale: null, nullable: false, default: '(getutcdate())', identity: null },
    ]);
  });

  it('resolves alias types to the base type, keeping the alias as userType', () => {
    expect(column('dbo', 'SALESLINE', 'ITEMID')).toMatchObject({ nativeType: 'nvarchar', length: 20, userType: 'dbo.ItemId' });
    expect(column('hr', 'ORGCHART', 'TITLE')).toMatchObject({ nativeType: 'nvarchar', length: 128, userType: 'sysname' });
    expect(column('hr', 'ORGCHART', 'NODE')).toEqual({ name: 'NODE', nativeType: 'hierarchyid', length: null, precision: null, scale: null, nullable: false, default: null, identity: null });
  });

  it('reads datetime2/time/datetimeoffset scale as fractional digits, decimal precision and float precision', () => {
    expect(facts(column('dbo', 'SALESLINE', 'CREATEDAT'))).toEqual(['datetime2', null, null, 7]);
    expect(facts(column('dbo', 'BATCHJOBLOG', 'LOGGEDAT'))).toEqual(['datetimeoffset', null, null, 7]);
    expect(facts(column('hr', 'ORGCHART', 'LASTSEEN'))).toEqual(['datetimeoffset', null, null, 3]);
    expect(facts(column('hr', 'ORGCHART', 'STARTTIME'))).toEqual(['time', null, null, 0]);
    expect(facts(column('dbo', 'SALESLINE', 'QTY'))).toEqual(['decimal', null, 18, 4]);
    expect(facts(column('dbo', 'CUSTTRANS', 'AMOUNTCUR'))).toEqual(['money', null, null, null]);
    expect(facts(column('hr', 'ORGCHART', 'RATIO'))).toEqual(['float', null, 53, null]);
    expect(facts(column('hr', 'ORGCHART', 'SCORE'))).toEqual(['real', null, 24, null]);
    expect(facts(column('hr', 'ORGCHART', 'INITIALS'))).toEqual(['nchar', 2, null, null]);
    expect(facts(column('hr', 'ORGCHART', 'BADGE'))).toEqual(['binary', 16, null, null]);
    expect(facts(column('dbo', 'BATCHJOBLOG', 'PAYLOAD'))).toEqual(['varbinary', null, null, null]);
    expect(facts(column('dbo', 'BATCHJOBLOG', 'MESSAGE'))).toEqual(['nvarchar', 4000, null, null]);
    expect(facts(column('hr', 'ORGCHART', 'NOTES'))).toEqual(['ntext', null, null, null]);
  });

  it('reads identity seed/increment as the text IDENTITY_SQL casts the sql_variants to', () => {
    expect(column('dbo', 'SALESLINE', 'SALESLINEID').identity).toEqual({ generation: 'always', start: '1000', increment: '1' });
    expect(column('dbo', 'BATCHJOBLOG', 'LOGID').identity).toEqual({ generation: 'always', start: '1', increment: '1' });
    expect(column('dbo', 'SALESLINE_HISTORY', 'SALESLINEID').identity).toBeNull();
  });

  it('keeps computed definitions', () => {
    expect(column('dbo', 'SALESLINE', 'LINETOTAL')).toMatchObject({ computed: '([QTY]*[LINEAMOUNT])', nativeType: 'decimal', precision: 29, scale: 8 });
    expect(column('hr', 'ORGCHART', 'NODELEVEL').computed).toBe('([NODE].[GetLevel]())');
    expect(column('dbo', 'SALESLINE_HISTORY', 'LINETOTAL').computed).toBeUndefined();
  });
});

describe('mssql parseCatalogRows: keys and indexes', () => {
  it('reads primary keys (composite too) and unique constraints', () => {
    expect(table('dbo', 'CUSTTRANS').primaryKey).toEqual({ name: 'PK_CUSTTRANS', columns: ['RECID', 'TRANSDATE'] });
    expect(table('dbo', 'SALESLINE').uniqueKeys).toEqual([{ name: 'UQ_SALESLINE_GUID', columns: ['LINEGUID'] }]);
    expect([table('dbo', 'BATCHJOBLOG').primaryKey, table('dbo', 'SALESLINE_HISTORY').primaryKey]).toEqual([null, null]);
  });

  it('reads foreign keys with delete actions and the disabled flag', () => {
    expect(table('dbo', 'CUSTTRANS').foreignKeys).toEqual([
      { name: 'FK_CUSTTRANS_CUSTTABLE', columns: ['CUSTTABLE_RECID'], refSchema: 'dbo', refTable: 'CUSTTABLE', refColumns: ['RECID'], onDelete: 'CASCADE', enabled: true },
    ]);
    expect(table('dbo', 'SALESLINE').foreignKeys[0]).toMatchObject({ onDelete: 'SET NULL', enabled: false });
  });

  it('leaves out PK/UQ indexes; filtered, DESC, columnstore and spatial indexes are kept', () => {
    expect(table('dbo', 'SALESLINE').indexes).toEqual([]);
    expect(table('dbo', 'CUSTTRANS').indexes).toEqual([
      { name: 'I_CUSTTRANS_OPEN', unique: false, kind: 'nonclustered', columns: [{ name: 'ACCOUNTNUM', descending: false }, { name: 'TRANSDATE', descending: true }], where: '([ISDELETED]=(0))' },
      { name: 'NCCI_CUSTTRANS', unique: false, kind: 'columnstore', columns: [{ name: 'AMOUNTCUR', descending: false }, { name: 'TRANSDATE', descending: false }] },
    ]);
    expect(table('dbo', 'CUSTTABLE').indexes.map((i) => [i.name, i.unique, i.kind, i.columns.length])).toEqual([['I_077ACCOUNTIDX', true, 'nonclustered', 3]]);
    expect(table('hr', 'ORGCHART').indexes.map((i) => [i.name, i.kind, i.columns[0]?.name])).toEqual([['SIX_ORGCHART_LOC', 'spatial', 'SHIPLOCATION']]);
  });
});

describe('mssql parseCatalogRows: storage, attributes and code', () => {
  it('takes rows from partition stats (bigint strings) and bytes as used pages × 8192', () => {
    expect([table('dbo', 'CUSTTRANS').rowCount, table('dbo', 'CUSTTRANS').bytes, table('dbo', 'CUSTTRANS').rowCountExact]).toEqual([18250000, 1310720 * 8192, false]);
    expect([table('dbo', 'CUSTTABLE').rowCount, table('dbo', 'CUSTTABLE').bytes]).toEqual([2450000, 503316480]);
    expect([table('dbo', 'BATCHJOBLOG').rowCount, table('dbo', 'BATCHJOBLOG').bytes]).toEqual([0, 0]);
  });

  it('reads partition schemes and table attributes (temporal, CDC, comment)', () => {
    expect(table('dbo', 'CUSTTRANS').partitioning).toEqual({ type: 'range', columns: ['TRANSDATE'], partitionCount: 13, subpartitioning: null });
    expect(table('dbo', 'CUSTTRANS').attributes).toEqual({ cdcTracked: true });
    expect(table('dbo', 'SALESLINE').attributes).toEqual({ temporal: 'system-versioned', historyTable: 'dbo.SALESLINE_HISTORY' });
    expect(table('dbo', 'SALESLINE_HISTORY').attributes).toEqual({ temporal: 'history' });
    expect(table('dbo', 'CUSTTABLE').attributes).toEqual({ comment: 'Customers' });
  });

  it('reads sequences as strings, indexed views as materialized, modules by kind, triggers with events', () => {
    expect(schema('dbo').sequences).toEqual([
      { name: 'SEQ_BIGNUM', start: '1', increment: '1', minValue: '1', maxValue: '99999999999999999999999999999999999999', cycle: false, lastValue: '1' },
      { name: 'SEQ_VOUCHER', start: '1', increment: '1', minValue: '-9223372036854775808', maxValue: '9223372036854775807', cycle: true, lastValue: '7340021' },
    ]);
    expect(schema('dbo').views).toEqual([
      { name: 'CUSTBALANCE_IV', materialized: true, lines: 6 },
      { name: 'CUSTTRANS_OPEN_V', materialized: false, lines: 4 },
    ]);
    expect(schema('dbo').routines).toEqual([
      { name: 'CUSTTABLE_SYN', kind: 'synonym', lines: null },
      { name: 'CUST_POST', kind: 'procedure', lines: 120 },
      { name: 'LICENSE_CHECK', kind: 'procedure', lines: null },
      { name: 'fn_CustBalance', kind: 'function', lines: 22 },
      { name: 'tvf_OpenTrans', kind: 'function', lines: 9 },
    ]);
    expect(schema('hr').routines).toEqual([{ name: 'clr_Soundex', kind: 'function', lines: null }]);
    expect(schema('dbo').triggers).toEqual([{ name: 'TR_CUSTTABLE_AUDIT', table: 'CUSTTABLE', events: 'INSERT OR UPDATE OR DELETE', lines: 31 }]);
  });
});

describe('mssql parseCatalogRows: options', () => {
  it('applies include/exclude globs to tables', () => {
    const filtered = parseCatalogRows(rows, { ...ALL_SCHEMAS, include: ['dbo.cust*', 'ORGCHART'], exclude: ['*trans'] });
    expect(filtered.schemas.map((s) => [s.name, s.tables.map((t) => t.name)])).toEqual([['dbo', ['CUSTTABLE']], ['hr', ['ORGCHART']]]);
  });

  it('matches --schema case-insensitively, strips brackets, and rejects unknown schemas', () => {
    expect(parseCatalogRows(rows, { ...ALL_SCHEMAS, schemas: ['[HR]'] }).schemas.map((s) => s.name)).toContain('hr');
    expect(() => parseCatalogRows(rows, { ...ALL_SCHEMAS, schemas: ['sales'] })).toThrow(UsageError);
    expect(() => parseCatalogRows(rows, { ...ALL_SCHEMAS, schemas: ['sales'] })).toThrow(/schema sales not found/);
  });

  it('notes the sys.partitions fallback when VIEW DATABASE STATE is missing', () => {
    const limited = parseCatalogRows({ ...rows, unavailable: ['sizes'] }, ALL_SCHEMAS);
    expect(limited.notes.map((n) => [n.rule, n.severity, n.object])).toEqual([['mssql-partition-stats-unreadable', 'info', 'sys.dm_db_partition_stats']]);
  });

  it('folds exact counts (COUNT_BIG strings) and key bounds from the probes', () => {
    const probed = parseCatalogRows({ ...rows, probes: [{ schema_name: 'dbo', table_name: 'CUSTTABLE', row_count: '2450113', key_min: '5637144576', key_max: '5639594688' }] }, ALL_SCHEMAS);
    const custtable = probed.schemas[0]?.tables.find((t) => t.name === 'CUSTTABLE');
    expect([custtable?.rowCount, custtable?.rowCountExact, custtable?.attributes]).toEqual([2450113, true, { comment: 'Customers', keyMin: '5637144576', keyMax: '5639594688' }]);
  });
});
