/**
 * A T-SQL column type as written (`[nvarchar](500)`, `"int"`, `dec(4,2)`, `varchar(max)`, an alias
 * type) → the sys.types shape of src/model/catalog.ts: lower-case base type, length in characters
 * (bytes for binary/varbinary, null for max), decimal precision/scale, fractional digits as scale.
 */
import { DdlSyntaxError, type TokenCursor } from '../token-cursor.js';
import { readMssqlName } from './names.js';

export interface MssqlType {
  readonly nativeType: string;
  readonly length: number | null;
  readonly precision: number | null;
  readonly scale: number | null;
  readonly userType?: string;
  /** From an alias type declared NOT NULL / NULL; the column's own NULL/NOT NULL wins. */
  readonly aliasNullable?: boolean;
}

export interface AliasType {
  readonly schema: string;
  readonly name: string;
  readonly base: MssqlType;
  readonly nullable: boolean;
}

const SYNONYMS: Readonly<Record<string, string>> = {
  integer: 'int', dec: 'decimal', character: 'char', 'character varying': 'varchar', 'char varying': 'varchar',
  'national character': 'nchar', 'national char': 'nchar', 'national character varying': 'nvarchar',
  'national char varying': 'nvarchar', 'national text': 'ntext', 'double precision': 'float', rowversion: 'timestamp',
  'binary varying': 'varbinary',
};
const LENGTH_TYPES = new Set(['char', 'varchar', 'nchar', 'nvarchar', 'binary', 'varbinary']);
const FRACTION_TYPES = new Set(['datetime2', 'time', 'datetimeoffset']);
const PLAIN_TYPES = new Set([
  'bigint', 'int', 'smallint', 'tinyint', 'bit', 'money', 'smallmoney', 'real', 'date', 'datetime', 'smalldatetime',
  'text', 'ntext', 'image', 'xml', 'sql_variant', 'uniqueidentifier', 'timestamp', 'hierarchyid', 'geography',
  'geometry', 'sysname', 'json', 'vector',
]);

function readArgs(cursor: TokenCursor): (number | null)[] | null {
  if (!cursor.isPunct('(')) return null;
  return cursor.takeParenGroup().splitTopLevel().map((part) => {
    const token = part.next();
    if (token.kind === 'number') return Number(token.text);
    if (token.text.toUpperCase() === 'MAX') return null;
    throw new DdlSyntaxError(`unexpected type argument "${token.text}"`);
  });
}

const shape = (nativeType: string, length: number | null, precision: number | null, scale: number | null): MssqlType =>
  ({ nativeType, length, precision, scale });

/** Multi-word type names (`double precision`, `national character varying`) → one lower-case name. */
function readTypeName(cursor: TokenCursor): { schema: string | null; name: string } {
  const first = cursor.peek();
  if (first?.kind === 'word') {
    for (const words of [['NATIONAL', 'CHARACTER', 'VARYING'], ['NATIONAL', 'CHAR', 'VARYING'], ['NATIONAL', 'CHARACTER'],
      ['NATIONAL', 'CHAR'], ['NATIONAL', 'TEXT'], ['CHARACTER', 'VARYING'], ['CHAR', 'VARYING'], ['DOUBLE', 'PRECISION'],
      ['BINARY', 'VARYING']]) {
      if (cursor.acceptWords(...words)) return { schema: null, name: words.join(' ').toLowerCase() };
    }
  }
  const name = readMssqlName(cursor);
  if (!cursor.acceptPunct('.')) return { schema: null, name };
  return { schema: name, name: readMssqlName(cursor) };
}

export function readMssqlType(cursor: TokenCursor, aliases: ReadonlyMap<string, AliasType>, defaultSchema: string): MssqlType {
  const written = readTypeName(cursor);
  const lower = written.name.toLowerCase();
  const name = SYNONYMS[lower] ?? lower;
  const isSys = written.schema === null || written.schema.toLowerCase() === 'sys';
  if (isSys && LENGTH_TYPES.has(name)) {
    const args = readArgs(cursor);
    return shape(name, args === null ? 1 : (args[0] ?? null), null, null);
  }
  if (isSys && (name === 'decimal' || name === 'numeric')) {
    const args = readArgs(cursor);
    return shape(name, null, args?.[0] ?? 18, args?.[1] ?? 0);
  }
  if (isSys && FRACTION_TYPES.has(name)) return shape(name, null, null, readArgs(cursor)?.[0] ?? 7);
  if (isSys && name === 'float') {
    const bits = readArgs(cursor)?.[0] ?? 53;
    return bits <= 24 ? shape('real', null, null, null) : shape('float', null, null, null);
  }
  if (isSys && PLAIN_TYPES.has(name) && !aliases.has(name)) return shape(name, null, null, null);
  const alias = aliases.get(lower);
  if (alias !== undefined) {
    return { ...alias.base, userType: `${alias.schema}.${alias.name}`, aliasNullable: alias.nullable };
  }
  readArgs(cursor);
  return { ...shape(written.name, null, null, null), userType: `${written.schema ?? defaultSchema}.${written.name}` };
}
