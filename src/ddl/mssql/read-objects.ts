/** T-SQL CREATE INDEX / SEQUENCE / TYPE, `sp_addtype`, and modules (views, procedures, functions, triggers). */
import type { CatalogSequence, IndexColumn } from '../../model/catalog.js';
import { TokenCursor } from '../token-cursor.js';
import { tokenize } from '../tokenizer.js';
import { skipIndexOptions } from './constraints.js';
import { readMssqlName, readMssqlQualified } from './names.js';
import { readMssqlType } from './native-type.js';
import type { MssqlStatementContext } from './read-table.js';

/** The cursor is after `CREATE [UNIQUE] [CLUSTERED|NONCLUSTERED] [COLUMNSTORE]` and `INDEX`. */
export function readMssqlCreateIndex(cursor: TokenCursor, context: MssqlStatementContext, unique: boolean, kind: string): void {
  const name = readMssqlName(cursor);
  cursor.expectWords('ON');
  const target = readMssqlQualified(cursor, context.defaultSchema);
  const columns: IndexColumn[] = cursor.isPunct('(')
    ? cursor.takeParenGroup().splitTopLevel().map((part) => {
        const column = readMssqlName(part);
        return { name: column, descending: part.acceptWords('DESC') };
      })
    : [];
  let where: string | null = null;
  while (!cursor.atEnd()) {
    if (cursor.acceptWords('INCLUDE')) cursor.skipParenGroup();
    else if (cursor.acceptWords('WHERE')) {
      const from = cursor.pos;
      while (!cursor.atEnd() && !cursor.isWord(['WITH', 'ON'])) cursor.pos += 1;
      where = cursor.textOf(from, cursor.pos - 1).trim();
    } else if (skipIndexOptions(cursor) === null && !cursor.atEnd()) cursor.pos += 1;
  }
  const table = context.builder.findTable(target.schema, target.name);
  if (table === undefined) {
    context.builder.note('ddl-missing-table', 'warning', context.where,
      `CREATE INDEX ${name} ON ${target.schema}.${target.name}: the table is not created in the imported files`,
      'add the file that creates this table to the --ddl inputs');
    return;
  }
  table.indexes = table.indexes.filter((existing) => context.builder.key(existing.name) !== context.builder.key(name));
  table.indexes.push({ name, unique, kind, columns, ...(where === null ? {} : { where }) });
}

const INTEGER_RANGES: Readonly<Record<string, readonly [string, string]>> = {
  tinyint: ['0', '255'],
  smallint: ['-32768', '32767'],
  int: ['-2147483648', '2147483647'],
  bigint: ['-9223372036854775808', '9223372036854775807'],
};

function readNumber(cursor: TokenCursor): string {
  const sign = cursor.acceptPunct('-') ? '-' : '';
  return sign + cursor.next().text;
}

/** The cursor is after `CREATE SEQUENCE`; unset values get the defaults sys.sequences would show. */
export function readMssqlCreateSequence(cursor: TokenCursor, context: MssqlStatementContext): void {
  const { schema, name } = readMssqlQualified(cursor, context.defaultSchema);
  let type = 'bigint';
  const values: { start?: string; increment?: string; min?: string; max?: string } = {};
  let cycle = false;
  while (!cursor.atEnd()) {
    if (cursor.acceptWords('AS')) type = readMssqlType(cursor, context.aliases, context.defaultSchema).nativeType;
    else if (cursor.acceptWords('START', 'WITH')) values.start = readNumber(cursor);
    else if (cursor.acceptWords('INCREMENT', 'BY')) values.increment = readNumber(cursor);
    else if (cursor.acceptWords('MINVALUE')) values.min = readNumber(cursor);
    else if (cursor.acceptWords('MAXVALUE')) values.max = readNumber(cursor);
    else if (cursor.acceptWords('CYCLE')) cycle = true;
    else cursor.pos += 1;
  }
  const [low, high] = INTEGER_RANGES[type] ?? [null, null];
  const increment = values.increment ?? '1';
  const minValue = values.min ?? low;
  const maxValue = values.max ?? high;
  const start = values.start ?? (increment.startsWith('-') ? maxValue : minValue);
  const sequence: CatalogSequence = { name, start, increment, minValue, maxValue, cycle, lastValue: null };
  context.builder.addSequence(schema, sequence);
}

/** `CREATE TYPE [s.]name FROM base [NULL|NOT NULL]`; table types (`AS TABLE`) are not column types. */
export function readMssqlCreateType(cursor: TokenCursor, context: MssqlStatementContext): void {
  const { schema, name } = readMssqlQualified(cursor, context.defaultSchema);
  if (!cursor.acceptWords('FROM')) return;
  const base = readMssqlType(cursor, context.aliases, context.defaultSchema);
  const nullable = !cursor.acceptWords('NOT', 'NULL');
  context.aliases.set(name.toLowerCase(), { schema, name, base, nullable });
}

/** `EXEC sp_addtype name, 'varchar(11)' [, 'NOT NULL' [, owner]]` (named `@typename =` arguments too). */
export function readSpAddType(cursor: TokenCursor, context: MssqlStatementContext): void {
  const args = cursor.splitTopLevel().map((part) => {
    if (part.peek()?.text.startsWith('@') === true && part.isPunct('=', 1)) part.pos += 2;
    const token = part.next();
    return token.kind === 'word' ? token.text : token.value;
  });
  const [name, physical, nulltype] = args;
  if (name === undefined || physical === undefined) return;
  const typeCursor = new TokenCursor(tokenize(physical, { brackets: true, qQuotes: false }), physical);
  const base = readMssqlType(typeCursor, context.aliases, context.defaultSchema);
  const nullable = (nulltype ?? 'NULL').toUpperCase().replace(/\s+/g, ' ') === 'NULL';
  context.aliases.set(name.toLowerCase(), { schema: context.defaultSchema, name, base, nullable });
}

/** A module batch; the cursor is at VIEW/PROC/PROCEDURE/FUNCTION/TRIGGER (after `CREATE [OR ALTER]`). */
export function readMssqlModule(cursor: TokenCursor, context: MssqlStatementContext, lines: number): void {
  const word = cursor.next().text.toUpperCase();
  const { schema, name } = readMssqlQualified(cursor, context.defaultSchema);
  if (word === 'VIEW') context.builder.addView(schema, { name, materialized: false, lines });
  else if (word === 'FUNCTION') context.builder.addRoutine(schema, { name, kind: 'function', lines });
  else if (word === 'TRIGGER') readTrigger(cursor, context, name, lines);
  else context.builder.addRoutine(schema, { name, kind: 'procedure', lines });
}

function readTrigger(cursor: TokenCursor, context: MssqlStatementContext, name: string, lines: number): void {
  cursor.expectWords('ON');
  if (cursor.isWord(['DATABASE', 'ALL'])) {
    context.builder.addTrigger(context.defaultSchema, { name, table: null, events: null, lines });
    return;
  }
  const target = readMssqlQualified(cursor, context.defaultSchema);
  const events = new Set<string>();
  while (!cursor.atEnd() && !cursor.isWord('AS')) {
    if (cursor.isWord(['INSERT', 'UPDATE', 'DELETE'])) events.add(cursor.next().text.toUpperCase());
    else cursor.pos += 1;
  }
  context.builder.addTrigger(target.schema, { name, table: target.name, events: [...events].sort().join(',') || null, lines });
}
