/**
 * Key and constraint elements: PRIMARY KEY, UNIQUE / KEY / INDEX / FULLTEXT / SPATIAL, FOREIGN KEY.
 * As in information_schema: the primary key is named PRIMARY, a unique index is a unique key, and a
 * foreign key needs an index on its columns — MySQL creates one named after the constraint when no
 * index starts with those columns, and drops it again when a later index covers them.
 */
import type { IndexColumn, ReferentialAction } from '../../model/catalog.js';
import type { TableDraft } from '../postgres/catalog-draft.js';
import { readQualifiedName, type MyContext } from './my-context.js';
import { uniqueIndexName } from './read-column.js';
import { matchParen, nameOf, splitAtCommas, sourceBetween, type Token } from './tokens.js';

/** Indexes MySQL created implicitly for a foreign key, per table: dropped when a real index covers them. */
const implicitIndexes = new WeakMap<TableDraft, Set<string>>();

function keyColumns(s: string, tokens: readonly Token[], open: number): { columns: IndexColumn[]; next: number } {
  const close = matchParen(tokens, open);
  const columns = splitAtCommas(tokens, open + 1, close - 1).map((part): IndexColumn => {
    const descending = part[part.length - 1]?.upper === 'DESC';
    const first = part[0];
    if (first?.text === '(' && first.kind === 'punct') {
      const end = matchParen(part, 0);
      return { name: sourceBetween(s, part, 1, end - 1), descending, expression: true };
    }
    // `name(20)` is a prefix length, not part of the column name.
    return { name: nameOf(first), descending };
  });
  return { columns, next: close };
}

/** Skips an optional index name and `USING BTREE|HASH` before the column list. */
function indexHeader(tokens: readonly Token[], at: number): { name: string | null; kind: string | null; open: number } {
  let k = at;
  let name: string | null = null;
  let kind: string | null = null;
  while (k < tokens.length && tokens[k]?.text !== '(') {
    const t = tokens[k];
    if (t?.upper === 'USING') {
      kind = (tokens[k + 1]?.text ?? '').toLowerCase();
      k += 2;
    } else {
      if (t && t.upper !== 'KEY' && t.upper !== 'INDEX') name = nameOf(t);
      k += 1;
    }
  }
  for (let j = matchParen(tokens, k); j < tokens.length; j += 1) {
    if (tokens[j]?.upper === 'USING') kind = (tokens[j + 1]?.text ?? '').toLowerCase();
  }
  return { name, kind, open: k };
}

function dropCoveredImplicit(table: TableDraft, columns: readonly string[]): void {
  const implicit = implicitIndexes.get(table);
  if (!implicit) return;
  table.indexes = table.indexes.filter((index) => {
    if (!implicit.has(index.name)) return true;
    const covered = index.columns.every((c, k) => columns[k] === c.name);
    if (covered) implicit.delete(index.name);
    return !covered;
  });
}

export function addIndex(table: TableDraft, name: string | null, unique: boolean, kind: string, columns: IndexColumn[]): void {
  const indexName = name ?? uniqueIndexName(table, columns[0]?.name ?? 'idx');
  const names = columns.map((c) => c.name);
  if (unique) table.uniqueKeys.push({ name: indexName, columns: names });
  else table.indexes.push({ name: indexName, unique: false, kind, columns });
  dropCoveredImplicit(table, names);
}

const ACTIONS: ReadonlyArray<[string[], ReferentialAction]> = [
  [['CASCADE'], 'CASCADE'],
  [['SET', 'NULL'], 'SET NULL'],
  [['SET', 'DEFAULT'], 'SET DEFAULT'],
  [['NO', 'ACTION'], 'NO ACTION'],
  [['RESTRICT'], 'RESTRICT'],
];

