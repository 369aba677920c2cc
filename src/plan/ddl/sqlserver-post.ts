/**
 * SQL Server post-load DDL: unique constraints, secondary indexes (filtered ones keep their WHERE),
 * foreign keys (cycle-closing ones last), then identity reseeds. Each statement is guarded by
 * sys.indexes / OBJECT_ID so the file can run again, and ends its batch with a `GO` line.
 */
import type { CatalogIndex, ForeignKey } from '../../model/catalog.js';
import type { Plan, PlannedSequence, PlannedTable } from '../../model/plan.js';
import { bigintRestartValue, planSequences, sequenceWhere } from './sequences.js';
import type { NameAllocator } from './names.js';
import { isDeferred, planTables, resolveColumns, resolveReferencedTable } from './plan-tables.js';
import { nString } from './quote.js';
import { quoteIdentifier as quoteSqlServer } from '../../dialects/mssql/quote.js';
import { assemblePostLoad } from './post-load-sections.js';
import {
  batch, identityAllowed, objectIdArgument, qualifiedSqlServer, sqlServerList, sqlServerNames, sqlServerWhere as where,
} from './sqlserver.js';

/** `IF OBJECT_ID(N'[s].[name]', N'<type>') IS NULL <statement>` as one batch. */
const guardedObject = (table: PlannedTable, name: string, type: 'UQ' | 'F', statement: string): string =>
  batch(`IF OBJECT_ID(${objectIdArgument(table.targetSchema, name)}, N'${type}') IS NULL\n${statement};`);

function uniqueConstraints(table: PlannedTable, names: NameAllocator): string[] {
  return table.uniqueKeys.map((key, i) => {
    const resolved = resolveColumns(table, key.columns);
    if (!resolved.ok) return `-- ${where(table)}: unique key ${key.name ?? i + 1} skipped: column ${resolved.missing} is excluded or unknown`;
    const name = names.name(table, 'unique', key.name, `UQ${i + 1}`);
    return guardedObject(table, name, 'UQ',
      `ALTER TABLE ${qualifiedSqlServer(table.targetSchema, table.targetTable)} ADD CONSTRAINT ${quoteSqlServer(name)} UNIQUE (${sqlServerList(resolved.columns)})`);
  });
}

/** Row-store kinds rendered as CREATE [UNIQUE] [NON]CLUSTERED INDEX; columnstore, XML, spatial, full-text are skipped. */
const CLUSTERING: Readonly<Record<string, string>> = { '': 'NONCLUSTERED', btree: 'NONCLUSTERED', normal: 'NONCLUSTERED', nonclustered: 'NONCLUSTERED', clustered: 'CLUSTERED' };

function secondaryIndex(plan: Plan, table: PlannedTable, index: CatalogIndex, names: NameAllocator): string {
  const label = `-- ${where(table)}: index ${index.name} skipped:`;
  const clustering = CLUSTERING[index.kind.toLowerCase()];
  if (clustering === undefined) return `${label} ${index.kind} indexes need a hand translation`;
  const columns: string[] = [];
  for (const column of index.columns) {
    if (column.expression) return `${label} expression ${column.name.replace(/\s+/g, ' ')} needs a hand translation`;
    const resolved = resolveColumns(table, [column.name]);
    if (!resolved.ok) return `${label} column ${resolved.missing} is excluded or unknown`;
    columns.push(`${quoteSqlServer(resolved.columns[0] ?? '')}${column.descending ? ' DESC' : ''}`);
  }
  // A T-SQL filter predicate is only valid as it stands when the source is SQL Server too.
  if (index.where && plan.source.dialect !== 'mssql') return `${label} filtered index (WHERE ${index.where.replace(/\s+/g, ' ')}) needs a hand translation`;
  const name = names.name(table, 'index', index.name, 'IX');
  const qualified = qualifiedSqlServer(table.targetSchema, table.targetTable);
  const predicate = index.where ? ` WHERE ${index.where}` : '';
  return batch([
    `IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = ${nString(name)} AND object_id = OBJECT_ID(${nString(qualified)}))`,
    `CREATE ${index.unique ? 'UNIQUE ' : ''}${clustering} INDEX ${quoteSqlServer(name)} ON ${qualified} (${columns.join(', ')})${predicate};`,
  ].join('\n'));
}

