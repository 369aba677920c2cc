/**
 * A hand-written default that is a bare literal (`DEFAULT 'x'`, `DEFAULT -1`, `DEFAULT 2.5`) → the
 * text pg_get_expr prints for it, so a script and the database it creates agree. pg_dump output never
 * reaches this: it writes defaults already deparsed (`'x'::character varying`), which are kept as is.
 * Rules (ruleutils.c get_const_expr): an int4 constant ≥ 0 and a numeric constant ≥ 0 written with
 * `.`/`e` print bare, booleans as true/false, anything else as `'text'::type` (type without typmod).
 */
import type { A_Const } from 'libpg-query';

const INT4_MAX = 2147483647n;
const INT8_MIN = -9223372036854775808n;
const INT8_MAX = 9223372036854775807n;

const quote = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** The cast a coerced constant of this column type prints with: format_type(type, -1). */
function castType(nativeType: string, userType: string | undefined): string {
  if (userType !== undefined) return userType;
  const array = nativeType.endsWith('[]') ? '[]' : '';
  const base = nativeType.replace(/\[\]$/, '');
  const untyped = base
    .replace(/^character varying\(\d+\)$/, 'character varying')
    .replace(/^character\(\d+\)$/, 'bpchar')
    .replace(/^character$/, 'bpchar')
    .replace(/^numeric\([\d,-]+\)$/, 'numeric')
    .replace(/^(timestamp|time)\(\d+\)( with(out)? time zone)$/, '$1$2')
    .replace(/^bit varying\(\d+\)$/, 'bit varying')
    .replace(/^bit\(\d+\)$/, '"bit"')
    .replace(/^interval.*$/, 'interval');
  return `${untyped}${array}`;
}

/** A number literal as the parser typed it: int4, int8 or numeric. */
function numberLiteral(text: string): string {
  if (/^-?\d+$/.test(text)) {
    const value = BigInt(text);
    if (value >= -INT4_MAX - 1n && value <= INT4_MAX) return value >= 0n ? text : `${quote(text)}::integer`;
    if (value >= INT8_MIN && value <= INT8_MAX) return `${quote(text)}::bigint`;
    return `${quote(text)}::numeric`;
  }
  return text.startsWith('-') ? `${quote(text)}::numeric` : text;
}

/** A string literal coerced to the column's type. */
function stringLiteral(value: string, nativeType: string, userType: string | undefined): string {
  if (userType === undefined && nativeType === 'integer' && /^\s*\+?\d+\s*$/.test(value)) {
    return String(BigInt(value.trim()));
  }
  if (userType === undefined && nativeType.startsWith('numeric') && /^\s*\+?(\d+\.\d*|\.\d+|\d+(\.\d*)?e[+-]?\d+)\s*$/i.test(value)) {
    return value.trim().replace(/^\+/, '');
  }
  if (userType === undefined && nativeType === 'boolean') return /^\s*(t|tr|tru|true|y|ye|yes|on|1)\s*$/i.test(value) ? 'true' : 'false';
  return `${quote(value)}::${castType(nativeType, userType)}`;
}

/** pg_get_expr text for a literal default; null for DEFAULT NULL (no default is stored). */
export function literalDefault(constant: A_Const, nativeType: string, userType: string | undefined): string | null {
  if (constant.isnull === true) return null;
  if (constant.boolval !== undefined) return constant.boolval.boolval === true ? 'true' : 'false';
  if (constant.ival !== undefined) return numberLiteral(String(constant.ival.ival ?? 0));
  if (constant.fval !== undefined) return numberLiteral(constant.fval.fval ?? '0');
  if (constant.sval !== undefined) return stringLiteral(constant.sval.sval ?? '', nativeType, userType);
  return null;
}
