import { describe, expect, it } from 'vitest';
import { parseCatalogRows, planTableStats, resolveSchemas, type MysqlCatalogRows } from '../../../../src/dialects/mysql/introspect.js';

const S = 'erp';
const col = (table: string, ordinal: number, name: string, type: string, extra: Record<string, unknown> = {}) => ({
  schema_name: S, table_name: table, ordinal, column_name: name, column_type: type, is_nullable: 'YES', column_default: 'NULL', extra: '', generation_expression: null, ...extra,
});
const ix = (table: string, index: string, seq: number, column: string | null, extra: Record<string, unknown> = {}) => ({
  schema_name: S, table_name: table, index_name: index, non_unique: 1, seq_in_index: seq, column_name: column, collation: 'A', index_type: 'BTREE', expression: null, ...extra,
});
const tbl = (name: string, extra: Record<string, unknown> = {}) => ({
  schema_name: S, table_name: name, table_type: 'BASE TABLE', engine: 'InnoDB', table_rows: '0', data_length: '16384', index_length: '0',
  table_collation: 'utf8mb4_general_ci', table_comment: '', ...extra,
});

// Rows shaped as mysql2 returns them from catalog-queries.ts on MariaDB 10.11 (bigNumberStrings).
const rows: MysqlCatalogRows = {
  info: { version: '10.11.19-MariaDB-0+deb12u1', charset: 'utf8mb4', database_name: S, log_bin: 0, binlog_format: 'MIXED', binlog_row_image: 'FULL', server_id: 1, lower_case_table_names: 0 },
  schemas: [S],
  tables: [
    tbl('orders', { table_rows: '1500000', data_length: '98304', index_length: '32768', table_comment: 'sales orders', table_type: 'SYSTEM VERSIONED' }),
    tbl('customer'),
    tbl('invoice_no_seq', { table_type: 'SEQUENCE' }),
  ],
  columns: [
    col('customer', 1, 'customer_id', 'int(11)', { is_nullable: 'NO', column_default: null, extra: 'auto_increment' }),
    col('customer', 2, 'status', "enum('draft','active')", { is_nullable: 'NO', column_default: "'draft'" }),
    col('customer', 3, 'created_at', 'datetime(3)', { column_default: 'current_timestamp(3)' }),
    col('customer', 4, 'doc', 'longtext'),
    col('customer', 5, 'full_name', 'varchar(200)', { extra: 'VIRTUAL GENERATED', generation_expression: 'concat(`a`,`b`)' }),
    col('orders', 1, 'order_id', 'bigint(20)', { is_nullable: 'NO', column_default: null }),
    col('orders', 2, 'customer_id', 'int(11)', { is_nullable: 'NO', column_default: null }),
    col('invoice_no_seq', 1, 'next_not_cached_value', 'bigint(21)'),
    col('customer_v', 1, 'customer_id', 'int(11)'),
  ],
  indexes: [
    ix('customer', 'PRIMARY', 1, 'customer_id', { non_unique: 0 }),
    ix('customer', 'status_uk', 2, 'created_at', { non_unique: '0' }),
    ix('customer', 'status_uk', 1, 'status', { non_unique: '0' }),
    ix('customer', 'name_ix', 1, 'full_name', { collation: 'D' }),
    ix('customer', 'doc_ft', 1, 'doc', { index_type: 'FULLTEXT', collation: null }),
    ix('orders', 'PRIMARY', 1, 'order_id', { non_unique: 0 }),
    ix('orders', 'fn_ix', 1, null, { expression: '(`customer_id` + 1)' }),
  ],
  foreignKeys: [
    { schema_name: S, table_name: 'orders', constraint_name: 'orders_customer_fk', column_name: 'customer_id', ordinal: 1, ref_schema: S, ref_table: 'customer', ref_column: 'customer_id', delete_rule: 'CASCADE' },
  ],
  partitions: [{ schema_name: S, table_name: 'orders', partition_method: 'RANGE COLUMNS', partition_expression: '`order_id`', subpartition_method: null, partition_count: 3 }],
  views: [{ schema_name: S, view_name: 'customer_v', line_count: 1 }],
  routines: [
    { schema_name: S, routine_name: 'purge', routine_type: 'PROCEDURE', line_count: 1 },
    { schema_name: S, routine_name: 'add_tax', routine_type: 'FUNCTION', line_count: 3 },
  ],
  triggers: [{ schema_name: S, trigger_name: 'customer_touch', table_name: 'customer', event: 'UPDATE', line_count: 1 }],
  sequences: [{ schema_name: S, sequence_name: 'invoice_no_seq', start_value: '1000', increment: '5', min_value: '1', max_value: '9223372036854775806', cycle_option: 0 }],
  jsonColumns: [{ schema_name: S, table_name: 'customer', column_name: 'doc' }],
};

