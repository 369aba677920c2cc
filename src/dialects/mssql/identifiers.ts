/** SQL Server keeps identifiers as written (case sensitivity comes from the collation). */
export function foldIdentifier(name: string, _quoted: boolean): string {
  return name;
}

/** A schema name as the user typed it: `dbo`, `[Sales Ops]` or `"Sales Ops"` → the bare name. */
export function foldSchemaOption(text: string): string {
  const trimmed = text.trim();
  const bracketed = /^\[(.+)\]$/.exec(trimmed) ?? /^"(.+)"$/.exec(trimmed);
  return bracketed?.[1] !== undefined ? bracketed[1].replace(/]]/g, ']') : trimmed;
}
