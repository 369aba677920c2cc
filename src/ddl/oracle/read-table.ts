/**
 * Oracle CREATE TABLE: relational tables with their columns and constraints, plus the table
 * properties the inventory needs (ORGANIZATION INDEX, GLOBAL TEMPORARY, PARTITION BY …). Storage,
 * tablespace and LOB clauses are skipped. Object tables (`OF type`) are kept with no columns and a note.
 */
import { attachConstraint, newTableDraft, type CatalogBuilder, type TableDraft } from '../catalog-builder.js';
import type { Partitioning } from '../../model/catalog.js';
import { DdlSyntaxError, type TokenCursor } from '../token-cursor.js';
import { readOracleColumn } from './columns.js';
import { readTableConstraint } from './constraints.js';
import { readOracleNameList, readQualifiedOracleName } from './names.js';

export interface OracleStatementContext {
  readonly builder: CatalogBuilder;
  readonly defaultSchema: string;
  /** `file:line` of the statement, for notes. */
  readonly where: string;
}

/** Adds the relational elements (columns and out-of-line constraints) to a table draft. */
export function addRelationalElements(table: TableDraft, elements: readonly TokenCursor[], defaultSchema: string): void {
  for (const element of elements) {
    const constraint = readTableConstraint(element, defaultSchema);
    if (constraint !== null) {
      attachConstraint(table, constraint);
      continue;
    }
    if ((element.isWord('SUPPLEMENTAL') && element.isWord('LOG', 1)) || (element.isWord('PERIOD') && element.isWord('FOR', 1))) continue;
    const definition = readOracleColumn(element, defaultSchema);
    if (!definition.typed && definition.column.computed === undefined) {
      throw new DdlSyntaxError(`column ${definition.column.name} has no type`);
    }
    table.columns.push(definition.column);
    for (const inline of definition.constraints) attachConstraint(table, inline);
  }
}

/** The cursor is just after `TABLE`. */
export function readOracleCreateTable(cursor: TokenCursor, context: OracleStatementContext, temporary: boolean): void {
  const { schema, name } = readQualifiedOracleName(cursor, context.defaultSchema);
  const table = newTableDraft(name);
  if (temporary) table.attributes.temporary = true;
  if (cursor.acceptWords('SHARING')) {
    cursor.expectPunct('=');
    cursor.pos += 1;
  }
  if (cursor.acceptWords('OF')) {
    const type = readQualifiedOracleName(cursor, context.defaultSchema);
    table.attributes.objectType = `${type.schema}.${type.name}`;
    context.builder.addTable(schema, table);
    context.builder.note('ddl-object-table', 'warning', context.where,
      `${schema}.${name} is an object table OF ${type.schema}.${type.name}; its columns come from the type and are not listed`,
      'object tables need a manual migration design: flatten the type into relational columns');
    return;
  }
  if (!cursor.isPunct('(')) {
    throw new DdlSyntaxError(cursor.isWord('AS') ? 'CREATE TABLE … AS SELECT has no column list' : `expected "(" near ${cursor.describe()}`);
  }
  addRelationalElements(table, cursor.takeParenGroup().splitTopLevel(), context.defaultSchema);
  readTableProperties(cursor, table);
  context.builder.addTable(schema, table);
}

function readTableProperties(cursor: TokenCursor, table: TableDraft): void {
  while (!cursor.atEnd()) {
    if (cursor.acceptWords('ORGANIZATION', 'INDEX')) table.attributes.iot = true;
    else if (cursor.acceptWords('ORGANIZATION', 'EXTERNAL')) table.attributes.external = true;
    else if (cursor.acceptWords('PARTITION', 'BY')) table.partitioning = readPartitioning(cursor);
    else if (!cursor.skipParenGroup()) cursor.pos += 1;
  }
}

/** After `PARTITION BY`: type, key columns, INTERVAL, SUBPARTITION BY, and the partition list or count. */
function readPartitioning(cursor: TokenCursor): Partitioning {
  let type = cursor.next().text.toLowerCase();
  const columns = type === 'system' ? [] : readOracleNameList(cursor);
  let subpartitioning: string | null = null;
  let partitionCount: number | null = null;
  while (!cursor.atEnd()) {
    if (cursor.acceptWords('INTERVAL')) {
      type = 'interval';
      cursor.skipParenGroup();
    } else if (cursor.acceptWords('SUBPARTITION', 'BY')) {
      subpartitioning = cursor.next().text.toLowerCase();
      cursor.skipParenGroup();
    } else if (cursor.acceptWords('PARTITIONS')) {
      partitionCount = Number(cursor.next().text);
    } else if (cursor.isPunct('(') && cursor.isWord('PARTITION', 1)) {
      partitionCount = cursor.takeParenGroup().splitTopLevel().length;
      break;
    } else if (cursor.isWord(['ENABLE', 'DISABLE', 'ROW', 'LOB', 'TABLESPACE', 'PARALLEL', 'NOPARALLEL', 'CACHE', 'NOCACHE', 'COMPRESS', 'NOCOMPRESS'])) {
      break;
    } else if (!cursor.skipParenGroup()) {
      cursor.pos += 1;
    }
  }
  return { type, columns, partitionCount, subpartitioning };
}
