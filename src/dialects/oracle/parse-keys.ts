/**
 * DBA_CONSTRAINTS / DBA_CONS_COLUMNS / DBA_INDEXES / DBA_IND_COLUMNS rows → keys, foreign keys and
 * indexes per table. Indexes that back a PK/UK constraint, IOT top indexes and LOB indexes are left out.
 */
import type { CatalogIndex, ForeignKey, IndexColumn, KeyConstraint, ReferentialAction } from '../../model/catalog.js';
import { compareStrings } from '../../util/stable-json.js';
import { tableKey } from './parse-columns.js';
import { numberOrNull, text, textOrNull, type DictionaryRow } from './parse-values.js';

export interface TableKeys {
  primaryKey: KeyConstraint | null;
  uniqueKeys: KeyConstraint[];
  foreignKeys: ForeignKey[];
  indexes: CatalogIndex[];
}

export interface KeyParseResult {
  readonly byTable: ReadonlyMap<string, TableKeys>;
  /** FKs whose referenced key could not be read (ALL_ views hide other schemas' keys). */
  readonly unresolved: readonly string[];
}

const DELETE_RULES: Readonly<Record<string, ReferentialAction>> = {
  CASCADE: 'CASCADE',
  'SET NULL': 'SET NULL',
  'NO ACTION': 'NO ACTION',
};

const INDEX_KINDS: Readonly<Record<string, string>> = {
  NORMAL: 'btree',
  'NORMAL/REV': 'btree',
  'FUNCTION-BASED NORMAL': 'btree',
  'FUNCTION-BASED NORMAL/REV': 'btree',
  BITMAP: 'bitmap',
  'FUNCTION-BASED BITMAP': 'bitmap',
  DOMAIN: 'domain',
  'FUNCTION-BASED DOMAIN': 'domain',
  CLUSTER: 'cluster',
  VECTOR: 'vector',
};

function columnsByConstraint(rows: readonly DictionaryRow[]): Map<string, string[]> {
  const grouped = new Map<string, Array<{ position: number; name: string }>>();
  for (const row of rows) {
    const key = tableKey(text(row, 'OWNER'), text(row, 'CONSTRAINT_NAME'));
    const list = grouped.get(key) ?? [];
    list.push({ position: numberOrNull(row, 'POSITION') ?? 0, name: text(row, 'COLUMN_NAME') });
    grouped.set(key, list);
  }
  return new Map([...grouped].map(([key, list]) => [key, list.sort((a, b) => a.position - b.position).map((c) => c.name)]));
}

function entry(byTable: Map<string, TableKeys>, key: string): TableKeys {
  let keys = byTable.get(key);
  if (keys === undefined) {
    keys = { primaryKey: null, uniqueKeys: [], foreignKeys: [], indexes: [] };
    byTable.set(key, keys);
  }
  return keys;
}

/** A DESC key column is stored as SYS_NC…$ with the expression `"COL"`: it is that column, descending. */
export function parseIndexColumn(row: DictionaryRow): IndexColumn {
  const descending = textOrNull(row, 'DESCEND')?.trim() === 'DESC';
  const expression = textOrNull(row, 'COLUMN_EXPRESSION')?.trim() ?? null;
  if (expression === null) return { name: text(row, 'COLUMN_NAME'), descending };
  const plain = /^"([^"]+)"$/.exec(expression);
  return plain?.[1] !== undefined ? { name: plain[1], descending } : { name: expression, descending, expression: true };
}

function parseIndexes(indexes: readonly DictionaryRow[], indexColumns: readonly DictionaryRow[], backing: ReadonlySet<string>, byTable: Map<string, TableKeys>): void {
  const columns = new Map<string, Array<{ position: number; column: IndexColumn }>>();
  for (const row of indexColumns) {
    const key = tableKey(text(row, 'INDEX_OWNER'), text(row, 'INDEX_NAME'));
    const list = columns.get(key) ?? [];
    list.push({ position: numberOrNull(row, 'COLUMN_POSITION') ?? 0, column: parseIndexColumn(row) });
    columns.set(key, list);
  }
  for (const row of indexes) {
    const key = tableKey(text(row, 'OWNER'), text(row, 'INDEX_NAME'));
    const type = text(row, 'INDEX_TYPE').trim();
    if (backing.has(key) || type === 'IOT - TOP' || type === 'LOB') continue;
    entry(byTable, tableKey(text(row, 'TABLE_OWNER'), text(row, 'TABLE_NAME'))).indexes.push({
      name: text(row, 'INDEX_NAME'),
      unique: text(row, 'UNIQUENESS') === 'UNIQUE',
      kind: INDEX_KINDS[type] ?? type.toLowerCase(),
      columns: (columns.get(key) ?? []).sort((a, b) => a.position - b.position).map((c) => c.column),
    });
  }
}

export function parseKeyRows(
  constraints: readonly DictionaryRow[],
  constraintColumns: readonly DictionaryRow[],
  indexes: readonly DictionaryRow[],
  indexColumns: readonly DictionaryRow[],
): KeyParseResult {
  const byTable = new Map<string, TableKeys>();
  const columns = columnsByConstraint(constraintColumns);
  const backing = new Set<string>();
  const unresolved: string[] = [];
  for (const row of constraints) {
    const owner = text(row, 'OWNER');
    const name = text(row, 'CONSTRAINT_NAME');
    const keys = entry(byTable, tableKey(owner, text(row, 'TABLE_NAME')));
    const cols = columns.get(tableKey(owner, name)) ?? [];
    const type = text(row, 'CONSTRAINT_TYPE');
    const indexName = textOrNull(row, 'INDEX_NAME');
    if ((type === 'P' || type === 'U') && indexName !== null) backing.add(tableKey(textOrNull(row, 'INDEX_OWNER') ?? owner, indexName));
    if (type === 'P') keys.primaryKey = { name, columns: cols };
    else if (type === 'U') keys.uniqueKeys.push({ name, columns: cols });
    else if (type === 'R') {
      const refOwner = textOrNull(row, 'R_OWNER') ?? owner;
      const refTable = textOrNull(row, 'R_TABLE_NAME');
      const refColumns = columns.get(tableKey(refOwner, textOrNull(row, 'R_CONSTRAINT_NAME') ?? '')) ?? [];
      // A key the login cannot see would give a foreign key with no target: left out, and noted.
      if (refTable === null || refColumns.length === 0) {
        unresolved.push(`${owner}.${name}`);
        continue;
      }
      keys.foreignKeys.push({
        name,
        columns: cols,
        refSchema: refOwner,
        refTable,
        refColumns,
        onDelete: DELETE_RULES[textOrNull(row, 'DELETE_RULE') ?? 'NO ACTION'] ?? 'NO ACTION',
        enabled: text(row, 'STATUS') === 'ENABLED',
      });
    }
  }
  parseIndexes(indexes, indexColumns, backing, byTable);
  for (const keys of byTable.values()) {
    keys.uniqueKeys.sort((a, b) => compareStrings(a.name ?? '', b.name ?? ''));
    keys.foreignKeys.sort((a, b) => compareStrings(a.name ?? '', b.name ?? ''));
    keys.indexes.sort((a, b) => compareStrings(a.name, b.name));
  }
  return { byTable, unresolved: unresolved.sort(compareStrings) };
}
