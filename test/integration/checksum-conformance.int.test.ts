/**
 * The pushdown checksum against the TypeScript reference (src/dialects/checksum-reference.ts) on every
 * live dialect: PostgreSQL (127.0.0.1:5432), MariaDB (127.0.0.1:3306) and an embedded PostgreSQL.
 * The reference is computed over rows fetched independently (a plain driver query casting each column
 * to text, not the code under test); the row-level check compares, row by row, the text the SQL builds
 * with the reference text. The same rows in every server must give the same sum.
 * Databases: erpm_ck_pg, erpm_ck_my (dropped and recreated); the embedded server is thrown away.
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConnectionUrl } from '../../src/config/connection-url.js';
import { ChecksumAccumulator, rowText } from '../../src/dialects/checksum-reference.js';
import type { BoundQuery, CellValue, ChecksumOptions, Dialect, DialectConnection, Row, TransferTable } from '../../src/dialects/dialect.js';
import { mysqlRowTextQuery } from '../../src/dialects/mysql/checksum.js';
import { mysqlDialect } from '../../src/dialects/mysql/index.js';
import { postgresRowTextQuery } from '../../src/dialects/postgres/checksum.js';
import { postgresDialect } from '../../src/dialects/postgres/index.js';
import { ErpMigrateError } from '../../src/errors.js';
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from '../../src/util/embedded-postgres.js';
import { clientChecksum } from '../../src/validate/client-checksum.js';
import { CHECKSUM_COLUMNS, CHECKSUM_ROWS, checksumTable } from '../support/checksum-table.js';
import { LIVE_MYSQL, LIVE_POSTGRES, liveAvailable, liveRequired, mysqlUrl, postgresUrl } from '../support/databases.js';

type Family = 'postgres' | 'mysql';

interface Admin {
  run(sql: string, params?: unknown[]): Promise<void>;
  rows(sql: string, params?: readonly unknown[]): Promise<unknown[][]>;
  close(): Promise<void>;
}

interface Live {
  readonly label: string;
  readonly family: Family;
  readonly dialect: Dialect;
  url: string;
  schema: string;
  admin?: Admin;
  ready: boolean;
}

const PG_DB = 'erpm_ck_pg';
const MY_DB = 'erpm_ck_my';
const TABLE = 'checksum_probe';
const TYPES = CHECKSUM_COLUMNS.map((column) => column.type);
const quote = (family: Family, name: string) => (family === 'postgres' ? `"${name.replace(/"/g, '""')}"` : `\`${name.replace(/`/g, '``')}\``);

async function postgresAdmin(config: pg.ClientConfig): Promise<Admin> {
  const client = new pg.Client(config);
  await client.connect();
  await client.query("SET TimeZone = 'UTC'");
  const raw = { getTypeParser: () => (value: string) => value };
  return {
    run: async (sql, params) => void (await client.query(sql, params)),
    rows: async (sql, params = []) => (await client.query({ text: sql, values: [...params], rowMode: 'array', types: raw })).rows as unknown[][],
    close: () => client.end(),
  };
}

async function mysqlAdmin(database: string): Promise<Admin> {
  const connection = await mysql.createConnection({ ...LIVE_MYSQL, database, charset: 'utf8mb4', timezone: 'Z', dateStrings: true, supportBigNumbers: true, bigNumberStrings: true });
  await connection.query("SET time_zone = '+00:00'");
  return {
    run: async (sql, params) => void (await connection.query(sql, params)),
    rows: async (sql, params = []) => (await connection.query({ sql, values: [...params], rowsAsArray: true }))[0] as unknown[][],
    close: () => connection.end(),
  };
}

const table = (live: Live): TransferTable => checksumTable(live.schema, TABLE);
const qualified = (live: Live) => `${quote(live.family, live.schema)}.${quote(live.family, TABLE)}`;

async function createAndLoad(live: Live): Promise<void> {
  const admin = live.admin!;
  const body = CHECKSUM_COLUMNS.map((column) => `${quote(live.family, column.name)} ${column[live.family]}`).join(', ');
  await admin.run(`CREATE TABLE ${qualified(live)} (${body})${live.family === 'mysql' ? ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4' : ''}`);
  const names = CHECKSUM_COLUMNS.map((column) => quote(live.family, column.name)).join(', ');
  for (const row of CHECKSUM_ROWS) {
    if (live.family === 'postgres') {
      await admin.run(`INSERT INTO ${qualified(live)} (${names}) VALUES (${row.map((_, i) => `$${i + 1}`).join(', ')})`, [...row]);
      continue;
    }
    // MariaDB takes no offset in a literal: the instant is converted from its own offset to UTC.
    const marks: string[] = [];
    const values: unknown[] = [];
    CHECKSUM_COLUMNS.forEach((column, i) => {
      const value = row[i] ?? null;
      const zoned = column.type.kind === 'timestamptz' && typeof value === 'string' ? /^(.*?)([+-]\d{2}:\d{2})$/.exec(value) : null;
      if (zoned !== null) {
        marks.push("CONVERT_TZ(?, ?, '+00:00')");
        values.push(zoned[1], zoned[2]);
      } else {
        marks.push('?');
        values.push(value);
      }
    });
    await admin.run(`INSERT INTO ${qualified(live)} (${names}) VALUES (${marks.join(', ')})`, values);
  }
}

/** The stored rows read back with the servers' own casts (not the code under test), as CellValues. */
async function independentRows(live: Live, where = ''): Promise<Row[]> {
  const select = CHECKSUM_COLUMNS.map((column) => {
    const name = quote(live.family, column.name);
    const kind = column.type.kind;
    if (kind === 'binary' || kind === 'blob') return live.family === 'postgres' ? `encode(${name}, 'hex')` : `HEX(${name})`;
    if (live.family === 'mysql' && kind === 'float32') return `CAST(CAST(${name} AS DOUBLE) AS CHAR)`;
    return live.family === 'postgres' ? `${name}::text` : `CAST(${name} AS CHAR)`;
  });
  const rows = await live.admin!.rows(`SELECT ${select.join(', ')} FROM ${qualified(live)}${where} ORDER BY 1`);
  return rows.map((row) => CHECKSUM_COLUMNS.map((column, i): CellValue => {
    const value = row[i];
    if (value === null || value === undefined) return null;
    return column.type.kind === 'binary' || column.type.kind === 'blob' ? Buffer.from(String(value), 'hex') : String(value);
  }));
}

