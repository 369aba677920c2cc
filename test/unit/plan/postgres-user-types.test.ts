/**
 * PostgreSQL user types through plan: a PostgreSQL target gets the extensions, then the enum /
 * composite types and domains (dependencies first, idempotent) before the tables, whose columns keep
 * those types (renamed with their schema); other targets map enums to varchar and say what is lost.
 * And the done-when rule for every target: DDL naming a type nobody creates stops the plan.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planAction } from '../../../src/actions/plan.js';
import { EMPTY_MAPPING, parseMappingFile, type MappingConfig } from '../../../src/config/mapping-file.js';
import { readSourceTypeMapper } from '../../../src/config/source-type-rules.js';
import { readPostgresDdl } from '../../../src/ddl/postgres/index.js';
import { buildInventory } from '../../../src/inventory/build-inventory.js';
import { readModuleCatalogs } from '../../../src/inventory/classify.js';
import type { CatalogSnapshot, DialectName } from '../../../src/model/catalog.js';
import type { Inventory } from '../../../src/model/inventory.js';
import type { TargetName } from '../../../src/model/plan.js';
import { makePlan } from '../../../src/plan/make-plan.js';
import { renderPreLoadDdl } from '../../../src/plan/render-ddl.js';
import { renderPlanSummary } from '../../../src/plan/summary.js';
import { stableStringify } from '../../../src/util/stable-json.js';
import { writeFile } from 'node:fs/promises';

const modules = readModuleCatalogs();

function inventoryOf(snapshot: CatalogSnapshot): Inventory {
  return buildInventory(snapshot, { origin: 'ddl', typeMapper: readSourceTypeMapper(snapshot.source.dialect), modules });
}

function pgInventory(ddl: string): Inventory {
  const read = readPostgresDdl(ddl, { defaultSchema: 'public', file: 'dump.sql' });
  return inventoryOf({
    source: { dialect: 'postgres', version: '15.20', charset: 'UTF8', options: { wal_level: 'logical' } }, schemas: read.schemas, notes: [],
    ...(read.userTypes ? { userTypes: read.userTypes } : {}), ...(read.extensions ? { extensions: read.extensions } : {}),
  });
}

function mappingOf(inventory: Inventory, target: TargetName, yaml: string | null): MappingConfig {
  if (yaml === null) return EMPTY_MAPPING;
  const parsed = parseMappingFile(`format: erp-migrate/mapping@1\n${yaml}`, 'mapping.yaml', inventory, target);
  if (parsed.config === null || parsed.problems.length > 0) throw new Error(JSON.stringify(parsed.problems));
  return parsed.config;
}

function plan(inventory: Inventory, target: TargetName, yaml: string | null = null) {
  return makePlan(inventory, 'sha256:test', mappingOf(inventory, target, yaml), { target, waves: 'by-dependency' });
}

const PAGILA = pgInventory(readFileSync('test/unit/ddl/exports/postgres-user-types.sql', 'utf8'));

/** The statements of pre-load.sql that create something, in order, one line each. */
const creates = (sql: string): string[] => sql.split('\n').map((l) => l.trim()).filter((l) => /^CREATE (EXTENSION|TYPE|DOMAIN|TABLE)/.test(l));