function deleteRule(tokens: readonly Token[], from: number): ReferentialAction {
  for (let k = from; k < tokens.length; k += 1) {
    if (tokens[k]?.upper !== 'ON' || tokens[k + 1]?.upper !== 'DELETE') continue;
    for (const [words, action] of ACTIONS) if (words.every((w, j) => tokens[k + 2 + j]?.upper === w)) return action;
  }
  // information_schema reports RESTRICT when no ON DELETE was given.
  return 'RESTRICT';
}

function hasLeadingIndex(table: TableDraft, columns: readonly string[]): boolean {
  const starts = (list: readonly string[]) => columns.every((c, k) => list[k] === c);
  return (
    starts(table.primaryKey?.columns ?? []) ||
    table.uniqueKeys.some((key) => starts(key.columns)) ||
    table.indexes.some((index) => starts(index.columns.map((c) => c.name)))
  );
}

function addForeignKey(ctx: MyContext, s: string, tokens: readonly Token[], at: number, table: TableDraft, name: string | null): void {
  const header = indexHeader(tokens, at);
  const { columns, next } = keyColumns(s, tokens, header.open);
  const ref = readQualifiedName(ctx, tokens, next + 1);
  const refList = tokens[ref.next]?.text === '(' ? keyColumns(s, tokens, ref.next) : { columns: [], next: ref.next };
  const fkName = name ?? header.name ?? `${table.name}_ibfk_${table.foreignKeys.length + 1}`;
  const names = columns.map((c) => c.name);
  table.foreignKeys.push({
    name: fkName,
    columns: names,
    refSchema: ref.schema,
    refTable: ref.name,
    refColumns: refList.columns.map((c) => c.name),
    onDelete: deleteRule(tokens, refList.next),
    enabled: true,
  });
  if (!hasLeadingIndex(table, names)) {
    // MariaDB names it after the constraint when one is named, else like any unnamed index.
    const indexName = header.name ?? name ?? uniqueIndexName(table, names[0] ?? fkName);
    table.indexes.push({ name: indexName, unique: false, kind: 'btree', columns: names.map((n) => ({ name: n, descending: false })) });
    const implicit = implicitIndexes.get(table) ?? new Set<string>();
    implicit.add(indexName);
    implicitIndexes.set(table, implicit);
  }
}

/** Reads a key/constraint element; returns false when the element is not one (so it is a column). */
export function readKeyElement(ctx: MyContext, s: string, tokens: readonly Token[], table: TableDraft): boolean {
  let k = 0;
  let constraintName: string | null = null;
  if (tokens[0]?.upper === 'CONSTRAINT') {
    const named = tokens[1] && !/^(PRIMARY|UNIQUE|FOREIGN|CHECK)$/.test(tokens[1].upper);
    constraintName = named ? nameOf(tokens[1]) : null;
    k = named ? 2 : 1;
  }
  const head = tokens[k]?.upper ?? '';
  if (head === 'PRIMARY') {
    const header = indexHeader(tokens, k + 2);
    const { columns } = keyColumns(s, tokens, header.open);
    table.primaryKey = { name: 'PRIMARY', columns: columns.map((c) => c.name) };
    for (const column of table.columns) if (table.primaryKey.columns.includes(column.name)) column.nullable = false;
    dropCoveredImplicit(table, table.primaryKey.columns);
    return true;
  }
  if (head === 'UNIQUE' || head === 'KEY' || head === 'INDEX' || head === 'FULLTEXT' || head === 'SPATIAL') {
    const header = indexHeader(tokens, k + 1);
    const { columns } = keyColumns(s, tokens, header.open);
    const kind = head === 'FULLTEXT' ? 'fulltext' : head === 'SPATIAL' ? 'spatial' : (header.kind ?? 'btree');
    addIndex(table, header.name ?? (head === 'UNIQUE' ? constraintName : null), head === 'UNIQUE', kind, columns);
    return true;
  }
  if (head === 'FOREIGN') {
    addForeignKey(ctx, s, tokens, k + 2, table, constraintName);
    return true;
  }
  return head === 'CHECK' || head === 'PERIOD' || tokens[0]?.upper === 'CONSTRAINT';
}
