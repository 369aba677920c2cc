/**
 * SQL Server identifier rules, the one place they live: identifiers are kept as written (case
 * sensitivity comes from the collation). Every name is bracketed (`]` doubled), as SSMS scripts them:
 * T-SQL's reserved list grows by release and by ODBC words, so a bare name is never worth the risk.
 * needsQuoting says whether a name would need brackets at all (reserved or not a regular identifier).
 */
import { MSSQL_RESERVED_WORDS } from './keywords.js';

export function foldIdentifier(name: string, _quoted: boolean): string {
  return name;
}

/** A regular identifier (letter, `_`, `@` or `#` first; then letters, digits, `@`, `$`, `#`, `_`) that is not reserved. */
export function needsQuoting(name: string): boolean {
  return !/^[\p{L}_@#][\p{L}\p{Nd}@$#_]*$/u.test(name) || MSSQL_RESERVED_WORDS.has(name.toUpperCase());
}

export function quoteIdentifier(name: string): string {
  return `[${name.replace(/]/g, ']]')}]`;
}

/** `schema.name`, both bracketed; an empty schema gives the bare (default schema) name. */
export function quoteName(schema: string, name: string): string {
  return schema === '' ? quoteIdentifier(name) : `${quoteIdentifier(schema)}.${quoteIdentifier(name)}`;
}

/** A schema name as the user typed it: `dbo`, `[Sales Ops]` or `"Sales Ops"` → the bare name. */
export function foldSchemaOption(text: string): string {
  const trimmed = text.trim();
  const bracketed = /^\[(.+)\]$/.exec(trimmed) ?? /^"(.+)"$/.exec(trimmed);
  return bracketed?.[1] !== undefined ? bracketed[1].replace(/]]/g, ']') : trimmed;
}
