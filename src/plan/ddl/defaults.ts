/**
 * Column defaults: source expression → target expression, only where the meaning is certain.
 * Literals and the well-known clock / user / GUID functions are translated; anything else (sequence
 * NEXTVAL, user functions, expressions) is dropped and reported, so DDL never carries a default that
 * fails or means something else. make-plan calls this and stores `default` / `droppedDefault`.
 */
import type { DialectName } from '../../model/catalog.js';
import type { TargetName } from '../../model/plan.js';

export interface DefaultContext {
  readonly sourceDialect: DialectName;
  readonly target: TargetName;
  /** The column's target type text (`timestamp(0)`, `boolean`, `varchar(10)`…). */
  readonly targetType: string;
}

export interface TranslatedDefault {
  /** Target default expression, or null for none. */
  readonly expression: string | null;
  /** The source text when it could not be translated (for a comment / plan decision), else null. */
  readonly dropped: string | null;
}

const NONE: TranslatedDefault = { expression: null, dropped: null };
const kept = (expression: string): TranslatedDefault => ({ expression, dropped: null });

/** `((0))`, `('A')`, `(getdate())` → inner text: SQL Server wraps every default in parentheses. */
function stripParens(text: string): string {
  let out = text.trim();
  while (out.startsWith('(') && out.endsWith(')') && balanced(out.slice(1, -1))) out = out.slice(1, -1).trim();
  return out;
}

function balanced(text: string): boolean {
  let depth = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth += 1;
    else if (!quoted && ch === ')' && --depth < 0) return false;
  }
  return depth === 0 && !quoted;
}

const isPostgresFamily = (target: TargetName): boolean => target === 'postgres' || target === 'aurora-postgresql';

function typeFamily(targetType: string): 'bool' | 'text' | 'timestamp' | 'timestamptz' | 'date' | 'uuid' | 'bytea' | 'other' {
  const t = targetType.toLowerCase();
  if (/^(boolean|bool|tinyint\(1\))$/.test(t)) return 'bool';
  if (/^(text|longtext|varchar|char|character)/.test(t)) return 'text';
  if (/^(timestamptz|timestamp\(\d\) with time zone|timestamp with time zone)/.test(t)) return 'timestamptz';
  if (/^(timestamp|datetime)/.test(t)) return 'timestamp';
  if (t === 'date') return 'date';
  if (t === 'uuid') return 'uuid';
  if (t === 'bytea') return 'bytea';
  return 'other';
}

function fractionDigits(targetType: string): number | null {
  const match = /^(?:timestamp|timestamptz|datetime)\((\d)\)/i.exec(targetType);
  return match ? Number(match[1]) : null;
}

/** Clock, user and GUID functions by source name (lower case, without the empty argument list). */
function translateFunction(name: string, context: DefaultContext): string | null {
  const family = typeFamily(context.targetType);
  const digits = fractionDigits(context.targetType);
  const pg = isPostgresFamily(context.target);
  const local = pg ? `LOCALTIMESTAMP${digits === null ? '' : `(${digits})`}` : `CURRENT_TIMESTAMP${digits === null ? '' : `(${digits})`}`;
  const now = pg && family === 'timestamptz' ? 'CURRENT_TIMESTAMP' : local;
  switch (name) {
    case 'sysdate': case 'current_date': case 'getdate': case 'current_timestamp': case 'now': case 'sysdatetime':
    case 'localtimestamp': case 'systimestamp': case 'sysdatetimeoffset':
      if (family === 'date') return 'CURRENT_DATE';
      return family === 'timestamp' || family === 'timestamptz' ? now : null;
    case 'trunc(sysdate)': case 'curdate': case 'convert(date,getdate())':
      if (family === 'date') return 'CURRENT_DATE';
      return family === 'timestamp' && pg ? `CURRENT_DATE::${context.targetType}` : null;
    case 'getutcdate': case 'sysutcdatetime': case 'utc_timestamp':
      if (!pg) return family === 'timestamp' ? 'UTC_TIMESTAMP' : null;
      return family === 'timestamp' ? "(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')" : family === 'timestamptz' ? 'CURRENT_TIMESTAMP' : null;
    case 'user': case 'current_user': case 'suser_sname': case 'suser_name': case 'user_name': case 'session_user':
      return family === 'text' ? (pg ? 'CURRENT_USER' : null) : null;
    case 'sys_guid': case 'newid': case 'newsequentialid': case 'gen_random_uuid': case 'uuid':
      if (!pg) return null;
      if (family === 'uuid') return 'gen_random_uuid()';
      return family === 'bytea' ? "decode(replace(gen_random_uuid()::text, '-', ''), 'hex')" : null;
    default:
      return null;
  }
}

