/** pre-load.sql / post-load.sql on PostgreSQL: units from scriptUnits('postgres') (psql rules), run in one transaction. */
import type pg from 'pg';
import type { ScriptResult, ScriptUnit } from '../dialect.js';
import { runScriptStatements } from '../script-runner.js';

export async function executePostgresScript(client: pg.Client, units: Iterable<ScriptUnit>, file: string, transactional: boolean): Promise<ScriptResult> {
  return runScriptStatements(units, {
    execute: async (sql) => void (await client.query(sql)),
    begin: async () => void (await client.query('BEGIN')),
    commit: async () => void (await client.query('COMMIT')),
    rollback: async () => void (await client.query('ROLLBACK')),
  }, file, transactional);
}
