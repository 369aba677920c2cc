/**
 * One planned task → its DMS table-mappings document (`{"rules":[...]}`), exactly as DMS takes it.
 * Rule order (and so rule-id, 1-based): selection rules per table (sorted by source schema, table);
 * column-level transformations (remove-column, change-data-type) and define-primary-key; name rules
 * (explicit renames before the wildcard case rule, since the lower rule-id wins); add-column rules
 * (per table, mapping-file order); table-settings.
 * Schema and table names in selection / transformation locators are escaped DMS patterns
 * (`GL[_]JE[_]LINES`) so they match only that object, except in a selection with source filters, in
 * define-primary-key and in table-settings, where DMS requires exact names and the plain name is
 * written. Column names are always plain (the `[_]` escape is documented for schema/table names only).
 */
import type { Plan, PlanDecision, PlannedColumn, PlannedTable, PlannedTask, RowFilter } from '../model/plan.js';
import { compareStrings } from '../util/stable-json.js';
import { makeNameRules, type DraftTransformation } from './name-rules.js';
import { withoutNameConflicts } from './rule-conflicts.js';
import type {
  DmsFilter, DmsFilterCondition, DmsRule, DmsSelectionRule, DmsTableMappings, DmsTableSettingsRule,
} from './types.js';
import { escapeDmsName } from './wildcard.js';

type Draft =
  | Omit<DmsSelectionRule, 'rule-id' | 'rule-name'>
  | DraftTransformation
  | Omit<DmsTableSettingsRule, 'rule-id' | 'rule-name'>;

/** A column / table rule that is written only if no name rule reaches the same object. */
interface Candidate {
  readonly rule: DraftTransformation;
  readonly schema: string;
  readonly table: string;
  readonly column?: string;
}

const sortedTables = (task: PlannedTask): PlannedTable[] =>
  [...task.tables].sort((a, b) => compareStrings(a.sourceSchema, b.sourceSchema) || compareStrings(a.sourceTable, b.sourceTable));

/** Source spelling of a column the plan names by target or source name. */
function sourceColumn(table: PlannedTable, name: string): string {
  return (table.columns.find((c) => c.target === name) ?? table.columns.find((c) => c.source === name))?.source ?? name;
}

function filterCondition(filter: RowFilter): DmsFilterCondition {
  switch (filter.operator) {
    case 'between':
      return { 'filter-operator': 'between', 'start-value': filter.start ?? '', 'end-value': filter.end ?? '' };
    case 'null':
    case 'notnull':
      return { 'filter-operator': filter.operator };
    default:
      return { 'filter-operator': filter.operator, value: filter.value ?? '' };
  }
}

/** Each plan filter is its own DMS filter: DMS ANDs filters and ORs the conditions inside one. */
function filters(table: PlannedTable): DmsFilter[] {
  return table.filters.map((filter) => ({
    'filter-type': 'source',
    'column-name': sourceColumn(table, filter.column),
    'filter-conditions': [filterCondition(filter)],
  }));
}

/** Larger tables start first (DMS loads a higher `load-order` first); ties by name. */
function loadOrders(tables: readonly PlannedTable[]): Map<PlannedTable, number> {
  const ranked = [...tables].sort((a, b) => (b.rows ?? 0) - (a.rows ?? 0) || (b.bytes ?? 0) - (a.bytes ?? 0)
    || compareStrings(`${a.sourceSchema}.${a.sourceTable}`, `${b.sourceSchema}.${b.sourceTable}`));
  return new Map(ranked.map((table, rank) => [table, ranked.length - rank]));
}

function selection(table: PlannedTable, loadOrder: number | null): Draft {
  const dmsFilters = filters(table);
  const exact = dmsFilters.length > 0;
  return {
    'rule-type': 'selection',
    'rule-action': 'include',
    'object-locator': {
      'schema-name': exact ? table.sourceSchema : escapeDmsName(table.sourceSchema),
      'table-name': exact ? table.sourceTable : escapeDmsName(table.sourceTable),
    },
    ...(loadOrder === null ? {} : { 'load-order': loadOrder }),
    ...(exact ? { filters: dmsFilters } : {}),
  };
}

/** Column names stay plain: DMS documents `[_]` only for schema and table names (see wildcard.ts). */
const columnLocator = (table: PlannedTable, column: PlannedColumn) => ({
  'schema-name': escapeDmsName(table.sourceSchema),
  'table-name': escapeDmsName(table.sourceTable),
  'column-name': column.source,
});

/** remove-column for excluded columns (it wins over the case rule by its lower rule-id: the column is gone). */
function removeColumnRules(table: PlannedTable): Draft[] {
  return table.columns.filter((c) => c.excluded).map((column) => ({
    'rule-type': 'transformation' as const, 'rule-target': 'column' as const, 'rule-action': 'remove-column' as const,
    'object-locator': columnLocator(table, column),
  }));
}

