/**
 * Renders a parsed PostgreSQL TypeName the way `format_type(atttypid, atttypmod)` prints it, so a
 * column read from DDL carries the same nativeType as one read live: `INT` → `integer`,
 * `VARCHAR(160)` → `character varying(160)`, `TIMESTAMP(3) WITH TIME ZONE` → `timestamp(3) with time zone`.
 * serial types resolve to their integer type; the caller adds the sequence default.
 */
import type { Node, TypeName } from 'libpg-query';
import { quoteIdentifier as quoteIdent } from '../../dialects/postgres/quote.js';
import type { TypeNaming } from './pg-context.js';

export interface FormattedType {
  readonly nativeType: string;
  readonly length: number | null;
  readonly precision: number | null;
  readonly scale: number | null;
  /** `serial`, `bigserial`, `smallserial` were written: the column gets a sequence and NOT NULL. */
  readonly serial: boolean;
}

const PLAIN: Readonly<Record<string, string>> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float4: 'real',
  float8: 'double precision',
  bool: 'boolean',
  serial: 'integer',
  serial4: 'integer',
  bigserial: 'bigint',
  serial8: 'bigint',
  smallserial: 'smallint',
  serial2: 'smallint',
};

const WITH_LENGTH: Readonly<Record<string, string>> = {
  varchar: 'character varying',
  bpchar: 'character',
  bit: 'bit',
  varbit: 'bit varying',
};

const TEMPORAL: Readonly<Record<string, [string, string]>> = {
  timestamp: ['timestamp', ' without time zone'],
  timestamptz: ['timestamp', ' with time zone'],
  time: ['time', ' without time zone'],
  timetz: ['time', ' with time zone'],
};

/** INTERVAL field masks as the grammar encodes them (bits of YEAR=2, MONTH=1, DAY=3, HOUR=10, MINUTE=11, SECOND=12). */
const INTERVAL_FIELDS: ReadonlyMap<number, string> = new Map([
  [4, 'year'], [2, 'month'], [8, 'day'], [1024, 'hour'], [2048, 'minute'], [4096, 'second'],
  [6, 'year to month'], [1032, 'day to hour'], [3080, 'day to minute'], [7176, 'day to second'],
  [3072, 'hour to minute'], [7168, 'hour to second'], [6144, 'minute to second'],
]);
const INTERVAL_FULL_RANGE = 32767;

function intArg(node: Node | undefined): number | null {
  if (node && 'A_Const' in node) {
    const v = node.A_Const.ival;
    if (v) return v.ival ?? 0;
  }
  return null;
}

function names(typeName: TypeName): string[] {
  return (typeName.names ?? []).map((n) => ('String' in n ? (n.String.sval ?? '') : ''));
}

function formatInterval(mods: number[]): string {
  const [range, precision] = mods;
  const fields = range !== undefined && range !== INTERVAL_FULL_RANGE ? INTERVAL_FIELDS.get(range) : undefined;
  const base = fields ? `interval ${fields}` : 'interval';
  return precision !== undefined ? `${base}(${precision})` : base;
}

function formatBase(typeName: TypeName, naming: TypeNaming): FormattedType {
  const parts = names(typeName);
  const isCatalog = parts.length === 2 && parts[0] === 'pg_catalog';
  const name = parts[parts.length - 1] ?? '';
  const mods = (typeName.typmods ?? []).map(intArg).filter((m): m is number => m !== null);
  const none = { length: null, precision: null, scale: null, serial: false };
  if (parts.length === 1 && /^(small|big)?serial[248]?$/.test(name)) {
    return { ...none, nativeType: PLAIN[name] ?? 'integer', serial: true };
  }
  if (isCatalog || parts.length === 1) {
    const plain = PLAIN[name];
    if (plain && (isCatalog || !name.startsWith('serial'))) return { ...none, nativeType: plain };
    const lengthType = WITH_LENGTH[name];
    if (lengthType) {
      const n = mods[0] ?? null;
      return { ...none, nativeType: n === null ? lengthType : `${lengthType}(${n})`, length: n };
    }
    if (name === 'numeric' || name === 'decimal') {
      const [p, s] = mods;
      if (p === undefined) return { ...none, nativeType: 'numeric' };
      return { ...none, nativeType: `numeric(${p},${s ?? 0})`, precision: p, scale: s ?? 0 };
    }
    const temporal = TEMPORAL[name];
    if (temporal) {
      const p = mods[0] ?? null;
      const nativeType = `${temporal[0]}${p === null ? '' : `(${p})`}${temporal[1]}`;
      return { ...none, nativeType, scale: p };
    }
    if (name === 'interval') {
      const p = mods[1] ?? null;
      return { ...none, nativeType: formatInterval(mods), scale: p };
    }
  }
  const declaredIn = parts.length === 1 ? naming.userTypeSchema(name) : null;
  if (isCatalog || (parts.length === 1 && declaredIn === null)) return { ...none, nativeType: quoteIdent(name) };
  const schema = declaredIn ?? parts[parts.length - 2] ?? '';
  const qualified = naming.schemaVisible(schema) ? quoteIdent(name) : `${quoteIdent(schema)}.${quoteIdent(name)}`;
  return { ...none, nativeType: mods.length > 0 ? `${qualified}(${mods.join(',')})` : qualified };
}

/** `naming` says which schemas format_type leaves unqualified and where unqualified user types live. */
export function formatPostgresType(typeName: TypeName, naming: TypeNaming): FormattedType {
  const base = formatBase(typeName, naming);
  if ((typeName.arrayBounds ?? []).length > 0) return { ...base, nativeType: `${base.nativeType}[]` };
  return base;
}
