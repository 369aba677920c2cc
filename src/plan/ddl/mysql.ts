/**
 * MySQL 8 / MariaDB target DDL (basic level). Pre-load: databases (a schema is a database), tables,
 * primary keys, AUTO_INCREMENT on an integer first primary-key column, the columns the mapping file
 * adds (explicitly NULL, so a TIMESTAMP stays nullable whatever explicit_defaults_for_timestamp says). Post-load: unique keys,
 * secondary indexes (FULLTEXT and SPATIAL ones as themselves) and foreign keys, each run through a prepared statement guarded by an
 * information_schema check (MySQL 8 has no CREATE INDEX IF NOT EXISTS), so the file can run again.
 * AUTO_INCREMENT needs no reset: InnoDB moves the counter past explicitly inserted values.
 */
import type { Plan, PlannedColumn, PlannedTable } from '../../model/plan.js';
import { makeNameAllocator, type NameAllocator } from './names.js';
import { isDeferred, planSchemas, planTables, resolveColumns, resolveReferencedTable } from './plan-tables.js';
import { mysqlString } from './quote.js';
import { quoteIdentifier as quoteMysql } from '../../dialects/mysql/quote.js';
import { mysqlSequenceComment, planSequences } from './sequences.js';

const NAME_BYTES = 64;
const qualified = (schema: string, table: string): string => `${quoteMysql(schema)}.${quoteMysql(table)}`;
const list = (names: readonly string[]): string => names.map(quoteMysql).join(', ');
const where = (table: PlannedTable): string => `${table.sourceSchema}.${table.sourceTable}`;

function columnLine(table: PlannedTable, column: PlannedColumn): string {
  const parts = [quoteMysql(column.target), column.targetType];
  if (!column.nullable) parts.push('NOT NULL');
  const firstKey = table.primaryKey === null ? null : resolveColumns(table, table.primaryKey.columns.slice(0, 1));
  const autoIncrement = column.identity !== null && /^(tinyint|smallint|mediumint|int|bigint)\b/i.test(column.targetType)
    && firstKey !== null && firstKey.ok && firstKey.columns[0] === column.target;
  if (autoIncrement) parts.push('AUTO_INCREMENT');
  else if (column.default !== null) parts.push(`DEFAULT ${column.default}`);
  const notes: string[] = [];
  if (column.identity !== null && !autoIncrement) notes.push('  -- identity not kept: AUTO_INCREMENT needs an integer first primary-key column');
  if (!autoIncrement && column.droppedDefault) notes.push(`  -- default dropped (no safe translation): ${column.droppedDefault.replace(/\s+/g, ' ')}`);
  return [...notes, `  ${parts.join(' ')}`].join('\n');
}

function renderTable(table: PlannedTable): string {
  const items = table.columns.filter((c) => !c.excluded).map((c) => columnLine(table, c));
  for (const added of table.addedColumns ?? []) items.push(`  ${quoteMysql(added.target)} ${added.targetType} NULL`);
  const trailer: string[] = [];
  if (table.primaryKey !== null) {
    const pk = resolveColumns(table, table.primaryKey.columns);
    if (pk.ok) items.push(`  PRIMARY KEY (${list(pk.columns)})`);
    else trailer.push(`  -- primary key not created: column ${pk.missing} is excluded or unknown`);
  }
  return [
    `CREATE TABLE IF NOT EXISTS ${qualified(table.targetSchema, table.targetTable)} (`,
    items.join(',\n'),
    ...trailer,
    ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;',
  ].join('\n');
}

