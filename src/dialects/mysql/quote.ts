/**
 * MySQL / MariaDB identifier rules, the one place they live: names are kept as written (case
 * sensitivity is the server's lower_case_table_names); a name is written bare only when it is simple
 * (letters, digits, `_`, `$`; not all digits) and not a reserved word, otherwise backticked with
 * embedded backticks doubled.
 */
import { MYSQL_RESERVED_WORDS } from './keywords.js';

export function foldIdentifier(name: string, _quoted: boolean): string {
  return name;
}

export function needsQuoting(name: string): boolean {
  return !/^[A-Za-z_][A-Za-z0-9_$]*$/.test(name) || /^\d+$/.test(name) || MYSQL_RESERVED_WORDS.has(name.toLowerCase());
}

export function quoteIdentifier(name: string): string {
  return needsQuoting(name) ? `\`${name.replace(/`/g, '``')}\`` : name;
}

/** `schema.name`, each part quoted as needed; an empty schema gives the bare (current database) name. */
export function quoteName(schema: string, name: string): string {
  return schema === '' ? quoteIdentifier(name) : `${quoteIdentifier(schema)}.${quoteIdentifier(name)}`;
}