function referenceTotals(rows: readonly Row[], options: Pick<ChecksumOptions, 'emptyStringAsNull'>): { rows: number; sum: string } {
  const accumulator = new ChecksumAccumulator(TYPES, options);
  for (const row of rows) accumulator.add(row);
  return accumulator.totals();
}

async function withConnection<T>(live: Live, use: (connection: DialectConnection) => Promise<T>): Promise<T> {
  const connection = await live.dialect.connect(parseConnectionUrl(live.url));
  try {
    return await use(connection);
  } finally {
    await connection.close();
  }
}

function rowTextQuery(live: Live, options: ChecksumOptions): BoundQuery {
  return live.family === 'postgres' ? postgresRowTextQuery(table(live), options, ['id']) : mysqlRowTextQuery(table(live), options, ['id']);
}

const pgUp = await liveAvailable('postgres');
const myUp = await liveAvailable('mysql');

const LIVES: Live[] = [
  ...(pgUp ? [{ label: 'postgres', family: 'postgres' as const, dialect: postgresDialect, url: postgresUrl(PG_DB), schema: 'public', ready: false }] : []),
  ...(myUp ? [{ label: 'mariadb', family: 'mysql' as const, dialect: mysqlDialect, url: mysqlUrl(MY_DB), schema: MY_DB, ready: false }] : []),
  { label: 'embedded-postgres', family: 'postgres', dialect: postgresDialect, url: '', schema: 'public', ready: false },
];
let embedded: EmbeddedPostgresServer | undefined;

