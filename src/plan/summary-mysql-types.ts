/**
 * SUMMARY.md sections for MySQL source semantics a target keeps differently: ENUM / SET columns (their
 * labels and how the target enforces them) and FULLTEXT / SPATIAL indexes (created as themselves on
 * MySQL, replaced or explained on PostgreSQL, skipped with a comment elsewhere). No section when a
 * plan has none. Pure; the wording comes from the same functions the DDL renderers use.
 */
import type { Plan, PlannedTable } from '../model/plan.js';
import { planTables, resolveColumn } from './ddl/plan-tables.js';
import { describeReplacement, postgresIndexReplacement } from './ddl/postgres-index-replacements.js';
import { labelColumns, labelHandling, quotedLabels } from './label-columns.js';

type Table = (header: readonly string[], rows: readonly (readonly string[])[]) => string[];

const src = (t: PlannedTable): string => `${t.sourceSchema}.${t.sourceTable}`;

export function labelColumnsSection(plan: Plan, table: Table): string[] {
  const rows = labelColumns(plan, planTables(plan)).map(({ table: t, column, labels }) => [
    `${src(t)}.${column.source}`, `${labels.kind}: ${quotedLabels(labels)}`, labelHandling(plan, column),
  ]);
  if (rows.length === 0) return [];
  const postgres = plan.target === 'postgres' || plan.target === 'aurora-postgresql';
  return ['## ENUM and SET columns', '',
    postgres
      ? 'Labels are data and are kept exactly (case included). PostgreSQL has no SET and its enum types need a cast DMS does not make, so each column holds the label text and `ddl/post-load.sql` adds a CHECK on the labels. ORDER BY sorts the text, not the declared label order as MySQL does, and FIND_IN_SET / numeric use of the column need a rewrite.'
      : 'Labels are data and are kept exactly (case included).',
    '', ...table(['Column', 'Labels', 'On the target'], rows)];
}

function indexHandling(plan: Plan, table: PlannedTable, kind: string, name: string): string {
  if (plan.target === 'mysql') return `created as ${kind.toUpperCase()} INDEX`;
  if (plan.target === 'postgres' || plan.target === 'aurora-postgresql') {
    const index = table.indexes.find((i) => i.name === name);
    const replacement = index === undefined ? null : postgresIndexReplacement(table, index);
    if (replacement !== null) return describeReplacement(replacement);
  }
  return 'not created (a comment in post-load.sql)';
}

export function specialIndexesSection(plan: Plan, table: Table): string[] {
  const rows = planTables(plan).flatMap((t) => t.indexes
    .filter((index) => ['fulltext', 'spatial'].includes(index.kind.toLowerCase()))
    .map((index) => [
      `${src(t)}.${index.name}`, index.kind.toLowerCase(),
      index.columns.map((c) => (c.expression ? c.name : resolveColumn(t, c.name)?.target ?? c.name)).join(', '),
      indexHandling(plan, t, index.kind, index.name),
    ]));
  if (rows.length === 0) return [];
  return ['## Full-text and spatial indexes', '', ...table(['Index', 'Kind', 'Columns', 'On the target'], rows)];
}
