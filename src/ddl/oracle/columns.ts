/**
 * One Oracle column definition (CREATE TABLE element, ALTER TABLE ADD/MODIFY) with its inline
 * constraints. A column without a type is allowed for MODIFY and for virtual columns.
 */
import type { ConstraintDraft, Mutable } from '../catalog-builder.js';
import type { CatalogColumn, IdentitySpec } from '../../model/catalog.js';
import { DdlSyntaxError, type TokenCursor } from '../token-cursor.js';
import { readReferences, skipConstraintState } from './constraints.js';
import { foldOracle, readOracleName } from './names.js';
import { readOracleType, type OracleType } from './native-type.js';

const CLAUSE_WORDS = [
  'CONSTRAINT', 'NOT', 'NULL', 'PRIMARY', 'UNIQUE', 'REFERENCES', 'CHECK', 'ENABLE', 'DISABLE', 'GENERATED',
  'ENCRYPT', 'COLLATE', 'VISIBLE', 'INVISIBLE', 'DEFAULT', 'SORT', 'AS', 'VIRTUAL', 'USING', 'DECRYPT',
];

export interface ColumnDefinition {
  readonly column: Mutable<CatalogColumn>;
  /** Which parts were written, so MODIFY only changes those. */
  readonly typed: boolean;
  readonly nullWritten: boolean;
  readonly defaultWritten: boolean;
  readonly constraints: readonly ConstraintDraft[];
}

/** `( START WITH n INCREMENT BY n … )` of an identity column. */
/** Sequence options of an identity: written in parentheses by hand, bare by DBMS_METADATA / expdp SQLFILE. */
const IDENTITY_OPTION_WORDS = ['START', 'INCREMENT', 'MINVALUE', 'MAXVALUE', 'NOMINVALUE', 'NOMAXVALUE', 'CACHE', 'NOCACHE',
  'ORDER', 'NOORDER', 'CYCLE', 'NOCYCLE', 'KEEP', 'NOKEEP', 'SCALE', 'NOSCALE', 'EXTEND', 'NOEXTEND', 'SHARD', 'NOSHARD', 'LIMIT', 'VALUE'];

function readIdentityOption(cursor: TokenCursor, spec: { start: string; increment: string }): void {
  if (cursor.acceptWords('START', 'WITH')) {
    if (!cursor.acceptWords('LIMIT', 'VALUE')) spec.start = readSignedNumber(cursor);
  } else if (cursor.acceptWords('INCREMENT', 'BY')) {
    spec.increment = readSignedNumber(cursor);
  } else if (cursor.acceptWords('MINVALUE') || cursor.acceptWords('MAXVALUE') || cursor.acceptWords('CACHE')) {
    readSignedNumber(cursor);
  } else {
    cursor.pos += 1;
  }
}

function readIdentityOptions(cursor: TokenCursor, generation: IdentitySpec['generation']): IdentitySpec {
  const spec = { start: '1', increment: '1' };
  if (cursor.isPunct('(')) {
    const inner = cursor.takeParenGroup();
    while (!inner.atEnd()) readIdentityOption(inner, spec);
  } else {
    while (!cursor.atEnd() && cursor.isWord(IDENTITY_OPTION_WORDS)) readIdentityOption(cursor, spec);
  }
  return { generation, start: spec.start, increment: spec.increment };
}

export function readSignedNumber(cursor: TokenCursor): string {
  const sign = cursor.acceptPunct('-') ? '-' : '';
  const token = cursor.next();
  if (token.kind !== 'number') throw new DdlSyntaxError(`expected a number, found "${token.text}"`);
  return sign + token.text;
}

const NO_TYPE: OracleType = { nativeType: '', length: null, precision: null, scale: null };

