/** PostgreSQL identifier rules: unquoted names fold to lower case; quoting doubles embedded quotes. */
export function foldPostgresIdentifier(name: string, quoted: boolean): string {
  return quoted ? name : name.toLowerCase();
}

export function quotePostgresIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A schema name as a user wrote it: `"Sales"` is quoted (kept), `Sales` is folded to `sales`.
 */
export function foldUserSchemaName(written: string): { readonly name: string; readonly quoted: boolean } {
  const quoted = /^"(.*)"$/s.exec(written);
  if (quoted) return { name: (quoted[1] ?? '').replace(/""/g, '"'), quoted: true };
  return { name: foldPostgresIdentifier(written, false), quoted: false };
}
