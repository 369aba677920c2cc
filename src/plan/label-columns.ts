/**
 * MySQL ENUM and SET columns in a plan and what each becomes on the target, pure. The labels are read
 * back from the planned column's source type (the inventory keeps them byte for byte), so plan.json
 * needs no extra field and `render-ddl` from an older plan gives the same DDL.
 *
 * PostgreSQL: the column is varchar (ENUM, sized to the longest label) or text (SET) and post-load.sql
 * adds a CHECK constraint on the exact labels. A CHECK rather than a PostgreSQL enum type, because DMS
 * writes the label text into the column (an enum type would need a cast DMS does not make), the check
 * can be added after the full load like every other constraint, and dropping it later is one statement.
 * MySQL: the native type is kept. Oracle and SQL Server take no MySQL source (E_TARGET_TYPES).
 */
import type { Plan, PlannedColumn, PlannedTable } from '../model/plan.js';
import { mysqlLabelsOf, type MysqlLabels } from '../util/mysql-labels.js';

const TEXT_TARGET = /^(varchar|character varying|text|char|character)\b/i;

const isPostgresTarget = (plan: Plan): boolean => plan.target === 'postgres' || plan.target === 'aurora-postgresql';

/** The labels of a planned MySQL ENUM / SET column that lands as text; null for any other column. */
export function columnLabels(plan: Plan, column: PlannedColumn): MysqlLabels | null {
  if (plan.source.dialect !== 'mysql' || column.excluded) return null;
  return mysqlLabelsOf(column.sourceType);
}

/** The labels a PostgreSQL CHECK must enforce: only when the column became text (not an override to another type). */
export function postgresLabelCheck(plan: Plan, column: PlannedColumn): MysqlLabels | null {
  if (!isPostgresTarget(plan) || !TEXT_TARGET.test(column.targetType.trim())) return null;
  const labels = columnLabels(plan, column);
  return labels === null || labels.labels.length === 0 ? null : labels;
}

/** `'G', 'PG', 'it''s'`: labels as standard SQL string literals. */
export function quotedLabels(labels: MysqlLabels): string {
  return labels.labels.map((label) => `'${label.replace(/'/g, "''")}'`).join(', ');
}

/** One sentence per column for SUMMARY.md: what the column is on the target and where its labels are enforced. */
export function labelHandling(plan: Plan, column: PlannedColumn): string {
  const check = postgresLabelCheck(plan, column);
  if (check?.kind === 'enum') return `${column.targetType} + CHECK (value IN the labels) in post-load.sql`;
  if (check?.kind === 'set') return `${column.targetType} (MySQL's comma-separated member list) + CHECK (every member is a label) in post-load.sql`;
  if (plan.target === 'mysql') return `${column.targetType} (kept)`;
  return `${column.targetType}: labels not enforced on the target (the mapping file chose this type)`;
}

export interface LabelColumn {
  readonly table: PlannedTable;
  readonly column: PlannedColumn;
  readonly labels: MysqlLabels;
}

/** Every ENUM / SET column of the tables given, in table then column order. */
export function labelColumns(plan: Plan, tables: readonly PlannedTable[]): LabelColumn[] {
  return tables.flatMap((table) => table.columns.flatMap((column) => {
    const labels = columnLabels(plan, column);
    return labels === null ? [] : [{ table, column, labels }];
  }));
}
