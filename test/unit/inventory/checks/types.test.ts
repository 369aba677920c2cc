import { describe, expect, it } from 'vitest';
import { col, schema, snapshot, source, table } from '../make-snapshot.js';
import { brief, findingsOf } from './run.js';

const TYPE_RULES = ['unsupported-type', 'number-without-precision', 'oracle-date-time', 'fractional-seconds-truncated', 'mysql-zero-date', 'unsigned-bigint', 'money-type', 'lossy-type'];
const id = col('ID', 'NUMBER', { precision: 10, scale: 0 });

describe('type checks (oracle source)', () => {
  it('flags unsupported, NUMBER without precision, DATE with time and 9-digit timestamps', () => {
    const t = table('T', { columns: [id, col('GEO', 'SDO_GEOMETRY'), col('AMOUNT', 'NUMBER'), col('CREATED', 'DATE'),
      col('STAMP', 'TIMESTAMP(9)', { scale: 9 }), col('OK_STAMP', 'TIMESTAMP(6)', { scale: 6 }), col('NAME', 'VARCHAR2', { length: 30 })] });
    const found = findingsOf(snapshot([schema('APP', [t])]), TYPE_RULES);
    expect(brief(found)).toEqual([
      'unsupported-type blocker APP.T.GEO',
      'fractional-seconds-truncated warning APP.T.STAMP',
      'number-without-precision warning APP.T.AMOUNT',
      'oracle-date-time info APP.T.CREATED',
    ]);
    expect(found[0]!.hint).toContain('unsupported-data-types-in-source');
    expect(found[2]!.hint).toContain('oracle-number-columns-without-scale');
    expect(found[1]!.message).toBe('TIMESTAMP(9) keeps 9 fractional digits; PostgreSQL keeps 6 (microseconds), so the rest is rounded');
  });

  it('names the Oracle DMS setting only for an Oracle source (a PostgreSQL bare numeric gets a plain hint)', () => {
    const t = table('T', { columns: [id, col('AMOUNT', 'NUMBER')] });
    const found = findingsOf(snapshot([schema('APP', [t])], source('postgres')), ['number-without-precision']);
    expect(found[0]!.hint).toBe('profile MAX/scale of the data and set a precision, or give the column a type in the mapping file (types:)');
  });

  it('is silent on plain types', () => {
    const t = table('T', { columns: [id, col('NAME', 'VARCHAR2', { length: 30 }), col('PRICE', 'NUMBER', { precision: 12, scale: 2 })] });
    expect(findingsOf(snapshot([schema('APP', [t])]), TYPE_RULES)).toEqual([]);
  });
});

describe('type checks (sql server and mysql sources)', () => {
  it('datetime2(7) loses its 7th digit, money stays numeric', () => {
    const t = table('T', { columns: [col('ID', 'int'), col('AT', 'datetime2', { scale: 7 }), col('FEE', 'money'), col('WHEN', 'datetime2', { scale: 3 })] });
    const found = findingsOf(snapshot([schema('dbo', [t])], source('mssql')), TYPE_RULES);
    expect(brief(found)).toEqual(['fractional-seconds-truncated warning dbo.T.AT', 'money-type info dbo.T.FEE']);
  });

  it('MySQL zero-date defaults and unsigned bigint', () => {
    const t = table('t', { columns: [col('id', 'bigint(20) unsigned'), col('created', 'datetime', { default: "'0000-00-00 00:00:00'" }),
      col('updated', 'datetime', { default: 'CURRENT_TIMESTAMP' })], primaryKey: { name: null, columns: ['id'] } });
    const found = findingsOf(snapshot([schema('shop', [t])], source('mysql')), TYPE_RULES);
    expect(brief(found)).toEqual(['mysql-zero-date warning shop.t.created', 'unsigned-bigint info shop.t.id']);
  });
});

describe('with the shipped source type rules (readSourceTypeMapper)', () => {
  it('SQL Server: hierarchyid is unsupported, datetime2(7) is rounded, money stays numeric', async () => {
    const { readSourceTypeMapper } = await import('../../../../src/config/source-type-rules.js');
    const { buildInventory } = await import('../../../../src/inventory/build-inventory.js');
    const { readModuleCatalogs } = await import('../../../../src/inventory/classify.js');
    const t = table('T', { columns: [col('ID', 'int'), col('NODE', 'hierarchyid'), col('AT', 'datetime2', { scale: 7 }), col('FEE', 'money')] });
    const inventory = buildInventory(snapshot([schema('dbo', [t])], source('mssql')), { origin: 'live', typeMapper: readSourceTypeMapper('mssql'), modules: readModuleCatalogs() });
    expect(inventory.schemas[0]!.tables[0]!.columns.map((c) => c.canonicalType)).toEqual(['int32', 'unsupported(hierarchyid)', 'timestamp(7)', 'decimal(19,4)']);
    expect(brief(inventory.findings.filter((f) => TYPE_RULES.includes(f.rule)))).toEqual([
      'unsupported-type blocker dbo.T.NODE', 'fractional-seconds-truncated warning dbo.T.AT', 'money-type info dbo.T.FEE',
    ]);
  });
});
