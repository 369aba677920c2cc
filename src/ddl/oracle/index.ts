/**
 * Oracle DDL import: split each SQL*Plus script into statements, then read them in order into one
 * CatalogBuilder so that ALTERs and indexes in a later file attach to tables from an earlier one.
 */
import { CatalogBuilder, type DdlSourceFile } from '../catalog-builder.js';
import type { DdlReader, DdlReadResult } from '../ddl-reader.js';
import { DdlSyntaxError, TokenCursor } from '../token-cursor.js';
import { tokenize } from '../tokenizer.js';
import { readOracleAlterTable } from './read-alter.js';
import { readOracleCreateIndex, readOracleCreateSequence, readOracleCreateSynonym, readOracleCreateView, readOraclePlsqlUnit } from './read-objects.js';
import { readOracleCreateTable, type OracleStatementContext } from './read-table.js';
import { splitOracleScript, type ScriptStatement } from './split-script.js';

/** Statements that do not change what the inventory records. */
const SKIPPED_FIRST_WORDS = new Set([
  'COMMENT', 'GRANT', 'REVOKE', 'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'COMMIT', 'ROLLBACK', 'SAVEPOINT', 'DROP',
  'SELECT', 'WITH', 'TRUNCATE', 'ANALYZE', 'CALL', 'LOCK', 'EXPLAIN', 'DECLARE', 'BEGIN', 'AUDIT', 'NOAUDIT',
  'PURGE', 'FLASHBACK', 'RENAME', 'ASSOCIATE', 'DISASSOCIATE', 'SET',
]);

function where(statement: ScriptStatement): string {
  return `${statement.file}:${statement.line}`;
}

function firstWords(text: string): string {
  return text.replace(/\s+/g, ' ').slice(0, 60).trim();
}

/** Reads one statement; returns true when it was understood or deliberately skipped. */
function readStatement(statement: ScriptStatement, cursor: TokenCursor, context: OracleStatementContext): boolean {
  const first = cursor.next().text.toUpperCase();
  if (SKIPPED_FIRST_WORDS.has(first)) return true;
  if (first === 'ALTER') {
    if (cursor.acceptWords('TABLE')) readOracleAlterTable(cursor, context);
    return true;
  }
  if (first !== 'CREATE') return false;
  cursor.acceptWords('OR', 'REPLACE');
  if (cursor.acceptWords('EDITIONABLE') || cursor.acceptWords('NONEDITIONABLE') || cursor.acceptWords('EDITIONING')) { /* modifier */ }
  if (statement.plsql) {
    readOraclePlsqlUnit(cursor, context, statement.lines);
    return true;
  }
  const temporary = cursor.acceptWords('GLOBAL', 'TEMPORARY') || cursor.acceptWords('PRIVATE', 'TEMPORARY');
  for (const modifier of ['SHARDED', 'DUPLICATED', 'IMMUTABLE', 'BLOCKCHAIN']) cursor.acceptWords(modifier);
  if (cursor.acceptWords('TABLE')) readOracleCreateTable(cursor, context, temporary);
  else if (cursor.acceptWords('INDEX')) readOracleCreateIndex(cursor, context, false, 'btree');
  else if (cursor.acceptWords('UNIQUE', 'INDEX')) readOracleCreateIndex(cursor, context, true, 'btree');
  else if (cursor.acceptWords('BITMAP', 'INDEX')) readOracleCreateIndex(cursor, context, false, 'bitmap');
  else if (cursor.acceptWords('SEQUENCE')) readOracleCreateSequence(cursor, context);
  else if (cursor.acceptWords('PUBLIC', 'SYNONYM')) readOracleCreateSynonym(cursor, context, true);
  else if (cursor.acceptWords('SYNONYM')) readOracleCreateSynonym(cursor, context, false);
  else if (cursor.acceptWords('MATERIALIZED', 'VIEW', 'LOG')) return true;
  else if (cursor.acceptWords('MATERIALIZED', 'VIEW')) readOracleCreateView(cursor, context, true, statement.lines);
  else {
    cursor.acceptWords('NO', 'FORCE');
    cursor.acceptWords('FORCE');
    cursor.acceptWords('EDITIONING');
    if (!cursor.acceptWords('VIEW')) return cursor.isWord(['USER', 'ROLE', 'DIRECTORY', 'CONTEXT', 'TABLESPACE', 'DATABASE', 'PROFILE']);
    readOracleCreateView(cursor, context, false, statement.lines);
  }
  return true;
}

const CURRENT_SCHEMA = /^ALTER\s+SESSION\s+SET\s+CURRENT_SCHEMA\s*=\s*(?:"([^"]+)"|([A-Za-z][\w$#]*))/i;

export function readOracleStatements(statements: Iterable<ScriptStatement>, builder: CatalogBuilder, defaultSchema: string): number {
  let count = 0;
  let currentSchema = defaultSchema;
  for (const statement of statements) {
    count += 1;
    // SQL Developer exports switch owners with ALTER SESSION SET CURRENT_SCHEMA; later unqualified names follow it.
    const switched = CURRENT_SCHEMA.exec(statement.text);
    if (switched !== null) currentSchema = switched[1] ?? (switched[2] ?? currentSchema).toUpperCase();
    const context: OracleStatementContext = { builder, defaultSchema: currentSchema, where: where(statement) };
    try {
      const cursor = new TokenCursor(tokenize(statement.text, { brackets: false, qQuotes: true }), statement.text);
      if (!readStatement(statement, cursor, context)) {
        builder.note('ddl-skipped-statement', 'info', context.where, `statement not read: ${firstWords(statement.text)}`,
          'only tables, indexes, sequences, views, synonyms and PL/SQL units are inventoried from DDL');
      }
    } catch (error) {
      if (!(error instanceof DdlSyntaxError)) throw error;
      builder.note('ddl-unreadable-statement', 'warning', context.where,
        `cannot read "${firstWords(statement.text)}…": ${error.message}`,
        'the object is missing from the inventory; check the statement or import it from a live database');
    }
  }
  return count;
}

export function newOracleBuilder(): CatalogBuilder {
  return new CatalogBuilder({ caseInsensitive: false, indexReuse: true });
}

/** Reads several files as one script, in order. */
export function readOracleFiles(files: readonly DdlSourceFile[], defaultSchema: string): DdlReadResult {
  const builder = newOracleBuilder();
  let statements = 0;
  for (const source of files) statements += readOracleStatements(splitOracleScript(source.text, source.file), builder, defaultSchema);
  const { schemas, notes } = builder.build();
  return { schemas, notes, statements, tables: builder.tablesCreated };
}

export const readOracleDdl: DdlReader = (text, options) =>
  readOracleFiles([{ file: options.file, text }], options.defaultSchema);
