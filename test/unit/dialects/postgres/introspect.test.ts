import { describe, expect, it } from 'vitest';
import {
  parseCatalogRows, planTableStats, resolveSchemas, type PostgresCatalogRows,
} from '../../../../src/dialects/postgres/introspect.js';
import { triggerEvents } from '../../../../src/dialects/postgres/parse-catalog.js';

const col = (table: string, ordinal: number, name: string, nativeType: string, extra: Record<string, unknown> = {}) => ({
  schema_name: 'sales', table_name: table, ordinal, column_name: name, native_type: nativeType, domain_name: null,
  not_null: false, default_expr: null, identity: '', generated: '', identity_start: null, identity_increment: null, ...extra,
});

// Rows shaped exactly as pg 8 returns them from catalog-queries.ts on PostgreSQL 15 (int8 as string).
const rows: PostgresCatalogRows = {
  info: { version: '15.20', charset: 'UTF8', database_name: 'erp', wal_level: 'logical', max_replication_slots: '10', max_wal_senders: '10', rds_logical_replication: null },
  schemas: ['sales', 'public'],
  tables: [
    { schema_name: 'sales', table_name: 'ledger', relkind: 'p', reltuples: 2_500_000, bytes: '139264', comment: 'GL', partition_key: 'RANGE (entry_date)', partition_count: 2 },
    { schema_name: 'sales', table_name: 'customer', relkind: 'r', reltuples: -1, bytes: '73728', comment: null, partition_key: null, partition_count: 0 },
    { schema_name: 'sales', table_name: 'customer_tmp', relkind: 'r', reltuples: 3, bytes: '8192', comment: null, partition_key: null, partition_count: 0 },
  ],
  columns: [
    col('customer', 1, 'customer_id', 'integer', { not_null: true, identity: 'a', identity_start: '100', identity_increment: '10' }),
    col('customer', 2, 'status', 'character varying(10)', { default_expr: "'draft'::character varying" }),
    col('customer', 3, 'created_at', 'timestamp(3) without time zone', { not_null: true, default_expr: 'now()' }),
    col('customer', 4, 'total', 'numeric(12,2)', { generated: 's', default_expr: '(qty * price)' }),
    col('customer', 5, 'zip', 'character varying(10)', { domain_name: 'sales.zip_code' }),
    col('ledger', 1, 'entry_id', 'bigint', { not_null: true, default_expr: "nextval('sales.ledger_entry_id_seq'::regclass)" }),
    col('ledger', 2, 'entry_date', 'date', { not_null: true }),
  ],
  constraints: [
    { schema_name: 'sales', table_name: 'customer', constraint_name: 'customer_pkey', constraint_type: 'p', columns: ['customer_id'], ref_schema: null, ref_table: null, ref_columns: [], delete_rule: ' ', validated: true },
    { schema_name: 'sales', table_name: 'customer', constraint_name: 'customer_z_uk', constraint_type: 'u', columns: ['zip'], ref_schema: null, ref_table: null, ref_columns: [], delete_rule: ' ', validated: true },
    { schema_name: 'sales', table_name: 'customer', constraint_name: 'customer_a_uk', constraint_type: 'u', columns: ['status', 'zip'], ref_schema: null, ref_table: null, ref_columns: [], delete_rule: ' ', validated: true },
    { schema_name: 'sales', table_name: 'ledger', constraint_name: 'ledger_pkey', constraint_type: 'p', columns: ['entry_id'], ref_schema: null, ref_table: null, ref_columns: [], delete_rule: ' ', validated: true },
    { schema_name: 'sales', table_name: 'ledger', constraint_name: 'ledger_customer_fk', constraint_type: 'f', columns: ['entry_id'], ref_schema: 'sales', ref_table: 'customer', ref_columns: ['customer_id'], delete_rule: 'c', validated: false },
  ],
  indexes: [
    { schema_name: 'sales', table_name: 'customer', index_name: 'customer_open_ix', method: 'btree', is_unique: false, key_names: ['status'], key_is_expression: [false], key_descending: [false], predicate: "((status)::text <> 'closed'::text)" },
    { schema_name: 'sales', table_name: 'customer', index_name: 'customer_lower_ix', method: 'btree', is_unique: true, key_names: ['lower((status)::text)', 'created_at'], key_is_expression: [true, false], key_descending: [false, true], predicate: null },
  ],
  sequences: [{ schema_name: 'sales', sequence_name: 'ledger_entry_id_seq', start_value: '1', increment: '1', min_value: '1', max_value: '9223372036854775807', cycle: false, last_value: '42' }],
  views: [{ schema_name: 'sales', view_name: 'v_open', materialized: false, line_count: 3 }],
  routines: [
    { schema_name: 'sales', routine_name: 'touch', prokind: 'f', signature: 'integer', line_count: 4 },
    { schema_name: 'sales', routine_name: 'touch', prokind: 'f', signature: '', line_count: 2 },
    { schema_name: 'sales', routine_name: 'purge', prokind: 'p', signature: '', line_count: 1 },
  ],
  triggers: [{ schema_name: 'sales', trigger_name: 'customer_touch', table_name: 'customer', tgtype: 23 }],
};

