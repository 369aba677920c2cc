/** Oracle constraint clauses, inline (after a column) and out of line (table element / ALTER TABLE ADD). */
import type { ConstraintDraft } from '../catalog-builder.js';
import type { ReferentialAction } from '../../model/catalog.js';
import { DdlSyntaxError, type TokenCursor } from '../token-cursor.js';
import { readOracleName, readOracleNameList, readQualifiedOracleName } from './names.js';

const STATE_WORDS = ['ENABLE', 'DISABLE', 'VALIDATE', 'NOVALIDATE', 'RELY', 'NORELY', 'DEFERRABLE', 'IMMEDIATE', 'DEFERRED'];

/** Skips constraint state (`ENABLE NOVALIDATE`, `USING INDEX …`, `DEFERRABLE`…); returns false when DISABLE was seen. */
export function skipConstraintState(cursor: TokenCursor, stops: readonly string[]): boolean {
  let enabled = true;
  for (;;) {
    if (cursor.isWord(STATE_WORDS)) {
      if (cursor.isWord('DISABLE')) enabled = false;
      cursor.pos += 1;
      continue;
    }
    if (cursor.acceptWords('NOT', 'DEFERRABLE') || cursor.acceptWords('INITIALLY')) continue;
    if (cursor.acceptWords('USING', 'INDEX')) {
      if (!cursor.skipParenGroup()) skipUntil(cursor, stops);
      continue;
    }
    if (cursor.acceptWords('EXCEPTIONS', 'INTO')) {
      readQualifiedOracleName(cursor, '');
      continue;
    }
    return enabled;
  }
}

function skipUntil(cursor: TokenCursor, stops: readonly string[]): void {
  while (!cursor.atEnd() && !cursor.isWord(stops) && !cursor.isWord(STATE_WORDS)) {
    if (!cursor.skipParenGroup()) cursor.pos += 1;
  }
}

function readOnDelete(cursor: TokenCursor): ReferentialAction {
  if (!cursor.acceptWords('ON', 'DELETE')) return 'NO ACTION';
  if (cursor.acceptWords('CASCADE')) return 'CASCADE';
  if (cursor.acceptWords('SET', 'NULL')) return 'SET NULL';
  throw new DdlSyntaxError(`unknown ON DELETE action near ${cursor.describe()}`);
}

/** `REFERENCES [schema.]table [(cols)] [ON DELETE …]` — the cursor is just after REFERENCES. */
export function readReferences(cursor: TokenCursor, defaultSchema: string) {
  const target = readQualifiedOracleName(cursor, defaultSchema);
  const refColumns = cursor.isPunct('(') ? readOracleNameList(cursor) : [];
  const onDelete = readOnDelete(cursor);
  return { refSchema: target.schema, refTable: target.name, refColumns, onDelete };
}

/**
 * An out-of-line constraint: `[CONSTRAINT n] PRIMARY KEY (…) | UNIQUE (…) | FOREIGN KEY (…) REFERENCES … | CHECK (…)`.
 * Returns null when the element is not a constraint (a column definition).
 */
export function readTableConstraint(cursor: TokenCursor, defaultSchema: string): ConstraintDraft | null {
  const start = cursor.pos;
  const name = cursor.acceptWords('CONSTRAINT') ? readOracleName(cursor) : null;
  let draft: ConstraintDraft;
  if (cursor.acceptWords('PRIMARY', 'KEY')) {
    draft = { kind: 'primary', name, columns: readOracleNameList(cursor) };
  } else if (cursor.acceptWords('UNIQUE')) {
    draft = { kind: 'unique', name, columns: readOracleNameList(cursor) };
  } else if (cursor.acceptWords('FOREIGN', 'KEY')) {
    const columns = readOracleNameList(cursor);
    cursor.expectWords('REFERENCES');
    const ref = readReferences(cursor, defaultSchema);
    draft = { kind: 'foreign', name, columns, ...ref, enabled: true };
  } else if (cursor.acceptWords('CHECK')) {
    cursor.skipParenGroup();
    draft = { kind: 'check', name };
  } else {
    if (name !== null) throw new DdlSyntaxError(`unsupported constraint type near ${cursor.describe()}`);
    cursor.pos = start;
    return null;
  }
  const enabled = skipConstraintState(cursor, []);
  if (!cursor.atEnd()) throw new DdlSyntaxError(`unexpected ${cursor.describe()} after constraint`);
  return draft.kind === 'foreign' && !enabled ? { ...draft, enabled: false } : draft;
}
