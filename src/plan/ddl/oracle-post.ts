/**
 * Oracle post-load DDL: unique constraints, secondary indexes, foreign keys (cycle-closing ones
 * last), then identity and sequence resets — created after the full load as DMS best practice asks. Every
 * statement is an idempotent PL/SQL block (see plsqlBlock); the identity reset is absolute.
 */
import type { CatalogIndex, ForeignKey } from '../../model/catalog.js';
import type { Plan, PlannedSequence, PlannedTable } from '../../model/plan.js';
import { makeNameAllocator, type NameAllocator } from './names.js';
import { oracleList, oracleWhere as where, plsqlBlock, qualifiedOracle } from './oracle.js';
import { isDeferred, planTables, resolveColumns, resolveReferencedTable } from './plan-tables.js';
import { ORACLE_NAME_BYTES } from './quote.js';
import { quoteIdentifier as quoteOracle } from '../../dialects/oracle/quote.js';
import { planSequences, sequenceWhere } from './sequences.js';
import { assemblePostLoad } from './post-load-sections.js';
import { nextSourceValue } from '../plan-sequences.js';

function uniqueConstraints(table: PlannedTable, names: NameAllocator): string[] {
  return table.uniqueKeys.map((key, i) => {
    const resolved = resolveColumns(table, key.columns);
    if (!resolved.ok) return `-- ${where(table)}: unique key ${key.name ?? i + 1} skipped: column ${resolved.missing} is excluded or unknown`;
    const name = names.name(table, 'unique', key.name, `UK${i + 1}`);
    return plsqlBlock(`ALTER TABLE ${qualifiedOracle(table.targetSchema, table.targetTable)} ADD CONSTRAINT ${quoteOracle(name)} UNIQUE (${oracleList(resolved.columns)})`);
  });
}

/** Oracle index kinds that map to CREATE [UNIQUE|BITMAP] INDEX; anything else (domain, IOT top…) is skipped. */
const PLAIN_KINDS = new Set(['', 'normal', 'btree', 'function-based normal', 'normal/rev']);

function secondaryIndex(plan: Plan, table: PlannedTable, index: CatalogIndex, names: NameAllocator): string {
  const label = `-- ${where(table)}: index ${index.name} skipped:`;
  const kind = index.kind.toLowerCase();
  const bitmap = kind === 'bitmap' || kind === 'function-based bitmap';
  if (!bitmap && !PLAIN_KINDS.has(kind)) return `${label} ${index.kind} indexes need a hand translation`;
  const fromOracle = plan.source.dialect === 'oracle';
  const columns: string[] = [];
  for (const column of index.columns) {
    if (column.expression) {
      // An Oracle expression is valid as it stands on Oracle (it names source columns).
      if (!fromOracle) return `${label} expression ${column.name.replace(/\s+/g, ' ')} needs a hand translation`;
      columns.push(`${column.name}${column.descending ? ' DESC' : ''}`);
      continue;
    }
    const resolved = resolveColumns(table, [column.name]);
    if (!resolved.ok) return `${label} column ${resolved.missing} is excluded or unknown`;
    columns.push(`${quoteOracle(resolved.columns[0] ?? '')}${column.descending ? ' DESC' : ''}`);
  }
  if (index.where) return `${label} filtered index (WHERE ${index.where.replace(/\s+/g, ' ')}) has no Oracle equivalent`;
  const name = names.name(table, 'index', index.name, 'IX');
  const note = bitmap ? `-- ${where(table)}: ${index.name} is a bitmap index: it needs Enterprise Edition\n` : '';
  const type = index.unique ? 'UNIQUE ' : bitmap ? 'BITMAP ' : '';
  return `${note}${plsqlBlock(`CREATE ${type}INDEX ${quoteOracle(name)} ON ${qualifiedOracle(table.targetSchema, table.targetTable)} (${columns.join(', ')})`)}`;
}

