/**
 * The sources of the source → target matrix: live PostgreSQL and MariaDB databases (the fixture ERP,
 * Chinook, an awkward schema of our own) and DDL exports read by `assess --ddl` (the Oracle and SQL
 * Server samples of ../shared/testdata, Chinook, an awkward Oracle script). Each live source owns a
 * database named erpm_mx_src_<id>; every name this file creates starts with erpm_mx_.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { loadFixtureErp } from '../../../fixtures/erp/index.js';
import type { DialectName } from '../../../src/model/catalog.js';
import type { TargetName } from '../../../src/model/plan.js';
import { LIVE_MYSQL, LIVE_POSTGRES, mysqlUrl, postgresUrl } from '../databases.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
export const TESTDATA = path.resolve(ROOT, '../shared/testdata');
const AWKWARD = path.join(ROOT, 'fixtures/awkward');
const FIXTURE_SCALE = 0.0005;

export type LiveKind = 'postgres' | 'mysql';

export interface MatrixSource {
  /** Short id: part of every database name of the pairs (erpm_mx_<id>_…). */
  readonly id: string;
  readonly label: string;
  readonly dialect: DialectName;
  /** The live server the source lives on; null for a DDL export. */
  readonly live: LiveKind | null;
  /** Files the source needs; when one is absent (../shared not checked out) its pairs are skipped. */
  readonly files: readonly string[];
  /** `assess` arguments without --out. */
  readonly assessArgs: readonly string[];
  readonly setup?: () => Promise<void>;
  readonly teardown?: () => Promise<void>;
  /**
   * Decisions a migration lead writes in the mapping file (`unsupported:` entries, source names) for
   * columns that have no equivalent on a target; the planner stops with E_PLAN_INVALID without them.
   */
  readonly unsupported?: Partial<Record<TargetName, Readonly<Record<string, string>>>>;
  /**
   * Target types some columns must get (`SCHEMA.TABLE.COLUMN` in source names → type as the target
   * spells it), beyond "what the plan says": the cases where the plan itself has been wrong.
   */
  readonly columnTypes?: Partial<Record<'postgres' | 'mysql', Readonly<Record<string, string>>>>;
  /** Tables a lead leaves out (`tables: exclude:`): the planner stops on them otherwise (e.g. object tables). */
  readonly excludeTables?: readonly string[];
}

export const sourceDatabase = (id: string): string => `erpm_mx_src_${id}`;

async function withPg<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...LIVE_POSTGRES, database });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function withMysql<T>(work: (conn: mysql.Connection) => Promise<T>): Promise<T> {
  const conn = await mysql.createConnection({ ...LIVE_MYSQL, multipleStatements: true });
  try {
    return await work(conn);
  } finally {
    await conn.end();
  }
}

