/**
 * Oracle identifier rules, the one place they live: unquoted identifiers are stored upper case and
 * quoted ones exactly as written. A name is written bare only when Oracle reads it back unchanged —
 * upper-case letter first, then upper-case letters, digits, `_`, `$`, `#`, at most 128 bytes, not a
 * reserved word; anything else (lower or mixed case, spaces, a reserved word) is double-quoted.
 */
import { ORACLE_RESERVED_WORDS } from './keywords.js';

/** Oracle identifier limit on 12.2 and later (RDS for Oracle runs 19c+); it was 30 bytes before 12.2. */
export const ORACLE_NAME_BYTES = 128;

export function foldIdentifier(name: string, quoted: boolean): string {
  return quoted ? name : name.toUpperCase();
}

export function needsQuoting(name: string): boolean {
  return !/^[A-Z][A-Z0-9_$#]*$/.test(name) || Buffer.byteLength(name, 'utf8') > ORACLE_NAME_BYTES || ORACLE_RESERVED_WORDS.has(name);
}

export function quoteIdentifier(name: string): string {
  return needsQuoting(name) ? `"${name.replace(/"/g, '""')}"` : name;
}

/** `owner.name`, each part quoted as needed; an empty owner gives the bare (current schema) name. */
export function quoteName(owner: string, name: string): string {
  return owner === '' ? quoteIdentifier(name) : `${quoteIdentifier(owner)}.${quoteIdentifier(name)}`;
}

/** A schema name as the user typed it: `gl` → `GL`, `"MixedCase"` → `MixedCase`. */
export function foldSchemaOption(text: string): string {
  const trimmed = text.trim();
  const quoted = /^"(.+)"$/.exec(trimmed);
  return quoted?.[1] !== undefined ? quoted[1] : foldIdentifier(trimmed, false);
}
