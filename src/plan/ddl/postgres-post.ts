/**
 * PostgreSQL post-load DDL: unique constraints, CHECK constraints on MySQL ENUM / SET labels, secondary
 * indexes (MySQL FULLTEXT / SPATIAL ones replaced or explained), foreign keys (cycle-breaking ones
 * last), then identity and sequence resets. Created after the full load as DMS best practice asks (indexes slow
 * the load; FKs fail while tables load in parallel). Re-runnable: constraints are added inside a DO
 * block that first checks pg_constraint, indexes use IF NOT EXISTS, setval is absolute.
 */
import type { CatalogIndex, ForeignKey } from '../../model/catalog.js';
import type { Plan, PlannedTable } from '../../model/plan.js';
import { makeNameAllocator, type NameAllocator } from './names.js';
import { isDeferred, planTables, resolveColumns, resolveReferencedTable } from './plan-tables.js';
import { POSTGRES_NAME_BYTES, qualifiedPostgres, regclassPostgres } from './postgres.js';
import { sqlString } from './quote.js';
import { quoteIdentifier as quotePostgres } from '../../dialects/postgres/quote.js';
import { assemblePostLoad } from './post-load-sections.js';
import { planSequences, postgresResetSequence } from './sequences.js';
import { postgresIndexReplacement } from './postgres-index-replacements.js';
import { postgresLabelChecks } from './postgres-label-checks.js';

const list = (names: readonly string[]): string => names.map(quotePostgres).join(', ');
const where = (table: PlannedTable): string => `${table.sourceSchema}.${table.sourceTable}`;

/** `ALTER TABLE … ADD CONSTRAINT …` that runs only when the constraint is not there yet. */
function guardedConstraint(table: PlannedTable, name: string, definition: string): string {
  return [
    'DO $erpm$',
    'BEGIN',
    `  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = ${regclassPostgres(table)} AND conname = ${sqlString(name)}) THEN`,
    `    ALTER TABLE ${qualifiedPostgres(table.targetSchema, table.targetTable)} ADD CONSTRAINT ${quotePostgres(name)} ${definition};`,
    '  END IF;',
    'END $erpm$;',
  ].join('\n');
}

function uniqueConstraints(table: PlannedTable, names: NameAllocator): string[] {
  return table.uniqueKeys.map((key, i) => {
    const resolved = resolveColumns(table, key.columns);
    if (!resolved.ok) return `-- ${where(table)}: unique key ${key.name ?? i + 1} skipped: column ${resolved.missing} is excluded or unknown`;
    const name = names.name(table, 'unique', key.name, `key${i + 1}`);
    return guardedConstraint(table, name, `UNIQUE (${list(resolved.columns)})`);
  });
}

const KEEP_METHOD: Readonly<Record<string, string | null>> = {
  btree: null, bitmap: null, clustered: null, nonclustered: null, normal: null, '': null,
  hash: 'hash', gin: 'gin', gist: 'gist', brin: 'brin', spgist: 'spgist',
};

function secondaryIndex(plan: Plan, table: PlannedTable, index: CatalogIndex, names: NameAllocator): string {
  const label = `-- ${where(table)}: index ${index.name} skipped:`;
  const replacement = postgresIndexReplacement(table, index);
  // Same `index X skipped:` form as every other skipped object, so a reader (or a tool) finds them all.
  if (replacement !== null && !replacement.create) return `${label} ${index.kind.toUpperCase()} index not created: ${replacement.reason}`;
  const method = replacement?.create ? replacement.method : KEEP_METHOD[index.kind.toLowerCase()];
  if (method === undefined) return `${label} ${index.kind} indexes have no PostgreSQL equivalent here`;
  const fromPostgres = plan.source.dialect === 'postgres';
  if (method !== null && !fromPostgres && method !== 'hash' && replacement === null) return `${label} ${index.kind} index from ${plan.source.dialect}`;
  if (index.where && !fromPostgres) return `${label} filtered index (WHERE ${index.where.replace(/\s+/g, ' ')}) needs a hand translation`;
  const columns: string[] = [];
  for (const column of index.columns) {
    if (column.expression) {
      if (!fromPostgres) return `${label} expression ${column.name.replace(/\s+/g, ' ')} needs a hand translation`;
      columns.push(`(${column.name})${column.descending ? ' DESC' : ''}`);
      continue;
    }
    const resolved = resolveColumns(table, [column.name]);
    if (!resolved.ok) return `${label} column ${resolved.missing} is excluded or unknown`;
    columns.push(`${quotePostgres(resolved.columns[0] ?? '')}${column.descending ? ' DESC' : ''}`);
  }
  const name = names.name(table, 'index', index.name, 'idx');
  const using = method === null ? '' : ` USING ${method}`;
  const predicate = index.where ? ` WHERE ${index.where}` : '';
  return `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${quotePostgres(name)} ON ${qualifiedPostgres(table.targetSchema, table.targetTable)}${using} (${columns.join(', ')})${predicate};`;
}