/**
 * A bit-string default for a PostgreSQL `bit(n)` column: MySQL `b'101'` (MariaDB's COLUMN_DEFAULT and
 * mysqldump drop leading zeros) or a plain integer → `B'00000101'`, padded on the left to n digits,
 * since PostgreSQL refuses a bit literal of another length. Null when the value does not fit n bits.
 */
function translateBitString(text: string, targetType: string): TranslatedDefault | null {
  const width = /^bit\((\d+)\)$/i.exec(targetType.trim());
  if (width === null) return null;
  const literal = /^b'([01]*)'$/i.exec(text)?.[1];
  const digits = literal ?? (/^\d+$/.test(text) ? BigInt(text).toString(2) : null);
  if (digits === null) return null;
  const significant = digits.replace(/^0+/, '');
  const n = Number(width[1]);
  return significant.length > n ? null : kept(`B'${significant.padStart(n, '0')}'`);
}

function translateLiteral(text: string, context: DefaultContext): TranslatedDefault | null {
  const family = typeFamily(context.targetType);
  if (isPostgresFamily(context.target) && /^bit\(\d+\)$/i.test(context.targetType.trim())) return translateBitString(text, context.targetType);
  const number = /^[+-]?\d+(\.\d+)?$/.exec(text);
  if (number) {
    if (family === 'bool') return text === '0' || text === '1' ? kept(isPostgresFamily(context.target) ? (text === '1' ? 'true' : 'false') : text) : null;
    if (family === 'text') return kept(`'${text}'`);
    return family === 'other' ? kept(text) : null;
  }
  const string = /^[Nn]?'((?:[^']|'')*)'$/.exec(text);
  if (string) {
    if (family === 'bool') return null;
    if (/^0000-00-00/.test(string[1] ?? '')) return null; // MySQL zero date: no target equivalent
    return kept(`'${string[1] ?? ''}'`);
  }
  const bits = /^b'([01])'$/i.exec(text);
  if (bits && family === 'bool') return kept(isPostgresFamily(context.target) ? (bits[1] === '1' ? 'true' : 'false') : bits[1] ?? '0');
  if (/^(true|false)$/i.test(text) && family === 'bool') return kept(text.toLowerCase());
  return null;
}

/** Translates one source default for the column's target type. Homogeneous moves keep it unchanged. */
export function translateDefault(sourceDefault: string | null, context: DefaultContext): TranslatedDefault {
  if (sourceDefault === null) return NONE;
  const raw = sourceDefault.trim();
  if (raw === '' || /^null$/i.test(raw)) return NONE;
  const sameEngine = (context.sourceDialect === 'oracle' && context.target === 'oracle')
    || (context.sourceDialect === 'mssql' && context.target === 'sqlserver')
    || (context.sourceDialect === 'mysql' && context.target === 'mysql')
    || (context.sourceDialect === 'postgres' && isPostgresFamily(context.target));
  if (sameEngine) return kept(raw);
  const text = context.sourceDialect === 'mssql' ? stripParens(raw) : raw;
  if (/^null$/i.test(text)) return NONE;
  const literal = translateLiteral(text, context);
  if (literal !== null) return literal;
  const name = text.toLowerCase().replace(/\s+/g, '').replace(/\(\d?\)$/, '');
  const fn = translateFunction(name, context);
  return fn === null ? { expression: null, dropped: raw } : kept(fn);
}
