/** Oracle CREATE INDEX / SEQUENCE / VIEW / SYNONYM and PL/SQL units (counted with their line numbers). */
import type { CatalogSequence, IndexColumn, RoutineKind } from '../../model/catalog.js';
import type { TokenCursor } from '../token-cursor.js';
import { readSignedNumber } from './columns.js';
import { foldOracle, readQualifiedOracleName } from './names.js';
import type { OracleStatementContext } from './read-table.js';

/** The cursor is just after `INDEX`; `kind` is `btree` or `bitmap`. */
export function readOracleCreateIndex(cursor: TokenCursor, context: OracleStatementContext, unique: boolean, kind: string): void {
  const index = readQualifiedOracleName(cursor, context.defaultSchema);
  cursor.expectWords('ON');
  if (cursor.isWord('CLUSTER')) return;
  const target = readQualifiedOracleName(cursor, context.defaultSchema);
  if (!cursor.isPunct('(')) cursor.pos += 1; // table alias of a bitmap join index
  const columns = cursor.takeParenGroup().splitTopLevel().map(readIndexColumn);
  const domain = cursor.acceptWords('INDEXTYPE', 'IS');
  const table = context.builder.findTable(target.schema, target.name);
  if (table === undefined) {
    context.builder.note('ddl-missing-table', 'warning', context.where,
      `CREATE INDEX ${index.name} ON ${target.schema}.${target.name}: the table is not created in the imported files`,
      'add the file that creates this table to the --ddl inputs');
    return;
  }
  table.indexes = table.indexes.filter((existing) => existing.name !== index.name);
  table.indexes.push({ name: index.name, unique, kind: domain ? 'domain' : kind, columns });
}

function readIndexColumn(part: TokenCursor): IndexColumn {
  const last = part.tokens[part.tokens.length - 1];
  const descending = last?.kind === 'word' && last.text.toUpperCase() === 'DESC';
  const ordered = descending || (last?.kind === 'word' && last.text.toUpperCase() === 'ASC');
  const count = part.tokens.length - (ordered ? 1 : 0);
  const only = part.tokens[0];
  if (count === 1 && only !== undefined && (only.kind === 'word' || only.kind === 'quoted')) {
    return { name: foldOracle(only), descending };
  }
  return { name: part.textOf(0, count - 1), descending, expression: true };
}

const MAX_ASCENDING = '9999999999999999999999999999';

/** The cursor is just after `SEQUENCE`; unset values get the defaults ALL_SEQUENCES would show. */
export function readOracleCreateSequence(cursor: TokenCursor, context: OracleStatementContext): void {
  const { schema, name } = readQualifiedOracleName(cursor, context.defaultSchema);
  let start: string | null = null;
  let increment = '1';
  let minValue: string | null = null;
  let maxValue: string | null = null;
  let cycle = false;
  while (!cursor.atEnd()) {
    if (cursor.acceptWords('START', 'WITH')) start = readSignedNumber(cursor);
    else if (cursor.acceptWords('INCREMENT', 'BY')) increment = readSignedNumber(cursor);
    else if (cursor.acceptWords('MINVALUE')) minValue = readSignedNumber(cursor);
    else if (cursor.acceptWords('MAXVALUE')) maxValue = readSignedNumber(cursor);
    else if (cursor.acceptWords('CYCLE')) cycle = true;
    else cursor.pos += 1;
  }
  const descending = increment.startsWith('-');
  const sequence: CatalogSequence = {
    name,
    start,
    increment,
    minValue: minValue ?? (descending ? `-${'9'.repeat(27)}` : '1'),
    maxValue: maxValue ?? (descending ? '-1' : MAX_ASCENDING),
    cycle,
    lastValue: null,
  };
  context.builder.addSequence(schema, sequence);
}

/** The cursor is just after `VIEW`. */
export function readOracleCreateView(cursor: TokenCursor, context: OracleStatementContext, materialized: boolean, lines: number): void {
  const { schema, name } = readQualifiedOracleName(cursor, context.defaultSchema);
  context.builder.addView(schema, { name, materialized, lines });
}

/** The cursor is just after `SYNONYM`; PUBLIC synonyms belong to the PUBLIC schema, as in ALL_SYNONYMS. */
export function readOracleCreateSynonym(cursor: TokenCursor, context: OracleStatementContext, isPublic: boolean): void {
  const { schema, name } = readQualifiedOracleName(cursor, isPublic ? 'PUBLIC' : context.defaultSchema);
  context.builder.addRoutine(schema, { name, kind: 'synonym', lines: null });
}

/** The cursor is at PROCEDURE/FUNCTION/PACKAGE/TYPE/TRIGGER/LIBRARY/JAVA. */
export function readOraclePlsqlUnit(cursor: TokenCursor, context: OracleStatementContext, lines: number): void {
  const word = cursor.next().text.toUpperCase();
  const body = (word === 'PACKAGE' || word === 'TYPE') && cursor.acceptWords('BODY');
  if (word === 'JAVA' || word === 'LIBRARY') {
    if (word === 'JAVA') context.builder.addRoutine(context.defaultSchema, { name: javaName(cursor), kind: 'java source', lines });
    return;
  }
  const { schema, name } = readQualifiedOracleName(cursor, context.defaultSchema);
  if (word === 'TRIGGER') {
    context.builder.addTrigger(schema, { name, ...readTriggerTarget(cursor, context.defaultSchema), lines });
    return;
  }
  const kind: RoutineKind = body ? (word === 'PACKAGE' ? 'package body' : 'type body') : (word.toLowerCase() as RoutineKind);
  context.builder.addRoutine(schema, { name, kind, lines });
}

function javaName(cursor: TokenCursor): string {
  while (!cursor.atEnd() && !cursor.isWord('NAMED')) cursor.pos += 1;
  cursor.acceptWords('NAMED');
  const token = cursor.atEnd() ? undefined : cursor.next();
  return token === undefined ? 'JAVA' : token.kind === 'quoted' ? token.value : token.text;
}

/** `BEFORE|AFTER|INSTEAD OF INSERT OR UPDATE [OF cols] OR DELETE ON table`. */
function readTriggerTarget(cursor: TokenCursor, defaultSchema: string): { table: string | null; events: string | null } {
  const events = new Set<string>();
  while (!cursor.atEnd() && !cursor.isWord('ON')) {
    if (cursor.isWord(['INSERT', 'UPDATE', 'DELETE'])) events.add(cursor.next().text.toUpperCase());
    else cursor.pos += 1;
  }
  if (!cursor.acceptWords('ON')) return { table: null, events: null };
  if (cursor.isWord(['DATABASE', 'SCHEMA'])) return { table: null, events: events.size === 0 ? null : [...events].sort().join(',') };
  if (cursor.acceptWords('NESTED', 'TABLE')) {
    readQualifiedOracleName(cursor, defaultSchema);
    cursor.expectWords('OF');
  }
  const target = readQualifiedOracleName(cursor, defaultSchema);
  return { table: target.name, events: events.size === 0 ? null : [...events].sort().join(',') };
}