/** change-data-type where the plan turns a type into bounded text (a candidate: see rule-conflicts.ts). */
function changeTypeRules(table: PlannedTable): Candidate[] {
  const rules: Candidate[] = [];
  for (const column of table.columns) {
    const text = /^(?:varchar|character varying)\((\d+)\)$/i.exec(column.targetType);
    if (column.excluded || column.conversion !== 'to-text' || !text) continue;
    rules.push({
      schema: table.sourceSchema, table: table.sourceTable, column: column.source,
      rule: {
        'rule-type': 'transformation', 'rule-target': 'column', 'rule-action': 'change-data-type',
        'object-locator': columnLocator(table, column), 'data-type': { type: 'string', length: Number(text[1]) },
      },
    });
  }
  return rules;
}

/** define-primary-key when the mapping file supplied the key (no `%` allowed: exact names). */
function primaryKeyRule(table: PlannedTable): Candidate[] {
  if (table.primaryKeySource !== 'mapping' || table.primaryKey === null) return [];
  return [{
    schema: table.sourceSchema, table: table.sourceTable,
    rule: {
      'rule-type': 'transformation', 'rule-target': 'table', 'rule-action': 'define-primary-key',
      'object-locator': { 'schema-name': table.sourceSchema, 'table-name': table.sourceTable },
      'primary-key-def': {
        name: table.primaryKey.name ?? `${table.targetTable}_pkey`,
        origin: 'primary-key',
        columns: table.primaryKey.columns.map((c) => sourceColumn(table, c)),
      },
    },
  }];
}

/**
 * add-column for each column the mapping file adds. Its object is the NEW column (`value`, already the
 * target name), which no name rule names, so it needs no conflict check (rule-conflicts.ts). Written
 * after the name rules: should DMS ever count the table as its object, the lower-id name rule wins and
 * the table keeps its target name (the column stays NULL, which validation shows) rather than the reverse.
 */
function addColumnRules(table: PlannedTable): Draft[] {
  return (table.addedColumns ?? []).map((added) => ({
    'rule-type': 'transformation' as const, 'rule-target': 'column' as const, 'rule-action': 'add-column' as const,
    'object-locator': { 'schema-name': escapeDmsName(table.sourceSchema), 'table-name': escapeDmsName(table.sourceTable) },
    value: added.target,
    expression: added.expression,
    'data-type': { ...added.dmsType },
  }));
}

function tableSettings(table: PlannedTable): Draft[] {
  const load = table.parallelLoad;
  const parallel = load.type === 'ranges'
    ? { type: 'ranges' as const, columns: load.columns.map((c) => sourceColumn(table, c)), boundaries: load.boundaries.map((b) => [...b.values]) }
    : load.type === 'partitions-auto' ? { type: 'partitions-auto' as const } : null;
  const lob = table.lob.mode === 'limited'
    ? { mode: 'limited' as const, 'bulk-max-size': String(table.lob.maxSizeKb ?? 32) }
    : table.lob.mode === 'full' ? { mode: 'unlimited' as const, 'bulk-max-size': '0' } : null;
  if (parallel === null && lob === null) return [];
  return [{
    'rule-type': 'table-settings',
    'object-locator': { 'schema-name': table.sourceSchema, 'table-name': table.sourceTable },
    ...(parallel === null ? {} : { 'parallel-load': parallel }),
    ...(lob === null ? {} : { 'lob-settings': lob }),
  }];
}

const NAME_PREFIX: Readonly<Record<string, string>> = {
  selection: 'select', 'table-settings': 'settings', rename: 'rename', 'convert-lowercase': 'lowercase',
  'convert-uppercase': 'uppercase', 'remove-column': 'removecolumn', 'change-data-type': 'changetype', 'define-primary-key': 'definepk',
  'add-column': 'addcolumn',
};

/** Numbers the drafts: rule-id "1".., rule-name `<action><id>` (alphanumeric, unique by the id). */
function numberRules(drafts: readonly Draft[]): DmsRule[] {
  return drafts.map((draft, i) => {
    const id = String(i + 1);
    const kind = 'rule-action' in draft && draft['rule-type'] === 'transformation' ? draft['rule-action'] : draft['rule-type'];
    return { 'rule-id': id, 'rule-name': `${NAME_PREFIX[kind] ?? 'rule'}${id}`, ...draft } as DmsRule;
  });
}

interface Assembled {
  readonly mappings: DmsTableMappings;
  /** Rules left out because a name rule reaches the same object (one warning each). */
  readonly leftOut: PlanDecision[];
}

function assemble(task: PlannedTask): Assembled {
  const tables = sortedTables(task);
  const orders = tables.length > 1 ? loadOrders(tables) : null;
  const nameRules = makeNameRules(tables);
  const { kept, leftOut } = withoutNameConflicts([...tables.flatMap(changeTypeRules), ...tables.flatMap(primaryKeyRule)], nameRules);
  const drafts: Draft[] = [
    ...tables.map((t) => selection(t, orders?.get(t) ?? null)),
    ...tables.flatMap(removeColumnRules),
    ...kept,
    ...nameRules,
    ...tables.flatMap(addColumnRules),
    ...tables.flatMap(tableSettings),
  ];
  return { mappings: { rules: numberRules(drafts) }, leftOut };
}

export function makeTableMappings(task: PlannedTask, _plan: Plan): DmsTableMappings {
  return assemble(task).mappings;
}

/** Warnings for the transformation rules a task's mappings leave out (see rule-conflicts.ts). */
export function leftOutTransformations(task: PlannedTask): PlanDecision[] {
  return assemble(task).leftOut;
}
