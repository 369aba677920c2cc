/**
 * Live: mysqlDialect.connect + readCatalog against the MariaDB server on this machine, checked against
 * information_schema (queried independently here) and against known column facts.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mysqlDialect } from '../../src/dialects/mysql/index.js';
import type { CatalogOptions } from '../../src/dialects/dialect.js';
import type { CatalogSnapshot, CatalogTable } from '../../src/model/catalog.js';
import type { ConnectionSpec } from '../../src/model/connection.js';
import { stableStringify } from '../../src/util/stable-json.js';
import { LIVE_MYSQL, liveAvailable } from '../support/databases.js';

const DB = 'erpm_dialect_my_introspect';
const LIMITED_USER = 'erpm_dialect_user';
const live = await liveAvailable('mysql');

function specFor(database: string, overrides: Partial<ConnectionSpec> = {}): ConnectionSpec {
  const user = overrides.user ?? LIVE_MYSQL.user;
  const port = overrides.port ?? LIVE_MYSQL.port;
  const hasPassword = (overrides.password ?? LIVE_MYSQL.password) !== '';
  return {
    dialect: 'mysql', flavour: 'mariadb', host: LIVE_MYSQL.host, port, user, password: LIVE_MYSQL.password, database, options: {},
    redacted: `mariadb://${user}${hasPassword ? ':***' : ''}@${LIVE_MYSQL.host}:${port}/${database}`,
    ...overrides,
  };
}

async function admin<T>(work: (connection: mysql.Connection) => Promise<T>): Promise<T> {
  const connection = await mysql.createConnection({ ...LIVE_MYSQL });
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

const SCHEMA_STATEMENTS = [
  `CREATE TABLE customer (
    customer_id int NOT NULL AUTO_INCREMENT,
    code varchar(20) NOT NULL,
    name varchar(120) NOT NULL,
    parent_id int DEFAULT NULL,
    credit_limit decimal(12,2) DEFAULT 0.00,
    status enum('draft','active','closed') NOT NULL DEFAULT 'draft',
    flags set('a','bb','ccc') DEFAULT NULL,
    created_at datetime(3) NOT NULL DEFAULT current_timestamp(3),
    updated_at timestamp NULL DEFAULT NULL,
    is_vip tinyint(1) NOT NULL DEFAULT 0,
    balance_cents bigint unsigned DEFAULT NULL,
    doc json DEFAULT NULL,
    full_name varchar(200) GENERATED ALWAYS AS (concat(code,' ',name)) VIRTUAL,
    PRIMARY KEY (customer_id),
    UNIQUE KEY customer_code_uk (code),
    KEY customer_name_ix (name DESC, status),
    CONSTRAINT customer_parent_fk FOREIGN KEY (parent_id) REFERENCES customer (customer_id)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='customers'`,
  `CREATE TABLE order_header (
    order_id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id int NOT NULL,
    order_date date NOT NULL,
    total decimal(14,2),
    note text,
    CONSTRAINT order_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (customer_id) ON DELETE CASCADE
  ) ENGINE=InnoDB`,
  `CREATE TABLE order_line (
    order_id bigint NOT NULL,
    line_no smallint NOT NULL,
    sku varchar(40) NOT NULL,
    qty decimal(10,3) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_line_order_fk FOREIGN KEY (order_id) REFERENCES order_header (order_id) ON DELETE CASCADE
  )`,
  'CREATE TABLE audit_log (logged_at datetime, message mediumtext, payload blob, hits int(10) unsigned, bits bit(12), y year)',
  `CREATE TABLE ledger_entry (
    entry_id bigint NOT NULL,
    entry_date date NOT NULL,
    amount decimal(14,2),
    PRIMARY KEY (entry_id, entry_date)
  ) PARTITION BY RANGE COLUMNS (entry_date) (
    PARTITION p2025 VALUES LESS THAN ('2026-01-01'),
    PARTITION p2026 VALUES LESS THAN ('2027-01-01')
  )`,
  'CREATE SEQUENCE invoice_no_seq START WITH 1000 INCREMENT BY 5',
  'CREATE VIEW customer_v AS SELECT customer_id, name FROM customer',
  `CREATE FUNCTION add_tax(amount decimal(12,2)) RETURNS decimal(12,2) DETERMINISTIC
  BEGIN
    RETURN amount * 1.2;
  END`,
  'CREATE PROCEDURE purge_audit() DELETE FROM audit_log',
  'CREATE TRIGGER customer_touch BEFORE UPDATE ON customer FOR EACH ROW SET NEW.name = TRIM(NEW.name)',
  "INSERT INTO customer (code, name) VALUES ('A', 'Alpha'), ('B', 'Beta')",
];

const ALL: CatalogOptions = { schemas: [], exactCounts: false, include: [], exclude: [] };

async function readCatalog(options: CatalogOptions, database = DB): Promise<CatalogSnapshot> {
  const connection = await mysqlDialect.connect(specFor(database));
  try {
    return await connection.readCatalog(options);
  } finally {
    await connection.close();
  }
}

function table(snapshot: CatalogSnapshot, name: string): CatalogTable {
  const found = snapshot.schemas[0]?.tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

describe.skipIf(!live)('mysql/mariadb live introspection', () => {
  let snapshot: CatalogSnapshot;

  beforeAll(async () => {
    await admin(async (connection) => {
      await connection.query(`DROP DATABASE IF EXISTS ${DB}`);
      await connection.query(`CREATE DATABASE ${DB}`);
      await connection.query(`USE ${DB}`);
      for (const statement of SCHEMA_STATEMENTS) await connection.query(statement);
      await connection.query('ANALYZE TABLE customer, order_header, order_line, audit_log, ledger_entry');
    });
    snapshot = await readCatalog(ALL);
  });

  afterAll(async () => {
    await admin((connection) => connection.query(`DROP DATABASE IF EXISTS ${DB}`));
  });

  it('agrees with information_schema on tables, columns, keys and indexes', async () => {
    const expected = await admin(async (connection) => {
      const one = async (sql: string): Promise<number> => {
        const [rows] = await connection.query(sql, [DB]);
        return Number((rows as { n: unknown }[])[0]!.n);
      };
      const constraints = (type: string) =>
        one(`SELECT COUNT(*) AS n FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = ? AND CONSTRAINT_TYPE = '${type}'`);
      return {
        tables: await one("SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'"),
        columns: await one(`SELECT COUNT(*) AS n FROM information_schema.COLUMNS c JOIN information_schema.TABLES t
          ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME WHERE c.TABLE_SCHEMA = ? AND t.TABLE_TYPE = 'BASE TABLE'`),
        pk: await constraints('PRIMARY KEY'),
        uk: await constraints('UNIQUE'),
        fk: await constraints('FOREIGN KEY'),
        indexes: await one(`SELECT COUNT(DISTINCT TABLE_NAME, INDEX_NAME) AS n FROM information_schema.STATISTICS
          WHERE TABLE_SCHEMA = ? AND INDEX_NAME <> 'PRIMARY' AND NON_UNIQUE = 1`),
      };
    });
    expect(expected).toEqual({ tables: 5, columns: 31, pk: 4, uk: 1, fk: 3, indexes: 3 });
    const tables = snapshot.schemas[0]!.tables;
    expect(snapshot.schemas.map((s) => s.name)).toEqual([DB]);
    expect(tables.map((t) => t.name)).toEqual(['audit_log', 'customer', 'ledger_entry', 'order_header', 'order_line']);
    expect(tables.length).toBe(expected.tables);
    expect(tables.reduce((n, t) => n + t.columns.length, 0)).toBe(expected.columns);
    expect(tables.filter((t) => t.primaryKey !== null).length).toBe(expected.pk);
    expect(tables.reduce((n, t) => n + t.uniqueKeys.length, 0)).toBe(expected.uk);
    expect(tables.reduce((n, t) => n + t.foreignKeys.length, 0)).toBe(expected.fk);
    expect(tables.reduce((n, t) => n + t.indexes.length, 0)).toBe(expected.indexes);
  });

  it('reads source facts (flavour mariadb, binlog settings)', () => {
    expect(snapshot.source.dialect).toBe('mysql');
    expect(snapshot.source.version).toMatch(/MariaDB/);
    expect(snapshot.source.charset).toBe('utf8mb4');
    expect(snapshot.source.options).toMatchObject({ flavour: 'mariadb', database: DB });
    expect(typeof snapshot.source.options.log_bin).toBe('boolean');
    expect(snapshot.source.options.binlog_format).toMatch(/^(ROW|MIXED|STATEMENT)$/);
    expect(snapshot.source.options.binlog_row_image).toMatch(/^(FULL|MINIMAL|NOBLOB)$/);
  });

  it('reads column types, defaults, auto_increment and generated columns exactly', () => {
    const customer = table(snapshot, 'customer');
    const byName = new Map(customer.columns.map((c) => [c.name, c]));
    expect(customer.columns.map((c) => c.name)).toEqual([
      'customer_id', 'code', 'name', 'parent_id', 'credit_limit', 'status', 'flags', 'created_at', 'updated_at', 'is_vip', 'balance_cents', 'doc', 'full_name',
    ]);
    expect(byName.get('customer_id')).toEqual({
      name: 'customer_id', nativeType: 'int(11)', length: null, precision: null, scale: null, nullable: false, default: null,
      identity: { generation: 'auto-increment', start: null, increment: null },
    });
    expect(byName.get('credit_limit')).toMatchObject({ nativeType: 'decimal(12,2)', precision: 12, scale: 2, default: '0.00' });
    expect(byName.get('status')).toMatchObject({ nativeType: "enum('draft','active','closed')", length: 6, default: "'draft'", nullable: false });
    expect(byName.get('flags')).toMatchObject({ length: 8, default: null });
    expect(byName.get('created_at')).toMatchObject({ nativeType: 'datetime(3)', scale: 3, default: 'current_timestamp(3)' });
    expect(byName.get('updated_at')).toMatchObject({ nativeType: 'timestamp', scale: 0, default: null, nullable: true });
    expect(byName.get('parent_id')).toMatchObject({ default: null, nullable: true });
    expect(byName.get('is_vip')).toMatchObject({ nativeType: 'tinyint(1)', default: '0' });
    expect(byName.get('balance_cents')!.nativeType).toBe('bigint(20) unsigned');
    expect(byName.get('doc')).toMatchObject({ nativeType: 'longtext', userType: 'json' });
    expect(byName.get('full_name')).toMatchObject({ nativeType: 'varchar(200)', default: null, computed: "concat(`code`,' ',`name`)" });
    expect(table(snapshot, 'audit_log').columns.map((c) => c.nativeType)).toEqual(['datetime', 'mediumtext', 'blob', 'int(10) unsigned', 'bit(12)', 'year(4)']);
  });

  it('reads keys and indexes: composite PK, unique, self-referencing and cascading FKs, descending index', () => {
    const customer = table(snapshot, 'customer');
    expect(customer.primaryKey).toEqual({ name: 'PRIMARY', columns: ['customer_id'] });
    expect(customer.uniqueKeys).toEqual([{ name: 'customer_code_uk', columns: ['code'] }]);
    expect(customer.foreignKeys).toEqual([{
      name: 'customer_parent_fk', columns: ['parent_id'], refSchema: DB, refTable: 'customer', refColumns: ['customer_id'], onDelete: 'RESTRICT', enabled: true,
    }]);
    expect(customer.indexes).toEqual([
      { name: 'customer_name_ix', unique: false, kind: 'btree', columns: [{ name: 'name', descending: true }, { name: 'status', descending: false }] },
      { name: 'customer_parent_fk', unique: false, kind: 'btree', columns: [{ name: 'parent_id', descending: false }] },
    ]);
    expect(table(snapshot, 'order_line').primaryKey).toEqual({ name: 'PRIMARY', columns: ['order_id', 'line_no'] });
    expect(table(snapshot, 'order_header').foreignKeys[0]).toMatchObject({ name: 'order_customer_fk', onDelete: 'CASCADE' });
    expect(table(snapshot, 'audit_log').primaryKey).toBeNull();
  });

  it('reads partitioning, sizes and attributes', () => {
    expect(table(snapshot, 'ledger_entry').partitioning).toEqual({ type: 'range', columns: ['entry_date'], partitionCount: 2, subpartitioning: null });
    const customer = table(snapshot, 'customer');
    expect(customer.attributes).toEqual({ engine: 'InnoDB', comment: 'customers', collation: 'utf8mb4_general_ci' });
    expect(customer.rowCount).toBe(2);
    expect(customer.rowCountExact).toBe(false);
    expect(customer.bytes).toBeGreaterThanOrEqual(16384);
  });

  it('reads views, the sequence, routines and triggers', () => {
    const schema = snapshot.schemas[0]!;
    expect(schema.views).toEqual([{ name: 'customer_v', materialized: false, lines: 1 }]);
    expect(schema.sequences).toEqual([{ name: 'invoice_no_seq', start: '1000', increment: '5', minValue: '1', maxValue: '9223372036854775806', cycle: false, lastValue: null }]);
    expect(schema.routines).toEqual([{ name: 'add_tax', kind: 'function', lines: 3 }, { name: 'purge_audit', kind: 'procedure', lines: 1 }]);
    expect(schema.triggers).toEqual([{ name: 'customer_touch', table: 'customer', events: 'UPDATE', lines: 1 }]);
  });

  it('counts exactly and reads key ranges with exactCounts; filters with globs', async () => {
    const exact = await readCatalog({ schemas: [DB], exactCounts: true, include: ['cust*', `${DB}.audit_log`], exclude: [] }, '');
    expect(exact.schemas[0]!.tables.map((t) => t.name)).toEqual(['audit_log', 'customer']);
    expect(table(exact, 'customer')).toMatchObject({ rowCount: 2, rowCountExact: true, attributes: { keyMin: '1', keyMax: '2' } });
    expect(table(exact, 'audit_log')).toMatchObject({ rowCount: 0, rowCountExact: true });
    expect(table(exact, 'audit_log').attributes).not.toHaveProperty('keyMin');
  });

  it('gives a byte-identical snapshot on a second read', async () => {
    expect(stableStringify(await readCatalog(ALL))).toBe(stableStringify(snapshot));
  });

  it('rejects an unknown schema with E_UNKNOWN_SCHEMA (exit 2)', async () => {
    await expect(readCatalog({ ...ALL, schemas: ['erpm_dialect_nope'] })).rejects.toMatchObject({ code: 'E_UNKNOWN_SCHEMA', exitCode: 2 });
  });
});

describe.skipIf(!live)('mysql/mariadb connection errors', () => {
  const password = 'hunter2-secret';

  beforeAll(async () => {
    await admin(async (connection) => {
      await connection.query(`DROP USER IF EXISTS '${LIMITED_USER}'@'%'`);
      await connection.query(`CREATE USER '${LIMITED_USER}'@'%' IDENTIFIED BY '${password}'`);
    });
  });

  afterAll(async () => {
    await admin((connection) => connection.query(`DROP USER IF EXISTS '${LIMITED_USER}'@'%'`));
  });

  it('wrong password → E_CONN_AUTH, exit 3, no password in the message', async () => {
    const error = await mysqlDialect.connect(specFor('', { password: 'wrong', redacted: 'mariadb://root:***@127.0.0.1:3306/' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ConnectionError', code: 'E_CONN_AUTH', exitCode: 3 });
    expect((error as Error).message).toBe('mariadb://root:***@127.0.0.1:3306/: login denied for user "root"');
  });

  it('unknown database → UsageError E_UNKNOWN_DATABASE, exit 2', async () => {
    const error = await mysqlDialect.connect(specFor('erpm_dialect_missing')).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'UsageError', code: 'E_UNKNOWN_DATABASE', exitCode: 2 });
    expect((error as Error).message).toContain('erpm_dialect_missing');
  });

  it('nothing listening → E_CONN_REFUSED, exit 3', async () => {
    const error = await mysqlDialect.connect(specFor('', { port: 1, password })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ConnectionError', code: 'E_CONN_REFUSED', exitCode: 3 });
    expect((error as Error).message).not.toContain(password);
  });

  it('no grant on the database → E_CONN_PRIVILEGE, exit 3', async () => {
    const error = await mysqlDialect.connect(specFor('mysql', { user: LIMITED_USER, password })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ConnectionError', code: 'E_CONN_PRIVILEGE', exitCode: 3 });
    expect((error as Error).message).not.toContain(password);
  });
});