function foreignKey(tables: readonly PlannedTable[], table: PlannedTable, fk: ForeignKey, index: number, names: NameAllocator): string {
  const label = `-- ${where(table)}: foreign key ${fk.name ?? index + 1} skipped:`;
  const referenced = resolveReferencedTable(tables, fk);
  if (referenced === null) return `${label} ${fk.refSchema}.${fk.refTable} is not in the plan`;
  const own = resolveColumns(table, fk.columns);
  if (!own.ok) return `${label} column ${own.missing} is excluded or unknown`;
  const refs = resolveColumns(referenced, fk.refColumns);
  if (!refs.ok) return `${label} referenced column ${refs.missing} is excluded or unknown`;
  const name = names.name(table, 'fk', fk.name, `fk${index + 1}`);
  const onDelete = fk.onDelete === 'NO ACTION' ? '' : ` ON DELETE ${fk.onDelete}`;
  // A constraint disabled on the source may be violated by the data: add it without checking old rows.
  const notValid = fk.enabled === false ? ' NOT VALID' : '';
  const definition = `FOREIGN KEY (${list(own.columns)}) REFERENCES ${qualifiedPostgres(referenced.targetSchema, referenced.targetTable)} (${list(refs.columns)})${onDelete}${notValid}`;
  return guardedConstraint(table, name, definition);
}

function identityResets(table: PlannedTable): string[] {
  return table.columns.filter((c) => c.identity !== null && !c.excluded && /^(smallint|integer|int|bigint)$/i.test(c.targetType)).map((c) => {
    const increment = c.identity?.increment ?? '1';
    if (increment.startsWith('-')) return `-- ${where(table)}.${c.source}: descending identity: reset its sequence by hand`;
    const qualified = qualifiedPostgres(table.targetSchema, table.targetTable);
    const start = c.identity?.start;
    const next = `coalesce(max(${quotePostgres(c.target)}), 0) + 1`;
    const value = start && /^\d+$/.test(start) && start !== '1' && start !== '0' ? `greatest(${next}, ${start})` : next;
    return `SELECT setval(pg_get_serial_sequence(${sqlString(qualified)}, ${sqlString(c.target)}), ${value}, false) FROM ${qualified};`;
  });
}

export function renderPostgresPostLoad(plan: Plan): string {
  const tables = planTables(plan);
  const names = makeNameAllocator(plan, POSTGRES_NAME_BYTES);
  const unique = tables.flatMap((t) => uniqueConstraints(t, names));
  const checks = tables.flatMap((t) => postgresLabelChecks(plan, t).map((c) => guardedConstraint(t, c.name, c.definition)));
  const indexes = tables.flatMap((t) => t.indexes.map((index) => secondaryIndex(plan, t, index, names)));
  const fks = tables.flatMap((t) => t.foreignKeys.map((fk, i) => ({ deferred: isDeferred(plan, t, fk.name), sql: foreignKey(tables, t, fk, i, names) })));
  const resets = tables.flatMap(identityResets);
  const sequences = planSequences(plan).map(postgresResetSequence);
  return assemblePostLoad({
    header: [
      `-- erp-migrate post-load DDL for ${plan.target}: unique constraints, ${checks.length > 0 ? 'check constraints, ' : ''}indexes, foreign keys, identity resets${sequences.length > 0 ? ', sequence resets' : ''}.`,
      '-- Run after the full load (and before CDC cutover). Idempotent: every statement may run again.',
    ],
    unique,
    checks: { title: 'check constraints: the allowed labels of MySQL ENUM / SET columns', statements: checks },
    indexes,
    foreignKeys: fks,
    identity: { title: 'identity resets: next value = max + 1', statements: resets },
    sequences: { title: 'sequence resets: past the source\'s last value as the inventory recorded it (Oracle LAST_NUMBER is the cached high-water mark, a safe floor); at cutover rerun with the source\'s current value', statements: sequences },
  });
}
