/**
 * One MySQL statement → catalog drafts. The statement's leading words decide its reader; INSERT,
 * SET, LOCK/UNLOCK TABLES, DROP DATABASE and the like are skipped without tokenizing.
 */
import { readQualifiedName, type MyContext, type MyStatement } from './my-context.js';
import { dropView, readCreateRoutine, readCreateSequence, readCreateTrigger, readCreateView } from './read-objects.js';
import { readAlterTable } from './read-alter.js';
import { dropTable, readCreateIndex, readCreateTable } from './read-table.js';
import type { SqlStatement } from './split-statements.js';
import { nameOf, tokenize, type Token } from './tokens.js';

export type StatementOutcome =
  | { readonly kind: 'read' }
  | { readonly kind: 'skipped' }
  | { readonly kind: 'unreadable'; readonly what: string; readonly reason: string };

const INTERESTING = /^\s*(CREATE|ALTER\s+(ONLINE\s+|IGNORE\s+)?TABLE|DROP\s+(TABLE|VIEW|INDEX)|USE)\b/i;

/** Words that may sit between CREATE and the object keyword. */
const CREATE_MODIFIERS = /^(OR|REPLACE|DEFINER|ALGORITHM|SQL|SECURITY|INVOKER|MERGE|TEMPTABLE|UNDEFINED|AGGREGATE|ONLINE|OFFLINE|IGNORE)$/;

/** Index of the object keyword after CREATE, skipping `DEFINER=x@y`, `ALGORITHM=…`, `OR REPLACE`. */
function objectKeyword(tokens: readonly Token[]): number {
  let k = 1;
  while (k < tokens.length) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === 'word' && CREATE_MODIFIERS.test(t.upper)) {
      if (tokens[k + 1]?.text === '=') {
        // DEFINER = `user`@`host` / CURRENT_USER[()] ; ALGORITHM = X
        k += 3;
        if (tokens[k]?.text === '@' || tokens[k]?.kind === 'string' && tokens[k]?.text.startsWith('@')) k += 2;
        if (tokens[k]?.text === '(') k += 2;
      } else k += 1;
    } else if (t.text === '@') k += 2;
    else return k;
  }
  return k;
}

function dispatchCreate(ctx: MyContext, stmt: MyStatement): boolean {
  const { tokens } = stmt;
  const k = objectKeyword(tokens);
  const word = tokens[k]?.upper ?? '';
  if (word === 'TABLE') {
    readCreateTable(ctx, stmt, k + 1);
    return true;
  }
  if (word === 'TEMPORARY') return false;
  if (word === 'VIEW') readCreateView(ctx, stmt, k);
  else if (word === 'PROCEDURE' || word === 'FUNCTION') readCreateRoutine(ctx, stmt, k);
  else if (word === 'TRIGGER') readCreateTrigger(ctx, stmt, k);
  else if (word === 'SEQUENCE') readCreateSequence(ctx, stmt, k);
  else if (word === 'INDEX') readCreateIndex(ctx, stmt, k, 'INDEX');
  else if (/^(UNIQUE|FULLTEXT|SPATIAL)$/.test(word) && tokens[k + 1]?.upper === 'INDEX') readCreateIndex(ctx, stmt, k + 1, word);
  else if (word === 'DATABASE' || word === 'SCHEMA') {
    const at = tokens[k + 1]?.upper === 'IF' ? k + 4 : k + 1;
    ctx.draft.schema(readQualifiedName(ctx, tokens, at).name);
  } else return false;
  return true;
}

function dispatch(ctx: MyContext, stmt: MyStatement): boolean {
  const { tokens } = stmt;
  const first = tokens[0]?.upper;
  if (first === 'CREATE') return dispatchCreate(ctx, stmt);
  if (first === 'USE') {
    ctx.schema = readQualifiedName(ctx, tokens, 1).name;
    return true;
  }
  if (first === 'ALTER') {
    const table = tokens.findIndex((t) => t.upper === 'TABLE');
    readAlterTable(ctx, stmt, table + 1);
  } else if (first === 'DROP' && tokens[1]?.upper === 'TABLE') dropTable(ctx, stmt, 2);
  else if (first === 'DROP' && tokens[1]?.upper === 'VIEW') dropView(ctx, stmt, 2);
  else if (first === 'DROP' && tokens[1]?.upper === 'INDEX') dropIndex(ctx, stmt);
  return true;
}

/** DROP INDEX name ON table. */
function dropIndex(ctx: MyContext, stmt: MyStatement): void {
  const on = stmt.tokens.findIndex((t) => t.upper === 'ON');
  if (on < 0) return;
  const name = nameOf(stmt.tokens[2]);
  const target = readQualifiedName(ctx, stmt.tokens, on + 1);
  const table = ctx.draft.table(target.schema, target.name);
  if (!table) return;
  table.uniqueKeys = table.uniqueKeys.filter((k) => k.name !== name);
  table.indexes = table.indexes.filter((i) => i.name !== name);
}

function looksLikeTable(text: string): boolean {
  return /^\s*(CREATE\s+(\w+\s+)*TABLE|ALTER\s+TABLE)\b/i.test(text);
}

export function readStatement(ctx: MyContext, statement: SqlStatement): StatementOutcome {
  if (!INTERESTING.test(statement.text)) return { kind: 'skipped' };
  const stmt: MyStatement = { text: statement.text, tokens: tokenize(statement.text), line: statement.line };
  try {
    dispatch(ctx, stmt);
    return { kind: 'read' };
  } catch (error) {
    // Only table statements are worth a note; a routine we could not follow is still just a routine.
    if (!looksLikeTable(statement.text)) return { kind: 'skipped' };
    const head = statement.text.replace(/\s+/g, ' ').slice(0, 60);
    return { kind: 'unreadable', what: `table statement "${head}…"`, reason: error instanceof Error ? error.message : String(error) };
  }
}
