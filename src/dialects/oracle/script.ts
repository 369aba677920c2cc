/**
 * pre-load.sql / post-load.sql on Oracle: units from scriptUnits('oracle') (SQL*Plus rules: `/` lines,
 * PL/SQL units whole with their `END;`). DDL commits implicitly, so no transaction; DML of the
 * script is committed at the end.
 */
import type { ScriptResult, ScriptUnit } from '../dialect.js';
import { runScriptStatements } from '../script-runner.js';
import type { OracleSession } from './connect-session.js';

export async function executeOracleScript(session: OracleSession, units: Iterable<ScriptUnit>, file: string, transactional: boolean): Promise<ScriptResult> {
  const result = await runScriptStatements(units, {
    execute: (sql) => session.execute(sql),
    begin: async () => undefined,
    commit: () => session.commit(),
    rollback: () => session.rollback(),
  }, file, transactional);
  await session.commit();
  return result;
}
