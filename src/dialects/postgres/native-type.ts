/**
 * Facts parsed from PostgreSQL `format_type()` text, the same rule for live introspection and for
 * pg_dump import (which prints the same text):
 * - `character varying(n)`, `character(n)`, `bit(n)`, `bit varying(n)` → length n (array types: of the element);
 * - `numeric(p,s)` → precision p, scale s (s may be negative on PG 15+); bare `numeric` → both null;
 * - `timestamp(p) …`, `time(p) …`, `interval(p)` / `interval … second(p)` → scale p; without a typmod the
 *   scale stays null (the server default of 6 is the type map's business, not a fact of the column).
 */
export interface PostgresTypeFacts {
  readonly length: number | null;
  readonly precision: number | null;
  readonly scale: number | null;
}

const NONE: PostgresTypeFacts = { length: null, precision: null, scale: null };

export function parsePostgresNativeType(nativeType: string): PostgresTypeFacts {
  const element = nativeType.trim().toLowerCase().replace(/(\[\])+$/, '');
  const lengthMatch = /^(?:character varying|character|bit varying|bit)\((\d+)\)$/.exec(element);
  if (lengthMatch) return { ...NONE, length: Number(lengthMatch[1]) };
  const numericMatch = /^numeric\((\d+),(-?\d+)\)$/.exec(element);
  if (numericMatch) return { ...NONE, precision: Number(numericMatch[1]), scale: Number(numericMatch[2]) };
  const temporalMatch = /^(?:timestamp|time)\((\d+)\) with(?:out)? time zone$/.exec(element)
    ?? /^interval(?: [a-z ]+)?\((\d+)\)$/.exec(element);
  if (temporalMatch) return { ...NONE, scale: Number(temporalMatch[1]) };
  return NONE;
}

/**
 * `pg_get_partkeydef()` text (`RANGE (entry_date)`, `LIST (region, "Kind")`, `HASH (lower(code))`)
 * → lower-case strategy and key items; plain quoted identifiers are unquoted, expressions kept as text.
 */
export function parsePartitionKey(definition: string): { readonly type: string; readonly columns: string[] } {
  const match = /^\s*(\w+)\s*\((.*)\)\s*$/s.exec(definition);
  if (!match) return { type: definition.trim().toLowerCase(), columns: [] };
  return { type: (match[1] ?? '').toLowerCase(), columns: splitTopLevel(match[2] ?? '').map(unquoteIdentifier) };
}

function splitTopLevel(body: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const ch of body) {
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
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
  if (current.trim() !== '') items.push(current.trim());
  return items;
}

function unquoteIdentifier(item: string): string {
  const quoted = /^"((?:[^"]|"")*)"$/.exec(item);
  return quoted ? (quoted[1] ?? '').replace(/""/g, '"') : item;
}
