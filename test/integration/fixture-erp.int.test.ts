/**
 * The fixture ERP loaded into live PostgreSQL (standard and oracle-shaped), MariaDB and an embedded
 * PostgreSQL, then read back: table and row counts equal the generator's, and the hard cases
 * (Hangul, emoji, >1 MiB LOBs, CHAR padding, NULL vs '', microseconds, numeric(38,10)) survive.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import net from 'node:net';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FixtureCells, dropFixtureDatabase, fixtureRowCount, fixtureSchema, generateRows, loadFixtureErp, renderFixtureDdlParts,
} from '../../fixtures/erp/index.js';
import { toUtcDatetime } from '../../fixtures/erp/encode.js';
import { ConnectionError } from '../../src/errors.js';
import { startEmbeddedPostgres } from '../../src/util/embedded-postgres.js';
import { LIVE_MYSQL, LIVE_POSTGRES, liveAvailable } from '../support/databases.js';

const SCALE = 0.001;
const SEED = 7;
const cells = new FixtureCells(fixtureSchema, SCALE, SEED);
const expected = (table: string, column: string, row: number) => cells.value(table, column, row);
const expectedText = (table: string, column: string, row: number): string => {
  const value = expected(table, column, row);
  if (typeof value !== 'string') throw new Error(`${table}.${column}[${row}] is not text`);
  return value;
};
const md5 = (data: string | Uint8Array) => createHash('md5').update(data).digest('hex');
const TOTAL_ROWS = fixtureSchema.tables.reduce((sum, t) => sum + fixtureRowCount(t, SCALE), 0);
const FK_COUNT = fixtureSchema.tables.reduce((sum, t) => sum + t.foreignKeys.length, 0);
/** Rows of ap_suppliers whose vendor_name_alt is NULL, '' (row % 4 = 0, 1). */
const SUPPLIERS = fixtureRowCount('ap_suppliers', SCALE);
const nullOrEmptyCount = (phase: number) => Array.from({ length: SUPPLIERS }, (_, i) => i).filter((i) => i % 4 === phase).length;

/** Per-table counts sorted by code point, whatever the server's collation. */
const countsOf = (rows: Record<string, unknown>[]) =>
  rows.map((r) => ({ name: String(r.name), n: Number(r.n) })).sort((a, b) => (a.name < b.name ? -1 : 1));
const wantCounts = (upper = false) =>
  countsOf(fixtureSchema.tables.map((t) => ({ name: upper ? t.name.toUpperCase() : t.name, n: fixtureRowCount(t, SCALE) })));

/** ap_suppliers as text per column, the way the checks below select it (CHAR padded on PostgreSQL only). */
function expectedSuppliers(padChar: boolean): (string | null)[][] {
  return [...generateRows('ap_suppliers', SCALE, SEED)].flat().map((row) => row.map((value, i) => {
    if (value === null) return null;
    const text = String(value);
    return padChar && i === 4 ? text.padEnd(10, ' ') : text;
  }));
}
const SUPPLIER_TEXT_COLUMNS = 'vendor_name, vendor_name_alt, vendor_type_lookup_code, tax_reference, enabled_flag';

const pgLive = await liveAvailable('postgres');
const myLive = await liveAvailable('mysql');

