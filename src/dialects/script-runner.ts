/**
 * Runs split statements in order, shared by every dialect's executeScript. With `transactional`
 * (the dialect's transactionalDdl capability) the whole script is one transaction, so a failed
 * script leaves nothing behind and can be rerun as it is.
 */
import type { ScriptResult, ScriptUnit } from './dialect.js';
import { scriptStatementError } from './transfer-errors.js';

export interface ScriptSession {
  execute(sql: string): Promise<void>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export async function runScriptStatements(
  statements: Iterable<ScriptUnit>,
  session: ScriptSession,
  file: string,
  transactional: boolean,
): Promise<ScriptResult> {
  let count = 0;
  if (transactional) await session.begin();
  for (const statement of statements) {
    try {
      await session.execute(statement.text);
    } catch (error) {
      if (transactional) await session.rollback().catch(() => undefined);
      throw scriptStatementError(file, statement.line, error, transactional);
    }
    count += 1;
  }
  if (transactional) await session.commit();
  return { statements: count };
}
