/**
 * Canonical types: the one vocabulary between every source and target dialect (DESIGN.md).
 * Written as text in documents ("decimal(12,2)", "varchar(30)", "unsupported(hierarchyid)").
 */
export type CanonicalType =
  | { readonly kind: 'int16' | 'int32' | 'int64' | 'float32' | 'float64' | 'bool' | 'text' | 'blob' | 'date' | 'interval' | 'uuid' | 'json' | 'xml' | 'number' }
  | { readonly kind: 'decimal'; readonly precision: number; readonly scale: number }
  | { readonly kind: 'char' | 'varchar' | 'binary'; readonly length: number | null }
  /** A bit string of exactly `length` bits (MySQL BIT(n), n > 1; PostgreSQL bit(n)): flag words, not bytes. */
  | { readonly kind: 'bits'; readonly length: number }
  | { readonly kind: 'time' | 'timestamp' | 'timestamptz'; readonly precision: number }
  | { readonly kind: 'unsupported'; readonly reason: string };

export type CanonicalKind = CanonicalType['kind'];

const SIMPLE_KINDS = new Set<string>([
  'int16', 'int32', 'int64', 'float32', 'float64', 'bool', 'text', 'blob', 'date', 'interval', 'uuid', 'json', 'xml', 'number',
]);

export function formatCanonicalType(type: CanonicalType): string {
  switch (type.kind) {
    case 'decimal':
      return `decimal(${type.precision},${type.scale})`;
    case 'char':
    case 'varchar':
    case 'binary':
      return type.length === null ? type.kind : `${type.kind}(${type.length})`;
    case 'bits':
      return `bits(${type.length})`;
    case 'time':
    case 'timestamp':
    case 'timestamptz':
      return `${type.kind}(${type.precision})`;
    case 'unsupported':
      return `unsupported(${type.reason})`;
    default:
      return type.kind;
  }
}

/** Parses the text form; returns null for anything that is not a canonical type. */
export function parseCanonicalType(text: string): CanonicalType | null {
  const match = /^([a-z0-9]+)(?:\((.*)\))?$/.exec(text.trim());
  if (!match) return null;
  const kind = match[1] ?? '';
  const args = match[2];
  if (SIMPLE_KINDS.has(kind)) {
    return args === undefined ? ({ kind } as CanonicalType) : null;
  }
  if (kind === 'unsupported') return { kind, reason: args ?? 'unknown' };
  if (kind === 'decimal') {
    const m = /^(\d+)\s*,\s*(-?\d+)$/.exec(args ?? '');
    return m ? { kind, precision: Number(m[1]), scale: Number(m[2]) } : null;
  }
  if (kind === 'char' || kind === 'varchar' || kind === 'binary') {
    if (args === undefined) return { kind, length: null };
    return /^\d+$/.test(args) ? { kind, length: Number(args) } : null;
  }
  if (kind === 'bits') {
    return args !== undefined && /^\d+$/.test(args) && Number(args) > 0 ? { kind, length: Number(args) } : null;
  }
  if (kind === 'time' || kind === 'timestamp' || kind === 'timestamptz') {
    if (args === undefined) return { kind, precision: 6 };
    return /^\d+$/.test(args) ? { kind, precision: Number(args) } : null;
  }
  return null;
}

/** Large-object types: need DMS LOB settings and streaming care. */
export function isLobType(type: CanonicalType): boolean {
  return type.kind === 'text' || type.kind === 'blob' || type.kind === 'json' || type.kind === 'xml';
}
