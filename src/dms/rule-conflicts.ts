/**
 * DMS applies one transformation action per object: "You can't apply more than one transformation
 * rule action against the same object (schema, table, column…)" (UG "Transformation rules and
 * actions", Limitations; the 2023 text adds that `convert-lowercase` together with
 * `change-data-type` "might not succeed"). When two rules reach one object the lower rule-id wins
 * (reference aws-dms.md §1.1). So a `define-primary-key` on a table, or a `change-data-type` on a
 * column, that a name rule (rename / case rule, also a `%` one) also reaches would stop that object
 * from getting its target name: DMS would write to `"AUDIT_EVENTS"` next to the pre-created
 * `audit_events`. Names win: such rules are left out, and the plan says so.
 * `add-column` is not checked here: its `rule-target` is `column` and its object is the new column
 * named by `value` (already the target name), which no name rule names — the UG's own conflict example
 * for add-column is a NEW column named like an existing target column, which the mapping checks refuse.
 */
import type { PlanDecision } from '../model/plan.js';
import type { DraftTransformation } from './name-rules.js';
import { matchDmsPattern } from './wildcard.js';

const NAME_ACTIONS = new Set(['rename', 'convert-lowercase', 'convert-uppercase']);

/** Does a name rule of `level` reach this object? (`column` undefined for a table.) */
function reachedByNameRule(nameRules: readonly DraftTransformation[], schema: string, table: string, column?: string): boolean {
  const level = column === undefined ? 'table' : 'column';
  return nameRules.some((rule) => {
    if (rule['rule-target'] !== level || !NAME_ACTIONS.has(rule['rule-action'])) return false;
    const at = rule['object-locator'];
    if (!matchDmsPattern(at['schema-name'], schema) || !matchDmsPattern(at['table-name'] ?? '%', table)) return false;
    // column names are written plain (wildcard.ts): '%' or the exact name
    return column === undefined || at['column-name'] === '%' || at['column-name'] === column;
  });
}

export interface ConflictFree {
  readonly kept: DraftTransformation[];
  readonly leftOut: PlanDecision[];
}

/**
 * Keeps the column / table rules no name rule reaches. Locators of `define-primary-key` carry exact
 * names; those of `change-data-type` carry a DMS pattern for schema and table (matched back here
 * against the names the object really has, given as `exact`).
 */
export function withoutNameConflicts(
  rules: readonly { readonly rule: DraftTransformation; readonly schema: string; readonly table: string; readonly column?: string }[],
  nameRules: readonly DraftTransformation[],
): ConflictFree {
  const kept: DraftTransformation[] = [];
  const leftOut: PlanDecision[] = [];
  for (const { rule, schema, table, column } of rules) {
    if (!reachedByNameRule(nameRules, schema, table, column)) {
      kept.push(rule);
      continue;
    }
    const object = column === undefined ? `${schema}.${table}` : `${schema}.${table}.${column}`;
    const what = rule['rule-action'] === 'define-primary-key'
      ? 'DMS rule define-primary-key left out: DMS takes one transformation per table and the table also needs its target name; '
        + 'the target key comes from pre-load.sql, but DMS sees no key on the source (validation reports "No primary key", CDC applies updates by all columns)'
      : `DMS rule ${rule['rule-action']} left out: DMS takes one transformation per column and the column also needs its target name; `
        + 'the pre-created target column type applies';
    leftOut.push({ object, severity: 'warning', message: what });
  }
  return { kept, leftOut };
}
