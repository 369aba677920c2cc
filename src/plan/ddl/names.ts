/**
 * Target names for primary keys, unique constraints and indexes. In PostgreSQL (and for clarity in
 * MySQL) these share one namespace per schema with the tables, while SQL Server index names are only
 * unique per table (`IX_1` on many tables). A name used more than once in a target schema, or equal
 * to a table name, becomes `<table>_<name>`; every name is case-folded per the plan and fitted to
 * the target's identifier length. Deterministic: depends only on the plan.
 */
import type { Plan, PlannedTable } from '../../model/plan.js';
import { foldIdentifier } from '../../util/identifier-case.js';
import { fitName } from './quote.js';
import { planTables } from './plan-tables.js';

export type NamedObject = 'pk' | 'unique' | 'index' | 'fk';

export interface NameAllocator {
  /** The target name for an object of `table`; `sourceName` null gets `<table>_<suffix>`. */
  name(table: PlannedTable, kind: NamedObject, sourceName: string | null, suffix: string): string;
}

const key = (schema: string, name: string): string => `${schema}\u0000${name}`;

export interface NameAllocatorOptions {
  /**
   * True for SQL Server, where an index name only has to be unique within its table: index names
   * are then kept as they are (fitted), and they do not make a constraint name clash.
   */
  readonly indexNamesPerTable?: boolean;
}

export function makeNameAllocator(plan: Plan, maxBytes: number, options: NameAllocatorOptions = {}): NameAllocator {
  const perTableIndexes = options.indexNamesPerTable === true;
  const fold = (name: string): string => foldIdentifier(name, plan.options.identifierCase);
  const counts = new Map<string, number>();
  const count = (schema: string, name: string): void => {
    counts.set(key(schema, name), (counts.get(key(schema, name)) ?? 0) + 1);
  };
  for (const table of planTables(plan)) {
    count(table.targetSchema, table.targetTable);
    if (table.primaryKey?.name) count(table.targetSchema, fold(table.primaryKey.name));
    for (const uk of table.uniqueKeys) if (uk.name) count(table.targetSchema, fold(uk.name));
    if (!perTableIndexes) for (const index of table.indexes) count(table.targetSchema, fold(index.name));
  }
  return {
    name(table, kind, sourceName, suffix) {
      if (sourceName === null) return fitName(`${table.targetTable}_${suffix}`, maxBytes);
      const folded = fold(sourceName);
      if (kind === 'fk' || (kind === 'index' && perTableIndexes)) return fitName(folded, maxBytes);
      const clashes = (counts.get(key(table.targetSchema, folded)) ?? 0) > 1 || folded === table.targetTable;
      return fitName(clashes ? `${table.targetTable}_${folded}` : folded, maxBytes);
    },
  };
}