const options = { exactCounts: false, include: [], exclude: ['*_tmp'] };

describe('parseCatalogRows (postgres)', () => {
  const snapshot = parseCatalogRows(rows, options);
  const sales = snapshot.schemas.find((s) => s.name === 'sales')!;
  const customer = sales.tables.find((t) => t.name === 'customer')!;
  const ledger = sales.tables.find((t) => t.name === 'ledger')!;

  it('sorts schemas and tables and applies exclude globs', () => {
    expect(snapshot.schemas.map((s) => s.name)).toEqual(['public', 'sales']);
    expect(sales.tables.map((t) => t.name)).toEqual(['customer', 'ledger']);
  });

  it('reads source facts', () => {
    expect(snapshot.source).toEqual({
      dialect: 'postgres', version: '15.20', charset: 'UTF8',
      options: { database: 'erp', wal_level: 'logical', max_replication_slots: 10, max_wal_senders: 10, rds_logical_replication: null },
    });
  });

  it('reads identity, defaults, generated and domain columns', () => {
    expect(customer.columns).toEqual([
      { name: 'customer_id', nativeType: 'integer', length: null, precision: null, scale: null, nullable: false, default: null, identity: { generation: 'always', start: '100', increment: '10' } },
      { name: 'status', nativeType: 'character varying(10)', length: 10, precision: null, scale: null, nullable: true, default: "'draft'::character varying", identity: null },
      { name: 'created_at', nativeType: 'timestamp(3) without time zone', length: null, precision: null, scale: 3, nullable: false, default: 'now()', identity: null },
      { name: 'total', nativeType: 'numeric(12,2)', length: null, precision: 12, scale: 2, nullable: true, default: null, identity: null, computed: '(qty * price)' },
      { name: 'zip', nativeType: 'character varying(10)', length: 10, precision: null, scale: null, nullable: true, default: null, identity: null, userType: 'sales.zip_code' },
    ]);
    expect(ledger.columns[0]).toMatchObject({ default: "nextval('sales.ledger_entry_id_seq'::regclass)", identity: null });
  });

  it('reads keys sorted by name, FK actions and NOT VALID', () => {
    expect(customer.primaryKey).toEqual({ name: 'customer_pkey', columns: ['customer_id'] });
    expect(customer.uniqueKeys).toEqual([{ name: 'customer_a_uk', columns: ['status', 'zip'] }, { name: 'customer_z_uk', columns: ['zip'] }]);
    expect(ledger.foreignKeys).toEqual([{
      name: 'ledger_customer_fk', columns: ['entry_id'], refSchema: 'sales', refTable: 'customer', refColumns: ['customer_id'], onDelete: 'CASCADE', enabled: false,
    }]);
  });

  it('reads indexes with expressions, descending keys and predicates', () => {
    expect(customer.indexes).toEqual([
      { name: 'customer_lower_ix', unique: true, kind: 'btree', where: null, columns: [
        { name: 'lower((status)::text)', descending: false, expression: true }, { name: 'created_at', descending: true },
      ] },
      { name: 'customer_open_ix', unique: false, kind: 'btree', where: "((status)::text <> 'closed'::text)", columns: [{ name: 'status', descending: false }] },
    ]);
  });

  it('reads row estimates (-1 → null), sizes, partitioning and attributes', () => {
    expect(customer).toMatchObject({ rowCount: null, rowCountExact: false, bytes: 73728, partitioning: null, attributes: { relkind: 'r', comment: null } });
    expect(ledger).toMatchObject({ rowCount: 2_500_000, bytes: 139264, attributes: { relkind: 'p', comment: 'GL' } });
    expect(ledger.partitioning).toEqual({ type: 'range', columns: ['entry_date'], partitionCount: 2, subpartitioning: null });
  });

  it('reads sequences, views, routines (by name then signature) and triggers', () => {
    expect(sales.sequences).toEqual([{ name: 'ledger_entry_id_seq', start: '1', increment: '1', minValue: '1', maxValue: '9223372036854775807', cycle: false, lastValue: '42' }]);
    expect(sales.views).toEqual([{ name: 'v_open', materialized: false, lines: 3 }]);
    expect(sales.routines).toEqual([
      { name: 'purge', kind: 'procedure', lines: 1 }, { name: 'touch', kind: 'function', lines: 2 }, { name: 'touch', kind: 'function', lines: 4 },
    ]);
    expect(sales.triggers).toEqual([{ name: 'customer_touch', table: 'customer', events: 'INSERT OR UPDATE', lines: null }]);
  });

  it('plans key ranges for large single-integer-key tables, counts for all with exactCounts', () => {
    expect(planTableStats(snapshot, false)).toEqual([{ schema: 'sales', table: 'ledger', keyColumn: 'entry_id', count: false }]);
    expect(planTableStats(snapshot, true)).toEqual([
      { schema: 'sales', table: 'customer', keyColumn: 'customer_id', count: true },
      { schema: 'sales', table: 'ledger', keyColumn: 'entry_id', count: true },
    ]);
  });

  it('applies exact counts and key ranges', () => {
    const exact = parseCatalogRows({ ...rows, tableStats: [{ schema: 'sales', table: 'ledger', rowCount: 7, keyMin: '1', keyMax: '9' }] }, options);
    const table = exact.schemas[1]!.tables.find((t) => t.name === 'ledger')!;
    expect(table).toMatchObject({ rowCount: 7, rowCountExact: true, attributes: { keyMin: '1', keyMax: '9' } });
  });
});