/** SQL Server has NO ACTION, CASCADE, SET NULL, SET DEFAULT; RESTRICT becomes NO ACTION. */
function onDeleteClause(table: PlannedTable, fk: ForeignKey): { clause: string; note: string | null } {
  if (fk.onDelete === 'NO ACTION') return { clause: '', note: null };
  if (fk.onDelete === 'RESTRICT') {
    return { clause: '', note: `-- ${where(table)}: foreign key ${fk.name ?? ''} was ON DELETE RESTRICT; SQL Server has no such action, created as NO ACTION` };
  }
  return { clause: ` ON DELETE ${fk.onDelete}`, note: null };
}

function foreignKey(tables: readonly PlannedTable[], table: PlannedTable, fk: ForeignKey, index: number, names: NameAllocator): string {
  const label = `-- ${where(table)}: foreign key ${fk.name ?? index + 1} skipped:`;
  const referenced = resolveReferencedTable(tables, fk);
  if (referenced === null) return `${label} ${fk.refSchema}.${fk.refTable} is not in the plan`;
  const own = resolveColumns(table, fk.columns);
  if (!own.ok) return `${label} column ${own.missing} is excluded or unknown`;
  const refs = resolveColumns(referenced, fk.refColumns);
  if (!refs.ok) return `${label} referenced column ${refs.missing} is excluded or unknown`;
  const name = names.name(table, 'fk', fk.name, `FK${index + 1}`);
  const { clause, note } = onDeleteClause(table, fk);
  // A constraint disabled (NOCHECK) on the source may be violated by the data: add it without checking old rows.
  const check = fk.enabled === false ? ' WITH NOCHECK' : '';
  const statement = `ALTER TABLE ${qualifiedSqlServer(table.targetSchema, table.targetTable)}${check} ADD CONSTRAINT ${quoteSqlServer(name)} FOREIGN KEY (${sqlServerList(own.columns)}) REFERENCES ${qualifiedSqlServer(referenced.targetSchema, referenced.targetTable)} (${sqlServerList(refs.columns)})${clause}`;
  const sql = guardedObject(table, name, 'F', statement);
  return note === null ? sql : `${note}\n${sql}`;
}

/**
 * RESEED without a value moves the identity to the highest loaded value when it is below it, so the
 * next insert does not collide; a descending identity needs a hand-picked value.
 */
function identityReseeds(table: PlannedTable): string[] {
  return table.columns.filter((c) => c.identity !== null && !c.excluded && identityAllowed(c.targetType)).map((c) => {
    if ((c.identity?.increment ?? '1').startsWith('-')) return `-- ${where(table)}.${c.source}: descending identity: reseed it by hand`;
    return batch(`DBCC CHECKIDENT (${nString(qualifiedSqlServer(table.targetSchema, table.targetTable))}, RESEED) WITH NO_INFOMSGS;`);
  });
}

/** RESTART WITH the first value past the source's current_value (absolute: rerunning gives the same value). */
export function sqlServerResetSequence(seq: PlannedSequence): string {
  const qualified = qualifiedSqlServer(seq.targetSchema, seq.targetName);
  const value = bigintRestartValue(seq);
  if (value === null) return `-- ${sequenceWhere(seq)}: last value unknown (DDL export): at cutover run ALTER SEQUENCE ${qualified} RESTART WITH <source current_value + increment>`;
  return batch(`ALTER SEQUENCE ${qualified} RESTART WITH ${value};`);
}

export function renderSqlServerPostLoad(plan: Plan): string {
  const tables = planTables(plan);
  const names = sqlServerNames(plan);
  const unique = tables.flatMap((t) => uniqueConstraints(t, names));
  const indexes = tables.flatMap((t) => t.indexes.map((index) => secondaryIndex(plan, t, index, names)));
  const fks = tables.flatMap((t) => t.foreignKeys.map((fk, i) => ({ deferred: isDeferred(plan, t, fk.name), sql: foreignKey(tables, t, fk, i, names) })));
  const reseeds = tables.flatMap(identityReseeds);
  const sequences = planSequences(plan).map(sqlServerResetSequence);
  return assemblePostLoad({
    header: [
      `-- erp-migrate post-load DDL for sqlserver: unique constraints, indexes, foreign keys, identity reseeds${sequences.length > 0 ? ', sequence restarts' : ''}.`,
      '-- Run after the full load (and before CDC cutover) with sqlcmd or SSMS. Idempotent: every statement is guarded.',
    ],
    unique,
    indexes,
    foreignKeys: fks,
    identity: { title: 'identity reseeds: next value past the loaded values', statements: reseeds },
    sequences: { title: 'sequence restarts: past the source\'s current_value as the inventory recorded it; at cutover rerun with the source\'s current value', statements: sequences },
  });
}
