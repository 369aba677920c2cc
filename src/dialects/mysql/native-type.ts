import { lowerCaseOutsideQuotes, parseEnumLabels } from '../../util/mysql-labels.js';

/**
 * Facts parsed from MySQL/MariaDB `COLUMN_TYPE` text (type words in lower case, ENUM/SET labels as
 * the server has them: see normaliseColumnType), the same rule for live
 * introspection and for mysqldump import, so both inventories agree:
 * - `char(n)`, `varchar(n)`, `binary(n)`, `varbinary(n)`, `bit(n)` → length n;
 * - `decimal(p,s)` (`decimal(p)` → s = 0), `float(p,s)`, `double(p,s)` → precision/scale, also when unsigned;
 * - `datetime(p)`, `timestamp(p)`, `time(p)` → scale p, and scale 0 without (MySQL's default fsp is 0);
 * - `enum(...)` → length = longest label, `set(...)` → length = all labels joined with commas
 *   (what CHARACTER_MAXIMUM_LENGTH reports); integer display widths (`int(11)`) are not facts: all null.
 */
export interface MysqlTypeFacts {
  readonly length: number | null;
  readonly precision: number | null;
  readonly scale: number | null;
}

const NONE: MysqlTypeFacts = { length: null, precision: null, scale: null };

export { parseEnumLabels };

/** COLUMN_TYPE as the inventory keeps it: type words lower case, labels byte for byte. */
export function normaliseColumnType(columnType: string): string {
  return lowerCaseOutsideQuotes(columnType.trim());
}

export function parseMysqlColumnType(columnType: string): MysqlTypeFacts {
  const text = normaliseColumnType(columnType);
  const enumMatch = /^(enum|set)\((.*)\)$/s.exec(text);
  if (enumMatch) {
    const labels = parseEnumLabels(enumMatch[2] ?? '');
    const lengths = labels.map((label) => [...label].length);
    const length = enumMatch[1] === 'enum'
      ? Math.max(0, ...lengths)
      : lengths.reduce((total, n) => total + n, 0) + Math.max(0, labels.length - 1);
    return { ...NONE, length };
  }
  const lengthMatch = /^(?:varchar|char|varbinary|binary|bit)\((\d+)\)/.exec(text);
  if (lengthMatch) return { ...NONE, length: Number(lengthMatch[1]) };
  const numericMatch = /^(?:decimal|numeric|float|double|real)\((\d+)(?:,(\d+))?\)/.exec(text);
  if (numericMatch) return { ...NONE, precision: Number(numericMatch[1]), scale: Number(numericMatch[2] ?? 0) };
  const temporalMatch = /^(?:datetime|timestamp|time)(?:\((\d+)\))?$/.exec(text);
  if (temporalMatch) return { ...NONE, scale: Number(temporalMatch[1] ?? 0) };
  return NONE;
}

const NUMERIC_DATA = /^(?:tinyint|smallint|mediumint|int|integer|bigint|decimal|numeric|float|double|real|bit|year)\b/;

/**
 * COLUMN_DEFAULT → the default text both readers agree on, which is MariaDB 10.2.7+'s form (and
 * mysqldump's text after DEFAULT): string literals quoted (`'draft'`, quotes doubled), numbers bare
 * (`0.00`), expressions as the server prints them (`current_timestamp(3)`), and the text `NULL`
 * (MariaDB's "default is NULL") → null. MySQL 8 returns literals unquoted and marks expressions with
 * EXTRA `DEFAULT_GENERATED`; there we quote non-numeric literals so both servers give the same text.
 */
export function normaliseMysqlDefault(columnDefault: string | null, columnType: string, extra: string, mariadb: boolean): string | null {
  if (columnDefault === null) return null;
  const value = columnDefault.trim();
  if (mariadb) return value === 'NULL' ? null : value;
  if (/\bdefault_generated\b/i.test(extra)) return value;
  if (NUMERIC_DATA.test(columnType.trim().toLowerCase())) return value;
  return `'${columnDefault.replace(/'/g, "''")}'`;
}

/** PARTITION_METHOD → Partitioning.type: `RANGE COLUMNS` → range, `LINEAR HASH` → hash, `LINEAR KEY` → key. */
export function partitionType(method: string): string {
  const lower = method.trim().toLowerCase();
  return lower.replace(/^linear /, '').replace(/ columns$/, '');
}

/** PARTITION_EXPRESSION (`` `a`,`b` `` or `year(`d`)`) → items; a lone backticked name is unquoted. */
export function partitionColumns(expression: string | null): string[] {
  if (expression === null || expression.trim() === '') return [];
  const items: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const ch of expression) {
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === '`' || ch === "'") {
      quote = ch;
    } else if (ch === '(') {
      depth += 1;
    } else if (ch === ')') {
      depth -= 1;
    } else if (ch === ',' && depth === 0) {
      items.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  items.push(current.trim());
  return items.map((item) => /^`((?:[^`]|``)*)`$/.exec(item)?.[1]?.replace(/``/g, '`') ?? item);
}
