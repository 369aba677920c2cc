/**
 * An Oracle column type as written in DDL → the shape ALL_TAB_COLUMNS reports (see the native type
 * conventions in src/model/catalog.ts): `INTEGER` is NUMBER(null,0), `VARCHAR` is VARCHAR2,
 * `TIMESTAMP` is `TIMESTAMP(6)`, `FLOAT` is FLOAT(126), byte semantics unless CHAR is written.
 */
import { DdlSyntaxError, type TokenCursor } from '../token-cursor.js';

export interface OracleType {
  readonly nativeType: string;
  readonly length: number | null;
  readonly precision: number | null;
  readonly scale: number | null;
  readonly lengthSemantics?: 'char' | 'byte';
  readonly userType?: string;
}

type Args = { values: (number | null)[]; semantics: 'char' | 'byte' | null };

/** Reads `( n [CHAR|BYTE] )` or `(p, s)` or `(*, s)` when present. */
function readArgs(cursor: TokenCursor): Args | null {
  if (!cursor.isPunct('(')) return null;
  const inner = cursor.takeParenGroup();
  const values: (number | null)[] = [];
  let semantics: 'char' | 'byte' | null = null;
  for (const part of inner.splitTopLevel()) {
    const first = part.next();
    if (first.kind === 'number') values.push(Number(first.text));
    else if (first.text === '*') values.push(null);
    else if (first.kind === 'punct' && first.text === '-') values.push(-Number(part.next().text));
    else throw new DdlSyntaxError(`unexpected type argument "${first.text}"`);
    if (part.isWord('CHAR')) semantics = 'char';
    else if (part.isWord('BYTE')) semantics = 'byte';
  }
  return { values, semantics };
}

const plain = (nativeType: string): OracleType => ({ nativeType, length: null, precision: null, scale: null });

function character(nativeType: string, args: Args | null, national: boolean): OracleType {
  const length = args?.values[0] ?? (nativeType === 'CHAR' || nativeType === 'NCHAR' ? 1 : null);
  const lengthSemantics = national ? 'char' : (args?.semantics ?? 'byte');
  return { nativeType, length, precision: null, scale: null, lengthSemantics };
}

function number(args: Args | null, defaultScale: number | null): OracleType {
  if (args === null) return { nativeType: 'NUMBER', length: null, precision: null, scale: defaultScale };
  const precision = args.values[0] ?? null;
  const scale = args.values.length > 1 ? (args.values[1] ?? null) : precision === null ? defaultScale : 0;
  return { nativeType: 'NUMBER', length: null, precision, scale };
}

/** `TIMESTAMP[(n)] [WITH [LOCAL] TIME ZONE]`. */
function timestamp(cursor: TokenCursor): OracleType {
  const digits = readArgs(cursor)?.values[0] ?? 6;
  let suffix = '';
  if (cursor.acceptWords('WITH', 'LOCAL', 'TIME', 'ZONE')) suffix = ' WITH LOCAL TIME ZONE';
  else if (cursor.acceptWords('WITH', 'TIME', 'ZONE')) suffix = ' WITH TIME ZONE';
  return { nativeType: `TIMESTAMP(${digits})${suffix}`, length: null, precision: null, scale: digits };
}

/** `INTERVAL YEAR[(p)] TO MONTH` / `INTERVAL DAY[(p)] TO SECOND[(s)]`. */
function interval(cursor: TokenCursor): OracleType {
  if (cursor.acceptWords('YEAR')) {
    const p = readArgs(cursor)?.values[0] ?? 2;
    cursor.expectWords('TO', 'MONTH');
    return { nativeType: `INTERVAL YEAR(${p}) TO MONTH`, length: null, precision: p, scale: 0 };
  }
  cursor.expectWords('DAY');
  const p = readArgs(cursor)?.values[0] ?? 2;
  cursor.expectWords('TO', 'SECOND');
  const s = readArgs(cursor)?.values[0] ?? 6;
  return { nativeType: `INTERVAL DAY(${p}) TO SECOND(${s})`, length: null, precision: p, scale: s };
}

