/**
 * A plan's pre-load.sql / post-load.sql → the units DialectConnection.executeScript runs, split by
 * the very splitters that read each dialect's DDL exports: PostgreSQL as psql, MySQL as the mysql
 * client (DELIMITER), Oracle as SQL*Plus (`/`, PL/SQL units), SQL Server into GO batches as sqlcmd.
 */
import type { ScriptUnit } from '../dialects/dialect.js';
import type { DialectName } from '../model/catalog.js';
import { splitTsqlBatches } from './mssql/split-batches.js';
import { iterateMysqlStatements } from './mysql/split-statements.js';
import { splitOracleScript } from './oracle/split-script.js';
import { iteratePostgresStatements } from './postgres/split-statements.js';
import { makeLineLocator } from './tokenizer.js';

export function scriptUnits(dialect: DialectName, sqlText: string, file: string): Iterable<ScriptUnit> {
  switch (dialect) {
    case 'postgres':
      return iteratePostgresStatements(sqlText);
    case 'mysql':
      return iterateMysqlStatements(sqlText);
    case 'oracle':
      return splitOracleScript(sqlText, file);
    case 'mssql':
      return splitTsqlBatches(sqlText, makeLineLocator(sqlText));
  }
}
