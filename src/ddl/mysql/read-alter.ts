/**
 * ALTER TABLE as hand-written scripts and phpMyAdmin exports use it: `ADD PRIMARY KEY (…), ADD KEY …`,
 * `MODIFY id int(11) NOT NULL AUTO_INCREMENT`, `CHANGE old new …`, `DROP …`, `RENAME TO`, and table
 * options (`ENGINE=…`, `AUTO_INCREMENT=5`, which is not a catalog fact).
 */
import type { TableDraft } from '../postgres/catalog-draft.js';
import { readQualifiedName, type MyContext, type MyStatement } from './my-context.js';
import { readColumn } from './read-column.js';
import { readKeyElement } from './read-keys.js';
import { nameOf, splitAtCommas, type Token } from './tokens.js';

function readElement(ctx: MyContext, s: string, element: readonly Token[], table: TableDraft): void {
  if (element.length === 0 || readKeyElement(ctx, s, element, table)) return;
  const foreign = readColumn(ctx, s, element, table);
  if (foreign) readKeyElement(ctx, s, foreign, table);
}

/** Re-reads a column definition in place (MODIFY), optionally renaming `from` (CHANGE). */
function replaceColumn(ctx: MyContext, s: string, table: TableDraft, from: string, definition: readonly Token[]): void {
  const at = table.columns.findIndex((c) => c.name === from);
  if (at < 0) return;
  const [old] = table.columns.splice(at, 1);
  const foreign = readColumn(ctx, s, definition, table);
  const fresh = table.columns.pop();
  if (foreign) readKeyElement(ctx, s, foreign, table);
  if (!fresh || !old) return;
  table.columns.splice(at, 0, fresh);
  if (fresh.name === from) return;
  const rename = (list: readonly string[]) => list.map((c) => (c === from ? fresh.name : c));
  if (table.primaryKey) table.primaryKey = { ...table.primaryKey, columns: rename(table.primaryKey.columns) };
  table.uniqueKeys = table.uniqueKeys.map((k) => ({ ...k, columns: rename(k.columns) }));
  table.foreignKeys = table.foreignKeys.map((k) => ({ ...k, columns: rename(k.columns) }));
  table.indexes = table.indexes.map((i) => ({ ...i, columns: i.columns.map((c) => (c.name === from ? { ...c, name: fresh.name } : c)) }));
}

function drop(table: TableDraft, action: readonly Token[]): void {
  const what = action[1]?.upper ?? '';
  if (what === 'PRIMARY') {
    table.primaryKey = null;
    return;
  }
  const named = /^(INDEX|KEY|FOREIGN|CONSTRAINT|COLUMN|CHECK)$/.test(what);
  const name = nameOf(action[what === 'FOREIGN' ? 3 : named ? 2 : 1]);
  if (what === 'COLUMN' || !named) table.columns = table.columns.filter((c) => c.name !== name);
  if (what === 'INDEX' || what === 'KEY' || what === 'CONSTRAINT') {
    table.uniqueKeys = table.uniqueKeys.filter((k) => k.name !== name);
    table.indexes = table.indexes.filter((i) => i.name !== name);
  }
  if (what === 'FOREIGN' || what === 'CONSTRAINT') table.foreignKeys = table.foreignKeys.filter((k) => k.name !== name);
}

function rename(ctx: MyContext, table: TableDraft, schema: string, action: readonly Token[]): void {
  const at = action[1]?.upper === 'TO' || action[1]?.upper === 'AS' ? 2 : 1;
  const target = readQualifiedName(ctx, action, at);
  ctx.draft.schemas.get(schema)?.tables.delete(table.name);
  table.name = target.name;
  ctx.draft.schema(target.schema).tables.set(table.name, table);
}

export function readAlterTable(ctx: MyContext, stmt: MyStatement, at: number): void {
  const { tokens, text } = stmt;
  const name = readQualifiedName(ctx, tokens, at);
  const table = ctx.draft.table(name.schema, name.name);
  if (!table) return;
  for (const action of splitAtCommas(tokens, name.next, tokens.length)) {
    const verb = action[0]?.upper;
    const skipColumn = action[1]?.upper === 'COLUMN' ? 2 : 1;
    if (verb === 'ADD') readElement(ctx, text, action.slice(skipColumn), table);
    else if (verb === 'MODIFY') replaceColumn(ctx, text, table, nameOf(action[skipColumn]), action.slice(skipColumn));
    else if (verb === 'CHANGE') replaceColumn(ctx, text, table, nameOf(action[skipColumn]), action.slice(skipColumn + 1));
    else if (verb === 'DROP') drop(table, action);
    else if (verb === 'RENAME' && action[1]?.upper !== 'COLUMN' && action[1]?.upper !== 'INDEX' && action[1]?.upper !== 'KEY') {
      rename(ctx, table, name.schema, action);
    } else if (verb === 'ENGINE') table.attributes.engine = action[action[1]?.text === '=' ? 2 : 1]?.text ?? null;
  }
}
