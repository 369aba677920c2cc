/**
 * A loose reader of the dictionary SQL, for tests that check query text against what the drivers and
 * the servers require: output names of the top-level select list, bind placeholders, where a column
 * name occurs. Not a SQL parser: enough for the plain SELECTs in catalog-queries.ts (Oracle and T-SQL).
 */

/** String literals → `''` (so a ':' or a keyword inside one is not read); comments dropped. */
export function blankLiterals(sql: string): string {
  return sql.replace(/--[^\n]*/g, ' ').replace(/'(?:[^']|'')*'/g, "''");
}

/** `:name` bind placeholders (Oracle), as node-oracledb finds them: outside literals and quoted names. */
export function bindPlaceholders(sql: string): string[] {
  const text = blankLiterals(sql).replace(/"[^"]*"/g, '""');
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<![\w:])[:]([A-Za-z][\w$#]*)/g)) names.add(match[1] ?? '');
  return [...names].sort();
}

/** Splits at top-level commas (not inside parentheses). */
function splitTopLevel(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      items.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') items.push(current.trim());
  return items;
}

/** The items of the first SELECT's list, up to its own FROM (depth 0). */
export function selectListItems(sql: string): string[] {
  const text = blankLiterals(sql);
  const start = /\bSELECT\b/i.exec(text);
  if (start === null) return [];
  let depth = 0;
  const body = text.slice(start.index + start[0].length);
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (depth === 0 && /^\bFROM\b/i.test(body.slice(i, i + 5)) && /\W/.test(body[i - 1] ?? ' ') && /\W/.test(body[i + 4] ?? ' ')) {
      return splitTopLevel(body.slice(0, i));
    }
  }
  return splitTopLevel(body);
}

export interface OutputNameOptions {
  /** Oracle: unquoted names come back upper case; T-SQL: as written. */
  readonly foldUnquoted: (name: string) => string;
}

/** The key a driver row carries for one select item: its alias, else its (last) column name; `*` stays `*`. */
export function outputName(item: string, options: OutputNameOptions): string {
  const trimmed = item.trim();
  if (trimmed === '*' || trimmed.endsWith('.*')) return '*';
  const alias = /\bAS\s+(?:"([^"]+)"|\[([^\]]+)\]|([A-Za-z_][\w$#]*))\s*$/i.exec(trimmed);
  const column = alias ?? /(?:^|\.)\s*(?:"([^"]+)"|\[([^\]]+)\]|([A-Za-z_][\w$#]*))\s*$/.exec(trimmed);
  if (column === null) throw new Error(`select item without a name: ${trimmed}`);
  const quoted = column[1] ?? column[2];
  return quoted !== undefined ? quoted : options.foldUnquoted(column[3] ?? '');
}

export function outputNames(sql: string, options: OutputNameOptions): string[] {
  return selectListItems(sql).map((item) => outputName(item, options));
}

/** Every occurrence of a column name (qualified or not, unquoted or quoted), literals blanked. */
export function columnOccurrences(sql: string, column: string): number {
  const pattern = new RegExp(`(?<![\\w$#])"?${column}"?(?![\\w$#])`, 'gi');
  return [...blankLiterals(sql).matchAll(pattern)].length;
}
