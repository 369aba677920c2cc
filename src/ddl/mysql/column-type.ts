/**
 * A declared MySQL column type → COLUMN_TYPE as information_schema shows it (lower case), so that a
 * hand-written `INT`, `NVARCHAR(160)`, `NUMERIC(10,2)` or `BOOLEAN` reads as `int(11)`, `varchar(160)`,
 * `decimal(10,2)`, `tinyint(1)`. mysqldump already writes COLUMN_TYPE text; this is then the identity.
 * MariaDB and MySQL before 8.0.19 show integer display widths; MySQL 8.0.19+ does not.
 */
import type { Token } from './tokens.js';

export interface TypeFlavour {
  /** Show default integer display widths (`int(11)`): MariaDB, MySQL ≤ 8.0.18. */
  readonly integerWidths: boolean;
  /** `json` is an alias of longtext (MariaDB). */
  readonly jsonIsLongtext: boolean;
}

export interface DeclaredType {
  readonly columnType: string;
  /** Base name as normalised (`int`, `varchar`, `decimal`…), for default formatting. */
  readonly base: string;
  /** Declared as `json` on a server that stores it as longtext. */
  readonly json: boolean;
  /** Index of the first token after the type. */
  readonly next: number;
}

const INT_WIDTH: Readonly<Record<string, readonly [number, number]>> = {
  tinyint: [4, 3],
  smallint: [6, 5],
  mediumint: [9, 8],
  int: [11, 10],
  bigint: [20, 20],
};

const ALIASES: Readonly<Record<string, string>> = {
  integer: 'int', int1: 'tinyint', int2: 'smallint', int3: 'mediumint', int4: 'int', int8: 'bigint', middleint: 'mediumint',
  dec: 'decimal', numeric: 'decimal', fixed: 'decimal', real: 'double', float8: 'double', float4: 'float',
  nchar: 'char', character: 'char', nvarchar: 'varchar', varchar2: 'varchar', nvarchar2: 'varchar',
};

/** Multi-word type names, longest first. */
const PHRASES: ReadonlyArray<[string[], string]> = [
  [['NATIONAL', 'CHARACTER', 'VARYING'], 'varchar'],
  [['NATIONAL', 'CHAR', 'VARYING'], 'varchar'],
  [['NATIONAL', 'VARCHAR'], 'varchar'],
  [['NATIONAL', 'CHARACTER'], 'char'],
  [['NATIONAL', 'CHAR'], 'char'],
  [['NCHAR', 'VARCHAR'], 'varchar'],
  [['NCHAR', 'VARYING'], 'varchar'],
  [['CHARACTER', 'VARYING'], 'varchar'],
  [['CHAR', 'VARYING'], 'varchar'],
  [['DOUBLE', 'PRECISION'], 'double'],
  [['LONG', 'VARBINARY'], 'mediumblob'],
  [['LONG', 'VARCHAR'], 'mediumtext'],
];

function readName(tokens: readonly Token[], at: number): { base: string; next: number } {
  for (const [words, base] of PHRASES) {
    if (words.every((w, k) => tokens[at + k]?.upper === w)) return { base, next: at + words.length };
  }
  const word = (tokens[at]?.text ?? '').toLowerCase();
  if (word === 'long') return { base: 'mediumtext', next: at + 1 };
  return { base: ALIASES[word] ?? word, next: at + 1 };
}

/** `'a'`, `"b"` → canonical `'…'` with quotes doubled and backslashes escaped. */
export function quoteLabel(token: Token): string {
  return `'${decodeString(token.text).replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The value of a string literal token (quotes and escapes resolved). */
export function decodeString(text: string): string {
  const q = text[0] ?? "'";
  const body = text.slice(1, -1);
  return body.replace(new RegExp(`${q}${q}`, 'g'), q).replace(/\\(.)/g, (_m, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c === '0' ? '\0' : c,
  );
}

function readArgs(tokens: readonly Token[], at: number): { args: Token[]; next: number } {
  if (tokens[at]?.text !== '(') return { args: [], next: at };
  const args: Token[] = [];
  let k = at + 1;
  while (k < tokens.length && tokens[k]?.text !== ')') {
    const t = tokens[k];
    if (t && t.text !== ',') args.push(t);
    k += 1;
  }
  return { args, next: k + 1 };
}

function sized(base: string, args: readonly Token[], fallback: string | null): string {
  const values = args.map((a) => a.text);
  if (values.length > 0) return `${base}(${values.join(',')})`;
  return fallback === null ? base : `${base}(${fallback})`;
}

function render(base: string, args: readonly Token[], unsigned: boolean, zerofill: boolean, flavour: TypeFlavour): string {
  const width = INT_WIDTH[base];
  if (width) {
    const declared = args[0]?.text ?? null;
    const implicit = flavour.integerWidths ? String(unsigned || zerofill ? width[1] : width[0]) : null;
    const shown = flavour.integerWidths || zerofill || (base === 'tinyint' && declared === '1') ? (declared ?? implicit) : null;
    return shown === null ? base : `${base}(${shown})`;
  }
  if (base === 'bool' || base === 'boolean') return 'tinyint(1)';
  if (base === 'decimal') return `decimal(${args[0]?.text ?? '10'},${args[1]?.text ?? '0'})`;
  if (base === 'float' && args.length === 1) return Number(args[0]?.text) > 24 ? 'double' : 'float';
  if (base === 'char' || base === 'binary' || base === 'bit') return sized(base, args, '1');
  if (base === 'year') return flavour.integerWidths ? 'year(4)' : 'year';
  if (base === 'enum' || base === 'set') return `${base}(${args.map(quoteLabel).join(',')})`;
  if (/^(datetime|timestamp|time)$/.test(base)) return args[0] && args[0].text !== '0' ? `${base}(${args[0].text})` : base;
  return sized(base, args, null);
}

const NUMERIC_BASES = /^(tinyint|smallint|mediumint|int|bigint|decimal|float|double|bit|bool|boolean|year)$/;

export function isNumericBase(base: string): boolean {
  return NUMERIC_BASES.test(base);
}

/** Reads the type starting at `at` (the token after the column name). */
export function readDeclaredType(tokens: readonly Token[], at: number, flavour: TypeFlavour): DeclaredType {
  const name = readName(tokens, at);
  const { args, next: afterArgs } = readArgs(tokens, name.next);
  let next = afterArgs;
  let unsigned = false;
  let zerofill = false;
  for (;;) {
    const upper = tokens[next]?.upper;
    if (upper === 'UNSIGNED') unsigned = true;
    else if (upper === 'ZEROFILL') zerofill = true;
    else if (upper !== 'SIGNED') break;
    next += 1;
  }
  if (zerofill) unsigned = true;
  const json = name.base === 'json' && flavour.jsonIsLongtext;
  const base = json ? 'longtext' : name.base;
  const rendered = render(base, args, unsigned, zerofill, flavour);
  const suffix = isNumericBase(base) && unsigned ? (zerofill ? ' unsigned zerofill' : ' unsigned') : '';
  return { columnType: `${rendered}${suffix}`, base, json, next };
}

