/**
 * SQL Server DDL import: split each script into GO batches and statements, then read them in order
 * into one CatalogBuilder (alias types from `sp_addtype` / `CREATE TYPE` carry across files too).
 */
import { CatalogBuilder, type DdlSourceFile } from '../catalog-builder.js';
import type { DdlReader, DdlReadResult } from '../ddl-reader.js';
import { DdlSyntaxError, TokenCursor } from '../token-cursor.js';
import { makeLineLocator } from '../tokenizer.js';
import type { AliasType } from './native-type.js';
import { readMssqlAlterTable } from './read-alter.js';
import { readMssqlCreateIndex, readMssqlCreateSequence, readMssqlCreateType, readMssqlModule, readSpAddType } from './read-objects.js';
import { readMssqlCreateTable, type MssqlStatementContext } from './read-table.js';
import { splitTsqlScript, type TsqlStatement } from './split-batches.js';

function firstWords(statement: TsqlStatement, source: string): string {
  const first = statement.tokens[0];
  const last = statement.tokens[Math.min(statement.tokens.length, 12) - 1];
  if (first === undefined || last === undefined) return '';
  return source.slice(first.start, last.end).replace(/\s+/g, ' ').slice(0, 60);
}

function readCreate(cursor: TokenCursor, context: MssqlStatementContext, statement: TsqlStatement): boolean {
  if (statement.module) {
    cursor.acceptWords('OR', 'ALTER');
    readMssqlModule(cursor, context, statement.lines);
    return true;
  }
  if (cursor.acceptWords('TABLE')) readMssqlCreateTable(cursor, context);
  else if (cursor.acceptWords('SEQUENCE')) readMssqlCreateSequence(cursor, context);
  else if (cursor.acceptWords('TYPE')) readMssqlCreateType(cursor, context);
  else {
    const unique = cursor.acceptWords('UNIQUE');
    const clustering = cursor.isWord(['CLUSTERED', 'NONCLUSTERED']) ? cursor.next().text.toLowerCase() : 'nonclustered';
    const kind = cursor.acceptWords('COLUMNSTORE') ? 'columnstore' : clustering;
    if (!cursor.acceptWords('INDEX')) return cursor.isWord(['DATABASE', 'SCHEMA', 'USER', 'ROLE', 'LOGIN', 'STATISTICS', 'SYNONYM']);
    readMssqlCreateIndex(cursor, context, unique, kind);
  }
  return true;
}

/** Returns true when the statement was understood or deliberately skipped. */
function readStatement(statement: TsqlStatement, cursor: TokenCursor, context: MssqlStatementContext): boolean {
  const first = cursor.next().text.toUpperCase();
  if (first === 'CREATE') return readCreate(cursor, context, statement);
  if (first === 'ALTER') {
    if (cursor.acceptWords('TABLE')) readMssqlAlterTable(cursor, context);
    return true;
  }
  if ((first === 'EXEC' || first === 'EXECUTE') && cursor.peek()?.text.toLowerCase().replace(/^.*\./, '') === 'sp_addtype') {
    cursor.pos += 1;
    while (cursor.isPunct('.') || (cursor.peek()?.text.toLowerCase() ?? '') === 'sp_addtype') cursor.pos += 1;
    readSpAddType(cursor, context);
  }
  return true;
}

export function readMssqlStatements(statements: Iterable<TsqlStatement>, source: string, builder: CatalogBuilder,
  defaultSchema: string, aliases: Map<string, AliasType>): number {
  let count = 0;
  for (const statement of statements) {
    count += 1;
    const context: MssqlStatementContext = { builder, defaultSchema, aliases, where: `${statement.file}:${statement.line}` };
    try {
      const cursor = new TokenCursor(statement.tokens, source);
      if (!readStatement(statement, cursor, context)) {
        builder.note('ddl-skipped-statement', 'info', context.where, `statement not read: ${firstWords(statement, source)}`,
          'only tables, indexes, sequences, alias types, views and modules are inventoried from DDL');
      }
    } catch (error) {
      if (!(error instanceof DdlSyntaxError)) throw error;
      builder.note('ddl-unreadable-statement', 'warning', context.where,
        `cannot read "${firstWords(statement, source)}…": ${error.message}`,
        'the object is missing from the inventory; check the statement or import it from a live database');
    }
  }
  return count;
}

/** Reads several files as one script, in order. */
export function readMssqlFiles(files: readonly DdlSourceFile[], defaultSchema: string): DdlReadResult {
  const builder = new CatalogBuilder({ caseInsensitive: true, indexReuse: false });
  const aliases = new Map<string, AliasType>();
  let statements = 0;
  for (const source of files) {
    const batches = splitTsqlScript(source.text, source.file, makeLineLocator(source.text));
    statements += readMssqlStatements(batches, source.text, builder, defaultSchema, aliases);
  }
  const { schemas, notes } = builder.build();
  return { schemas, notes, statements, tables: builder.tablesCreated };
}

export const readMssqlDdl: DdlReader = (text, options) => readMssqlFiles([{ file: options.file, text }], options.defaultSchema);
