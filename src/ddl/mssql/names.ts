/** SQL Server names are kept as written (no folding); `[x]` and `"x"` are identifiers. */
import { DdlSyntaxError, type TokenCursor } from '../token-cursor.js';

export function readMssqlName(cursor: TokenCursor): string {
  const token = cursor.next();
  if (token.kind === 'quoted') return token.value;
  if (token.kind === 'word') return token.text;
  throw new DdlSyntaxError(`expected a name, found "${token.text}"`);
}

export interface MssqlQualifiedName {
  readonly schema: string;
  readonly name: string;
}

/** `[server.][db.][schema.]name`, also `db..name`; the last two parts are schema and name. */
export function readMssqlQualified(cursor: TokenCursor, defaultSchema: string): MssqlQualifiedName {
  const parts: (string | null)[] = [readMssqlName(cursor)];
  while (cursor.isPunct('.') || cursor.isPunct('..')) {
    if (cursor.next().text === '..') parts.push(null);
    parts.push(readMssqlName(cursor));
  }
  const name = parts[parts.length - 1] ?? '';
  const schema = parts.length > 1 ? parts[parts.length - 2] : null;
  return { schema: schema ?? defaultSchema, name };
}

/** `( a [ASC|DESC], b … )` → names (sort order dropped). */
export function readMssqlNameList(cursor: TokenCursor): string[] {
  return cursor.takeParenGroup().splitTopLevel().map((part) => readMssqlName(part));
}
