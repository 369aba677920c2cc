/**
 * pre-load.sql / post-load.sql on MySQL/MariaDB: units from scriptUnits('mysql') (DELIMITER, versioned
 * comments), one statement per call. DDL commits implicitly here, so no transaction.
 */
import type mysql from 'mysql2/promise';
import type { ScriptResult, ScriptUnit } from '../dialect.js';
import { runScriptStatements } from '../script-runner.js';

export async function executeMysqlScript(connection: mysql.Connection, units: Iterable<ScriptUnit>, file: string, transactional: boolean): Promise<ScriptResult> {
  return runScriptStatements(units, {
    execute: async (sql) => void (await connection.query(sql)),
    begin: async () => void (await connection.query('START TRANSACTION')),
    commit: async () => void (await connection.query('COMMIT')),
    rollback: async () => void (await connection.query('ROLLBACK')),
  }, file, transactional);
}