describe('plan: PostgreSQL → PostgreSQL user types', () => {
  it('creates extensions, then types and domains in dependency order, then tables whose columns keep their types', () => {
    const { plan: made, problems } = plan(PAGILA, 'postgres');
    expect(problems).toEqual([]);
    const sql = renderPreLoadDdl(made);
    expect(creates(sql)).toEqual([
      'CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;',
      'CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public;',
      "CREATE TYPE public.mpaa_rating AS ENUM ('G', 'PG', 'PG-13', 'R', 'NC-17');",
      'CREATE DOMAIN public.year AS integer CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)));',
      "CREATE TYPE sales.\"Order Status\" AS ENUM ('new', 'Shipped', 'it''s done', 'naïve');",
      'CREATE TYPE sales.address AS (street text, city character varying(40), built public.year, tags text[]);',
      "CREATE DOMAIN sales.email AS public.citext CONSTRAINT email_check CHECK ((VALUE OPERATOR(public.~) '@'::public.citext));",
      "CREATE DOMAIN sales.rating_dom AS public.mpaa_rating DEFAULT 'G'::public.mpaa_rating NOT NULL;",
      'CREATE TABLE IF NOT EXISTS public.film (',
      'CREATE TABLE IF NOT EXISTS sales.orders (',
    ]);
    expect(sql).toContain("  IF pg_catalog.to_regtype('sales.\"Order Status\"') IS NULL THEN\n    CREATE TYPE sales.\"Order Status\"");
    for (const line of ['special_features text[],', "rating public.mpaa_rating DEFAULT 'G'::public.mpaa_rating,", 'release_year public.year,',
      'ratings public.mpaa_rating[],', 'attrs public.hstore,', "status sales.\"Order Status\" DEFAULT 'new'::sales.\"Order Status\" NOT NULL,",
      'rating sales.rating_dom,', 'contact sales.email,', 'ship_to sales.address,', 'history sales."Order Status"[],']) {
      expect(sql).toContain(`  ${line}\n`);
    }
    expect(made.decisions.filter((d) => d.severity === 'blocker')).toEqual([]);
    const summary = renderPlanSummary(made);
    expect(summary).toContain('## Extensions and user types');
    expect(summary).toContain("| enum public.mpaa_rating | public.mpaa_rating | 'G', 'PG', 'PG-13', 'R', 'NC-17' |");
    expect(summary).toContain('| extension citext | public | types citext |');
  });

  it('creates types in the schema their source schema is renamed to, renaming casts, domain bases and extensions with it', () => {
    const { plan: made, problems } = plan(PAGILA, 'aurora-postgresql', 'rename:\n  schemas: { public: film_app, sales: shop }\n');
    expect(problems).toEqual([]);
    const sql = renderPreLoadDdl(made);
    expect(creates(sql).slice(0, 8)).toEqual([
      'CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA film_app;',
      'CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA film_app;',
      "CREATE TYPE film_app.mpaa_rating AS ENUM ('G', 'PG', 'PG-13', 'R', 'NC-17');",
      'CREATE DOMAIN film_app.year AS integer CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)));',
      "CREATE TYPE shop.\"Order Status\" AS ENUM ('new', 'Shipped', 'it''s done', 'naïve');",
      'CREATE TYPE shop.address AS (street text, city character varying(40), built film_app.year, tags text[]);',
      "CREATE DOMAIN shop.email AS film_app.citext CONSTRAINT email_check CHECK ((VALUE OPERATOR(public.~) '@'::film_app.citext));",
      "CREATE DOMAIN shop.rating_dom AS film_app.mpaa_rating DEFAULT 'G'::film_app.mpaa_rating NOT NULL;",
    ]);
    expect(sql).toContain("  rating film_app.mpaa_rating DEFAULT 'G'::film_app.mpaa_rating,\n");
    expect(sql).toContain('  history shop."Order Status"[],\n');
    expect(sql).toContain('CREATE SCHEMA IF NOT EXISTS film_app;\nCREATE SCHEMA IF NOT EXISTS shop;\n');
  });

  it('creates only what the planned columns reach, a type before the types that use it whatever their schema', () => {
    const inventory = pgInventory(`
      CREATE SCHEMA z;
      CREATE TYPE z.e AS ENUM ('x', 'y');
      CREATE TYPE public.unused AS ENUM ('u');
      CREATE DOMAIN public.d AS z.e CHECK (VALUE <> 'y');
      CREATE TYPE public.c AS (v public.d, w integer);
      CREATE TABLE public.t (id integer PRIMARY KEY, c public.c);
      CREATE TABLE public.other (id integer PRIMARY KEY, u public.unused);`);
    const { plan: made, problems } = plan(inventory, 'postgres', 'tables:\n  exclude: [public.other]\n');
    expect(problems).toEqual([]);
    expect(creates(renderPreLoadDdl(made))).toEqual([
      "CREATE TYPE z.e AS ENUM ('x', 'y');",
      "CREATE DOMAIN public.d AS z.e CONSTRAINT d_check CHECK (VALUE <> 'y');",
      'CREATE TYPE public.c AS (v public.d, w integer);',
      'CREATE TABLE IF NOT EXISTS public.t (',
    ]);
  });
});

