/**
 * Table constraints (CREATE TABLE elements and ALTER TABLE … ADD CONSTRAINT): primary key, unique,
 * foreign key. Unnamed ones get the names PostgreSQL would choose (`t_pkey`, `t_a_b_key`, `t_a_fkey`)
 * so a hand-written file and the live database agree. CHECK constraints are not in the catalog model.
 */
import type { Constraint } from 'libpg-query';
import type { TableDraft } from './catalog-draft.js';
import { referentialAction, relationSchema, stringList, type PgContext } from './pg-context.js';

export function defaultConstraintName(table: string, columns: readonly string[], suffix: string): string {
  const name = suffix === 'pkey' ? `${table}_pkey` : `${table}_${columns.join('_')}_${suffix}`;
  return name.length > 63 ? name.slice(0, 63) : name;
}

/** Applies one table-level constraint; `columnName` is set for a column constraint without a column list. */
export function applyConstraint(ctx: PgContext, table: TableDraft, constraint: Constraint, columnName?: string): void {
  const own = (list: string[]): string[] => (list.length === 0 && columnName !== undefined ? [columnName] : list);
  switch (constraint.contype) {
    case 'CONSTR_PRIMARY': {
      const columns = own(stringList(constraint.keys));
      table.primaryKey = { name: constraint.conname ?? defaultConstraintName(table.name, columns, 'pkey'), columns };
      for (const column of table.columns) if (columns.includes(column.name)) column.nullable = false;
      return;
    }
    case 'CONSTR_UNIQUE': {
      const columns = own(stringList(constraint.keys));
      table.uniqueKeys.push({ name: constraint.conname ?? defaultConstraintName(table.name, columns, 'key'), columns });
      return;
    }
    case 'CONSTR_FOREIGN': {
      const columns = own(stringList(constraint.fk_attrs));
      const refTable = constraint.pktable?.relname ?? '';
      const refSchema = relationSchema(ctx, constraint.pktable);
      let refColumns = stringList(constraint.pk_attrs);
      if (refColumns.length === 0) {
        // REFERENCES t without a column list points at t's primary key.
        refColumns = [...(ctx.draft.table(refSchema, refTable)?.primaryKey?.columns ?? [])];
      }
      table.foreignKeys.push({
        name: constraint.conname ?? defaultConstraintName(table.name, columns, 'fkey'),
        columns,
        refSchema,
        refTable,
        refColumns,
        onDelete: referentialAction(constraint.fk_del_action),
        enabled: constraint.skip_validation !== true,
      });
      return;
    }
    case 'CONSTR_NOTNULL': {
      // PostgreSQL 18 names NOT NULL constraints: `CONSTRAINT n NOT NULL col` / `ADD CONSTRAINT n NOT NULL col`.
      const columns = own(stringList(constraint.keys));
      for (const column of table.columns) if (columns.includes(column.name)) column.nullable = false;
      return;
    }
    default:
      return;
  }
}