export async function dropPostgresDatabase(database: string): Promise<void> {
  assertOurs(database);
  await withPg('postgres', (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
}

export async function createPostgresDatabase(database: string, script = ''): Promise<void> {
  await dropPostgresDatabase(database);
  await withPg('postgres', (c) => c.query(`CREATE DATABASE ${database}`));
  if (script !== '') await withPg(database, (c) => c.query(script));
}

export async function dropMysqlDatabase(database: string): Promise<void> {
  assertOurs(database);
  await withMysql((c) => c.query(`DROP DATABASE IF EXISTS \`${database}\``));
}

async function createMysqlDatabase(database: string, script: string): Promise<void> {
  await dropMysqlDatabase(database);
  await withMysql(async (c) => {
    await c.query(`CREATE DATABASE \`${database}\` DEFAULT CHARACTER SET utf8mb4`);
    await c.query(`USE \`${database}\``);
    await c.query(script);
  });
}

/** Other helpers share the servers: this suite only ever drops databases it named itself. */
export function assertOurs(database: string): void {
  if (!/^erpm_mx_[a-z0-9_]+$/.test(database)) throw new Error(`refusing to touch database "${database}": not an erpm_mx_ name`);
}

/** The schema statements of a Chinook script (CREATE TABLE / ALTER TABLE / CREATE INDEX), without data or CREATE DATABASE. */
function chinookSchema(file: string): string {
  return readFileSync(file, 'utf8').split(/;\s*\n/)
    .filter((s) => /^\s*(CREATE TABLE|ALTER TABLE|CREATE INDEX)/m.test(s) && !/INSERT/.test(s))
    .map((s) => s.replace(/^[\s\S]*?(CREATE|ALTER)/, '$1')).join(';\n') + ';\n';
}

type Extra = Pick<MatrixSource, 'unsupported' | 'columnTypes' | 'excludeTables'>;

function pgSource(id: string, label: string, files: readonly string[], load: (database: string) => Promise<void>, extra: Extra = {}): MatrixSource {
  const database = sourceDatabase(id);
  return {
    id, label, dialect: 'postgres', live: 'postgres', files,
    assessArgs: ['--source', postgresUrl(database)],
    setup: () => load(database),
    teardown: () => dropPostgresDatabase(database),
    ...extra,
  };
}

function mysqlSource(id: string, label: string, files: readonly string[], load: (database: string) => Promise<void>, extra: Extra = {}): MatrixSource {
  const database = sourceDatabase(id);
  return {
    id, label, dialect: 'mysql', live: 'mysql', files,
    assessArgs: ['--source', mysqlUrl(database)],
    setup: () => load(database),
    teardown: () => dropMysqlDatabase(database),
    ...extra,
  };
}

function ddlSource(id: string, label: string, dialect: DialectName, files: readonly string[], schema: string, extra: Extra = {}): MatrixSource {
  return { id, label, dialect, live: null, files, assessArgs: ['--ddl', ...files, '--dialect', dialect, '--schema', schema], ...extra };
}

const shared = (...parts: string[]): string => path.join(TESTDATA, ...parts);
const awkward = (name: string): string => path.join(AWKWARD, name);

export const MATRIX_SOURCES: readonly MatrixSource[] = [
  pgSource('pgfx', 'PostgreSQL fixture ERP', [], async (database) => {
    await dropPostgresDatabase(database);
    await loadFixtureErp({ dialect: 'postgres', connection: { ...LIVE_POSTGRES, database }, scale: FIXTURE_SCALE });
  }),
  pgSource('pgchin', 'PostgreSQL Chinook', [shared('chinook/Chinook_PostgreSql.sql')],
    (database) => createPostgresDatabase(database, chinookSchema(shared('chinook/Chinook_PostgreSql.sql')))),
  pgSource('pgawk', 'PostgreSQL awkward', [awkward('postgres.sql')],
    (database) => createPostgresDatabase(database, readFileSync(awkward('postgres.sql'), 'utf8')), {
      // MySQL has no composite or array columns: a lead keeps them as text (an enum type becomes varchar by itself).
      unsupported: { mysql: { 'shop.user.home': 'text', 'shop.user.moods': 'text', 'shop.user.tags': 'text' } },
      // PostgreSQL → PostgreSQL keeps user-defined and extension types: pre-load must create them.
      columnTypes: {
        postgres: {
          'shop.user.email': 'citext', 'shop.user.mood': 'shop.mood', 'shop.user.moods': 'shop.mood[]', 'shop.user.home': 'shop.address',
          'shop.user.balance': 'shop.positive_amount', 'shop.user.tags': 'text[]', 'shop.order.amount': 'numeric(38,10)',
        },
      },
    }),
  mysqlSource('myfx', 'MariaDB fixture ERP', [], async (database) => {
    await dropMysqlDatabase(database);
    await loadFixtureErp({ dialect: 'mysql', connection: { ...LIVE_MYSQL, database }, scale: FIXTURE_SCALE });
  }),
  mysqlSource('mychin', 'MariaDB Chinook', [shared('chinook/Chinook_MySql.sql')],
    (database) => createMysqlDatabase(database, chinookSchema(shared('chinook/Chinook_MySql.sql')))),
  mysqlSource('myawk', 'MariaDB awkward', [awkward('mysql.sql')],
    (database) => createMysqlDatabase(database, readFileSync(awkward('mysql.sql'), 'utf8')), {
      // Without PostGIS a point has no PostgreSQL type: the lead leaves the column out.
      unsupported: { postgres: { [`${sourceDatabase('myawk')}.film.location`]: 'exclude' } },
      columnTypes: {
        // BIT(1) is a flag, BIT(n) a bit string.
        postgres: { [`${sourceDatabase('myawk')}.film.is_new`]: 'boolean', [`${sourceDatabase('myawk')}.film.flags`]: 'bit(8)' },
        // ENUM / SET labels byte for byte.
        mysql: {
          [`${sourceDatabase('myawk')}.film.rating`]: "enum('G','PG','PG-13','R','NC-17')",
          [`${sourceDatabase('myawk')}.film.features`]: "set('Trailers','Commentaries','Deleted Scenes','Behind the Scenes')",
          [`${sourceDatabase('myawk')}.film.flags`]: 'bit(8)',
        },
      },
    }),
  ddlSource('orahr', 'Oracle HR (DDL)', 'oracle', [shared('oracle/human_resources/hr_create.sql')], 'HR'),
  ddlSource('oraco', 'Oracle CO (DDL)', 'oracle', [shared('oracle/customer_orders/co_create.sql')], 'CO'),
  // CATEGORIES_TAB is an object table (OF category_typ): it has no relational columns to plan.
  ddlSource('oraoe', 'Oracle OE (DDL)', 'oracle', [shared('oracle/order_entry')], 'OE', { excludeTables: ['OE.CATEGORIES_TAB'] }),
  ddlSource('orachin', 'Oracle Chinook (DDL)', 'oracle', [shared('chinook/Chinook_Oracle.sql')], 'CHINOOK'),
  ddlSource('oraawk', 'Oracle awkward (DDL)', 'oracle', [awkward('oracle.sql')], 'AWK'),
  ddlSource('mschin', 'SQL Server Chinook (DDL)', 'mssql', [shared('chinook/Chinook_SqlServer.sql')], 'dbo'),
  ddlSource('msnw', 'SQL Server Northwind (DDL)', 'mssql', [shared('sqlserver/northwind/instnwnd.sql')], 'dbo'),
  ddlSource('mspubs', 'SQL Server pubs (DDL)', 'mssql', [shared('sqlserver/pubs/instpubs.sql')], 'dbo'),
];

export const missingFiles = (source: MatrixSource): string[] => source.files.filter((file) => !existsSync(file));
