/** T-SQL constraint clauses and index options shared by CREATE TABLE and ALTER TABLE. */
import type { ConstraintDraft } from '../catalog-builder.js';
import type { ReferentialAction } from '../../model/catalog.js';
import { DdlSyntaxError, type TokenCursor } from '../token-cursor.js';
import { readMssqlName, readMssqlNameList, readMssqlQualified } from './names.js';

function readAction(cursor: TokenCursor): ReferentialAction {
  if (cursor.acceptWords('NO', 'ACTION')) return 'NO ACTION';
  if (cursor.acceptWords('CASCADE')) return 'CASCADE';
  if (cursor.acceptWords('SET', 'NULL')) return 'SET NULL';
  if (cursor.acceptWords('SET', 'DEFAULT')) return 'SET DEFAULT';
  throw new DdlSyntaxError(`unknown referential action near ${cursor.describe()}`);
}

/** Skips `CLUSTERED|NONCLUSTERED`, `WITH (…)`, `WITH FILLFACTOR = n`, `ON [fg]`; returns the clustering word seen. */
export function skipIndexOptions(cursor: TokenCursor): string | null {
  let clustering: string | null = null;
  for (;;) {
    if (cursor.isWord(['CLUSTERED', 'NONCLUSTERED'])) clustering = cursor.next().text.toLowerCase();
    else if (cursor.acceptWords('WITH', 'FILLFACTOR')) {
      cursor.expectPunct('=');
      cursor.pos += 1;
    } else if (cursor.isWord('WITH') && cursor.isPunct('(', 1)) {
      cursor.pos += 1;
      cursor.skipParenGroup();
    } else if (cursor.isWord(['ON', 'TEXTIMAGE_ON', 'FILESTREAM_ON']) && !cursor.isWord(['DELETE', 'UPDATE'], 1)) {
      cursor.pos += 1;
      readMssqlName(cursor);
      cursor.skipParenGroup();
    } else if (cursor.acceptWords('NOT', 'FOR', 'REPLICATION')) {
      /* replication flag */
    } else return clustering;
  }
}

/** `REFERENCES t [(cols)] [ON DELETE a] [ON UPDATE a] [NOT FOR REPLICATION]` after REFERENCES. */
export function readMssqlReferences(cursor: TokenCursor, defaultSchema: string) {
  const target = readMssqlQualified(cursor, defaultSchema);
  const refColumns = cursor.isPunct('(') ? readMssqlNameList(cursor) : [];
  let onDelete: ReferentialAction = 'NO ACTION';
  for (;;) {
    if (cursor.acceptWords('ON', 'DELETE')) onDelete = readAction(cursor);
    else if (cursor.acceptWords('ON', 'UPDATE')) readAction(cursor);
    else if (!cursor.acceptWords('NOT', 'FOR', 'REPLICATION')) break;
  }
  return { refSchema: target.schema, refTable: target.name, refColumns, onDelete };
}

/**
 * A table-level constraint: `[CONSTRAINT n] PRIMARY KEY|UNIQUE [CLUSTERED] (…) | FOREIGN KEY (…) REFERENCES … | CHECK (…)`.
 * DEFAULT … FOR col (ALTER TABLE only) is returned as `default`. Null when the element is not a constraint.
 */
export type MssqlTableConstraint =
  | { readonly kind: 'constraint'; readonly draft: ConstraintDraft; readonly clustering: string | null }
  | { readonly kind: 'default'; readonly column: string; readonly expression: string };

export function readMssqlTableConstraint(cursor: TokenCursor, defaultSchema: string): MssqlTableConstraint | null {
  const start = cursor.pos;
  const name = cursor.acceptWords('CONSTRAINT') ? readMssqlName(cursor) : null;
  if (cursor.acceptWords('PRIMARY', 'KEY') || cursor.isWord('UNIQUE')) {
    const kind = cursor.acceptWords('UNIQUE') ? 'unique' : 'primary';
    const before = skipIndexOptions(cursor);
    const columns = readMssqlNameList(cursor);
    const clustering = skipIndexOptions(cursor) ?? before ?? (kind === 'primary' ? 'clustered' : 'nonclustered');
    return { kind: 'constraint', draft: { kind, name, columns }, clustering };
  }
  if (cursor.acceptWords('FOREIGN', 'KEY')) {
    const columns = readMssqlNameList(cursor);
    cursor.expectWords('REFERENCES');
    const draft: ConstraintDraft = { kind: 'foreign', name, columns, ...readMssqlReferences(cursor, defaultSchema), enabled: true };
    return { kind: 'constraint', draft, clustering: null };
  }
  if (cursor.acceptWords('CHECK')) {
    cursor.acceptWords('NOT', 'FOR', 'REPLICATION');
    cursor.skipParenGroup();
    return { kind: 'constraint', draft: { kind: 'check', name }, clustering: null };
  }
  if (cursor.acceptWords('DEFAULT')) {
    const expression = readDefaultExpression(cursor);
    cursor.expectWords('FOR');
    return { kind: 'default', column: readMssqlName(cursor), expression };
  }
  cursor.pos = start;
  return null;
}

/**
 * A DEFAULT value: `(…)`, a literal, `-1`, `getdate()`, `NEXT VALUE FOR s`. Normalised the way
 * sys.default_constraints stores it: wrapped in parentheses, numeric literals twice (`((0))`).
 */
export function readDefaultExpression(cursor: TokenCursor): string {
  const from = cursor.pos;
  if (cursor.acceptWords('NEXT', 'VALUE', 'FOR')) {
    readMssqlQualified(cursor, '');
  } else if (!cursor.skipParenGroup()) {
    if (cursor.isPunct('-') || cursor.isPunct('+')) cursor.pos += 1;
    cursor.next();
    cursor.skipParenGroup();
  }
  return normaliseDefault(cursor.textOf(from, cursor.pos - 1));
}

export function normaliseDefault(written: string): string {
  let text = written.trim();
  while (text.startsWith('(') && text.endsWith(')') && outerParensWrapAll(text)) text = text.slice(1, -1).trim();
  return /^[-+]?\d+(\.\d+)?$/.test(text) ? `((${text}))` : `(${text})`;
}

function outerParensWrapAll(text: string): boolean {
  let depth = 0;
  let quote = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'") quote = !quote;
    if (quote) continue;
    if (ch === '(') depth += 1;
    if (ch === ')') {
      depth -= 1;
      if (depth === 0 && i < text.length - 1) return false;
    }
  }
  return true;
}