async function prepare(live: Live): Promise<void> {
  if (live.label === 'postgres') {
    const root = await postgresAdmin({ ...LIVE_POSTGRES, database: 'postgres' });
    await root.run(`DROP DATABASE IF EXISTS ${PG_DB} WITH (FORCE)`);
    await root.run(`CREATE DATABASE ${PG_DB} ENCODING 'UTF8' TEMPLATE template0`);
    await root.close();
    live.admin = await postgresAdmin({ ...LIVE_POSTGRES, database: PG_DB });
  } else if (live.label === 'mariadb') {
    const root = await mysqlAdmin('');
    await root.run(`DROP DATABASE IF EXISTS ${MY_DB}`);
    await root.run(`CREATE DATABASE ${MY_DB} CHARACTER SET utf8mb4`);
    await root.close();
    live.admin = await mysqlAdmin(MY_DB);
  } else {
    try {
      embedded = await startEmbeddedPostgres();
    } catch (error) {
      if (liveRequired()) throw error;
      console.warn(`[skip] embedded-postgres checksum conformance: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    live.url = `postgres://${embedded.user}:${embedded.password}@${embedded.host}:${embedded.port}/postgres`;
    live.admin = await postgresAdmin({ host: embedded.host, port: embedded.port, user: embedded.user, password: embedded.password, database: 'postgres' });
  }
  await createAndLoad(live);
  live.ready = true;
}

beforeAll(async () => {
  await Promise.all(LIVES.map(prepare));
});

afterAll(async () => {
  for (const live of LIVES) await live.admin?.close().catch(() => undefined);
  await embedded?.stop().catch(() => undefined);
});

const labels = LIVES.map((live) => live.label);
const byLabel = (label: string): Live => LIVES.find((live) => live.label === label)!;
const EMPTY_KEPT = { emptyStringAsNull: false } as const;
const EMPTY_AS_NULL = { emptyStringAsNull: true } as const;

describe('checksum conformance: row text', () => {
  it.for(labels)('%s builds exactly the reference text for every row', async (label, ctx) => {
    const live = byLabel(label);
    if (!live.ready) return ctx.skip();
    const expected = await independentRows(live);
    expect(expected).toHaveLength(CHECKSUM_ROWS.length);
    for (const options of [EMPTY_KEPT, EMPTY_AS_NULL]) {
      const query = rowTextQuery(live, options);
      for (const sql of query.setup) await live.admin!.run(sql);
      const built = await live.admin!.rows(query.sql, query.binds);
      expect(built.map((row) => String(row[0]))).toEqual(expected.map((row) => row[0]));
      built.forEach((row, r) => {
        const want = rowText(TYPES, expected[r]!, options);
        const got = String(row[1]);
        if (got !== want) expect(got.slice(0, 400), `row ${String(row[0])} (emptyStringAsNull=${options.emptyStringAsNull})`).toBe(want.slice(0, 400));
        expect(got.length, `row ${String(row[0])} length`).toBe(want.length);
      });
    }
    // Spot checks of the rules themselves, not only agreement: the collision pair and NULL vs '' vs 'NULL'.
    const texts = expected.map((row) => rowText(TYPES, row, EMPTY_KEPT));
    expect(texts[2]!.startsWith('3|2:a||1:b|1:x|')).toBe(true);
    expect(texts[3]!.startsWith('4|1:a|2:|b|4:NULL|')).toBe(true);
    expect(texts[0]).toBe(['1', ...Array(CHECKSUM_COLUMNS.length - 1).fill('\\N')].join('|'));
  });
});

describe('checksum conformance: pushdown totals', () => {
  it.for(labels)('%s: the pushdown checksum equals the reference over independently fetched rows', async (label, ctx) => {
    const live = byLabel(label);
    if (!live.ready) return ctx.skip();
    const rows = await independentRows(live);
    await withConnection(live, async (connection) => {
      for (const options of [EMPTY_KEPT, EMPTY_AS_NULL]) {
        const pushed = await connection.checksum(table(live), options);
        expect(pushed).toEqual(referenceTotals(rows, options));
        // The client-side mode streams the same rows through readRows and must agree.
        expect(await clientChecksum(connection, table(live), options)).toEqual(pushed);
      }
      const kept = await connection.checksum(table(live), EMPTY_KEPT);
      const emptied = await connection.checksum(table(live), EMPTY_AS_NULL);
      expect(emptied.sum).not.toBe(kept.sum); // row 2 holds empty values
    });
  });

  it.for(labels)('%s: a key-range segment and a where predicate checksum only their rows', async (label, ctx) => {
    const live = byLabel(label);
    if (!live.ready) return ctx.skip();
    const id = quote(live.family, 'id');
    const segment = await independentRows(live, ` WHERE ${id} >= 2 AND ${id} < 5`);
    await withConnection(live, async (connection) => {
      const ranged = await connection.checksum(table(live), { ...EMPTY_KEPT, keyRange: { column: 'id', from: '2', to: '5' } });
      expect(ranged).toEqual(referenceTotals(segment, EMPTY_KEPT));
      expect(ranged.rows).toBe(3);
      const filtered = await connection.checksum(table(live), { ...EMPTY_KEPT, where: `${id} <> 3`, keyRange: { column: 'id', from: '2' } });
      expect(filtered.rows).toBe(CHECKSUM_ROWS.length - 2);
      const empty = await connection.checksum(table(live), { ...EMPTY_KEPT, keyRange: { column: 'id', from: '100' } });
      expect(empty).toEqual({ rows: 0, sum: '0' });
    });
  });

  it.for(labels)('%s: a failing checksum is a typed error naming the table', async (label, ctx) => {
    const live = byLabel(label);
    if (!live.ready) return ctx.skip();
    await withConnection(live, async (connection) => {
      const error = await connection.checksum({ ...table(live), name: 'no_such_table' }, EMPTY_KEPT).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ErpMigrateError);
      expect((error as ErpMigrateError).code).toBe('E_CHECKSUM');
      expect((error as ErpMigrateError).message).toContain('no_such_table');
    });
  });
});

describe('checksum conformance: across dialects', () => {
  it('the same rows give the same sum in every live server', async (ctx) => {
    const ready = LIVES.filter((live) => live.ready);
    if (ready.length < 2) return ctx.skip();
    for (const options of [EMPTY_KEPT, EMPTY_AS_NULL]) {
      const totals = await Promise.all(ready.map((live) => withConnection(live, (connection) => connection.checksum(table(live), options))));
      const reference = referenceTotals(CHECKSUM_ROWS, options);
      totals.forEach((total, i) => expect(total, ready[i]!.label).toEqual(reference));
    }
  });
});
