/** Oracle stores unquoted identifiers upper case and quoted ones exactly as written. */
export function foldIdentifier(name: string, quoted: boolean): string {
  return quoted ? name : name.toUpperCase();
}

/** A schema name as the user typed it: `gl` → `GL`, `"MixedCase"` → `MixedCase`. */
export function foldSchemaOption(text: string): string {
  const trimmed = text.trim();
  const quoted = /^"(.+)"$/.exec(trimmed);
  return quoted?.[1] !== undefined ? quoted[1] : foldIdentifier(trimmed, false);
}
