/**
 * T-SQL CREATE TABLE: columns (types, IDENTITY, computed `AS (…) [PERSISTED]`, ROWGUIDCOL, inline
 * `CONSTRAINT [DF_x] DEFAULT (…)`, inline keys and REFERENCES) and table constraints; filegroup,
 * `TEXTIMAGE_ON` and `WITH (…)` options are skipped except MEMORY_OPTIMIZED / SYSTEM_VERSIONING.
 */
import { attachConstraint, newTableDraft, type CatalogBuilder, type ConstraintDraft, type Mutable, type TableDraft } from '../catalog-builder.js';
import type { CatalogColumn } from '../../model/catalog.js';
import { DdlSyntaxError, type TokenCursor } from '../token-cursor.js';
import { readDefaultExpression, readMssqlReferences, readMssqlTableConstraint, skipIndexOptions } from './constraints.js';
import { readMssqlName, readMssqlNameList, readMssqlQualified } from './names.js';
import { readMssqlType, type AliasType } from './native-type.js';

export interface MssqlStatementContext {
  readonly builder: CatalogBuilder;
  readonly defaultSchema: string;
  readonly where: string;
  readonly aliases: Map<string, AliasType>;
}

const SKIPPED_COLUMN_WORDS = ['ROWGUIDCOL', 'SPARSE', 'FILESTREAM', 'PERSISTED', 'HIDDEN'];

function readIdentity(cursor: TokenCursor, column: Mutable<CatalogColumn>): void {
  let start = '1';
  let increment = '1';
  if (cursor.isPunct('(')) {
    const [seed, step] = cursor.takeParenGroup().splitTopLevel().map((part) => part.restText().replace(/\s+/g, ''));
    start = seed ?? start;
    increment = step ?? increment;
  }
  column.identity = { generation: 'always', start, increment };
  column.nullable = false;
}

/** One column definition; inline constraints go to `constraints`. */
export function readMssqlColumn(cursor: TokenCursor, context: MssqlStatementContext, constraints: ConstraintDraft[]): Mutable<CatalogColumn> {
  const name = readMssqlName(cursor);
  const column: Mutable<CatalogColumn> = { name, nativeType: '', length: null, precision: null, scale: null, nullable: true, default: null, identity: null };
  let nullWritten = false;
  let aliasNullable: boolean | undefined;
  if (cursor.acceptWords('AS')) {
    const from = cursor.pos;
    while (!cursor.atEnd() && !cursor.isWord(['PERSISTED', 'CONSTRAINT', 'NOT', 'NULL', 'PRIMARY', 'UNIQUE'])) if (!cursor.skipParenGroup()) cursor.pos += 1;
    column.computed = cursor.textOf(from, cursor.pos - 1).trim();
  } else {
    const type = readMssqlType(cursor, context.aliases, context.defaultSchema);
    Object.assign(column, { nativeType: type.nativeType, length: type.length, precision: type.precision, scale: type.scale });
    if (type.userType !== undefined) column.userType = type.userType;
    aliasNullable = type.aliasNullable;
  }
  let constraintName: string | null = null;
  while (!cursor.atEnd()) {
    if (cursor.acceptWords('CONSTRAINT')) {
      constraintName = readMssqlName(cursor);
      continue;
    }
    if (cursor.acceptWords('NOT', 'NULL')) { column.nullable = false; nullWritten = true; }
    else if (cursor.acceptWords('NULL')) { column.nullable = true; nullWritten = true; }
    else if (cursor.acceptWords('DEFAULT')) column.default = readDefaultExpression(cursor);
    else if (cursor.acceptWords('IDENTITY')) { readIdentity(cursor, column); nullWritten = true; }
    else if (cursor.acceptWords('COLLATE')) cursor.pos += 1;
    else if (cursor.isWord(SKIPPED_COLUMN_WORDS)) cursor.pos += 1;
    else if (cursor.acceptWords('NOT', 'FOR', 'REPLICATION')) { /* identity / FK replication flag */ }
    else if (cursor.acceptWords('PRIMARY', 'KEY') || cursor.isWord('UNIQUE')) {
      const kind = cursor.acceptWords('UNIQUE') ? 'unique' : 'primary';
      skipIndexOptions(cursor);
      const columns = cursor.isPunct('(') ? readMssqlNameList(cursor) : [name];
      skipIndexOptions(cursor);
      constraints.push({ kind, name: constraintName, columns });
    } else if (cursor.acceptWords('FOREIGN', 'KEY', 'REFERENCES') || cursor.acceptWords('REFERENCES')) {
      constraints.push({ kind: 'foreign', name: constraintName, columns: [name], ...readMssqlReferences(cursor, context.defaultSchema), enabled: true });
    } else if (cursor.acceptWords('CHECK')) {
      cursor.acceptWords('NOT', 'FOR', 'REPLICATION');
      cursor.skipParenGroup();
    } else if (cursor.isWord(['MASKED', 'ENCRYPTED']) || cursor.acceptWords('GENERATED', 'ALWAYS', 'AS')) {
      while (!cursor.atEnd() && !cursor.isWord(['NOT', 'NULL', 'CONSTRAINT', 'HIDDEN'])) if (!cursor.skipParenGroup()) cursor.pos += 1;
    } else if (cursor.acceptWords('INDEX')) {
      readMssqlName(cursor);
      skipIndexOptions(cursor);
    } else {
      throw new DdlSyntaxError(`unexpected ${cursor.describe()} in column ${name}`);
    }
    constraintName = null;
  }
  if (!nullWritten && aliasNullable !== undefined) column.nullable = aliasNullable;
  return column;
}

