/** sys.key_constraints / sys.foreign_keys / sys.indexes rows → keys, foreign keys and indexes per table. */
import type { CatalogIndex, ForeignKey, IndexColumn, KeyConstraint, ReferentialAction } from '../../model/catalog.js';
import { compareStrings } from '../../util/stable-json.js';
import { tableKey } from './parse-columns.js';
import { bit, numberOrNull, text, textOrNull, trimmedOrNull, type DictionaryRow } from './parse-values.js';

export interface TableKeys {
  primaryKey: KeyConstraint | null;
  uniqueKeys: KeyConstraint[];
  foreignKeys: ForeignKey[];
  indexes: CatalogIndex[];
}

const DELETE_ACTIONS: Readonly<Record<string, ReferentialAction>> = {
  NO_ACTION: 'NO ACTION',
  CASCADE: 'CASCADE',
  SET_NULL: 'SET NULL',
  SET_DEFAULT: 'SET DEFAULT',
};

const INDEX_KINDS: Readonly<Record<string, string>> = {
  CLUSTERED: 'clustered',
  NONCLUSTERED: 'nonclustered',
  'CLUSTERED COLUMNSTORE': 'columnstore',
  'NONCLUSTERED COLUMNSTORE': 'columnstore',
  'NONCLUSTERED HASH': 'hash',
  XML: 'xml',
  SPATIAL: 'spatial',
};

function groupRows(rows: readonly DictionaryRow[], name: string): Map<string, DictionaryRow[]> {
  const grouped = new Map<string, DictionaryRow[]>();
  for (const row of rows) {
    const key = `${tableKey(text(row, 'schema_name'), text(row, 'table_name'))}\u0000${text(row, name)}`;
    const list = grouped.get(key) ?? [];
    list.push(row);
    grouped.set(key, list);
  }
  return grouped;
}

function entry(byTable: Map<string, TableKeys>, row: DictionaryRow): TableKeys {
  const key = tableKey(text(row, 'schema_name'), text(row, 'table_name'));
  let keys = byTable.get(key);
  if (keys === undefined) {
    keys = { primaryKey: null, uniqueKeys: [], foreignKeys: [], indexes: [] };
    byTable.set(key, keys);
  }
  return keys;
}

const byNumber = (key: string) => (a: DictionaryRow, b: DictionaryRow): number => (numberOrNull(a, key) ?? 0) - (numberOrNull(b, key) ?? 0);

function parseKeys(rows: readonly DictionaryRow[], byTable: Map<string, TableKeys>): void {
  for (const group of groupRows(rows, 'constraint_name').values()) {
    const first = group[0];
    if (first === undefined) continue;
    const constraint = { name: text(first, 'constraint_name'), columns: [...group].sort(byNumber('key_ordinal')).map((r) => text(r, 'column_name')) };
    const keys = entry(byTable, first);
    if (text(first, 'constraint_type').trim() === 'PK') keys.primaryKey = constraint;
    else keys.uniqueKeys.push(constraint);
  }
}

function parseForeignKeys(rows: readonly DictionaryRow[], byTable: Map<string, TableKeys>): void {
  for (const group of groupRows(rows, 'constraint_name').values()) {
    const first = group[0];
    if (first === undefined) continue;
    const ordered = [...group].sort(byNumber('constraint_column_id'));
    entry(byTable, first).foreignKeys.push({
      name: text(first, 'constraint_name'),
      columns: ordered.map((r) => text(r, 'column_name')),
      refSchema: text(first, 'ref_schema_name'),
      refTable: text(first, 'ref_table_name'),
      refColumns: ordered.map((r) => text(r, 'ref_column_name')),
      onDelete: DELETE_ACTIONS[text(first, 'delete_referential_action_desc')] ?? 'NO ACTION',
      enabled: !bit(first, 'is_disabled'),
    });
  }
}

/** Key columns in key order; columnstore, XML and spatial indexes list theirs with key_ordinal 0. */
function indexColumns(group: readonly DictionaryRow[]): IndexColumn[] {
  const listed = group.filter((r) => textOrNull(r, 'column_name') !== null);
  const keyed = listed.filter((r) => (numberOrNull(r, 'key_ordinal') ?? 0) > 0).sort(byNumber('key_ordinal'));
  const chosen = keyed.length > 0 ? keyed : [...listed].sort(byNumber('index_column_id'));
  return chosen.map((r) => ({ name: text(r, 'column_name'), descending: bit(r, 'is_descending_key') }));
}

function parseIndexes(rows: readonly DictionaryRow[], byTable: Map<string, TableKeys>): void {
  for (const group of groupRows(rows, 'index_name').values()) {
    const first = group[0];
    if (first === undefined || bit(first, 'is_primary_key') || bit(first, 'is_unique_constraint')) continue;
    const type = text(first, 'type_desc');
    entry(byTable, first).indexes.push({
      name: text(first, 'index_name'),
      unique: bit(first, 'is_unique'),
      kind: INDEX_KINDS[type] ?? type.toLowerCase(),
      columns: indexColumns(group),
      ...(bit(first, 'has_filter') ? { where: trimmedOrNull(first, 'filter_definition') } : {}),
    });
  }
}

export function parseKeyRows(keys: readonly DictionaryRow[], foreignKeys: readonly DictionaryRow[], indexes: readonly DictionaryRow[]): Map<string, TableKeys> {
  const byTable = new Map<string, TableKeys>();
  parseKeys(keys, byTable);
  parseForeignKeys(foreignKeys, byTable);
  parseIndexes(indexes, byTable);
  for (const tableKeys of byTable.values()) {
    tableKeys.uniqueKeys.sort((a, b) => compareStrings(a.name ?? '', b.name ?? ''));
    tableKeys.foreignKeys.sort((a, b) => compareStrings(a.name ?? '', b.name ?? ''));
    tableKeys.indexes.sort((a, b) => compareStrings(a.name, b.name));
  }
  return byTable;
}
