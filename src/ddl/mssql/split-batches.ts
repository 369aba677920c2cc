/**
 * T-SQL script → GO batches → statements. `GO [count]` alone on a line separates batches (it is a
 * client command, never inside a string or comment: the tokenizer has already consumed those).
 * T-SQL needs no terminator, so inside a batch a statement starts at `;` or at a top-level keyword
 * that can only begin a statement; a CREATE VIEW/PROCEDURE/FUNCTION/TRIGGER owns the rest of its batch.
 * Tokens are produced lazily and each batch is released after use: memory is bounded by one batch.
 */
import { scanTokens, type Token } from '../tokenizer.js';

export interface TsqlStatement {
  readonly tokens: readonly Token[];
  readonly file: string;
  readonly line: number;
  /** Lines from the first to the last token (module sizes). */
  readonly lines: number;
  /** True for a CREATE VIEW/PROCEDURE/FUNCTION/TRIGGER that took the whole rest of its batch. */
  readonly module: boolean;
}

const STATEMENT_STARTS = new Set([
  'CREATE', 'ALTER', 'EXEC', 'EXECUTE', 'INSERT', 'IF', 'PRINT', 'RAISERROR', 'USE', 'GRANT', 'DENY', 'REVOKE',
  'DECLARE', 'UPDATE', 'DELETE', 'BEGIN', 'END', 'ELSE', 'TRUNCATE', 'WHILE', 'RETURN', 'COMMIT', 'ROLLBACK',
  'CHECKPOINT', 'DBCC', 'SETUSER', 'BACKUP', 'RESTORE', 'DROP', 'SET',
]);
const MODULE_KINDS = new Set(['VIEW', 'PROC', 'PROCEDURE', 'FUNCTION', 'TRIGGER']);

function upper(token: Token | undefined): string {
  return token?.kind === 'word' ? token.text.toUpperCase() : '';
}

/** `GO` (optionally `GO 5`) alone on its line. */
function isBatchSeparator(text: string, token: Token): boolean {
  if (token.kind !== 'word' || token.text.length !== 2 || token.text.toUpperCase() !== 'GO') return false;
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
  if (text.slice(lineStart, token.start).trim() !== '') return false;
  const lineEnd = text.indexOf('\n', token.end);
  const rest = text.slice(token.end, lineEnd < 0 ? text.length : lineEnd).trim();
  return rest === '' || /^\d+\s*(--.*)?$/.test(rest) || rest.startsWith('--');
}

const SESSION_OPTIONS = new Set([
  'ANSI_NULLS', 'QUOTED_IDENTIFIER', 'NOCOUNT', 'IDENTITY_INSERT', 'ANSI_PADDING', 'ANSI_WARNINGS', 'ANSI_NULL_DFLT_ON',
  'ARITHABORT', 'CONCAT_NULL_YIELDS_NULL', 'NUMERIC_ROUNDABORT', 'XACT_ABORT', 'DATEFORMAT', 'LANGUAGE', 'TRANSACTION',
  'ROWCOUNT', 'STATISTICS', 'NOEXEC', 'DEADLOCK_PRIORITY', 'LOCK_TIMEOUT', 'IMPLICIT_TRANSACTIONS', 'TEXTSIZE', 'DATEFIRST',
]);

/** Does a keyword at top level start a new statement here, given the previous and next tokens? */
function startsStatement(word: string, previous: string, next: Token | undefined, current: readonly Token[]): boolean {
  if (!STATEMENT_STARTS.has(word) || current.length === 0) return false;
  // `ON DELETE CASCADE` in a foreign key, not a DELETE statement after `SET IDENTITY_INSERT t ON`.
  if ((word === 'UPDATE' || word === 'DELETE') && previous === 'ON' && ['CASCADE', 'NO', 'SET', 'RESTRICT'].includes(upper(next))) return false;
  const head = upper(current[0]);
  if (word === 'SET') {
    // `SET NOCOUNT ON` / `SET @v = …` after another statement; not `UPDATE t SET`, `ALTER DATABASE x SET`, `ALTER TABLE x SET (…)`.
    const isSessionSet = SESSION_OPTIONS.has(upper(next)) || (next?.text.startsWith('@') ?? false);
    return isSessionSet && head !== 'UPDATE' && !(head === 'ALTER' && upper(current[1]) === 'DATABASE');
  }
  if (word === 'DROP') return head !== 'UPDATE' && head !== 'ALTER' && head !== 'IF' && head !== 'ELSE';
  if (word === 'INSERT' && previous === 'FOR') return false;
  return true;
}

