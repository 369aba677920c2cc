/**
 * Measures the pushdown checksum on a 200,000-row, 12-column table in PostgreSQL and MariaDB (and the
 * client-side mode for comparison), and checks both servers give the same sum. Not part of `npm run
 * bench` (no target yet). Run: `npx tsc -p tsconfig.json && node dist/bench/checksum-200k.js`.
 * Databases: erpm_ck_bench in both servers (dropped and recreated).
 */
import { performance } from 'node:perf_hooks';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { parseConnectionUrl } from '../src/config/connection-url.js';
import type { DialectConnection, TransferTable } from '../src/dialects/dialect.js';
import { mysqlDialect } from '../src/dialects/mysql/index.js';
import { postgresDialect } from '../src/dialects/postgres/index.js';
import { clientChecksum } from '../src/validate/client-checksum.js';

const DB = 'erpm_ck_bench';
const ROWS = Number(process.env.ROWS ?? 200_000);
const COLUMNS: readonly [string, TransferTable['columns'][number]['type'], string, string][] = [
  ['id', { kind: 'int32' }, 'integer PRIMARY KEY', 'int PRIMARY KEY'],
  ['name', { kind: 'varchar', length: 60 }, 'varchar(60)', 'varchar(60)'],
  ['note', { kind: 'text' }, 'text', 'text'],
  ['amount', { kind: 'decimal', precision: 12, scale: 2 }, 'numeric(12,2)', 'decimal(12,2)'],
  ['big', { kind: 'int64' }, 'bigint', 'bigint'],
  ['ratio', { kind: 'float64' }, 'double precision', 'double'],
  ['flag', { kind: 'bool' }, 'boolean', 'tinyint(1)'],
  ['day', { kind: 'date' }, 'date', 'date'],
  ['stamp', { kind: 'timestamp', precision: 6 }, 'timestamp(6)', 'datetime(6)'],
  ['stamptz', { kind: 'timestamptz', precision: 6 }, 'timestamptz(6)', 'timestamp(6) NULL'],
  ['code', { kind: 'char', length: 6 }, 'char(6)', 'char(6)'],
  ['bytes', { kind: 'binary', length: 16 }, 'bytea', 'varbinary(16)'],
];

const table = (schema: string): TransferTable => ({ schema, name: 'bench', columns: COLUMNS.map(([name, type]) => ({ name, type })) });

async function time<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`${label.padEnd(36)} ${((performance.now() - start) / 1000).toFixed(2)} s  ${JSON.stringify(result)}`);
  return result;
}

async function main(): Promise<void> {
  const admin = new pg.Client({ host: '127.0.0.1', user: 'postgres', database: 'postgres' });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB} ENCODING 'UTF8' TEMPLATE template0`);
  await admin.end();
  const client = new pg.Client({ host: '127.0.0.1', user: 'postgres', database: DB });
  await client.connect();
  await client.query(`CREATE TABLE bench (${COLUMNS.map(([name, , type]) => `${name} ${type}`).join(', ')})`);
  await client.query(`INSERT INTO bench SELECT n, '한국어 이름 ' || n, CASE WHEN n % 7 = 0 THEN NULL WHEN n % 11 = 0 THEN '' ELSE repeat('메모 note ', n % 20) END,
    (n * 37 % 1000000) / 100.0, n::bigint * 1000003, n / 7.0, n % 2 = 0, DATE '2000-01-01' + n % 9000,
    TIMESTAMP '2020-01-01' + n * INTERVAL '1.000001 second', TIMESTAMPTZ '2020-01-01 00:00:00+00' + n * INTERVAL '0.5 second',
    CASE WHEN n % 5 = 0 THEN NULL ELSE lpad((n % 1000)::text, 4, ' ') END, decode(md5(n::text), 'hex')
    FROM generate_series(1, ${ROWS}) AS n`);
  await client.end();
  const my = await mysql.createConnection({ host: '127.0.0.1', user: 'root' });
  await my.query(`DROP DATABASE IF EXISTS ${DB}`);
  await my.query(`CREATE DATABASE ${DB} CHARACTER SET utf8mb4`);
  await my.query(`CREATE TABLE ${DB}.bench (${COLUMNS.map(([name, , , type]) => `\`${name}\` ${type}`).join(', ')}) ENGINE=InnoDB`);
  await my.end();

  const pgConnection: DialectConnection = await postgresDialect.connect(parseConnectionUrl(`postgres://postgres@127.0.0.1:5432/${DB}`));
  const myConnection: DialectConnection = await mysqlDialect.connect(parseConnectionUrl(`mysql://root@127.0.0.1:3306/${DB}`));
  await time('copy postgres → mariadb (setup)', () => myConnection.writeRows(table(DB), pgConnection.readRows(table('public'), { batchRows: 1000 })));
  const options = { emptyStringAsNull: false };
  const pgPush = await time('postgres pushdown checksum', () => pgConnection.checksum(table('public'), options));
  const myPush = await time('mariadb pushdown checksum', () => myConnection.checksum(table(DB), options));
  await time('postgres client-side checksum', () => clientChecksum(pgConnection, table('public'), options));
  await time('mariadb client-side checksum', () => clientChecksum(myConnection, table(DB), options));
  console.log(pgPush.sum === myPush.sum ? 'same sum in both servers' : 'SUMS DIFFER');
  await pgConnection.close();
  await myConnection.close();
}

await main();
