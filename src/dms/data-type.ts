/**
 * The DMS `data-type` block of an `add-column` rule, derived from the TARGET type text the mapping
 * file gives (reference aws-dms.md §1.4; UG "Data types for AWS Database Migration Service").
 * Conservative: only PostgreSQL / MySQL type names whose DMS type is unambiguous are accepted.
 * Text / binary / JSON types map to DMS CLOB / BLOB, and DMS supports no transformation on LOB
 * columns except dropping them (UG "Transformation rules and actions", Limitations), so they are
 * refused with a reason, as is a string type without a length (DMS `string` needs one).
 */
import type { DmsDataType } from './types.js';

export type DmsTypeResult = { readonly ok: true; readonly dmsType: DmsDataType } | { readonly ok: false; readonly reason: string };

const FIXED: Readonly<Record<string, DmsDataType['type']>> = {
  tinyint: 'int1', smallint: 'int2', int2: 'int2', mediumint: 'int4', integer: 'int4', int: 'int4', int4: 'int4',
  bigint: 'int8', int8: 'int8', float4: 'real4', 'double precision': 'real8', double: 'real8', float8: 'real8',
  boolean: 'boolean', bool: 'boolean', date: 'date',
};
const STRINGS = new Set(['varchar', 'character varying', 'char', 'character', 'nvarchar', 'nchar']);
const LOBS = new Set(['text', 'tinytext', 'mediumtext', 'longtext', 'clob', 'bytea', 'blob', 'tinyblob', 'mediumblob', 'longblob', 'json', 'jsonb', 'xml']);
const DATETIMES = new Set(['timestamp', 'timestamptz', 'datetime', 'datetime2']);
const TIMES = new Set(['time', 'timetz']);

const ok = (dmsType: DmsDataType): DmsTypeResult => ({ ok: true, dmsType });
const fail = (reason: string): DmsTypeResult => ({ ok: false, reason });

/** `numeric(12, 2)` → name `numeric`, args [12, 2]; `timestamp(0) with time zone` → name `timestamp`, args [0]. */
function splitType(text: string): { name: string; args: number[] } | null {
  const m = /^([a-z][a-z0-9 ]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?(?:\s+(?:with|without) time zone)?(?:\s+unsigned)?$/.exec(text);
  if (m === null) return null;
  const args = [m[2], m[3]].filter((a): a is string => a !== undefined).map(Number);
  return { name: m[1]!.trim(), args };
}

/** The DMS data type for a target type text, or why there is none. */
export function dmsDataTypeOf(targetType: string): DmsTypeResult {
  const text = targetType.trim().toLowerCase().replace(/\s+/g, ' ');
  const parsed = splitType(text);
  if (parsed === null) return fail('not a type DMS add-column can fill (write e.g. varchar(20), integer, numeric(12,2), date, timestamp(0))');
  const { name, args } = parsed;
  if (LOBS.has(name)) return fail(`${name} is a LOB type for DMS (CLOB/BLOB), and DMS only drops LOB columns; use varchar(n)`);
  if (STRINGS.has(name)) {
    const length = args[0];
    if (length === undefined || length <= 0 || args.length > 1) return fail(`${name} needs a length, e.g. ${name}(20): DMS string needs one`);
    return ok({ type: 'string', length });
  }
  if (name === 'numeric' || name === 'decimal') {
    const [precision, scale = 0] = args;
    if (precision === undefined || precision <= 0) return fail(`${name} needs a precision, e.g. ${name}(12,2): DMS numeric needs one`);
    if (scale > precision) return fail(`${name}(${precision},${scale}): scale is larger than precision`);
    return ok({ type: 'numeric', precision, scale });
  }
  if (DATETIMES.has(name)) return ok({ type: 'datetime' });
  if (TIMES.has(name)) return ok({ type: 'time' });
  if (name === 'float' || name === 'real') return fail(`${name} is single precision on one target and double on another; write float4 or float8 (double on MySQL)`);
  const fixed = FIXED[name];
  if (fixed === undefined) return fail(`no DMS data type known for ${name}`);
  // tinyint(1) / int(11) carry a display width only; float(p) is not a fixed DMS size
  if (args.length > 0 && !['tinyint', 'smallint', 'mediumint', 'int', 'integer', 'bigint'].includes(name)) return fail(`${text}: give ${name} without a size`);
  return ok({ type: fixed });
}
