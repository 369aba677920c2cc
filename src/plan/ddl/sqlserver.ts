/**
 * SQL Server (Amazon RDS for SQL Server) pre-load DDL for a homogeneous move: schemas, tables with
 * their native column types, defaults (already T-SQL expressions such as `((0))`), IDENTITY and
 * primary keys. Each statement is guarded by SCHEMA_ID / OBJECT_ID so the file can run again, and
 * is its own batch (a `GO` line), as sqlcmd and SSMS expect.
 */
import type { Plan, PlannedColumn, PlannedSequence, PlannedTable } from '../../model/plan.js';
import { makeNameAllocator, type NameAllocator } from './names.js';
import { planSchemas, planTables, resolveColumns } from './plan-tables.js';
import { fitName, nString, SQLSERVER_NAME_BYTES } from './quote.js';
import { quoteIdentifier as quoteSqlServer } from '../../dialects/mssql/quote.js';
import { bigintOptions, planSequences } from './sequences.js';
import { compareStrings } from '../../util/stable-json.js';

export const qualifiedSqlServer = (schema: string, table: string): string => `${quoteSqlServer(schema)}.${quoteSqlServer(table)}`;
export const sqlServerList = (names: readonly string[]): string => names.map(quoteSqlServer).join(', ');
export const sqlServerWhere = (table: PlannedTable): string => `${table.sourceSchema}.${table.sourceTable}`;
/** `N'[s].[t]'`: the table as OBJECT_ID argument. */
export const objectIdArgument = (schema: string, name: string): string => nString(qualifiedSqlServer(schema, name));

/** Index names are unique per table in SQL Server; constraint names per schema. */
export const sqlServerNames = (plan: Plan): NameAllocator => makeNameAllocator(plan, SQLSERVER_NAME_BYTES, { indexNamesPerTable: true });

/** One statement and its batch separator. */
export const batch = (statement: string): string => `${statement}\nGO`;

const WHOLE_NUMBER = /^-?\d+$/;

/** IDENTITY needs an integer type or decimal / numeric with scale 0. */
export function identityAllowed(targetType: string): boolean {
  return /^(tinyint|smallint|int|bigint)$/i.test(targetType) || /^(decimal|numeric)(\(\d+(,\s*0)?\))?$/i.test(targetType);
}

function identityClause(column: PlannedColumn): string | null {
  if (column.identity === null || !identityAllowed(column.targetType)) return null;
  const seed = column.identity.start !== null && WHOLE_NUMBER.test(column.identity.start) ? column.identity.start : '1';
  const increment = column.identity.increment !== null && WHOLE_NUMBER.test(column.identity.increment) ? column.identity.increment : '1';
  return `IDENTITY(${seed},${increment})`;
}

/** Default constraints are schema-scoped objects: `DF_<table>_<column>`, fitted to 128. */
const defaultName = (table: PlannedTable, column: string): string => fitName(`DF_${table.targetTable}_${column}`, SQLSERVER_NAME_BYTES);

function columnSql(table: PlannedTable, column: PlannedColumn): { notes: string[]; line: string } {
  const notes: string[] = [];
  const identity = identityClause(column);
  if (column.identity !== null && identity === null) notes.push(`identity not kept on ${column.target}: ${column.targetType} cannot carry IDENTITY`);
  if (identity === null && column.droppedDefault) notes.push(`default of ${column.target} dropped (no safe translation): ${column.droppedDefault}`);
  const parts = [quoteSqlServer(column.target), column.targetType];
  if (identity !== null) parts.push(identity);
  // Explicit NULL: the session's ANSI_NULL_DFLT setting must not decide nullability.
  parts.push(column.nullable ? 'NULL' : 'NOT NULL');
  if (identity === null && column.default !== null) parts.push(`CONSTRAINT ${quoteSqlServer(defaultName(table, column.target))} DEFAULT ${column.default}`);
  return { notes, line: `  ${parts.join(' ')}` };
}