async function pgQuery(database: string, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ ...LIVE_POSTGRES, database });
  await client.connect();
  try {
    await client.query("SET TimeZone = 'UTC'");
    return (await client.query(sql, params)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

describe.skipIf(!pgLive)('fixture ERP on live PostgreSQL (standard)', () => {
  const database = 'erpm_fixture_pg';
  const connection = { ...LIVE_POSTGRES, database };
  let loaded = { tables: 0, rows: 0 };
  beforeAll(async () => {
    loaded = await loadFixtureErp({ dialect: 'postgres', connection, scale: SCALE, seed: SEED });
  });
  afterAll(async () => dropFixtureDatabase({ dialect: 'postgres', connection }));

  it('creates exactly the 48 tables, 47 primary keys and every foreign key', async () => {
    expect(loaded).toEqual({ tables: 48, rows: TOTAL_ROWS });
    const [row] = await pgQuery(database, `SELECT
      (SELECT count(*)::int FROM information_schema.tables WHERE table_schema = 'public') AS tables,
      (SELECT count(*)::int FROM information_schema.table_constraints WHERE table_schema = 'public' AND constraint_type = 'PRIMARY KEY') AS pks,
      (SELECT count(*)::int FROM information_schema.table_constraints WHERE table_schema = 'public' AND constraint_type = 'FOREIGN KEY') AS fks`);
    expect(row).toEqual({ tables: 48, pks: 47, fks: FK_COUNT });
  });

  it('holds exactly the generator row count in every table', async () => {
    const union = fixtureSchema.tables.map((t) => `SELECT '${t.name}' AS name, count(*)::int AS n FROM ${t.name}`).join(' UNION ALL ');
    expect(countsOf(await pgQuery(database, union))).toEqual(wantCounts());
  });

  it('has exactly the rendered secondary indexes (DDL and live catalog agree)', async () => {
    const rows = await pgQuery(database, `SELECT i.relname AS name FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_namespace n ON n.oid = i.relnamespace WHERE n.nspname = 'public' AND NOT x.indisprimary AND NOT x.indisunique ORDER BY 1`);
    const rendered = renderFixtureDdlParts(fixtureSchema, 'postgres').indexes.map((s) => s.split(' ')[2]).sort();
    expect(rows.map((r) => r.name)).toEqual(rendered);
    expect(rendered).toHaveLength(18);
  });

  it('holds every ap_suppliers value exactly as generated', async () => {
    const rows = await pgQuery(database, `SELECT vendor_id::text, segment1, ${SUPPLIER_TEXT_COLUMNS},
      to_char(creation_date, 'YYYY-MM-DD HH24:MI:SS.US') AS creation_date FROM ap_suppliers ORDER BY ap_suppliers.vendor_id`);
    const order = ['vendor_id', 'segment1', 'vendor_name', 'vendor_name_alt', 'vendor_type_lookup_code', 'tax_reference', 'enabled_flag', 'creation_date'];
    expect(rows.map((r) => order.map((c) => r[c] as string | null))).toEqual(expectedSuppliers(true));
  });

  it('round-trips Korean, Japanese, umlauts and emoji byte for byte', async () => {
    const rows = await pgQuery(database, 'SELECT vendor_id, convert_to(vendor_name, \'UTF8\') AS bytes FROM ap_suppliers WHERE vendor_id IN (1, 2, 3, 4, 9) ORDER BY vendor_id');
    expect(rows.map((r) => (r.bytes as Buffer).toString('hex'))).toEqual(
      [0, 1, 2, 3, 8].map((i) => Buffer.from(expectedText('ap_suppliers', 'vendor_name', i), 'utf8').toString('hex')));
    expect(expectedText('ap_suppliers', 'vendor_name', 0)).toBe('김민준 (주)한빛소프트 회계팀 1');
  });

  it('stores the LOBs over 1 MiB with their exact length and content', async () => {
    const [row] = await pgQuery(database, 'SELECT octet_length(file_data) AS blob_len, md5(file_data) AS blob_md5, octet_length(file_text) AS text_len, md5(file_text) AS text_md5 FROM fnd_lobs WHERE file_id = 1');
    const blob = expected('fnd_lobs', 'file_data', 0) as Uint8Array;
    const text = expectedText('fnd_lobs', 'file_text', 0);
    expect(row).toEqual({ blob_len: 1_572_864, blob_md5: md5(blob), text_len: Buffer.byteLength(text), text_md5: md5(Buffer.from(text, 'utf8')) });
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_048_576);
  });

  it('keeps CHAR padding, NULL apart from empty string, and trailing spaces in varchar', async () => {
    const [row] = await pgQuery(database, `SELECT
      (SELECT vendor_type_lookup_code FROM ap_suppliers WHERE vendor_id = 1) AS char_value,
      (SELECT count(*)::int FROM ap_suppliers WHERE vendor_name_alt IS NULL) AS nulls,
      (SELECT count(*)::int FROM ap_suppliers WHERE vendor_name_alt = '') AS empties,
      (SELECT vendor_name_alt FROM ap_suppliers WHERE vendor_id = 3) AS trailing`);
    expect(row).toEqual({
      char_value: expectedText('ap_suppliers', 'vendor_type_lookup_code', 0).padEnd(10, ' '),
      nulls: nullOrEmptyCount(0), empties: nullOrEmptyCount(1),
      trailing: expectedText('ap_suppliers', 'vendor_name_alt', 2),
    });
    expect(String(row?.trailing).endsWith('   ')).toBe(true);
  });

  it('preserves microseconds, time zones and numeric(38,10) extremes', async () => {
    const [row] = await pgQuery(database, `SELECT
      (SELECT to_char(creation_date, 'YYYY-MM-DD HH24:MI:SS.US') FROM ap_suppliers WHERE vendor_id = 2) AS ts,
      (SELECT to_char(creation_date, 'YYYY-MM-DD HH24:MI:SS.US') FROM ap_invoices WHERE invoice_id = 1) AS tstz,
      (SELECT conversion_rate::text FROM gl_daily_rates WHERE from_currency = 'USD' AND to_currency = 'USD' AND conversion_date = '2020-01-01') AS max_rate,
      (SELECT conversion_rate::text FROM gl_daily_rates WHERE from_currency = 'EUR' AND to_currency = 'USD' AND conversion_date = '2020-01-01') AS tiny_rate`);
    expect(row).toEqual({
      ts: expectedText('ap_suppliers', 'creation_date', 1),
      tstz: toUtcDatetime(expectedText('ap_invoices', 'creation_date', 0)),
      max_rate: '9999999999999999999999999999.9999999999',
      tiny_rate: '0.0000000001',
    });
    expect(expectedText('ap_invoices', 'creation_date', 0)).toMatch(/\.\d{6}[+-]\d{2}:\d{2}$/);
  });
});

describe.skipIf(!pgLive)('fixture ERP on live PostgreSQL (oracle-shaped)', () => {
  const database = 'erpm_fixture_pg_ora';
  const connection = { ...LIVE_POSTGRES, database };
  beforeAll(async () => {
    await loadFixtureErp({ dialect: 'postgres', connection, scale: SCALE, seed: SEED, flavour: 'oracle-shaped' });
  });
  afterAll(async () => dropFixtureDatabase({ dialect: 'postgres', connection }));

  it('has 48 upper-case tables holding the generator row counts', async () => {
    const union = fixtureSchema.tables.map((t) => `SELECT '${t.name.toUpperCase()}' AS name, count(*)::int AS n FROM "${t.name.toUpperCase()}"`).join(' UNION ALL ');
    const rows = await pgQuery(database, union);
    expect(rows).toHaveLength(48);
    expect(countsOf(rows)).toEqual(wantCounts(true));
  });

  it('renders NUMBER columns as bare numeric and keeps numeric(38,10) and identity bigint', async () => {
    const rows = await pgQuery(database, `SELECT table_name, column_name, data_type, numeric_precision, numeric_scale FROM information_schema.columns
      WHERE (table_name, column_name) IN (('GL_JE_LINES', 'ENTERED_DR'), ('GL_JE_LINES', 'JE_HEADER_ID'), ('GL_DAILY_RATES', 'CONVERSION_RATE'), ('FND_LOBS', 'FILE_ID'), ('FND_LOOKUP_VALUES', 'ORDER'))
      ORDER BY table_name, column_name`);
    expect(rows).toEqual([
      { table_name: 'FND_LOBS', column_name: 'FILE_ID', data_type: 'bigint', numeric_precision: 64, numeric_scale: 0 },
      { table_name: 'FND_LOOKUP_VALUES', column_name: 'ORDER', data_type: 'numeric', numeric_precision: null, numeric_scale: null },
      { table_name: 'GL_DAILY_RATES', column_name: 'CONVERSION_RATE', data_type: 'numeric', numeric_precision: 38, numeric_scale: 10 },
      { table_name: 'GL_JE_LINES', column_name: 'ENTERED_DR', data_type: 'numeric', numeric_precision: null, numeric_scale: null },
      { table_name: 'GL_JE_LINES', column_name: 'JE_HEADER_ID', data_type: 'numeric', numeric_precision: null, numeric_scale: null },
    ]);
  });

  it('round-trips Hangul into the upper-case table', async () => {
    const [row] = await pgQuery(database, 'SELECT "FULL_NAME" AS name FROM "PER_PEOPLE" WHERE "PERSON_ID" = 1');
    expect(row?.name).toBe(expectedText('per_people', 'full_name', 0));
    expect(row?.name).toMatch(/[\uac00-\ud7a3]/);
  });
});

describe.skipIf(!myLive)('fixture ERP on live MariaDB', () => {
  const database = 'erpm_fixture_my';
  const connection = { ...LIVE_MYSQL, database };
  let conn: mysql.Connection | undefined;
  const query = async (sql: string): Promise<Record<string, unknown>[]> => {
    if (!conn) throw new Error('not connected');
    const [rows] = await conn.query(sql);
    return rows as Record<string, unknown>[];
  };
  beforeAll(async () => {
    await loadFixtureErp({ dialect: 'mysql', connection, scale: SCALE, seed: SEED });
    conn = await mysql.createConnection({ ...connection, charset: 'utf8mb4', timezone: 'Z', dateStrings: true, supportBigNumbers: true, bigNumberStrings: true });
  });
  afterAll(async () => {
    await conn?.end();
    await dropFixtureDatabase({ dialect: 'mysql', connection });
  });

  it('creates 48 InnoDB utf8mb4 tables and every foreign key', async () => {
    const [row] = await query(`SELECT
      (SELECT count(*) FROM information_schema.tables WHERE table_schema = '${database}' AND engine = 'InnoDB' AND table_collation = 'utf8mb4_bin') AS tables,
      (SELECT count(*) FROM information_schema.table_constraints WHERE table_schema = '${database}' AND constraint_type = 'FOREIGN KEY') AS fks`);
    expect(row).toEqual({ tables: '48', fks: String(FK_COUNT) });
  });

  it('holds exactly the generator row count in every table', async () => {
    const union = fixtureSchema.tables.map((t) => `SELECT '${t.name}' AS name, count(*) AS n FROM ${t.name}`).join(' UNION ALL ');
    expect(countsOf(await query(union))).toEqual(wantCounts());
  });

  it('has exactly the rendered secondary indexes, FK-supporting ones included (DDL and live catalog agree)', async () => {
    const rows = await query(`SELECT DISTINCT index_name AS name FROM information_schema.statistics
      WHERE table_schema = '${database}' AND non_unique = 1`);
    const rendered = renderFixtureDdlParts(fixtureSchema, 'mysql').indexes.map((s) => s.split(' ')[2] ?? '').sort();
    expect(rows.map((r) => String(r.name)).sort()).toEqual(rendered);
    expect(rendered).toHaveLength(71);
  });

  it('holds every ap_suppliers value exactly as generated (CHAR read back without its padding)', async () => {
    const rows = await query(`SELECT cast(vendor_id AS char) AS vendor_id, segment1, ${SUPPLIER_TEXT_COLUMNS},
      date_format(creation_date, '%Y-%m-%d %H:%i:%s.%f') AS creation_date FROM ap_suppliers ORDER BY ap_suppliers.vendor_id`);
    const order = ['vendor_id', 'segment1', 'vendor_name', 'vendor_name_alt', 'vendor_type_lookup_code', 'tax_reference', 'enabled_flag', 'creation_date'];
    expect(rows.map((r) => order.map((c) => r[c] as string | null))).toEqual(expectedSuppliers(false));
  });

  it('round-trips Korean and emoji byte for byte and the >1 MiB LOBs exactly', async () => {
    const [row] = await query(`SELECT
      (SELECT hex(vendor_name) FROM ap_suppliers WHERE vendor_id = 1) AS korean,
      (SELECT hex(vendor_name) FROM ap_suppliers WHERE vendor_id = 9) AS emoji,
      (SELECT length(file_data) FROM fnd_lobs WHERE file_id = 1) AS blob_len,
      (SELECT md5(file_data) FROM fnd_lobs WHERE file_id = 1) AS blob_md5,
      (SELECT length(file_text) FROM fnd_lobs WHERE file_id = 1) AS text_len`);
    const text = expectedText('fnd_lobs', 'file_text', 0);
    expect(row).toEqual({
      korean: Buffer.from(expectedText('ap_suppliers', 'vendor_name', 0), 'utf8').toString('hex').toUpperCase(),
      emoji: Buffer.from(expectedText('ap_suppliers', 'vendor_name', 8), 'utf8').toString('hex').toUpperCase(),
      blob_len: 1572864, blob_md5: md5(expected('fnd_lobs', 'file_data', 0) as Uint8Array), text_len: Buffer.byteLength(text),
    });
  });

  it('strips CHAR padding on read (MariaDB), keeps NULL apart from empty string and varchar trailing spaces', async () => {
    const [row] = await query(`SELECT
      (SELECT vendor_type_lookup_code FROM ap_suppliers WHERE vendor_id = 1) AS char_value,
      (SELECT count(*) FROM ap_suppliers WHERE vendor_name_alt IS NULL) AS nulls,
      (SELECT count(*) FROM ap_suppliers WHERE vendor_name_alt = '' AND length(vendor_name_alt) = 0) AS empties,
      (SELECT vendor_name_alt FROM ap_suppliers WHERE vendor_id = 3) AS trailing_spaces`);
    expect(row).toEqual({
      char_value: expectedText('ap_suppliers', 'vendor_type_lookup_code', 0),
      nulls: String(nullOrEmptyCount(0)), empties: String(nullOrEmptyCount(1)),
      trailing_spaces: expectedText('ap_suppliers', 'vendor_name_alt', 2),
    });
  });

  it('preserves microseconds, stores time-zoned values as UTC, keeps decimal(38,10) extremes', async () => {
    const [row] = await query(`SELECT
      (SELECT date_format(creation_date, '%Y-%m-%d %H:%i:%s.%f') FROM ap_suppliers WHERE vendor_id = 2) AS ts,
      (SELECT date_format(creation_date, '%Y-%m-%d %H:%i:%s.%f') FROM ap_invoices WHERE invoice_id = 1) AS tstz,
      (SELECT cast(conversion_rate AS char) FROM gl_daily_rates WHERE from_currency = 'USD' AND to_currency = 'USD' AND conversion_date = '2020-01-01') AS max_rate,
      (SELECT cast(conversion_rate AS char) FROM gl_daily_rates WHERE from_currency = 'EUR' AND to_currency = 'USD' AND conversion_date = '2020-01-01') AS tiny_rate`);
    expect(row).toEqual({
      ts: expectedText('ap_suppliers', 'creation_date', 1),
      tstz: toUtcDatetime(expectedText('ap_invoices', 'creation_date', 0)),
      max_rate: '9999999999999999999999999999.9999999999',
      tiny_rate: '0.0000000001',
    });
  });
});

describe('fixture ERP loader errors', () => {
  it('turns an unreachable server into ConnectionError E_FIXTURE_CONNECT without the password', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 1));
      });
    });
    for (const dialect of ['postgres', 'mysql'] as const) {
      const connection = { host: '127.0.0.1', port, user: 'erp', password: 'secret-pw-123', database: 'erpm_fixture_nowhere' };
      const error = await loadFixtureErp({ dialect, connection, scale: SCALE }).catch((e: unknown) => e);
      expect(error, dialect).toBeInstanceOf(ConnectionError);
      expect((error as ConnectionError).code).toBe('E_FIXTURE_CONNECT');
      expect((error as ConnectionError).message).toContain(`${dialect}://erp@127.0.0.1:${port}/`);
      expect((error as ConnectionError).message).not.toContain('secret-pw-123');
    }
  });
});

