/**
 * T-SQL ALTER TABLE: `[WITH CHECK|NOCHECK] ADD …` (constraints, `DEFAULT … FOR col`, columns),
 * `CHECK|NOCHECK CONSTRAINT name|ALL` (foreign keys enabled / disabled), `ALTER COLUMN`. The rest
 * (`SET (LOCK_ESCALATION …)`, DROP, SWITCH…) does not change what the inventory records.
 */
import type { TableDraft } from '../catalog-builder.js';
import type { TokenCursor } from '../token-cursor.js';
import { readMssqlName, readMssqlQualified } from './names.js';
import { addMssqlElements, readMssqlColumn, type MssqlStatementContext } from './read-table.js';

/** The cursor is just after `ALTER TABLE`. */
export function readMssqlAlterTable(cursor: TokenCursor, context: MssqlStatementContext): void {
  const { schema, name } = readMssqlQualified(cursor, context.defaultSchema);
  const table = context.builder.findTable(schema, name);
  if (table === undefined) {
    context.builder.note('ddl-missing-table', 'warning', context.where,
      `ALTER TABLE ${schema}.${name}: the table is not created in the imported files; the change is ignored`,
      'add the file that creates this table to the --ddl inputs');
    return;
  }
  if (cursor.acceptWords('WITH', 'CHECK') || cursor.acceptWords('WITH', 'NOCHECK')) { /* trust flag only */ }
  if (cursor.acceptWords('ADD')) {
    addMssqlElements(table, cursor.splitTopLevel(), context);
  } else if (cursor.isWord(['CHECK', 'NOCHECK']) && cursor.isWord('CONSTRAINT', 1)) {
    const enabled = cursor.next().text.toUpperCase() === 'CHECK';
    cursor.next();
    const names = cursor.splitTopLevel().map((part) => readMssqlName(part));
    setForeignKeysEnabled(table, names, enabled, context);
  } else if (cursor.acceptWords('ALTER', 'COLUMN')) {
    const change = readMssqlColumn(cursor, context, []);
    const column = table.columns.find((candidate) => context.builder.key(candidate.name) === context.builder.key(change.name));
    if (column !== undefined) {
      const { nativeType, length, precision, scale, nullable } = change;
      Object.assign(column, { nativeType, length, precision, scale, nullable });
    }
  }
}

function setForeignKeysEnabled(table: TableDraft, names: readonly string[], enabled: boolean, context: MssqlStatementContext): void {
  const all = names.some((name) => name.toUpperCase() === 'ALL');
  const wanted = new Set(names.map((name) => context.builder.key(name)));
  for (const fk of table.foreignKeys) {
    if (!all && (fk.name === null || !wanted.has(context.builder.key(fk.name)))) continue;
    if (enabled) delete fk.enabled;
    else fk.enabled = false;
  }
}