function float(args: Args | null, defaultBits: number): OracleType {
  return { nativeType: 'FLOAT', length: null, precision: args?.values[0] ?? defaultBits, scale: null };
}

/** Multi-word names first; returns the canonical Oracle name for the words consumed. */
function readTypeWords(cursor: TokenCursor): string {
  const pairs: readonly (readonly string[])[] = [
    ['LONG', 'RAW'], ['DOUBLE', 'PRECISION'], ['CHARACTER', 'VARYING'], ['CHAR', 'VARYING'],
    ['NATIONAL', 'CHARACTER', 'VARYING'], ['NATIONAL', 'CHAR', 'VARYING'], ['NATIONAL', 'CHARACTER'],
    ['NATIONAL', 'CHAR'], ['NCHAR', 'VARYING'],
  ];
  for (const words of pairs) if (cursor.acceptWords(...words)) return words.join(' ');
  return cursor.next().text.toUpperCase();
}

export function readOracleType(cursor: TokenCursor, fold: (token: { kind: string; value: string }) => string, defaultSchema: string): OracleType {
  const start = cursor.peek();
  if (start === undefined) throw new DdlSyntaxError('missing column type');
  if (start.kind !== 'word') return readUserType(cursor, fold, defaultSchema);
  const name = readTypeWords(cursor);
  switch (name) {
    case 'VARCHAR2': case 'VARCHAR': case 'CHARACTER VARYING': case 'CHAR VARYING':
      return character('VARCHAR2', readArgs(cursor), false);
    case 'CHAR': case 'CHARACTER':
      return character('CHAR', readArgs(cursor), false);
    case 'NCHAR': case 'NATIONAL CHARACTER': case 'NATIONAL CHAR':
      return character('NCHAR', readArgs(cursor), true);
    case 'NVARCHAR2': case 'NCHAR VARYING': case 'NATIONAL CHARACTER VARYING': case 'NATIONAL CHAR VARYING':
      return character('NVARCHAR2', readArgs(cursor), true);
    case 'NUMBER':
      return number(readArgs(cursor), null);
    case 'INTEGER': case 'INT': case 'SMALLINT':
      return { nativeType: 'NUMBER', length: null, precision: null, scale: 0 };
    case 'DECIMAL': case 'DEC': case 'NUMERIC':
      return number(readArgs(cursor), 0);
    case 'FLOAT':
      return float(readArgs(cursor), 126);
    case 'REAL':
      return float(null, 63);
    case 'DOUBLE PRECISION':
      return float(null, 126);
    case 'TIMESTAMP':
      return timestamp(cursor);
    case 'INTERVAL':
      return interval(cursor);
    case 'RAW': {
      const length = readArgs(cursor)?.values[0] ?? null;
      return { nativeType: 'RAW', length, precision: null, scale: null };
    }
    case 'UROWID':
      readArgs(cursor);
      return plain('UROWID');
    case 'DATE': case 'CLOB': case 'NCLOB': case 'BLOB': case 'BFILE': case 'LONG': case 'LONG RAW': case 'ROWID':
    case 'BINARY_FLOAT': case 'BINARY_DOUBLE': case 'BOOLEAN': case 'XMLTYPE': case 'JSON': case 'SDO_GEOMETRY':
      readArgs(cursor);
      return plain(name);
    default:
      cursor.pos -= 1;
      return readUserType(cursor, fold, defaultSchema);
  }
}

/** `[schema.]type` or `REF type`: DATA_TYPE is the type name, userType the owner-qualified name. */
function readUserType(cursor: TokenCursor, fold: (token: { kind: string; value: string }) => string, defaultSchema: string): OracleType {
  const ref = cursor.acceptWords('REF');
  const first = fold(cursor.next());
  let owner = defaultSchema;
  let name = first;
  if (cursor.acceptPunct('.')) {
    owner = first;
    name = fold(cursor.next());
  }
  readArgs(cursor);
  if (owner === 'SYS' && name === 'XMLTYPE') return plain('XMLTYPE');
  const nativeType = ref ? `REF ${name}` : name;
  return { nativeType, length: null, precision: null, scale: null, userType: `${owner}.${name}` };
}
