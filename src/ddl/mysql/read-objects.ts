/**
 * Views, routines, triggers and MariaDB sequences. Line counts match the live reader
 * (src/dialects/mysql/catalog-queries.ts): lines of VIEW_DEFINITION / ROUTINE_DEFINITION /
 * ACTION_STATEMENT with surrounding newlines trimmed — the text mysqldump prints after `AS`,
 * after a routine's characteristics and after `FOR EACH ROW`.
 */
import type { CatalogSequence } from '../../model/catalog.js';
import { readDeclaredType } from './column-type.js';
import { readQualifiedName, type MyContext, type MyStatement } from './my-context.js';
import { matchParen, type Token } from './tokens.js';

export function lineCount(text: string): number {
  return text.replace(/^\n+/, '').replace(/\n+$/, '').split('\n').length;
}

function restFrom(stmt: MyStatement, k: number): string {
  const t = stmt.tokens[k];
  return t ? stmt.text.slice(t.start).trim() : '';
}

export function readCreateView(ctx: MyContext, stmt: MyStatement, at: number): void {
  const { tokens } = stmt;
  let k = at + 1;
  if (tokens[k]?.upper === 'IF') k += 3;
  const name = readQualifiedName(ctx, tokens, k);
  k = name.next;
  if (tokens[k]?.text === '(') k = matchParen(tokens, k);
  const body = restFrom(stmt, k + 1).replace(/\s+WITH\s+(CASCADED\s+|LOCAL\s+)?CHECK\s+OPTION$/i, '');
  ctx.draft.schema(name.schema).views.set(name.name, { name: name.name, materialized: false, lines: lineCount(body) });
}

export function dropView(ctx: MyContext, stmt: MyStatement, at: number): void {
  let k = at;
  if (stmt.tokens[k]?.upper === 'IF') k += 2;
  const name = readQualifiedName(ctx, stmt.tokens, k);
  ctx.draft.schemas.get(name.schema)?.views.delete(name.name);
}

const CHARACTERISTIC_WORDS = /^(LANGUAGE|SQL|NOT|DETERMINISTIC|CONTAINS|NO|READS|MODIFIES|DATA|SECURITY|DEFINER|INVOKER)$/;

/** Index of the first body token after a routine's characteristics. */
function bodyStart(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length) {
    const upper = tokens[k]?.upper ?? '';
    if (upper === 'COMMENT') k += 2;
    else if (CHARACTERISTIC_WORDS.test(upper) && tokens[k]?.kind === 'word') k += 1;
    else return k;
  }
  return k;
}

export function readCreateRoutine(ctx: MyContext, stmt: MyStatement, at: number): void {
  const { tokens } = stmt;
  const kind = tokens[at]?.upper === 'PROCEDURE' ? 'procedure' : 'function';
  let k = at + 1;
  if (tokens[k]?.upper === 'IF') k += 3;
  const name = readQualifiedName(ctx, tokens, k);
  k = tokens[name.next]?.text === '(' ? matchParen(tokens, name.next) : name.next;
  if (kind === 'function' && tokens[k]?.upper === 'RETURNS') {
    k = readDeclaredType(tokens, k + 1, ctx.flavour).next;
    while (/^(CHARSET|COLLATE|CHARACTER)$/.test(tokens[k]?.upper ?? '')) k += tokens[k]?.upper === 'CHARACTER' ? 3 : 2;
  }
  const body = restFrom(stmt, bodyStart(tokens, k));
  ctx.draft.schema(name.schema).routines.set(`${kind} ${name.name}`, {
    routine: { name: name.name, kind, lines: lineCount(body) },
    sortKey: kind,
  });
}

export function readCreateTrigger(ctx: MyContext, stmt: MyStatement, at: number): void {
  const { tokens } = stmt;
  let k = at + 1;
  if (tokens[k]?.upper === 'IF') k += 3;
  const name = readQualifiedName(ctx, tokens, k);
  const event = tokens[name.next + 1]?.upper ?? null;
  const on = tokens.findIndex((t, j) => j > name.next && t.upper === 'ON');
  const table = on < 0 ? null : readQualifiedName(ctx, tokens, on + 1);
  let body = table ? table.next + 3 : tokens.length;
  if (tokens[body]?.upper === 'FOLLOWS' || tokens[body]?.upper === 'PRECEDES') body += 2;
  ctx.draft.schema(name.schema).triggers.set(name.name, {
    name: name.name,
    table: table?.name ?? null,
    events: event,
    lines: lineCount(restFrom(stmt, body)),
  });
}

/** MariaDB `CREATE SEQUENCE s start with 1 minvalue 1 maxvalue … increment by 1 cache 1000 nocycle`. */
export function readCreateSequence(ctx: MyContext, stmt: MyStatement, at: number): void {
  const { tokens } = stmt;
  let k = at + 1;
  if (tokens[k]?.upper === 'IF') k += 3;
  const name = readQualifiedName(ctx, tokens, k);
  const sequence: { -readonly [K in keyof CatalogSequence]: CatalogSequence[K] } = {
    name: name.name, start: '1', increment: '1', minValue: '1', maxValue: '9223372036854775806', cycle: false, lastValue: null,
  };
  const number = (j: number): string => {
    const signed = tokens[j]?.text === '-' ? `-${tokens[j + 1]?.text ?? ''}` : (tokens[j]?.text ?? '');
    return signed;
  };
  for (let j = name.next; j < tokens.length; j += 1) {
    const upper = tokens[j]?.upper;
    const step = tokens[j + 1]?.upper === 'WITH' || tokens[j + 1]?.upper === 'BY' || tokens[j + 1]?.text === '=' ? 2 : 1;
    if (upper === 'START') sequence.start = number(j + step);
    else if (upper === 'INCREMENT') sequence.increment = number(j + step);
    else if (upper === 'MINVALUE') sequence.minValue = number(j + (tokens[j + 1]?.text === '=' ? 2 : 1));
    else if (upper === 'MAXVALUE') sequence.maxValue = number(j + (tokens[j + 1]?.text === '=' ? 2 : 1));
    else if (upper === 'CYCLE') sequence.cycle = true;
  }
  ctx.draft.schema(name.schema).sequences.set(name.name, { ...sequence, ownedBy: null });
}
