/**
 * One column definition of CREATE TABLE / ALTER TABLE ADD COLUMN: type (as COLUMN_TYPE), NULL,
 * DEFAULT (normalised), AUTO_INCREMENT, generated expression, inline PRIMARY KEY / UNIQUE, and
 * MariaDB's `CHECK (json_valid(col))` that marks a json column.
 */
import { parseMysqlColumnType } from '../../dialects/mysql/native-type.js';
import type { ColumnDraft, TableDraft } from '../postgres/catalog-draft.js';
import { readDeclaredType } from './column-type.js';
import { normaliseDefault, readDefaultClause } from './default-text.js';
import type { MyContext } from './my-context.js';
import { matchParen, nameOf, sourceBetween, type Token } from './tokens.js';

/** Index after an expression like `current_timestamp(3)` or `(a + 1)` starting at `at`. */
function skipExpression(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text === '(') return matchParen(tokens, at);
  if (tokens[at + 1]?.text === '(') return matchParen(tokens, at + 1);
  return at + 1;
}

interface ColumnFlags {
  primary: boolean;
  unique: boolean;
}

interface ColumnState {
  base: string;
  json: boolean;
  flags: ColumnFlags;
  /** Tokens of an inline `REFERENCES t (c) [ON DELETE …]`. */
  references: Token[] | null;
}

function applyAttribute(
  s: string,
  tokens: readonly Token[],
  k: number,
  column: ColumnDraft,
  state: ColumnState,
  ctx: MyContext,
): number {
  const t = tokens[k];
  const upper = t?.upper ?? '';
  if (upper === 'NOT' && tokens[k + 1]?.upper === 'NULL') {
    column.nullable = false;
    return k + 2;
  }
  if (upper === 'NULL') {
    column.nullable = true;
    return k + 1;
  }
  if (upper === 'DEFAULT') {
    const clause = readDefaultClause(s, tokens, k + 1);
    column.default = normaliseDefault(clause, column.nativeType, state.base, ctx.flavour.mariadb);
    return clause.next;
  }
  if (upper === 'AUTO_INCREMENT') {
    column.identity = { generation: 'auto-increment', start: null, increment: null };
    return k + 1;
  }
  if (upper === 'ON' && tokens[k + 1]?.upper === 'UPDATE') return skipExpression(tokens, k + 2);
  if (upper === 'COMMENT') return k + 2;
  if (upper === 'PRIMARY' || (upper === 'KEY' && !state.flags.unique)) {
    state.flags.primary = true;
    return tokens[k + 1]?.upper === 'KEY' ? k + 2 : k + 1;
  }
  if (upper === 'UNIQUE') {
    state.flags.unique = true;
    return tokens[k + 1]?.upper === 'KEY' ? k + 2 : k + 1;
  }
  if (upper === 'CHECK' && tokens[k + 1]?.text === '(') {
    const end = matchParen(tokens, k + 1);
    if (/^\(\s*json_valid\s*\(/i.test(sourceBetween(s, tokens, k + 1, end))) state.json = true;
    return end;
  }
  if (upper === 'GENERATED' || upper === 'AS') {
    let j = k;
    while (j < tokens.length && tokens[j]?.text !== '(') j += 1;
    const end = matchParen(tokens, j);
    column.computed = s.slice((tokens[j]?.end ?? 0), (tokens[end - 1]?.start ?? 0)).trim();
    return end;
  }
  if (upper === 'REFERENCES') {
    let j = k + 1;
    while (j < tokens.length && tokens[j]?.text !== '(') j += 1;
    j = matchParen(tokens, j);
    while (j < tokens.length && /^(ON|DELETE|UPDATE|CASCADE|RESTRICT|SET|NULL|NO|ACTION|DEFAULT|MATCH|FULL|PARTIAL|SIMPLE)$/.test(tokens[j]?.upper ?? '')) j += 1;
    // MariaDB 10.5+ makes an inline REFERENCES a foreign key; MySQL 8.0 parses and ignores it.
    if (ctx.flavour.mariadb) state.references = tokens.slice(k, j);
    return j;
  }
  if (upper === 'CHARACTER' && tokens[k + 1]?.upper === 'SET') return k + 3;
  if (upper === 'CHARSET' || upper === 'COLLATE' || upper === 'COLUMN_FORMAT' || upper === 'STORAGE' || upper === 'SRID') {
    return tokens[k + 1]?.text === '=' ? k + 3 : k + 2;
  }
  return k + 1;
}

/**
 * Reads a column definition from `tokens` (the element's tokens) into `table`. Returns the element
 * of a foreign key the column declares inline (`FOREIGN KEY (col) REFERENCES …`), for the caller to
 * add after the table's indexes, or null.
 */
export function readColumn(ctx: MyContext, s: string, tokens: readonly Token[], table: TableDraft): Token[] | null {
  const type = readDeclaredType(tokens, 1, ctx.flavour);
  const column: ColumnDraft = {
    name: nameOf(tokens[0]),
    nativeType: type.columnType,
    ...parseMysqlColumnType(type.columnType),
    nullable: true,
    default: null,
    identity: null,
  };
  const state: ColumnState = { base: type.base, json: type.json, flags: { primary: false, unique: false }, references: null };
  let k = type.next;
  while (k < tokens.length) k = applyAttribute(s, tokens, k, column, state, ctx);
  if (column.computed !== undefined) column.default = null;
  if (column.identity || state.flags.primary) column.nullable = false;
  if (state.json) column.userType = 'json';
  table.columns.push(column);
  if (state.flags.primary) table.primaryKey = { name: 'PRIMARY', columns: [column.name] };
  if (state.flags.unique) table.uniqueKeys.push({ name: uniqueIndexName(table, column.name), columns: [column.name] });
  return state.references ? inlineForeignKey(tokens[0], state.references) : null;
}

/** `FOREIGN KEY (col) REFERENCES …` built from the column's name token and its REFERENCES tokens. */
function inlineForeignKey(name: Token | undefined, references: readonly Token[]): Token[] {
  const at = name ?? references[0];
  const word = (text: string, kind: Token['kind'] = 'word'): Token => ({
    kind, text, upper: text.toUpperCase(), start: at?.start ?? 0, end: at?.end ?? 0,
  });
  return [word('FOREIGN'), word('KEY'), word('(', 'punct'), ...(name ? [name] : []), word(')', 'punct'), ...references];
}

/** MySQL names an unnamed index after its first column, adding `_2`, `_3`… on collision. */
export function uniqueIndexName(table: TableDraft, first: string): string {
  const taken = new Set([...table.uniqueKeys.map((k) => k.name), ...table.indexes.map((i) => i.name), 'PRIMARY']);
  if (!taken.has(first)) return first;
  for (let n = 2; ; n += 1) if (!taken.has(`${first}_${n}`)) return `${first}_${n}`;
}
