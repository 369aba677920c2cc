/**
 * What every DDL renderer needs from a plan: its tables once each in a stated order, and name
 * resolution from the plan's keys, indexes and foreign keys (which may name source or target
 * columns / tables) to target names. Pure.
 */
import type { ForeignKey } from '../../model/catalog.js';
import type { Plan, PlannedColumn, PlannedTable } from '../../model/plan.js';
import { compareStrings } from '../../util/stable-json.js';

/** Every planned table once, sorted by target schema, then target table. */
export function planTables(plan: Plan): PlannedTable[] {
  const byKey = new Map<string, PlannedTable>();
  for (const wave of plan.waves) {
    for (const task of wave.tasks) {
      for (const table of task.tables) {
        const key = `${table.targetSchema}\u0000${table.targetTable}`;
        if (!byKey.has(key)) byKey.set(key, table);
      }
    }
  }
  return [...byKey.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, table]) => table);
}

/** Target schema names of the plan, sorted. */
export function planSchemas(tables: readonly PlannedTable[]): string[] {
  return [...new Set(tables.map((table) => table.targetSchema))].sort(compareStrings);
}

/** A column name (target or source spelling) → the target column, or null when unknown or excluded. */
export function resolveColumn(table: PlannedTable, name: string): PlannedColumn | null {
  const column = table.columns.find((c) => c.target === name) ?? table.columns.find((c) => c.source === name);
  return column === undefined || column.excluded ? null : column;
}

/** Resolves all names, or returns the first one that cannot be resolved. */
export function resolveColumns(table: PlannedTable, names: readonly string[]): { ok: true; columns: string[] } | { ok: false; missing: string } {
  const columns: string[] = [];
  for (const name of names) {
    const column = resolveColumn(table, name);
    if (column === null) return { ok: false, missing: name };
    columns.push(column.target);
  }
  return { ok: true, columns };
}

/** The planned table a foreign key points at, matched by target names first, then by source names. */
interface TableLookup {
  readonly byTarget: Map<string, PlannedTable>;
  readonly bySource: Map<string, PlannedTable>;
}

// Post-load DDL resolves every FK of every table: a lookup per table list keeps that linear for 20,000 tables.
const lookups = new WeakMap<readonly PlannedTable[], TableLookup>();

function lookupOf(tables: readonly PlannedTable[]): TableLookup {
  let lookup = lookups.get(tables);
  if (lookup === undefined) {
    lookup = { byTarget: new Map(), bySource: new Map() };
    for (const t of tables) {
      const target = `${t.targetSchema}\u0000${t.targetTable}`;
      const source = `${t.sourceSchema}\u0000${t.sourceTable}`;
      if (!lookup.byTarget.has(target)) lookup.byTarget.set(target, t);
      if (!lookup.bySource.has(source)) lookup.bySource.set(source, t);
    }
    lookups.set(tables, lookup);
  }
  return lookup;
}

export function resolveReferencedTable(tables: readonly PlannedTable[], fk: ForeignKey): PlannedTable | null {
  const lookup = lookupOf(tables);
  const key = `${fk.refSchema}\u0000${fk.refTable}`;
  return lookup.byTarget.get(key) ?? lookup.bySource.get(key) ?? null;
}

/** True when the plan lists this constraint as deferred (it breaks a foreign-key cycle). */
export function isDeferred(plan: Plan, table: PlannedTable, constraint: string | null): boolean {
  if (constraint === null) return false;
  return plan.deferredConstraints.some((d) => d.constraint === constraint
    && ((d.schema === table.targetSchema && d.table === table.targetTable) || (d.schema === table.sourceSchema && d.table === table.sourceTable)));
}