/**
 * A clustered secondary index in the inventory means the source primary key was NONCLUSTERED
 * (a table has one clustered index); the key must say so or the index cannot be created later.
 */
const hasClusteredIndex = (table: PlannedTable): boolean => table.indexes.some((index) => index.kind.toLowerCase() === 'clustered');

export function renderSqlServerTable(table: PlannedTable, names: NameAllocator): string {
  const columns = table.columns.filter((column) => !column.excluded).map((column) => columnSql(table, column));
  const items = columns.map((c) => c.line);
  const notes = columns.flatMap((c) => c.notes);
  for (const added of table.addedColumns ?? []) items.push(`  ${quoteSqlServer(added.target)} ${added.targetType} NULL`);
  if (table.primaryKey === null) notes.push('no primary key (DMS validation and CDC need one)');
  else {
    const pk = resolveColumns(table, table.primaryKey.columns);
    if (!pk.ok) notes.push(`primary key not created: column ${pk.missing} is excluded or unknown`);
    else {
      const clustering = hasClusteredIndex(table) ? ' NONCLUSTERED' : '';
      items.push(`  CONSTRAINT ${quoteSqlServer(names.name(table, 'pk', table.primaryKey.name, 'PK'))} PRIMARY KEY${clustering} (${sqlServerList(pk.columns)})`);
    }
  }
  if (columns.some((c) => c.line.includes(' IDENTITY('))) {
    notes.push('IDENTITY column: the load must insert the source values with SET IDENTITY_INSERT ON (DMS full load is expected to; check on a test load)');
  }
  const qualified = qualifiedSqlServer(table.targetSchema, table.targetTable);
  return [
    ...notes.map((note) => `-- ${sqlServerWhere(table)}: ${note.replace(/\s+/g, ' ')}`),
    batch([
      `IF OBJECT_ID(${nString(qualified)}, N'U') IS NULL`,
      `CREATE TABLE ${qualified} (`,
      items.join(',\n'),
      ');',
    ].join('\n')),
  ].join('\n');
}

export function sqlServerCreateSequence(seq: PlannedSequence): string {
  const { options, notes } = bigintOptions(seq);
  const qualified = qualifiedSqlServer(seq.targetSchema, seq.targetName);
  return [...notes, batch(`IF OBJECT_ID(${objectIdArgument(seq.targetSchema, seq.targetName)}, N'SO') IS NULL\nCREATE SEQUENCE ${qualified} AS bigint ${options};`)].join('\n');
}

export function renderSqlServerPreLoad(plan: Plan): string {
  const tables = planTables(plan);
  const names = sqlServerNames(plan);
  const sequences = planSequences(plan);
  const schemaNames = [...new Set([...planSchemas(tables), ...sequences.map((seq) => seq.targetSchema)])].sort(compareStrings);
  const schemas = schemaNames.map((schema) =>
    // CREATE SCHEMA must be the only statement of its batch: EXEC gives it one.
    batch(`IF SCHEMA_ID(${nString(schema)}) IS NULL EXEC(${nString(`CREATE SCHEMA ${quoteSqlServer(schema)}`)});`));
  const blocks = [
    [
      `-- erp-migrate pre-load DDL for sqlserver: schemas, ${sequences.length > 0 ? 'sequences, ' : ''}tables, primary keys.`,
      '-- Run before the full load with sqlcmd or SSMS; secondary indexes, unique constraints and foreign keys are in post-load.sql.',
      '-- Idempotent: every statement is guarded by SCHEMA_ID / OBJECT_ID.',
    ].join('\n'),
    ...schemas,
    ...(sequences.length === 0 ? [] : [['-- sequences (DMS does not migrate them; post-load.sql restarts each past the source\'s last value)', ...sequences.map(sqlServerCreateSequence)].join('\n')]),
    ...tables.map((table) => renderSqlServerTable(table, names)),
  ];
  return `${blocks.join('\n\n')}\n`;
}
