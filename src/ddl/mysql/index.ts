/**
 * MySQL / MariaDB DDL import: `mysqldump --no-data [--routines --triggers]` output or a hand-written
 * script → catalog schemas equal to what live introspection reads (row counts and sizes aside).
 * Our own splitter (DELIMITER, versioned comments kept) feeds a focused reader: mysqldump writes
 * SHOW CREATE text, whose layout is regular, and hand-written types are normalised to COLUMN_TYPE.
 */
import type { CatalogNote } from '../../model/catalog.js';
import type { DdlReadOptions, DdlReadResult, DdlReader } from '../ddl-reader.js';
import { CatalogDraft, finishSchemas } from '../postgres/catalog-draft.js';
import type { MyContext } from './my-context.js';
import { readStatement } from './read-statement.js';
import { iterateMysqlStatements } from './split-statements.js';

interface DumpHeader {
  readonly version: string | null;
  readonly mariadb: boolean;
  /** MySQL 8.0.19+ dropped integer display widths from COLUMN_TYPE. */
  readonly integerWidths: boolean;
}

/** Server facts from the mysqldump header; a file without one is read with MariaDB conventions. */
export function readDumpHeader(text: string): DumpHeader {
  const head = text.slice(0, 2000);
  const version = /^-- Server version\s+(\S+)/m.exec(head)?.[1] ?? null;
  const mariadb = version === null ? !/^-- MySQL dump/m.test(head) : /mariadb/i.test(version);
  const [major = 0, minor = 0, patch = 0] = (version ?? '').split(/[.-]/).map(Number);
  const modernMysql = !mariadb && (major > 8 || (major === 8 && (minor > 0 || patch >= 19)));
  return { version, mariadb, integerWidths: !modernMysql };
}

function unreadable(options: DdlReadOptions, line: number, what: string, reason: string): CatalogNote {
  return {
    rule: 'ddl-unreadable-statement',
    severity: 'warning',
    object: `${options.file}:${line}`,
    message: `could not read ${what}: ${reason}`,
    hint: 'check the statement at this line; the rest of the file was read, but this table is missing from the inventory',
  };
}

/** One file of a multi-file export, as the caller decoded it. */
export interface MysqlSourceFile {
  readonly file: string;
  readonly text: string;
}

/**
 * Several files read as one script, in order (e.g. one mysqldump file per table, or tables then
 * routines): an ALTER TABLE in a later file finds the table an earlier file created.
 */
export function readMysqlFiles(sources: readonly MysqlSourceFile[], defaultSchema: string): DdlReadResult {
  const header = readDumpHeader(sources[0]?.text ?? '');
  const ctx: MyContext = {
    draft: new CatalogDraft(),
    schema: defaultSchema,
    flavour: { mariadb: header.mariadb, integerWidths: header.integerWidths, jsonIsLongtext: header.mariadb },
    charsets: new Set(),
  };
  const notes: CatalogNote[] = [];
  let statementCount = 0;
  for (const source of sources) {
    for (const statement of iterateMysqlStatements(source.text)) {
      statementCount += 1;
      const outcome = readStatement(ctx, statement);
      if (outcome.kind === 'unreadable') {
        notes.push(unreadable({ file: source.file, defaultSchema }, statement.line, outcome.what, outcome.reason));
      }
    }
  }
  const schemas = finishSchemas(ctx.draft, { keepEmptySchemas: true });
  const facts: Record<string, string> = { flavour: header.mariadb ? 'mariadb' : 'mysql' };
  if (header.version !== null) facts.version = header.version;
  if (ctx.charsets.size > 0) facts.charset = [...ctx.charsets].sort().join(',');
  return {
    schemas,
    notes,
    statements: statementCount,
    tables: schemas.reduce((n, s) => n + s.tables.length, 0),
    sourceFacts: facts,
  };
}

export const readMysqlDdl: DdlReader = (text: string, options: DdlReadOptions): DdlReadResult =>
  readMysqlFiles([{ file: options.file, text }], options.defaultSchema);
