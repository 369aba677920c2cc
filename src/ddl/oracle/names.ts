/** Oracle identifier folding: unquoted names are stored upper case, quoted names exactly as written. */
import type { TokenCursor } from '../token-cursor.js';
import { DdlSyntaxError } from '../token-cursor.js';

export function foldOracle(token: { kind: string; value: string }): string {
  return token.kind === 'quoted' ? token.value : token.value.toUpperCase();
}

export interface QualifiedName {
  readonly schema: string;
  readonly name: string;
}

export function readOracleName(cursor: TokenCursor): string {
  const token = cursor.next();
  if (token.kind !== 'word' && token.kind !== 'quoted') throw new DdlSyntaxError(`expected a name, found "${token.text}"`);
  return foldOracle(token);
}

/** `[schema.]name[@dblink]` with the default schema filled in. */
export function readQualifiedOracleName(cursor: TokenCursor, defaultSchema: string): QualifiedName {
  const first = readOracleName(cursor);
  if (!cursor.acceptPunct('.')) return { schema: defaultSchema, name: first };
  return { schema: first, name: readOracleName(cursor) };
}

/** `( a, b, c )` → folded names. */
export function readOracleNameList(cursor: TokenCursor): string[] {
  return cursor.takeParenGroup().splitTopLevel().map((part) => readOracleName(part));
}