describe('plan: PostgreSQL user types on other targets', () => {
  it('MySQL: an enum becomes varchar(longest label), a domain its base type, each with a note of what the target no longer enforces', () => {
    const { plan: made, problems } = plan(PAGILA, 'mysql',
      'unsupported:\n  public.film.attrs: exclude\n  public.film.ratings: text\n  public.film.special_features: text\n  sales.orders.history: text\n  sales.orders.ship_to: text\n');
    expect(problems).toEqual([]);
    const columns = made.waves.flatMap((w) => w.tasks.flatMap((t) => t.tables.flatMap((x) => x.columns.map((c) => `${x.sourceTable}.${c.source} ${c.targetType}`))));
    expect(columns).toEqual(expect.arrayContaining(['film.rating varchar(5)', 'film.release_year int', 'orders.status varchar(9)', 'orders.rating varchar(5)']));
    expect(made.userTypes).toBeUndefined();
    expect(made.decisions).toContainEqual({ object: 'sales.orders.status', severity: 'warning',
      message: "enum sales.\"Order Status\" → varchar(9): mysql does not enforce the labels ('new', 'Shipped', 'it''s done', 'naïve') and sorts values as text, not in label order" });
    expect(made.decisions).toContainEqual({ object: 'sales.orders.rating', severity: 'info', message: 'domain sales.rating_dom → varchar(5): the domain\'s NOT NULL, DEFAULT is not carried to mysql' });
  });

  it('an extension type from a mapping-file override (citext) gets its CREATE EXTENSION on a PostgreSQL target', () => {
    const inventory = inventoryOf({
      source: { dialect: 'oracle', version: null, charset: null, options: {} }, notes: [],
      schemas: [{ name: 'GIS', views: [], sequences: [], routines: [], triggers: [], tables: [{
        name: 'SITES', primaryKey: { name: 'SITES_PK', columns: ['ID'] }, uniqueKeys: [], foreignKeys: [], indexes: [], partitioning: null,
        rowCount: 1, rowCountExact: false, bytes: 8192,
        columns: [
          { name: 'ID', nativeType: 'NUMBER', length: null, precision: 10, scale: 0, nullable: false, default: null, identity: null },
          { name: 'EMAIL', nativeType: 'VARCHAR2', length: 200, precision: null, scale: null, nullable: true, default: null, identity: null, lengthSemantics: 'char' },
        ],
      }] }],
    });
    const { plan: made, problems } = plan(inventory, 'postgres', 'types:\n  - { table: GIS.SITES, column: EMAIL, target: citext }\n');
    expect(problems).toEqual([]);
    expect(made.extensions).toEqual([{ name: 'citext', schema: null, types: ['citext'] }]);
    expect(creates(renderPreLoadDdl(made))[0]).toBe('CREATE EXTENSION IF NOT EXISTS citext;');
  });
});

describe('plan: DDL may only name types that exist on the target', () => {
  const withUnknown = (dialect: DialectName, columns: readonly [string, string, string?][]): Inventory => inventoryOf({
    source: { dialect, version: null, charset: null, options: {} }, notes: [],
    schemas: [{ name: 'app', views: [], sequences: [], routines: [], triggers: [], tables: [{
      name: 't', primaryKey: { name: 't_pk', columns: ['id'] }, uniqueKeys: [], foreignKeys: [], indexes: [], partitioning: null,
      rowCount: 1, rowCountExact: false, bytes: 8192,
      columns: columns.map(([name, nativeType, userType]) => ({ name, nativeType, length: null, precision: null, scale: null, nullable: true, default: null, identity: null, ...(userType ? { userType } : {}) })),
    }] }],
  });

  it('postgres: a user type the pre-load does not create (range type, or an inventory without user types) is a one-line problem', () => {
    const inventory = withUnknown('postgres', [['id', 'integer'], ['span', 'app.floatrange'], ['rating', 'app.mpaa_rating[]'], ['ok', 'timestamp(3) with time zone']]);
    expect(plan(inventory, 'postgres').problems).toEqual([
      'app.t.rating: target type app.mpaa_rating[] is not a built-in postgres type and pre-load.sql does not create it (map the column to a built-in type under types: or exclude it under unsupported: in the mapping file)',
      'app.t.span: target type app.floatrange is not a built-in postgres type and pre-load.sql does not create it (map the column to a built-in type under types: or exclude it under unsupported: in the mapping file)',
    ]);
    expect(plan(inventory, 'postgres', 'types:\n  - { table: app.t, column: span, target: text }\nunsupported:\n  app.t.rating: exclude\n').problems).toEqual([]);
  });

  it('oracle and sqlserver: a user-defined object / CLR type is a problem, built-ins are not', () => {
    const oracle = withUnknown('oracle', [['id', 'NUMBER'], ['addr', 'ADDRESS_T', 'APP.ADDRESS_T'], ['doc', 'XMLTYPE'], ['at', 'TIMESTAMP(6) WITH TIME ZONE']]);
    expect(plan(oracle, 'oracle').problems).toEqual([expect.stringMatching(/^app\.t\.addr: target type ADDRESS_T is not a built-in oracle type and pre-load\.sql does not create it/)]);
    const mssql = withUnknown('mssql', [['id', 'int'], ['node', 'hierarchyid'], ['pt', 'GeoPoint'], ['name', 'nvarchar']]);
    expect(plan(mssql, 'sqlserver').problems).toEqual([expect.stringMatching(/^app\.t\.pt: target type geopoint is not a built-in sqlserver type/)]);
  });

  it('planAction: plan and plan --check both stop with E_PLAN_INVALID (exit 2) naming the column and the type', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'erpm-pgtypes-'));
    const file = join(dir, 'inventory.json');
    await writeFile(file, stableStringify(withUnknown('postgres', [['id', 'integer'], ['span', 'app.floatrange']])));
    for (const check of [false, true]) {
      await expect(planAction({ inventory: file, mappings: [], target: 'postgres', out: join(dir, 'plan'), check, waves: 'by-dependency' }))
        .rejects.toMatchObject({ code: 'E_PLAN_INVALID', exitCode: 2, message: expect.stringContaining('app.t.span: target type app.floatrange is not a built-in postgres type') });
    }
  });
});
