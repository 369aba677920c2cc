/**
 * Every source the tests have × every target, through the CLI as a user runs it: assess (live or
 * --ddl) → plan → for PostgreSQL and MariaDB targets, pre-load.sql + post-load.sql applied to a fresh
 * database twice (idempotency) and the created tables, columns, types, NOT NULL, keys, foreign keys and
 * indexes read back and compared with plan.json; for Oracle and SQL Server targets (no server here)
 * structural text checks. Pairs the planner does not support must stop with E_TARGET_TYPES.
 * Databases are named erpm_mx_… and dropped afterwards (ERPM_MX_KEEP=1 keeps them for a look).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { afterAll, describe, test } from 'vitest';
import type { Plan, PlannedTable, TargetName } from '../../src/model/plan.js';
import { runCliAsync } from '../support/cli.js';
import { liveAvailable } from '../support/databases.js';
import { applyMysql, applyPostgres, type DdlFile } from '../support/matrix/apply.js';
import {
  announcedSkips, columnType, expectedShapes, mysqlShapes, normaliseMysqlType, normalisePostgresType, planTables, postgresShapes, withoutImplicitIndexes,
  type ReadOptions, type Shapes,
} from '../support/matrix/shape.js';
import {
  MATRIX_SOURCES, assertOurs, createPostgresDatabase, dropMysqlDatabase, dropPostgresDatabase, missingFiles, sourceDatabase, type MatrixSource,
} from '../support/matrix/sources.js';
import { oracleBlockProblems, sqlServerBatchProblems, structureProblems } from '../support/matrix/text-checks.js';

const live = { postgres: await liveAvailable('postgres'), mysql: await liveAvailable('mysql') };
const TARGETS = ['postgres', 'mysql', 'oracle', 'sqlserver'] as const satisfies readonly TargetName[];
type MatrixTarget = (typeof TARGETS)[number];
const WORK = mkdtempSync(path.join(tmpdir(), 'erpm-mx-'));
const KEEP = process.env.ERPM_MX_KEEP === '1';
/** Two cores shared with other suites: a few pipelines at a time (CLI runs, DDL, catalog reads). */
const limit = pLimit(3);

/** README: heterogeneous targets are PostgreSQL and MySQL; Oracle and SQL Server only from the same engine. */
const supported = (source: MatrixSource, target: MatrixTarget): boolean =>
  target === 'postgres' || target === 'mysql' || (target === 'oracle' && source.dialect === 'oracle') || (target === 'sqlserver' && source.dialect === 'mssql');

const liveNeeds = (source: MatrixSource, target: MatrixTarget): ('postgres' | 'mysql')[] =>
  [...new Set([...(source.live === null ? [] : [source.live]), ...(target === 'postgres' || target === 'mysql' ? [target] : [])])];

// Each live source is created and assessed once, on first use, whichever pair comes first.
const assessed = new Map<string, Promise<string>>();
const setUp = new Set<MatrixSource>();
const pgTargets = new Set<string>();
const mysqlTargets = new Set<string>();

function assess(source: MatrixSource): Promise<string> {
  let promise = assessed.get(source.id);
  if (promise === undefined) {
    promise = (async () => {
      if (source.setup) {
        setUp.add(source);
        await source.setup();
      }
      const out = path.join(WORK, `assess-${source.id}`);
      const result = await runCliAsync(['-q', 'assess', ...source.assessArgs, '--out', out]);
      if (result.code !== 0) throw new Error(`assess ${source.label} exited ${result.code}:\n${result.stderr}`);
      return out;
    })();
    assessed.set(source.id, promise);
  }
  return promise;
}

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 24);

/** The mapping file a lead would write: fresh erpm_mx_ databases on MySQL (a schema is a database) and the source's decisions. */
function writeMapping(source: MatrixSource, target: MatrixTarget, inventoryDir: string, file: string): boolean {
  const lines = ['format: erp-migrate/mapping@1'];
  if (target === 'mysql') {
    const inventory = JSON.parse(readFileSync(path.join(inventoryDir, 'inventory.json'), 'utf8')) as { schemas: { name: string }[] };
    const renames = Object.fromEntries(inventory.schemas.map((s) => [s.name, `erpm_mx_${source.id}_${slug(s.name)}`]));
    lines.push(`rename:\n  schemas: ${JSON.stringify(renames)}`);
  }
  if (source.excludeTables !== undefined) lines.push(`tables:\n  exclude: ${JSON.stringify(source.excludeTables)}`);
  const decisions = source.unsupported?.[target];
  if (decisions !== undefined) lines.push(`unsupported: ${JSON.stringify(decisions)}`);
  if (lines.length === 1) return false;
  writeFileSync(file, `${lines.join('\n')}\n`);
  return true;
}

