/**
 * Oracle ALTER TABLE: ADD constraints and columns (single or the parenthesised lists HR/OE use),
 * MODIFY columns (NOT NULL, DEFAULT, GENERATED … AS IDENTITY), ENABLE/DISABLE CONSTRAINT. Other
 * alterations (storage, DROP, RENAME…) do not change what the inventory records and are skipped.
 */
import type { TableDraft } from '../catalog-builder.js';
import type { TokenCursor } from '../token-cursor.js';
import { readOracleColumn } from './columns.js';
import { readOracleName, readQualifiedOracleName } from './names.js';
import { addRelationalElements, type OracleStatementContext } from './read-table.js';

/** The cursor is just after `ALTER TABLE`. */
export function readOracleAlterTable(cursor: TokenCursor, context: OracleStatementContext): void {
  const { schema, name } = readQualifiedOracleName(cursor, context.defaultSchema);
  const table = context.builder.findTable(schema, name);
  if (table === undefined) {
    context.builder.note('ddl-missing-table', 'warning', context.where,
      `ALTER TABLE ${schema}.${name}: the table is not created in the imported files; the change is ignored`,
      'add the file that creates this table to the --ddl inputs');
    return;
  }
  while (!cursor.atEnd()) {
    if (cursor.acceptWords('ADD')) {
      const elements = cursor.isPunct('(') ? cursor.takeParenGroup().splitTopLevel() : cursor.splitTopLevel();
      addRelationalElements(table, elements, context.defaultSchema);
    } else if (cursor.acceptWords('MODIFY')) {
      if (cursor.isWord(['CONSTRAINT', 'PRIMARY', 'UNIQUE'])) return;
      const elements = cursor.isPunct('(') ? cursor.takeParenGroup().splitTopLevel() : cursor.splitTopLevel();
      for (const element of elements) modifyColumn(table, element, context);
    } else if (cursor.isWord(['ENABLE', 'DISABLE'])) {
      setConstraintEnabled(table, cursor);
    } else {
      return;
    }
  }
}

function modifyColumn(table: TableDraft, element: TokenCursor, context: OracleStatementContext): void {
  const change = readOracleColumn(element, context.defaultSchema);
  const column = table.columns.find((candidate) => candidate.name === change.column.name);
  if (column === undefined) {
    context.builder.note('ddl-missing-column', 'warning', context.where,
      `ALTER TABLE ${table.name} MODIFY ${change.column.name}: no such column`, 'check the column name in the export');
    return;
  }
  if (change.typed) {
    const { nativeType, length, precision, scale } = change.column;
    Object.assign(column, { nativeType, length, precision, scale });
  }
  if (change.nullWritten) column.nullable = change.column.nullable;
  if (change.defaultWritten) column.default = change.column.default;
  if (change.column.identity !== null) column.identity = change.column.identity;
}

/** `ENABLE|DISABLE [VALIDATE|NOVALIDATE] CONSTRAINT name`; other ENABLE/DISABLE forms are skipped. */
function setConstraintEnabled(table: TableDraft, cursor: TokenCursor): void {
  const enabled = cursor.next().text.toUpperCase() === 'ENABLE';
  cursor.acceptWords('VALIDATE');
  cursor.acceptWords('NOVALIDATE');
  if (!cursor.acceptWords('CONSTRAINT')) {
    cursor.pos = cursor.tokens.length;
    return;
  }
  const constraint = readOracleName(cursor);
  const index = table.foreignKeys.findIndex((fk) => fk.name === constraint);
  const fk = table.foreignKeys[index];
  if (fk === undefined) return;
  if (enabled) delete fk.enabled;
  else fk.enabled = false;
}
