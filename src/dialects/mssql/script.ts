/**
 * pre-load.sql / post-load.sql on SQL Server: GO batches from scriptUnits('mssql'), sent one by one as
 * sqlcmd does (variables and module bodies live in a batch). DDL is transactional in SQL Server, so
 * the script runs in one transaction.
 */
import type { ScriptResult, ScriptUnit } from '../dialect.js';
import { runScriptStatements } from '../script-runner.js';
import type { MssqlSession } from './connect-session.js';

export async function executeMssqlScript(session: MssqlSession, units: Iterable<ScriptUnit>, file: string, transactional: boolean): Promise<ScriptResult> {
  return runScriptStatements(units, {
    execute: (sql) => session.batch(sql),
    begin: () => session.begin(),
    commit: () => session.commit(),
    rollback: () => session.rollback(),
  }, file, transactional);
}
