/** Pure: STATISTICS rows → primary key / unique keys / indexes; KEY_COLUMN_USAGE rows → foreign keys. */
import type { CatalogIndex, ForeignKey, KeyConstraint, ReferentialAction } from '../../model/catalog.js';
import { bool, numberOrNull, text, textOrNull, type CatalogRow } from '../../util/catalog-row.js';

const DELETE_RULES = new Set<ReferentialAction>(['NO ACTION', 'RESTRICT', 'CASCADE', 'SET NULL', 'SET DEFAULT']);

export function groupBy(rows: readonly CatalogRow[], key: (row: CatalogRow) => string): Map<string, CatalogRow[]> {
  const groups = new Map<string, CatalogRow[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export interface IndexParts {
  primaryKey: KeyConstraint | null;
  readonly uniqueKeys: KeyConstraint[];
  readonly indexes: CatalogIndex[];
}

export function parseIndexes(rows: readonly CatalogRow[]): IndexParts {
  const parts: IndexParts = { primaryKey: null, uniqueKeys: [], indexes: [] };
  for (const [, indexRows] of groupBy(rows, (row) => text(row, 'index_name'))) {
    const ordered = [...indexRows].sort((a, b) => (numberOrNull(a, 'seq_in_index') ?? 0) - (numberOrNull(b, 'seq_in_index') ?? 0));
    const first = ordered[0]!;
    const name = text(first, 'index_name');
    const columns = ordered.map((row) => {
      const column = textOrNull(row, 'column_name');
      return {
        name: column ?? textOrNull(row, 'expression') ?? '',
        descending: textOrNull(row, 'collation') === 'D',
        ...(column === null ? { expression: true } : {}),
      };
    });
    const unique = !bool(first, 'non_unique');
    if (name === 'PRIMARY') parts.primaryKey = { name, columns: columns.map((c) => c.name) };
    else if (unique) parts.uniqueKeys.push({ name, columns: columns.map((c) => c.name) });
    else parts.indexes.push({ name, unique: false, kind: (textOrNull(first, 'index_type') ?? 'btree').toLowerCase(), columns });
  }
  return parts;
}

export function parseForeignKeys(rows: readonly CatalogRow[]): ForeignKey[] {
  return [...groupBy(rows, (row) => text(row, 'constraint_name')).values()].map((fkRows) => {
    const ordered = [...fkRows].sort((a, b) => (numberOrNull(a, 'ordinal') ?? 0) - (numberOrNull(b, 'ordinal') ?? 0));
    const first = ordered[0]!;
    const rule = text(first, 'delete_rule').toUpperCase() as ReferentialAction;
    return {
      name: text(first, 'constraint_name'),
      columns: ordered.map((row) => text(row, 'column_name')),
      refSchema: text(first, 'ref_schema'),
      refTable: text(first, 'ref_table'),
      refColumns: ordered.map((row) => text(row, 'ref_column')),
      onDelete: DELETE_RULES.has(rule) ? rule : 'NO ACTION',
      enabled: true,
    };
  });
}

