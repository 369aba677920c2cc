/**
 * MySQL / MariaDB ENUM and SET labels inside COLUMN_TYPE text (`enum('G','PG-13','it''s')`). Labels are
 * data: the inventory keeps them byte for byte (case included), and every reader of a native type
 * decodes them here, so the introspector, the DDL reader and the plan agree on one rule.
 */

/** The allowed labels of an ENUM or SET column. */
export interface MysqlLabels {
  readonly kind: 'enum' | 'set';
  readonly labels: readonly string[];
}

/** Labels of `enum('a','b')` / `set(...)` bodies: quotes doubled inside, backslash escapes honoured. */
export function parseEnumLabels(body: string): string[] {
  const labels: string[] = [];
  const pattern = /'((?:[^'\\]|''|\\.)*)'/g;
  for (const match of body.matchAll(pattern)) {
    labels.push((match[1] ?? '').replace(/''/g, "'").replace(/\\(.)/gs, '$1'));
  }
  return labels;
}

/** `enum(...)` / `set(...)` native type text → its kind and decoded labels; null for any other type. */
export function mysqlLabelsOf(nativeType: string): MysqlLabels | null {
  const match = /^(enum|set)\((.*)\)$/is.exec(nativeType.trim());
  if (match === null) return null;
  return { kind: (match[1] ?? '').toLowerCase() === 'set' ? 'set' : 'enum', labels: parseEnumLabels(match[2] ?? '') };
}

/**
 * COLUMN_TYPE with everything but its quoted labels in lower case: `ENUM('G','pg')` → `enum('G','pg')`.
 * The type words are case-free; the labels are what the rows hold.
 */
export function lowerCaseOutsideQuotes(columnType: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < columnType.length; i += 1) {
    const ch = columnType[i] ?? '';
    if (quoted && ch === '\\') {
      out += ch + (columnType[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (ch === "'") quoted = !quoted; // a doubled quote closes and reopens: the same text either way
    out += quoted || ch === "'" ? ch : ch.toLowerCase();
  }
  return out;
}
