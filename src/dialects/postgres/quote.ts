/**
 * PostgreSQL identifier rules, the one place they live: unquoted names fold to lower case; a name is
 * written bare only when PostgreSQL reads it back unchanged (lower-case simple, not a key word that
 * quote_ident() quotes), otherwise double-quoted with embedded quotes doubled. Used by catalog SQL,
 * target DDL, source/target row SQL, the DDL-export reader and the fixture.
 */
import { POSTGRES_KEYWORDS } from './keywords.js';

/** What quote_ident() leaves bare; PostgreSQL also reads `$` after the first character bare, but quote_ident() quotes it. */
const SIMPLE = /^[a-z_][a-z0-9_]*$/;
const BARE_NAME = /^[a-z_][a-z0-9_$]*$/;

export function foldIdentifier(name: string, quoted: boolean): string {
  return quoted ? name : name.toLowerCase();
}

/** Quotes a name as quote_ident() does: anything but a simple lower-case, non-key-word name. */
export function quoteIdentifier(name: string): string {
  return SIMPLE.test(name) && !POSTGRES_KEYWORDS.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** `schema.name`, each part quoted as needed; an empty schema gives the bare (search_path) name. */
export function quoteName(schema: string, name: string): string {
  return schema === '' ? quoteIdentifier(name) : `${quoteIdentifier(schema)}.${quoteIdentifier(name)}`;
}

/**
 * True when a table or column name needs double quotes: not simple lower case, or a reserved key word
 * (categories R and T; C words such as `between` are fine as table and column names).
 */
export function needsQuotingAsName(name: string): boolean {
  const category = POSTGRES_KEYWORDS.get(name);
  return !BARE_NAME.test(name) || category === 'R' || category === 'T';
}

/**
 * A schema name as a user wrote it: `"Sales"` is quoted (kept), `Sales` is folded to `sales`.
 */
export function foldUserSchemaName(written: string): { readonly name: string; readonly quoted: boolean } {
  const quoted = /^"(.*)"$/s.exec(written);
  if (quoted) return { name: (quoted[1] ?? '').replace(/""/g, '"'), quoted: true };
  return { name: foldIdentifier(written, false), quoted: false };
}