export function renderMysqlPreLoad(plan: Plan): string {
  const tables = planTables(plan);
  const blocks = [
    `-- erp-migrate pre-load DDL for mysql: databases, tables, primary keys. Idempotent.`,
    planSchemas(tables).map((schema) => `CREATE DATABASE IF NOT EXISTS ${quoteMysql(schema)};`).join('\n'),
    ...(planSequences(plan).length === 0 ? [] : [planSequences(plan).map(mysqlSequenceComment).join('\n')]),
    ...tables.map(renderTable),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** Runs `statement` only when the information_schema probe counts zero rows. */
function guarded(probe: string, statement: string): string {
  return [
    `SET @erpm_sql = (SELECT IF(COUNT(*) = 0, ${mysqlString(statement)}, 'DO 0') ${probe});`,
    'PREPARE erpm_stmt FROM @erpm_sql;',
    'EXECUTE erpm_stmt;',
    'DEALLOCATE PREPARE erpm_stmt;',
  ].join('\n');
}

/** Index kinds MySQL creates with their own keyword (the inventory's lower-case `kind`). */
const SPECIAL_KINDS: Readonly<Record<string, string>> = { fulltext: 'FULLTEXT ', spatial: 'SPATIAL ' };

const indexProbe = (table: PlannedTable, name: string): string =>
  `FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ${mysqlString(table.targetSchema)} AND TABLE_NAME = ${mysqlString(table.targetTable)} AND INDEX_NAME = ${mysqlString(name)}`;

function indexStatements(table: PlannedTable, names: NameAllocator): string[] {
  const target = qualified(table.targetSchema, table.targetTable);
  const unique = table.uniqueKeys.map((key, i) => {
    const cols = resolveColumns(table, key.columns);
    if (!cols.ok) return `-- ${where(table)}: unique key ${key.name ?? i + 1} skipped: column ${cols.missing} is excluded or unknown`;
    const name = names.name(table, 'unique', key.name, `key${i + 1}`);
    return guarded(indexProbe(table, name), `ALTER TABLE ${target} ADD CONSTRAINT ${quoteMysql(name)} UNIQUE (${list(cols.columns)})`);
  });
  const indexes = table.indexes.map((index) => {
    const cols = resolveColumns(table, index.columns.filter((c) => !c.expression).map((c) => c.name));
    const skip = index.columns.some((c) => c.expression) ? 'an expression needs a hand translation'
      : index.where ? 'a filtered index needs a hand translation'
        : !cols.ok ? `column ${cols.missing} is excluded or unknown` : null;
    if (skip !== null || !cols.ok) return `-- ${where(table)}: index ${index.name} skipped: ${skip ?? ''}`;
    const name = names.name(table, 'index', index.name, 'idx');
    const special = SPECIAL_KINDS[index.kind.toLowerCase()];
    // FULLTEXT and SPATIAL keys have no order; as plain B-tree indexes they exceed the key length (error 1071).
    const keyParts = cols.columns.map((c, i) => `${quoteMysql(c)}${special === undefined && index.columns[i]?.descending ? ' DESC' : ''}`).join(', ');
    const kind = special ?? (index.unique ? 'UNIQUE ' : '');
    return guarded(indexProbe(table, name), `CREATE ${kind}INDEX ${quoteMysql(name)} ON ${target} (${keyParts})`);
  });
  return [...unique, ...indexes];
}

function foreignKeyStatements(plan: Plan, tables: readonly PlannedTable[], table: PlannedTable, names: NameAllocator): { deferred: boolean; sql: string }[] {
  return table.foreignKeys.map((fk, i) => {
    const deferred = isDeferred(plan, table, fk.name);
    const referenced = resolveReferencedTable(tables, fk);
    const own = resolveColumns(table, fk.columns);
    const refs = referenced === null ? null : resolveColumns(referenced, fk.refColumns);
    if (referenced === null || refs === null || !own.ok || !refs.ok) {
      return { deferred, sql: `-- ${where(table)}: foreign key ${fk.name ?? i + 1} skipped: referenced table or a column is missing from the plan` };
    }
    const name = names.name(table, 'fk', fk.name, `fk${i + 1}`);
    const onDelete = fk.onDelete === 'NO ACTION' ? '' : ` ON DELETE ${fk.onDelete}`;
    const statement = `ALTER TABLE ${qualified(table.targetSchema, table.targetTable)} ADD CONSTRAINT ${quoteMysql(name)} FOREIGN KEY (${list(own.columns)}) REFERENCES ${qualified(referenced.targetSchema, referenced.targetTable)} (${list(refs.columns)})${onDelete}`;
    const probe = `FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ${mysqlString(table.targetSchema)} AND TABLE_NAME = ${mysqlString(table.targetTable)} AND CONSTRAINT_NAME = ${mysqlString(name)} AND CONSTRAINT_TYPE = 'FOREIGN KEY'`;
    return { deferred, sql: guarded(probe, statement) };
  });
}

export function renderMysqlPostLoad(plan: Plan): string {
  const tables = planTables(plan);
  const names = makeNameAllocator(plan, NAME_BYTES);
  const fks = tables.flatMap((t) => foreignKeyStatements(plan, tables, t, names));
  const statements = [
    ...tables.flatMap((t) => indexStatements(t, names)),
    ...fks.filter((f) => !f.deferred).map((f) => f.sql),
    ...fks.filter((f) => f.deferred).map((f) => f.sql),
  ];
  const header = '-- erp-migrate post-load DDL for mysql: unique keys, indexes, foreign keys. Idempotent (information_schema guards).';
  return `${[header, ...statements].join('\n\n')}\n`;
}