function* statementsOfBatch(batch: readonly Token[], file: string, line: (offset: number) => number): Generator<TsqlStatement> {
  let current: Token[] = [];
  let depth = 0;
  const flush = function* (module: boolean): Generator<TsqlStatement> {
    const first = current[0];
    const last = current[current.length - 1];
    if (first !== undefined && last !== undefined) {
      const from = line(first.start);
      yield { tokens: current, file, line: from, lines: line(last.end - 1) - from + 1, module };
    }
    current = [];
  };
  for (let k = 0; k < batch.length; k += 1) {
    const token = batch[k] as Token;
    if (token.kind === 'punct' && token.text === ';' && depth === 0) {
      yield* flush(false);
      continue;
    }
    const word = upper(token);
    if (depth === 0 && startsStatement(word, upper(current[current.length - 1]), batch[k + 1], current)) yield* flush(false);
    if (word === 'CREATE' && depth === 0 && current.length === 0 && isModuleHead(batch, k)) {
      current = batch.slice(k);
      yield* flush(true);
      return;
    }
    if (token.kind === 'punct' && token.text === '(') depth += 1;
    if (token.kind === 'punct' && token.text === ')') depth = Math.max(0, depth - 1);
    current.push(token);
  }
  yield* flush(false);
}

function isModuleHead(batch: readonly Token[], at: number): boolean {
  let k = at + 1;
  if (upper(batch[k]) === 'OR' && upper(batch[k + 1]) === 'ALTER') k += 2;
  return MODULE_KINDS.has(upper(batch[k]));
}

export function* splitTsqlScript(text: string, file: string, line: (offset: number) => number): Generator<TsqlStatement> {
  let batch: Token[] = [];
  let separatorLineEnd = -1;
  for (const token of scanTokens(text, { brackets: true, qQuotes: false })) {
    if (token.start < separatorLineEnd) continue; // the count of `GO 5`
    if (isBatchSeparator(text, token)) {
      yield* statementsOfBatch(batch, file, line);
      batch = [];
      const lineEnd = text.indexOf('\n', token.end);
      separatorLineEnd = lineEnd < 0 ? text.length : lineEnd;
      continue;
    }
    batch.push(token);
  }
  yield* statementsOfBatch(batch, file, line);
}

export interface TsqlBatch {
  /** Source text from the batch's first token to its last (comments inside kept, as sqlcmd sends them). */
  readonly text: string;
  /** 1-based line of the first token. */
  readonly line: number;
}

/**
 * The GO batches of a script, as sqlcmd sends them to the server: T-SQL scopes variables and
 * CREATE PROCEDURE/VIEW bodies to a batch, so a script is executed batch by batch, not statement by statement.
 */
export function* splitTsqlBatches(text: string, line: (offset: number) => number): Generator<TsqlBatch> {
  let first: Token | undefined;
  let last: Token | undefined;
  let separatorLineEnd = -1;
  const flush = function* (): Generator<TsqlBatch> {
    if (first !== undefined && last !== undefined) yield { text: text.slice(first.start, last.end), line: line(first.start) };
    first = undefined;
    last = undefined;
  };
  for (const token of scanTokens(text, { brackets: true, qQuotes: false })) {
    if (token.start < separatorLineEnd) continue;
    if (isBatchSeparator(text, token)) {
      yield* flush();
      const lineEnd = text.indexOf('\n', token.end);
      separatorLineEnd = lineEnd < 0 ? text.length : lineEnd;
      continue;
    }
    first ??= token;
    last = token;
  }
  yield* flush();
}
