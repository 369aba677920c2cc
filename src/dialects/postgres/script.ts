/** pre-load.sql / post-load.sql on PostgreSQL: split as pg_dump exports are read, run in one transaction. */
import type pg from 'pg';
import { iteratePostgresStatements } from '../../ddl/postgres/split-statements.js';
import type { ScriptResult } from '../dialect.js';
import { runScriptStatements } from '../script-runner.js';

export async function executePostgresScript(client: pg.Client, sqlText: string, file: string, transactional: boolean): Promise<ScriptResult> {
  return runScriptStatements(iteratePostgresStatements(sqlText), {
    execute: async (sql) => void (await client.query(sql)),
    begin: async () => void (await client.query('BEGIN')),
    commit: async () => void (await client.query('COMMIT')),
    rollback: async () => void (await client.query('ROLLBACK')),
  }, file, transactional);
}