describe('fixture ERP on embedded PostgreSQL', () => {
  it('reports a port already in use as ConnectionError E_EMBEDDED_PG and leaves no folder behind', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const error = await startEmbeddedPostgres({ port }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as ConnectionError).code).toBe('E_EMBEDDED_PG');
      expect((error as ConnectionError).message).toMatch(new RegExp(`did not start on 127\\.0\\.0\\.1:${port}: .*(could not|FATAL|in use)`, 'i'));
      expect((error as ConnectionError).hint).toBeTruthy();
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, 120_000);

  it('starts a throwaway server, loads the fixture, counts every row, stops and removes it', async () => {
    const server = await startEmbeddedPostgres();
    try {
      console.info(`[embedded-postgres] initdb + start took ${server.startMs} ms on port ${server.port}`);
      const connection = { host: server.host, port: server.port, user: server.user, password: server.password, database: 'erpm_fixture_embedded' };
      const loaded = await loadFixtureErp({ dialect: 'postgres', connection, scale: SCALE, seed: SEED });
      expect(loaded).toEqual({ tables: 48, rows: TOTAL_ROWS });
      const client = new pg.Client(connection);
      await client.connect();
      try {
        const union = fixtureSchema.tables.map((t) => `SELECT count(*)::int AS n FROM ${t.name}`).join(' UNION ALL ');
        const result = await client.query<{ total: number }>(`SELECT sum(n)::int AS total FROM (${union}) AS counts`);
        expect(result.rows[0]?.total).toBe(TOTAL_ROWS);
      } finally {
        await client.end();
      }
    } finally {
      await server.stop();
    }
    expect(existsSync(server.directory)).toBe(false);
  }, 240_000);
});