/** Oracle knows only ON DELETE CASCADE and SET NULL; RESTRICT and SET DEFAULT become NO ACTION. */
function onDeleteClause(table: PlannedTable, fk: ForeignKey): { clause: string; note: string | null } {
  if (fk.onDelete === 'CASCADE' || fk.onDelete === 'SET NULL') return { clause: ` ON DELETE ${fk.onDelete}`, note: null };
  if (fk.onDelete === 'NO ACTION') return { clause: '', note: null };
  return {
    clause: '',
    note: `-- ${where(table)}: foreign key ${fk.name ?? ''} was ON DELETE ${fk.onDelete}; Oracle has no such action, created as NO ACTION`,
  };
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
  // A constraint disabled on the source may be violated by the data: enable it without checking old rows.
  const validate = fk.enabled === false ? ' ENABLE NOVALIDATE' : '';
  const statement = `ALTER TABLE ${qualifiedOracle(table.targetSchema, table.targetTable)} ADD CONSTRAINT ${quoteOracle(name)} FOREIGN KEY (${oracleList(own.columns)}) REFERENCES ${qualifiedOracle(referenced.targetSchema, referenced.targetTable)} (${oracleList(refs.columns)})${clause}${validate}`;
  return note === null ? plsqlBlock(statement) : `${note}\n${plsqlBlock(statement)}`;
}

/** START WITH LIMIT VALUE moves the identity past the highest (or, descending, lowest) loaded value. */
function identityResets(table: PlannedTable): string[] {
  return table.columns.filter((c) => c.identity !== null && !c.excluded && /^(NUMBER|INTEGER|INT|SMALLINT)\b/i.test(c.targetType)).map((c) =>
    plsqlBlock(`ALTER TABLE ${qualifiedOracle(table.targetSchema, table.targetTable)} MODIFY (${quoteOracle(c.target)} GENERATED BY DEFAULT ON NULL AS IDENTITY (START WITH LIMIT VALUE))`));
}

/** Absolute restart at the first value past the source's; `RESTART` is documented from Oracle 18c (RDS for Oracle runs 19c+). */
export function oracleResetSequence(seq: PlannedSequence): string {
  const next = nextSourceValue(seq);
  const qualified = qualifiedOracle(seq.targetSchema, seq.targetName);
  if (next === null) return `-- ${sequenceWhere(seq)}: last value unknown (DDL export): at cutover run ALTER SEQUENCE ${qualified} RESTART START WITH <source LAST_NUMBER>`;
  return plsqlBlock(`ALTER SEQUENCE ${qualified} RESTART START WITH ${next}`);
}

export function renderOraclePostLoad(plan: Plan): string {
  const tables = planTables(plan);
  const names = makeNameAllocator(plan, ORACLE_NAME_BYTES);
  const unique = tables.flatMap((t) => uniqueConstraints(t, names));
  const indexes = tables.flatMap((t) => t.indexes.map((index) => secondaryIndex(plan, t, index, names)));
  const fks = tables.flatMap((t) => t.foreignKeys.map((fk, i) => ({ deferred: isDeferred(plan, t, fk.name), sql: foreignKey(tables, t, fk, i, names) })));
  const resets = tables.flatMap(identityResets);
  const sequences = planSequences(plan).map(oracleResetSequence);
  return assemblePostLoad({
    header: [
      `-- erp-migrate post-load DDL for oracle: unique constraints, indexes, foreign keys, identity resets${sequences.length > 0 ? ', sequence resets' : ''}.`,
      '-- Run after the full load (and before CDC cutover) with SQL*Plus or SQLcl. Idempotent: each statement ignores only "already exists" errors.',
      'SET DEFINE OFF',
    ],
    unique,
    indexes,
    foreignKeys: fks,
    identity: { title: 'identity resets: next value past the loaded values', statements: resets },
    sequences: { title: 'sequence resets (ALTER SEQUENCE … RESTART needs Oracle 18c or later): past the source\'s LAST_NUMBER as the inventory recorded it; at cutover rerun with the source\'s current value', statements: sequences },
  });
}