describe('parseCatalogRows (mysql)', () => {
  const snapshot = parseCatalogRows(rows, { include: [], exclude: [] });
  const schema = snapshot.schemas[0]!;
  const customer = schema.tables.find((t) => t.name === 'customer')!;
  const orders = schema.tables.find((t) => t.name === 'orders')!;

  it('reads source facts and flavour', () => {
    expect(snapshot.source).toEqual({
      dialect: 'mysql', version: '10.11.19-MariaDB-0+deb12u1', charset: 'utf8mb4',
      options: { flavour: 'mariadb', database: S, log_bin: false, binlog_format: 'MIXED', binlog_row_image: 'FULL', server_id: 1, lower_case_table_names: 0 },
    });
  });

  it('lists base tables only, sorted; sequences separately', () => {
    expect(schema.tables.map((t) => t.name)).toEqual(['customer', 'orders']);
    expect(schema.sequences).toEqual([{ name: 'invoice_no_seq', start: '1000', increment: '5', minValue: '1', maxValue: '9223372036854775806', cycle: false, lastValue: null }]);
  });

  it('reads columns with auto_increment, defaults, generated and MariaDB json', () => {
    expect(customer.columns).toEqual([
      { name: 'customer_id', nativeType: 'int(11)', length: null, precision: null, scale: null, nullable: false, default: null, identity: { generation: 'auto-increment', start: null, increment: null } },
      { name: 'status', nativeType: "enum('draft','active')", length: 6, precision: null, scale: null, nullable: false, default: "'draft'", identity: null },
      { name: 'created_at', nativeType: 'datetime(3)', length: null, precision: null, scale: 3, nullable: true, default: 'current_timestamp(3)', identity: null },
      { name: 'doc', nativeType: 'longtext', length: null, precision: null, scale: null, nullable: true, default: null, identity: null, userType: 'json' },
      { name: 'full_name', nativeType: 'varchar(200)', length: 200, precision: null, scale: null, nullable: true, default: null, identity: null, computed: 'concat(`a`,`b`)' },
    ]);
  });

  it('splits STATISTICS into primary key, unique keys and indexes', () => {
    expect(customer.primaryKey).toEqual({ name: 'PRIMARY', columns: ['customer_id'] });
    expect(customer.uniqueKeys).toEqual([{ name: 'status_uk', columns: ['status', 'created_at'] }]);
    expect(customer.indexes).toEqual([
      { name: 'doc_ft', unique: false, kind: 'fulltext', columns: [{ name: 'doc', descending: false }] },
      { name: 'name_ix', unique: false, kind: 'btree', columns: [{ name: 'full_name', descending: true }] },
    ]);
    expect(orders.indexes).toEqual([{ name: 'fn_ix', unique: false, kind: 'btree', columns: [{ name: '(`customer_id` + 1)', descending: false, expression: true }] }]);
  });

  it('reads foreign keys, partitioning, sizes and attributes', () => {
    expect(orders.foreignKeys).toEqual([{ name: 'orders_customer_fk', columns: ['customer_id'], refSchema: S, refTable: 'customer', refColumns: ['customer_id'], onDelete: 'CASCADE', enabled: true }]);
    expect(orders.partitioning).toEqual({ type: 'range', columns: ['order_id'], partitionCount: 3, subpartitioning: null });
    expect(orders).toMatchObject({ rowCount: 1_500_000, rowCountExact: false, bytes: 131072 });
    expect(orders.attributes).toEqual({ engine: 'InnoDB', comment: 'sales orders', collation: 'utf8mb4_general_ci', temporal: true });
    expect(customer.attributes).toEqual({ engine: 'InnoDB', comment: null, collation: 'utf8mb4_general_ci' });
  });

  it('reads views, routines (sorted) and triggers', () => {
    expect(schema.views).toEqual([{ name: 'customer_v', materialized: false, lines: 1 }]);
    expect(schema.routines).toEqual([{ name: 'add_tax', kind: 'function', lines: 3 }, { name: 'purge', kind: 'procedure', lines: 1 }]);
    expect(schema.triggers).toEqual([{ name: 'customer_touch', table: 'customer', events: 'UPDATE', lines: 1 }]);
  });

  it('plans key ranges for large integer keys and applies per-table stats', () => {
    expect(planTableStats(snapshot, false)).toEqual([{ schema: S, table: 'orders', keyColumn: 'order_id', count: false }]);
    expect(planTableStats(snapshot, true).map((t) => [t.table, t.keyColumn])).toEqual([['customer', 'customer_id'], ['orders', 'order_id']]);
    const exact = parseCatalogRows({ ...rows, tableStats: [{ schema: S, table: 'orders', rowCount: 12, keyMin: '3', keyMax: '99' }] }, { include: [], exclude: [] });
    expect(exact.schemas[0]!.tables[1]).toMatchObject({ rowCount: 12, rowCountExact: true, attributes: { keyMin: '3', keyMax: '99' } });
  });

  it('applies include/exclude globs', () => {
    const filtered = parseCatalogRows(rows, { include: ['erp.ord*'], exclude: [] });
    expect(filtered.schemas[0]!.tables.map((t) => t.name)).toEqual(['orders']);
  });
});

describe('resolveSchemas (mysql)', () => {
  const existing = ['ERP_Prod', 'erp', 'hr'];
  it('defaults to the URL database, else every database', () => {
    expect(resolveSchemas([], existing, 'erp', 'x')).toEqual(['erp']);
    expect(resolveSchemas([], existing, '', 'x')).toEqual(['ERP_Prod', 'erp', 'hr']);
  });
  it('matches exactly, then case-insensitively when unique', () => {
    expect(resolveSchemas(['HR', 'erp'], existing, '', 'x')).toEqual(['erp', 'hr']);
    expect(resolveSchemas(['erp_prod'], existing, '', 'x')).toEqual(['ERP_Prod']);
  });
  it('throws E_UNKNOWN_SCHEMA (exit 2)', () => {
    expect(() => resolveSchemas(['nope'], existing, '', 'mysql://root@h/erp')).toThrowError(
      expect.objectContaining({ code: 'E_UNKNOWN_SCHEMA', exitCode: 2, message: 'mysql://root@h/erp: database "nope" does not exist' }),
    );
  });
  it('says a system database is not assessed rather than missing', () => {
    expect(() => resolveSchemas(['performance_schema'], existing, '', 'mysql://root@h/')).toThrowError(
      expect.objectContaining({ code: 'E_UNKNOWN_SCHEMA', message: 'mysql://root@h/: "performance_schema" is a system database, not assessed' }),
    );
  });
});
