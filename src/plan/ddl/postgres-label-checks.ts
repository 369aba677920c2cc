/**
 * CHECK constraints that keep a MySQL ENUM / SET column's allowed labels on PostgreSQL (see
 * src/plan/label-columns.ts for why a CHECK and not an enum type). Added in post-load.sql, after the
 * full load: a value outside the labels (MySQL stores '' for an invalid ENUM value outside strict mode)
 * then stops the script at that constraint, naming the column, instead of failing the load.
 * - ENUM: `col IN ('G', 'PG', …)`, exact labels, case included.
 * - SET: MySQL returns the members joined by commas ('a,c'; labels never contain a comma), so every
 *   element of string_to_array(col, ',') must be a label; '' (the empty set) passes. Member order and
 *   duplicates are not checked: MySQL normalises them on write, and the target keeps what it was given.
 */
import type { Plan, PlannedTable } from '../../model/plan.js';
import { postgresLabelCheck, quotedLabels } from '../label-columns.js';
import { fitName } from './quote.js';
import { quoteIdentifier as quotePostgres } from '../../dialects/postgres/quote.js';
import { POSTGRES_NAME_BYTES } from './postgres.js';

export interface CheckConstraint {
  readonly name: string;
  readonly definition: string;
}

export function postgresLabelChecks(plan: Plan, table: PlannedTable): CheckConstraint[] {
  return table.columns.flatMap((column) => {
    const labels = postgresLabelCheck(plan, column);
    if (labels === null) return [];
    const name = fitName(`${table.targetTable}_${column.target}_check`, POSTGRES_NAME_BYTES);
    const target = quotePostgres(column.target);
    const definition = labels.kind === 'enum'
      ? `CHECK (${target} IN (${quotedLabels(labels)}))`
      : `CHECK (string_to_array(${target}, ',') <@ ARRAY[${quotedLabels(labels)}]::text[])`;
    return [{ name, definition }];
  });
}
