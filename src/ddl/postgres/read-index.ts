/**
 * CREATE [UNIQUE] INDEX … USING method (…) [WHERE …]. Expression columns and predicates are taken
 * from the source text, which pg_dump writes in pg_get_indexdef's deparsed form.
 */
import type { IndexElem, IndexStmt } from 'libpg-query';
import type { IndexColumn } from '../../model/catalog.js';
import { relationSchema, type PgContext, type PgStatement } from './pg-context.js';
import { findKeyword, splitParenList } from './source-text.js';

/** Drops ordering, NULLS, opclass and COLLATE from an index element's text, leaving the expression. */
function elementExpression(text: string, elem: IndexElem): string {
  let t = text.replace(/\s+NULLS\s+(FIRST|LAST)\s*$/i, '').replace(/\s+(ASC|DESC)\s*$/i, '');
  if ((elem.opclass ?? []).length > 0) t = t.replace(/\s+("[^"]+"|[\w$]+)(\.("[^"]+"|[\w$]+))?(\s*\([^)]*\))?\s*$/, '');
  if ((elem.collation ?? []).length > 0) t = t.replace(/\s+COLLATE\s+\S+\s*$/i, '');
  // pg_get_indexdef(oid, column) keeps the parentheses pg_dump prints around a non-function expression.
  return t.trim();
}

function indexColumns(stmt: PgStatement, index: IndexStmt): IndexColumn[] {
  const s = stmt.source.text;
  const afterRelation = stmt.source.index(index.relation?.location ?? 0);
  const open = s.indexOf('(', afterRelation);
  const items = open < 0 ? [] : splitParenList(s, open).items;
  return (index.indexParams ?? []).flatMap((node, k) => {
    if (!('IndexElem' in node)) return [];
    const elem = node.IndexElem;
    const descending = elem.ordering === 'SORTBY_DESC';
    if (elem.name !== undefined) return [{ name: elem.name, descending }];
    return [{ name: elementExpression(items[k] ?? '', elem), descending, expression: true }];
  });
}

function whereText(stmt: PgStatement): string | null {
  const s = stmt.source.text;
  const at = findKeyword(s, 'WHERE');
  return at < 0 ? null : s.slice(at + 5).trim();
}

export function readCreateIndex(ctx: PgContext, stmt: PgStatement, index: IndexStmt): void {
  const schema = relationSchema(ctx, index.relation);
  const table = ctx.draft.table(schema, index.relation?.relname ?? '');
  if (!table) return;
  const columns = indexColumns(stmt, index);
  const name = index.idxname ?? `${table.name}_${columns.map((c) => (c.expression ? 'expr' : c.name)).join('_')}_idx`;
  const where = index.whereClause ? whereText(stmt) : null;
  table.indexes.push({
    name,
    unique: index.unique === true,
    kind: (index.accessMethod ?? 'btree').toLowerCase(),
    columns,
    where,
  });
}
