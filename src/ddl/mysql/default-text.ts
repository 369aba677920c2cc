/**
 * A column's DEFAULT clause → the text live introspection reports (see normaliseMysqlDefault in
 * src/dialects/mysql/native-type.ts): MariaDB's COLUMN_DEFAULT form, which is also what mysqldump
 * writes — string literals quoted with quotes doubled, numbers bare and scaled to the column
 * (`0.00` for decimal(10,2)), `current_timestamp()` for the current-time functions, NULL → null.
 * For MySQL 8 dumps, numeric literals lose their quotes and expressions keep the server's spelling.
 */
import { decodeString, isNumericBase } from './column-type.js';
import { matchParen, type Token } from './tokens.js';

export interface DefaultClause {
  /** Source text of the value as written. */
  readonly raw: string;
  readonly tokens: readonly Token[];
  readonly next: number;
}

/** Reads the default value starting at `at` (the token after DEFAULT). */
export function readDefaultClause(s: string, tokens: readonly Token[], at: number): DefaultClause {
  const first = tokens[at];
  let end = at + 1;
  if (!first) return { raw: '', tokens: [], next: at };
  if (first.text === '(') end = matchParen(tokens, at);
  else if ((first.text === '-' || first.text === '+') && tokens[at + 1]?.kind === 'number') end = at + 2;
  else if (first.kind === 'word' && tokens[at + 1]?.kind === 'string' && tokens[at + 1]?.start === first.end) end = at + 2;
  else if (first.kind === 'word' && tokens[at + 1]?.text === '(') end = matchParen(tokens, at + 1);
  const last = tokens[end - 1] ?? first;
  return { raw: s.slice(first.start, last.end), tokens: tokens.slice(at, end), next: end };
}

const CURRENT_TIME = /^(CURRENT_TIMESTAMP|NOW|LOCALTIME|LOCALTIMESTAMP)$/;

function scaled(value: string, columnType: string, base: string): string {
  const decimal = /^(?:decimal|float|double)\((\d+),(\d+)\)/.exec(columnType);
  const negative = value.startsWith('-');
  const digits = value.replace(/^[+-]/, '');
  if (decimal) {
    const scale = Number(decimal[2]);
    const [whole = '0', fraction = ''] = digits.split('.');
    const body = scale === 0 ? whole : `${whole || '0'}.${fraction.padEnd(scale, '0').slice(0, scale)}`;
    return `${negative ? '-' : ''}${body}`;
  }
  if (base === 'float' || base === 'double') return String(Number(value));
  if (/^(tinyint|smallint|mediumint|int|bigint|year)$/.test(base)) return `${negative ? '-' : ''}${digits.split('.')[0] ?? '0'}`;
  return value;
}

function quote(value: string, mariadb: boolean): string {
  const escaped = mariadb ? value.replace(/\\/g, '\\\\') : value;
  return `'${escaped.replace(/'/g, "''")}'`;
}

export function normaliseDefault(clause: DefaultClause, columnType: string, base: string, mariadb: boolean): string | null {
  const [first, second] = clause.tokens;
  if (!first) return null;
  const numeric = isNumericBase(base);
  if (clause.tokens.length === 1 && first.upper === 'NULL') return null;
  if (clause.tokens.length === 1 && (first.upper === 'TRUE' || first.upper === 'FALSE')) {
    const bit = first.upper === 'TRUE' ? '1' : '0';
    return numeric ? bit : quote(bit, mariadb);
  }
  if (clause.tokens.length === 1 && first.kind === 'string') {
    const value = decodeString(first.text);
    return numeric ? scaled(value, columnType, base) : quote(value, mariadb);
  }
  if (first.kind === 'number' || ((first.text === '-' || first.text === '+') && second?.kind === 'number')) {
    const value = clause.raw.replace(/\s+/g, '');
    return numeric ? scaled(value, columnType, base) : quote(value, mariadb);
  }
  if (first.kind === 'word' && second?.kind === 'string' && /^b$/i.test(first.text) && clause.tokens.length === 2) {
    // The server drops leading zeros of a bit literal: DEFAULT b'0101' reads back as b'101'.
    return `b'${decodeString(second.text).replace(/^0+(?=.)/, '')}'`;
  }
  if (first.kind === 'word' && second?.kind === 'string' && /^_/.test(first.text)) {
    // A charset introducer (`_utf8mb4'x'`) does not survive into COLUMN_DEFAULT.
    return quote(decodeString(second.text), mariadb);
  }
  if (first.kind === 'word' && CURRENT_TIME.test(first.upper) && mariadb) {
    const precision = clause.tokens.find((t) => t.kind === 'number')?.text;
    return `current_timestamp(${precision === undefined || precision === '0' ? '' : precision})`;
  }
  // MySQL 8 prints an expression default as `(uuid())` in SHOW CREATE but `uuid()` in COLUMN_DEFAULT.
  if (!mariadb && first.text === '(' && clause.raw.endsWith(')')) return clause.raw.slice(1, -1).trim();
  return clause.raw;
}