export function addMssqlElements(table: TableDraft, elements: readonly TokenCursor[], context: MssqlStatementContext): void {
  for (const element of elements) {
    if (element.isWord('PERIOD') && element.isWord('FOR', 1)) continue;
    if (element.isWord('INDEX') && element.peek(1)?.kind !== 'punct' && !element.isWord(['INT', 'BIGINT', 'VARCHAR', 'NVARCHAR', 'CHAR'], 1)) {
      element.pos += 1;
      const name = readMssqlName(element);
      const unique = element.acceptWords('UNIQUE');
      const kind = skipIndexOptions(element) ?? 'nonclustered';
      const columns = readMssqlNameList(element).map((column) => ({ name: column, descending: false }));
      table.indexes.push({ name, unique, kind, columns });
      continue;
    }
    const constraint = readMssqlTableConstraint(element, context.defaultSchema);
    if (constraint?.kind === 'constraint') attachConstraint(table, constraint.draft);
    else if (constraint?.kind === 'default') {
      const column = table.columns.find((candidate) => context.builder.key(candidate.name) === context.builder.key(constraint.column));
      if (column !== undefined) column.default = constraint.expression;
    } else {
      const inline: ConstraintDraft[] = [];
      table.columns.push(readMssqlColumn(element, context, inline));
      for (const draft of inline) attachConstraint(table, draft);
    }
    if (!element.atEnd()) throw new DdlSyntaxError(`unexpected ${element.describe()} after table element`);
  }
}

/** The cursor is just after `CREATE TABLE`. */
export function readMssqlCreateTable(cursor: TokenCursor, context: MssqlStatementContext): void {
  const { schema, name } = readMssqlQualified(cursor, context.defaultSchema);
  if (name.startsWith('#')) return; // temporary table in a script
  if (cursor.isWord('AS')) throw new DdlSyntaxError('CREATE TABLE … AS (graph/FileTable) is not supported');
  const table = newTableDraft(name);
  addMssqlElements(table, cursor.takeParenGroup().splitTopLevel(), context);
  while (!cursor.atEnd()) {
    if (cursor.acceptWords('WITH') && cursor.isPunct('(')) {
      const options = cursor.takeParenGroup().restText().toUpperCase().replace(/\s+/g, '');
      if (options.includes('MEMORY_OPTIMIZED=ON')) table.attributes.memoryOptimized = true;
      if (options.includes('SYSTEM_VERSIONING=ON')) table.attributes.temporal = true;
    } else if (!cursor.skipParenGroup()) cursor.pos += 1;
  }
  context.builder.addTable(schema, table);
}
