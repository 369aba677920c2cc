/** One benchmark case in a fresh process: prepares its input (untimed), times the action, prints JSON. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { assessAction, planAction, type DialectName } from '../src/index.js';
import { syntheticDdl } from './synthetic-ddl.js';

const BENCH_DB = 'erpm_bench';
const LIVE_TABLES = 2000;

async function preparePostgres(): Promise<string> {
  const admin = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB}`);
  await admin.query(`CREATE DATABASE ${BENCH_DB}`);
  await admin.end();
  const client = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: BENCH_DB });
  await client.connect();
  await client.query(syntheticDdl('postgres', LIVE_TABLES, 12));
  await client.query('ANALYZE');
  await client.end();
  return `postgres://postgres@127.0.0.1:5432/${BENCH_DB}`;
}

async function prepareMysql(): Promise<string> {
  const connection = await mysql.createConnection({ host: '127.0.0.1', port: 3306, user: 'root', multipleStatements: true });
  await connection.query(`DROP DATABASE IF EXISTS ${BENCH_DB}`);
  await connection.query(`CREATE DATABASE ${BENCH_DB} CHARACTER SET utf8mb4`);
  await connection.query(`USE ${BENCH_DB}`);
  const statements = syntheticDdl('mysql', LIVE_TABLES, 12).split(/;\n/).filter((s) => s.trim() !== '');
  for (let i = 0; i < statements.length; i += 200) await connection.query(`${statements.slice(i, i + 200).join(';\n')};`);
  await connection.end();
  return `mysql://root@127.0.0.1:3306/${BENCH_DB}`;
}

function baseOptions(out: string) {
  return { schemas: [], include: [], exclude: [], moduleCatalogs: [], exactCounts: false, out, cwd: process.cwd(), env: {} };
}

async function timed(run: () => Promise<string>): Promise<void> {
  const started = performance.now();
  const detail = await run();
  const seconds = (performance.now() - started) / 1000;
  const rssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ seconds, rssMiB, detail })}\n`);
}

async function main(name: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'erpm-bench-'));
  try {
    const live = /^assess-live-(postgres|mysql)-(\d+)$/.exec(name);
    const ddl = /^assess-ddl-(oracle|mssql|postgres|mysql)-(\d+)$/.exec(name);
    if (live) {
      const url = live[1] === 'postgres' ? await preparePostgres() : await prepareMysql();
      await timed(async () => {
        const result = await assessAction({ ...baseOptions(join(work, 'out')), source: url });
        return `${result.inventory.schemas.reduce((n, s) => n + s.tables.length, 0)} tables`;
      });
    } else if (ddl) {
      const dialect = ddl[1] as DialectName;
      const text = syntheticDdl(dialect, Number(ddl[2]), Number(ddl[2]) <= 500 ? 160 : 12);
      const file = join(work, `export-${dialect}.sql`);
      writeFileSync(file, text);
      await timed(async () => {
        const result = await assessAction({ ...baseOptions(join(work, 'out')), ddl: [file], dialect });
        const tables = result.inventory.schemas.reduce((n, s) => n + s.tables.length, 0);
        return `${tables} tables, ${(text.length / 1048576).toFixed(1)} MB`;
      });
    } else if (name === 'plan-20000') {
      const file = join(work, 'export.sql');
      writeFileSync(file, syntheticDdl('postgres', 20000, 12));
      await assessAction({ ...baseOptions(join(work, 'assessment')), ddl: [file], dialect: 'postgres' });
      await timed(async () => {
        await planAction({ inventory: join(work, 'assessment'), mappings: [], target: 'postgres', out: join(work, 'plan'), check: false, waves: 'by-dependency' });
        return '20000 tables planned';
      });
    } else {
      throw new Error(`unknown benchmark case ${name}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main(process.argv[2] ?? '');
