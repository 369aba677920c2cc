/**
 * CREATE TABLE (elements, table options, PARTITION BY), CREATE INDEX and DROP TABLE (mysqldump drops the stand-in table it creates for a view before the real view).
 */
import { partitionColumns } from '../../dialects/mysql/native-type.js';
import type { Partitioning } from '../../model/catalog.js';
import type { TableDraft } from '../postgres/catalog-draft.js';
import { readQualifiedName, type MyContext, type MyStatement } from './my-context.js';
import { readColumn } from './read-column.js';
import { readKeyElement } from './read-keys.js';
import { decodeString } from './column-type.js';
import { matchParen, splitAtCommas, type Token } from './tokens.js';

function optionValue(tokens: readonly Token[], k: number): { value: Token | undefined; next: number } {
  const at = tokens[k]?.text === '=' ? k + 1 : k;
  return { value: tokens[at], next: at + 1 };
}

function readPartitioning(s: string, tokens: readonly Token[], at: number): Partitioning {
  let k = at;
  if (tokens[k]?.upper === 'LINEAR') k += 1;
  const type = (tokens[k]?.text ?? '').toLowerCase();
  k += 1;
  if (tokens[k]?.upper === 'COLUMNS') k += 1;
  if (tokens[k]?.upper === 'ALGORITHM') k += 3;
  const close = matchParen(tokens, k);
  const expression = s.slice(tokens[k]?.end ?? 0, tokens[close - 1]?.start ?? 0).trim();
  let count: number | null = null;
  let subpartitioning: string | null = null;
  for (k = close; k < tokens.length; k += 1) {
    const t = tokens[k];
    if (t?.upper === 'PARTITIONS' && tokens[k + 1]?.kind === 'number') count = Number(tokens[k + 1]?.text);
    else if (t?.upper === 'SUBPARTITION' && tokens[k + 1]?.upper === 'BY') {
      const linear = tokens[k + 2]?.upper === 'LINEAR';
      subpartitioning = `${linear ? 'linear ' : ''}${(tokens[k + (linear ? 3 : 2)]?.text ?? '').toLowerCase()}`;
    } else if (t?.text === '(' && tokens[k + 1]?.upper === 'PARTITION') {
      count = splitAtCommas(tokens, k + 1, matchParen(tokens, k) - 1).length;
      break;
    }
  }
  return { type, columns: partitionColumns(expression), partitionCount: count ?? 1, subpartitioning };
}

function readTableOptions(ctx: MyContext, s: string, tokens: readonly Token[], from: number, table: TableDraft): void {
  for (let k = from; k < tokens.length; k += 1) {
    const upper = tokens[k]?.upper ?? '';
    if (upper === 'ENGINE') table.attributes.engine = optionValue(tokens, k + 1).value?.text ?? null;
    else if (upper === 'CHARSET' || (upper === 'SET' && tokens[k - 1]?.upper === 'CHARACTER')) {
      const charset = optionValue(tokens, k + 1).value?.text;
      if (charset) ctx.charsets.add(charset.toLowerCase());
    } else if (upper === 'COLLATE') table.attributes.collation = optionValue(tokens, k + 1).value?.text ?? null;
    else if (upper === 'COMMENT') {
      const value = optionValue(tokens, k + 1).value;
      table.attributes.comment = value?.kind === 'string' ? decodeString(value.text) || null : null;
    } else if (upper === 'PARTITION' && tokens[k + 1]?.upper === 'BY') {
      table.partitioning = readPartitioning(s, tokens, k + 2);
      return;
    }
  }
}


/** A table statement whose structure we cannot follow: the caller turns it into a CatalogNote. */
export class UnreadableStatement extends Error {}

export function readCreateTable(ctx: MyContext, stmt: MyStatement, at: number): TableDraft {
  const { tokens, text } = stmt;
  let k = at;
  if (tokens[k]?.upper === 'IF') k += 3;
  const name = readQualifiedName(ctx, tokens, k);
  if (tokens[name.next]?.text !== '(') {
    throw new UnreadableStatement(`no column list after table name "${name.name}" (CREATE TABLE … LIKE / AS SELECT is not read)`);
  }
  const close = matchParen(tokens, name.next);
  if (tokens[close - 1]?.text !== ')') throw new UnreadableStatement(`unbalanced parentheses in table "${name.name}"`);
  const elements = splitAtCommas(tokens, name.next + 1, close - 1);
  const bad = elements.find((e) => e.length < 2 && !/^(PERIOD)$/.test(e[0]?.upper ?? ''));
  if (bad) throw new UnreadableStatement(`element "${bad[0]?.text ?? ''}" of table "${name.name}" has no type`);
  const table = ctx.draft.addTable(name.schema, name.name);
  table.attributes = { engine: null, comment: null, collation: null };
  // Keys after columns: a key may name any column, and foreign keys need the other indexes first.
  const isKey = (e: readonly Token[]) => /^(CONSTRAINT|PRIMARY|UNIQUE|KEY|INDEX|FULLTEXT|SPATIAL|FOREIGN|CHECK|PERIOD)$/.test(e[0]?.upper ?? '');
  const isForeign = (e: readonly Token[]) => e.some((t) => t.upper === 'FOREIGN') && isKey(e);
  const inlineForeign: Token[][] = [];
  for (const e of elements.filter((e) => !isKey(e))) {
    const foreign = readColumn(ctx, text, e, table);
    if (foreign) inlineForeign.push(foreign);
  }
  for (const e of elements.filter((e) => isKey(e) && !isForeign(e))) readKeyElement(ctx, text, e, table);
  for (const e of [...inlineForeign, ...elements.filter(isForeign)]) readKeyElement(ctx, text, e, table);
  readTableOptions(ctx, text, tokens, close, table);
  return table;
}

/** CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX name [USING x] ON t (cols). */
export function readCreateIndex(ctx: MyContext, stmt: MyStatement, at: number, flavour: string): void {
  const { tokens, text } = stmt;
  const on = tokens.findIndex((t, k) => k > at && t.upper === 'ON');
  if (on < 0) return;
  const name = readQualifiedName(ctx, tokens, on + 1);
  const table = ctx.draft.table(name.schema, name.name);
  if (!table) return;
  const head = flavour === 'INDEX' ? 'KEY' : flavour;
  const element = [{ ...tokens[at]!, text: head, upper: head }, ...tokens.slice(at + 1, on), ...tokens.slice(name.next)];
  readKeyElement(ctx, text, element, table);
}

export function dropTable(ctx: MyContext, stmt: MyStatement, at: number): void {
  let k = at;
  if (stmt.tokens[k]?.upper === 'IF') k += 2;
  for (const part of splitAtCommas(stmt.tokens, k, stmt.tokens.length)) {
    const name = readQualifiedName(ctx, part, 0);
    ctx.draft.schemas.get(name.schema)?.tables.delete(name.name);
  }
}