export function readOracleColumn(cursor: TokenCursor, defaultSchema: string): ColumnDefinition {
  const name = readOracleName(cursor);
  const typed = !cursor.atEnd() && !cursor.isWord(CLAUSE_WORDS) && !cursor.isPunct('(');
  const type = typed ? readOracleType(cursor, foldOracle, defaultSchema) : NO_TYPE;
  const column: Mutable<CatalogColumn> = {
    name, nativeType: type.nativeType, length: type.length, precision: type.precision, scale: type.scale,
    nullable: true, default: null, identity: null,
    ...(type.lengthSemantics === undefined ? {} : { lengthSemantics: type.lengthSemantics }),
    ...(type.userType === undefined ? {} : { userType: type.userType }),
  };
  const constraints: ConstraintDraft[] = [];
  let nullWritten = false;
  let defaultWritten = false;
  let constraintName: string | null = null;
  while (!cursor.atEnd()) {
    if (cursor.acceptWords('CONSTRAINT')) {
      constraintName = readOracleName(cursor);
      continue;
    }
    if (cursor.acceptWords('DEFAULT')) {
      if (cursor.acceptWords('ON', 'NULL')) {
        column.nullable = false;
        nullWritten = true;
      }
      column.default = cursor.takeExpressionUntil(CLAUSE_WORDS.filter((word) => word !== 'NULL' && word !== 'AS'));
      defaultWritten = true;
    } else if (cursor.acceptWords('GENERATED')) {
      readGenerated(cursor, column);
      if (column.identity !== null) nullWritten = true;
    } else if (cursor.acceptWords('AS')) {
      column.computed = cursor.takeParenGroup().restText().trim();
    } else if (cursor.acceptWords('NOT', 'NULL')) {
      column.nullable = false;
      nullWritten = true;
    } else if (cursor.acceptWords('NULL')) {
      column.nullable = true;
      nullWritten = true;
    } else if (cursor.acceptWords('PRIMARY', 'KEY')) {
      constraints.push({ kind: 'primary', name: constraintName, columns: [name] });
    } else if (cursor.acceptWords('UNIQUE')) {
      constraints.push({ kind: 'unique', name: constraintName, columns: [name] });
    } else if (cursor.acceptWords('REFERENCES')) {
      constraints.push({ kind: 'foreign', name: constraintName, columns: [name], ...readReferences(cursor, defaultSchema), enabled: true });
    } else if (cursor.acceptWords('CHECK')) {
      cursor.skipParenGroup();
    } else if (cursor.isWord(['VISIBLE', 'INVISIBLE', 'SORT', 'VIRTUAL'])) {
      cursor.pos += 1;
    } else if (cursor.acceptWords('COLLATE')) {
      cursor.pos += 1;
    } else if (cursor.acceptWords('ENCRYPT') || cursor.acceptWords('DECRYPT')) {
      while (!cursor.atEnd() && !cursor.isWord(CLAUSE_WORDS)) if (!cursor.skipParenGroup()) cursor.pos += 1;
    } else {
      const before = cursor.pos;
      const enabled = skipConstraintState(cursor, CLAUSE_WORDS);
      if (cursor.pos === before) throw new DdlSyntaxError(`unexpected ${cursor.describe()} in column ${name}`);
      const last = constraints[constraints.length - 1];
      if (!enabled && last?.kind === 'foreign') constraints[constraints.length - 1] = { ...last, enabled: false };
      continue;
    }
    constraintName = null;
  }
  if (column.identity !== null) column.nullable = false;
  return { column, typed, nullWritten, defaultWritten, constraints };
}

/** After GENERATED: `ALWAYS|BY DEFAULT [ON NULL] AS IDENTITY [(…)]` or `ALWAYS AS (expr) [VIRTUAL]`. */
function readGenerated(cursor: TokenCursor, column: Mutable<CatalogColumn>): void {
  let generation: IdentitySpec['generation'] = 'always';
  if (cursor.acceptWords('BY', 'DEFAULT')) {
    generation = 'by-default';
    cursor.acceptWords('ON', 'NULL');
  } else {
    cursor.acceptWords('ALWAYS');
  }
  cursor.expectWords('AS');
  if (cursor.acceptWords('IDENTITY')) {
    column.identity = readIdentityOptions(cursor, generation);
    return;
  }
  column.computed = cursor.takeParenGroup().restText().trim();
}
