/**
 * AWS DMS name patterns (schema / table names in selection and transformation rules):
 * `%` any run of characters, `_` exactly one character, `[..]` a set or range (`[ab]`, `[a-d]`), so a
 * literal underscore is written `[_]` (reference aws-dms.md §1.2). DMS has no escape character for
 * these patterns (only Oracle endpoints have the `escapeCharacter` attribute), so literals are escaped
 * with one-character sets: `_` → `[_]`, `%` → `[%]`, `[` → `[[]`. Only `[_]` is confirmed by the
 * reference; `[%]` and `[[]` follow the same set semantics (as in SQL Server LIKE) and are unverified.
 *
 * Table-settings rules, source filters and define-primary-key take exact names and must NOT be
 * escaped. Column names are never escaped either: the UG wildcard page ("Wildcards in table
 * mapping") lists `[_]` for schema and table names only, and its column examples use plain names
 * with underscores (`"column-name": "first_name"` in "Rename a column"); an unrecognised `[_]` would
 * make a rename or remove-column match nothing.
 */

/** A pattern that matches exactly `name` and nothing else. */
export function escapeDmsName(name: string): string {
  return name.replace(/[_%[]/g, (ch) => `[${ch}]`);
}

/** True when the text has a DMS wildcard or set (so it is not an exact name). */
export function hasDmsWildcard(pattern: string): boolean {
  return /[%_[]/.test(pattern);
}

/** True when the pattern contains `%` or a `[..]` set: never allowed where DMS wants an exact name. */
export function hasExplicitWildcard(pattern: string): boolean {
  return /%|\[[^\]]*\]/.test(pattern);
}

function setToRegex(body: string): string {
  const negate = body.startsWith('^');
  const inner = (negate ? body.slice(1) : body).replace(/[\\\][]/g, (ch) => `\\${ch}`);
  return `[${negate ? '^' : ''}${inner}]`;
}

/** Compiles a DMS pattern to an anchored RegExp (case-sensitive, as DMS compares names). */
export function dmsPatternToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i] ?? '';
    if (ch === '%') out += '[\\s\\S]*';
    else if (ch === '_') out += '[\\s\\S]';
    else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
        continue;
      }
      out += setToRegex(pattern.slice(i + 1, close));
      i = close;
    } else out += ch.replace(/[.*+?^${}()|\\/\]-]/g, (c) => `\\${c}`);
  }
  return new RegExp(`^${out}$`, 'u');
}

/** Does `name` match the DMS pattern? (`matchDmsPattern(escapeDmsName(x), y)` is true only for y === x.) */
export function matchDmsPattern(pattern: string, name: string): boolean {
  return dmsPatternToRegExp(pattern).test(name);
}
