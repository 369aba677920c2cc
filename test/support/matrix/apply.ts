/**
 * Applies a plan's DDL files to a live target the way a DBA would run them, one statement at a time
 * (split by the project's own splitters, which follow psql / the mysql client), so a failure names
 * the file, its line, the database error and the statement itself.
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { splitMysqlStatements } from '../../../src/ddl/mysql/split-statements.js';
import { splitPostgresStatements } from '../../../src/ddl/postgres/split-statements.js';
import { LIVE_MYSQL, LIVE_POSTGRES } from '../databases.js';

export interface DdlFile {
  readonly name: string;
  readonly text: string;
}

export class DdlApplyError extends Error {}

function failure(file: DdlFile, line: number, statement: string, error: unknown): DdlApplyError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const shown = statement.length > 1500 ? `${statement.slice(0, 1500)}…` : statement;
  return new DdlApplyError(`${file.name}:${line}: ${typeof code === 'string' ? `${code} ` : ''}${message}\n--- statement ---\n${shown}`);
}

/** Runs each file in order on one PostgreSQL session of `database`. */
export async function applyPostgres(database: string, files: readonly DdlFile[]): Promise<number> {
  const client = new pg.Client({ ...LIVE_POSTGRES, database });
  await client.connect();
  let count = 0;
  try {
    for (const file of files) {
      for (const statement of splitPostgresStatements(file.text)) {
        await client.query(statement.text).catch((error: unknown) => { throw failure(file, statement.line, statement.text, error); });
        count += 1;
      }
    }
  } finally {
    await client.end();
  }
  return count;
}

/** Runs each file in order on one MariaDB session (no default database: the DDL names its databases). */
export async function applyMysql(files: readonly DdlFile[]): Promise<number> {
  const conn = await mysql.createConnection({ ...LIVE_MYSQL, charset: 'utf8mb4' });
  let count = 0;
  // The post-load guards build each statement in @erpm_sql and EXECUTE it: a failure shows the SET that built it.
  let prepared = '';
  try {
    for (const file of files) {
      for (const statement of splitMysqlStatements(file.text)) {
        if (/^SET @erpm_sql\b/i.test(statement.text)) prepared = statement.text;
        const shown = /^EXECUTE\b/i.test(statement.text) && prepared !== '' ? `${prepared};\n${statement.text}` : statement.text;
        await conn.query(statement.text).catch((error: unknown) => { throw failure(file, statement.line, shown, error); });
        count += 1;
      }
    }
  } finally {
    await conn.end();
  }
  return count;
}