describe('resolveSchemas', () => {
  const existing = ['Mixed', 'public', 'sales'];
  it('returns every schema when none is asked for', () => {
    expect(resolveSchemas([], existing, 'pg')).toEqual(['Mixed', 'public', 'sales']);
  });
  it('folds unquoted names and keeps quoted ones', () => {
    expect(resolveSchemas(['SALES', '"Mixed"'], existing, 'pg')).toEqual(['Mixed', 'sales']);
    expect(resolveSchemas(['Mixed'], existing, 'pg')).toEqual(['Mixed']);
  });
  it('throws E_UNKNOWN_SCHEMA (exit 2) for a missing schema', () => {
    expect(() => resolveSchemas(['nope'], existing, 'postgres://x@h/db')).toThrowError(
      expect.objectContaining({ code: 'E_UNKNOWN_SCHEMA', exitCode: 2, message: 'postgres://x@h/db: schema "nope" does not exist' }),
    );
  });
});

describe('triggerEvents', () => {
  it('decodes tgtype bits in pg_get_triggerdef order', () => {
    expect(triggerEvents(23)).toBe('INSERT OR UPDATE');
    expect(triggerEvents(4 | 8 | 16 | 32)).toBe('INSERT OR DELETE OR UPDATE OR TRUNCATE');
  });
});

describe('parseHistogramBounds', () => {
  it('turns pg_stats histogram_bounds text into comma-separated integers, and refuses anything else', async () => {
    const { parseHistogramBounds } = await import('../../../../src/dialects/postgres/introspect.js');
    expect(parseHistogramBounds('{1,101,-5,9007199254740993}')).toBe('1,101,-5,9007199254740993');
    expect(parseHistogramBounds('{a,b}')).toBeNull();
    expect(parseHistogramBounds('{1.5,2}')).toBeNull();
    expect(parseHistogramBounds(null)).toBeNull();
  });
});
