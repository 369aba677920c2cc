/**
 * PostgreSQL type text as format_type() prints it under `search_path = ''` (how erp-migrate reads
 * every PostgreSQL type, live and from pg_dump): built-in types are bare (`integer`, `"char"`,
 * `timestamp(3) with time zone`), every other type is schema-qualified (`public.citext`,
 * `sales."Order Status"[]`, `public.geometry(Point,4326)`). So a qualified name is a user or extension type.
 */

export interface PgTypeReference {
  /** Unquoted schema; null for a bare (built-in, or unresolved) name. */
  readonly schema: string | null;
  /** Unquoted type name; for a bare name, the whole text before any `[]` (e.g. `character varying(20)`). */
  readonly name: string;
  /** Type modifiers after a qualified name, with their parentheses (`(Point,4326)`), or ''. */
  readonly modifiers: string;
  /** Number of trailing `[]`. */
  readonly arrayDims: number;
}

const ARRAY_SUFFIX = /(\s*\[\d*\])+$/;
const IDENT = String.raw`(?:"(?:[^"]|"")*"|[^".()\s\[\]]+)`;
const QUALIFIED = new RegExp(String.raw`^(${IDENT})\.(${IDENT})(\(.*\))?$`, 's');

const unquote = (part: string): string => (part.startsWith('"') ? part.slice(1, -1).replace(/""/g, '"') : part);

export function parsePgTypeReference(text: string): PgTypeReference {
  const trimmed = text.trim();
  const suffix = ARRAY_SUFFIX.exec(trimmed)?.[0] ?? '';
  const arrayDims = (suffix.match(/\[/g) ?? []).length;
  const element = trimmed.slice(0, trimmed.length - suffix.length).trim();
  const qualified = QUALIFIED.exec(element);
  if (qualified === null) return { schema: null, name: element, modifiers: '', arrayDims };
  return { schema: unquote(qualified[1] ?? ''), name: unquote(qualified[2] ?? ''), modifiers: qualified[3] ?? '', arrayDims };
}

/** `schema\u0000name` of a qualified reference, null for a bare one: the key user types are looked up by. */
export function pgTypeKey(schema: string | null, name: string): string | null {
  return schema === null ? null : `${schema}\u0000${name}`;
}
