/**
 * The plan's DDL may only name types that exist when it runs: a built-in of the target
 * (target-builtin-types.ts), a user type pre-load.sql creates, or a type of an extension pre-load.sql
 * creates. Anything else would make `CREATE TABLE` fail on the target, so it is a problem that stops
 * `plan` (and `plan --check`) with exit 2, one line per column. Pure; every target gets it.
 */
import type { Plan } from '../model/plan.js';
import { parsePgTypeReference } from '../util/pg-type-name.js';
import { isBuiltinType } from './target-builtin-types.js';

const isPostgres = (plan: Plan): boolean => plan.target === 'postgres' || plan.target === 'aurora-postgresql';

/** Which types pre-load.sql makes available on a PostgreSQL target: `schema\u0000name`, and bare names of extension types. */
function createdTypes(plan: Plan): { qualified: Set<string>; bare: Set<string> } {
  const qualified = new Set<string>();
  const bare = new Set<string>();
  for (const type of plan.userTypes ?? []) qualified.add(`${type.targetSchema}\u0000${type.name}`);
  for (const extension of plan.extensions ?? []) {
    for (const type of extension.types) {
      if (extension.schema === null) bare.add(type);
      else qualified.add(`${extension.schema}\u0000${type}`);
    }
  }
  return { qualified, bare };
}

function postgresTypeExists(typeText: string, created: { qualified: Set<string>; bare: Set<string> }): boolean {
  const ref = parsePgTypeReference(typeText);
  if (ref.schema === null) return isBuiltinType('postgres', ref.name) || created.bare.has(ref.name.replace(/\(.*$/, '').trim());
  if (ref.schema === 'pg_catalog') return isBuiltinType('postgres', ref.name);
  return created.qualified.has(`${ref.schema}\u0000${ref.name}`);
}

export function checkTargetTypes(plan: Plan): string[] {
  const created = isPostgres(plan) ? createdTypes(plan) : null;
  const exists = (text: string): boolean => (created === null ? isBuiltinType(plan.target, text.replace(/(\s*\[\d*\])+$/, '')) : postgresTypeExists(text, created));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const table of plan.waves.flatMap((w) => w.tasks.flatMap((t) => t.tables))) {
    const columns = [
      ...table.columns.filter((c) => !c.excluded).map((c) => ({ name: c.source, type: c.targetType })),
      ...(table.addedColumns ?? []).map((a) => ({ name: a.target, type: a.targetType })),
    ];
    for (const column of columns) {
      const object = `${table.sourceSchema}.${table.sourceTable}.${column.name}`;
      if (seen.has(object) || exists(column.type)) continue;
      seen.add(object);
      problems.push(`${object}: target type ${column.type} is not a built-in ${plan.target} type and pre-load.sql does not create it `
        + '(map the column to a built-in type under types: or exclude it under unsupported: in the mapping file)');
    }
  }
  return problems;
}

/**
 * A table with no column left to create (an Oracle object table `OF type` read from DDL, or every column
 * excluded) would render `CREATE TABLE t ()`: a syntax error on MySQL/Oracle/SQL Server and a silently
 * empty table on PostgreSQL. Only a person can decide its relational shape, so it stops the plan.
 */
export function checkTablesHaveColumns(plan: Plan): string[] {
  return plan.waves.flatMap((w) => w.tasks.flatMap((t) => t.tables))
    .filter((table) => table.columns.every((c) => c.excluded) && (table.addedColumns ?? []).length === 0)
    .map((table) => `${table.sourceSchema}.${table.sourceTable}: no column to create (an object table whose columns come from its type, `
      + 'or every column excluded); leave it out with tables: { exclude: [SCHEMA.TABLE] } in the mapping file and migrate it by hand');
}