async function apply(target: 'postgres' | 'mysql', database: string, run: string, files: readonly DdlFile[]): Promise<void> {
  try {
    if (target === 'postgres') await applyPostgres(database, files);
    else await applyMysql(files);
  } catch (error) {
    throw new Error(`${run} of ${files.map((f) => f.name).join(' + ')} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Source schema → target schema, as the plan renamed them. */
const schemaMapOf = (plan: Plan): Record<string, string> =>
  Object.fromEntries(planTables(plan).map((t) => [t.sourceSchema, t.targetSchema]));

/** The source's `columnTypes` for this target that the created columns do not have, as `table.column: got X, want Y`. */
function wrongColumnTypes(source: MatrixSource, target: 'postgres' | 'mysql', tables: readonly PlannedTable[], actual: Shapes): string[] {
  const normalise = target === 'postgres' ? normalisePostgresType : normaliseMysqlType;
  return Object.entries(source.columnTypes?.[target] ?? {}).flatMap(([where, want]) => {
    const schema = where.slice(0, where.indexOf('.'));
    const table = where.slice(schema.length + 1, where.lastIndexOf('.'));
    const column = where.slice(where.lastIndexOf('.') + 1);
    const planned = tables.find((t) => t.sourceSchema === schema && t.sourceTable === table);
    const targetColumn = planned?.columns.find((c) => c.source === column);
    if (planned === undefined || targetColumn === undefined) return [`${where}: not in the plan`];
    const got = columnType(actual, `${planned.targetSchema}.${planned.targetTable}`, targetColumn.target);
    return got === normalise(want) ? [] : [`${where}: got ${got ?? 'no column'}, want ${normalise(want)} (planned ${targetColumn.targetType})`];
  });
}

afterAll(async () => {
  if (!KEEP) {
    for (const database of pgTargets) await dropPostgresDatabase(database);
    for (const database of mysqlTargets) await dropMysqlDatabase(database);
    for (const source of setUp) await source.teardown?.();
    rmSync(WORK, { recursive: true, force: true });
  }
}, 180_000);

const PAIRS = MATRIX_SOURCES.flatMap((source) => TARGETS.map((target) => ({ source, target, name: `${source.label} → ${target}` })));

describe('source → target matrix', () => {
  // One flat list, so pairs of different sources overlap (a source is set up while others are planned).
  test.concurrent.for(PAIRS)('$name', { timeout: 240_000 }, async ({ source, target }, { expect, skip }) => {
    const missing = missingFiles(source);
    if (missing.length > 0) {
      console.warn(`[skip] ${source.label}: ${missing.join(', ')} absent (../shared/testdata not checked out)`);
      skip();
    }
    const down = liveNeeds(source, target).filter((kind) => !live[kind]);
    if (down.length > 0) skip(`live ${down.join(' and ')} not reachable`);

    await limit(async () => {
      const inventoryDir = await assess(source);
      const planDir = path.join(WORK, `plan-${source.id}-${target}`);
      const mapping = path.join(WORK, `mapping-${source.id}-${target}.yaml`);
      const mappingArgs = writeMapping(source, target, inventoryDir, mapping) ? ['--mapping', mapping] : [];
      const planned = await runCliAsync(['-q', 'plan', '--inventory', inventoryDir, '--target', target, ...mappingArgs, '--out', planDir]);

      if (!supported(source, target)) {
        expect(planned.code, planned.stderr).toBe(2);
        expect(planned.stderr).toMatch(new RegExp(`^error\\[E_TARGET_TYPES\\]: no type mapping from ${source.dialect} to target ${target}$`, 'm'));
        expect(planned.stderr).toMatch(/^hint: .*only from the same engine/m);
        expect(existsSync(path.join(planDir, 'plan.json'))).toBe(false);
        return;
      }
      expect(planned.code, `plan exited ${planned.code}:\n${planned.stderr}`).toBe(0);
      const plan = JSON.parse(readFileSync(path.join(planDir, 'plan.json'), 'utf8')) as Plan;
      const preLoad = readFileSync(path.join(planDir, 'ddl/pre-load.sql'), 'utf8');
      const postLoad = readFileSync(path.join(planDir, 'ddl/post-load.sql'), 'utf8');
      const tables = planTables(plan);
      expect(tables.length, 'the plan has tables').toBeGreaterThan(0);
      // A table without a column cannot receive a row (MySQL and Oracle do not even create one).
      const columnless = tables.filter((t) => t.columns.filter((c) => !c.excluded).length + (t.addedColumns?.length ?? 0) === 0);
      expect.soft(columnless.map((t) => `${t.sourceSchema}.${t.sourceTable}`), 'planned tables without a column').toEqual([]);

      if (target === 'oracle' || target === 'sqlserver') {
        const wrappers = target === 'oracle'
          ? [...oracleBlockProblems(preLoad), ...oracleBlockProblems(postLoad)]
          : [...sqlServerBatchProblems(preLoad), ...sqlServerBatchProblems(postLoad)];
        expect([...wrappers, ...structureProblems(target, plan, preLoad, postLoad)]).toEqual([]);
        return;
      }

      const files: DdlFile[] = [{ name: 'pre-load.sql', text: preLoad }, { name: 'post-load.sql', text: postLoad }];
      const schemas = [...new Set(tables.map((t) => t.targetSchema))].sort();
      const skipped = announcedSkips(postLoad);
      if (skipped.lines.length > 0) console.info(`[${source.id} → ${target}] post-load announces ${skipped.lines.length} skip(s):\n${skipped.lines.join('\n')}`);
      const expected = expectedShapes(plan, target, skipped);
      const lowerNames = plan.options.identifierCase === 'lower';
      // PostgreSQL: one fresh database per pair; MySQL: the plan's schemas are the (renamed, erpm_mx_) databases.
      const database = target === 'postgres' ? `erpm_mx_${source.id}_pg` : '';
      if (target === 'postgres') {
        pgTargets.add(database);
        await createPostgresDatabase(database);
      } else {
        for (const schema of schemas) {
          assertOurs(schema);
          mysqlTargets.add(schema);
          await dropMysqlDatabase(schema);
        }
      }
      const readTarget = async (options: ReadOptions = {}): Promise<Shapes> => (target === 'postgres'
        ? postgresShapes(database, schemas, options)
        : withoutImplicitIndexes(await mysqlShapes(schemas, options), expected));
      // A homogeneous move recreates the source: read it with the plan's schema names and name folding.
      const readSource = async (): Promise<Shapes | null> => {
        if (source.live !== target) return null;
        const options = { schemaMap: schemaMapOf(plan), lowerNames, defaults: true };
        return target === 'postgres'
          ? postgresShapes(sourceDatabase(source.id), [...new Set(tables.map((t) => t.sourceSchema))], options)
          : withoutImplicitIndexes(await mysqlShapes([sourceDatabase(source.id)], options), expected);
      };
      const sourceShapes = await readSource();

      // Columns are complete after pre-load: check them before post-load, whose failures would hide them.
      await apply(target, database, 'first run', [files[0]!]);
      const afterPreLoad = await readTarget({ defaults: sourceShapes !== null });
      for (const [name, shape] of Object.entries(expected)) {
        expect.soft(afterPreLoad[name]?.columns.map((c) => c.replace(/ DEFAULT .*$/, '')), `${name} columns after pre-load`).toEqual(shape.columns);
      }
      expect.soft(wrongColumnTypes(source, target, tables, afterPreLoad), 'columns with a wrong target type').toEqual([]);
      for (const [name, shape] of Object.entries(sourceShapes ?? {})) {
        expect.soft(afterPreLoad[name]?.columns, `${name} columns (types, NOT NULL, defaults) as on the source`).toEqual(shape.columns);
      }

      await apply(target, database, 'first run', [files[1]!]);
      await apply(target, database, 'second run (idempotency)', files);
      const actual = await readTarget();
      expect(Object.keys(actual).sort(), 'created tables').toEqual(Object.keys(expected).sort());
      for (const [name, shape] of Object.entries(expected)) expect.soft(actual[name], `${name} as planned`).toEqual(shape);
      if (sourceShapes !== null) {
        const again = await readTarget({ defaults: true });
        for (const [name, shape] of Object.entries(sourceShapes)) expect.soft(again[name], `${name} as on the source`).toEqual(shape);
      }
    });
  });
});
