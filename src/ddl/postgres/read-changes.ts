/**
 * Statements that change or remove what earlier statements declared, as hand-written migration
 * scripts (and `pg_dump --clean`) contain them: DROP TABLE/VIEW/SEQUENCE/INDEX, RENAME of tables
 * and columns, and the ALTER TABLE commands that drop columns or constraints or change a type.
 */
import type { AlterTableCmd, DropStmt, RenameStmt } from 'libpg-query';
import type { TableDraft } from './catalog-draft.js';
import { formatPostgresType } from './format-type.js';
import { parsePostgresNativeType } from '../../dialects/postgres/native-type.js';
import { qualifiedName, relationSchema, stringList, typeNaming, type PgContext } from './pg-context.js';

function removeIndex(ctx: PgContext, schema: string, name: string): void {
  for (const table of ctx.draft.schemas.get(schema)?.tables.values() ?? []) {
    table.indexes = table.indexes.filter((index) => index.name !== name);
  }
}

export function readDrop(ctx: PgContext, drop: DropStmt): void {
  for (const object of drop.objects ?? []) {
    const parts = 'List' in object ? stringList(object.List.items) : [];
    if (parts.length === 0) continue;
    const { schema, name } = qualifiedName(ctx, parts);
    const draft = ctx.draft.schemas.get(schema);
    if (!draft) continue;
    if (drop.removeType === 'OBJECT_TABLE') draft.tables.delete(name);
    else if (drop.removeType === 'OBJECT_VIEW' || drop.removeType === 'OBJECT_MATVIEW') draft.views.delete(name);
    else if (drop.removeType === 'OBJECT_SEQUENCE') draft.sequences.delete(name);
    else if (drop.removeType === 'OBJECT_INDEX') removeIndex(ctx, schema, name);
  }
}

function renameColumnEverywhere(table: TableDraft, from: string, to: string): void {
  const rename = (list: readonly string[]) => list.map((c) => (c === from ? to : c));
  for (const column of table.columns) if (column.name === from) column.name = to;
  if (table.primaryKey) table.primaryKey = { ...table.primaryKey, columns: rename(table.primaryKey.columns) };
  table.uniqueKeys = table.uniqueKeys.map((k) => ({ ...k, columns: rename(k.columns) }));
  table.foreignKeys = table.foreignKeys.map((k) => ({ ...k, columns: rename(k.columns) }));
  table.indexes = table.indexes.map((i) => ({ ...i, columns: i.columns.map((c) => (c.expression ? c : { ...c, name: c.name === from ? to : c.name })) }));
}

export function readRename(ctx: PgContext, rename: RenameStmt): void {
  const schema = relationSchema(ctx, rename.relation);
  const draft = ctx.draft.schemas.get(schema);
  const table = draft?.tables.get(rename.relation?.relname ?? '');
  if (!draft || !table || !rename.newname) return;
  if (rename.renameType === 'OBJECT_COLUMN' && rename.subname) {
    const children = rename.relation?.inh === true ? ctx.draft.descendants(schema, table.name) : [];
    for (const target of [table, ...children.map((c) => c.table)]) renameColumnEverywhere(target, rename.subname, rename.newname);
  } else if (rename.renameType === 'OBJECT_TABLE') {
    draft.tables.delete(table.name);
    table.name = rename.newname;
    draft.tables.set(table.name, table);
  }
}

/** ALTER TABLE commands that take something away or retype a column; false when not one of them. */
export function applyChangeCommand(ctx: PgContext, table: TableDraft, cmd: AlterTableCmd): boolean {
  switch (cmd.subtype) {
    case 'AT_DropColumn':
      table.columns = table.columns.filter((c) => c.name !== cmd.name);
      return true;
    case 'AT_DropConstraint':
      if (table.primaryKey?.name === cmd.name) table.primaryKey = null;
      table.uniqueKeys = table.uniqueKeys.filter((k) => k.name !== cmd.name);
      table.foreignKeys = table.foreignKeys.filter((k) => k.name !== cmd.name);
      return true;
    case 'AT_AlterColumnType': {
      const column = table.columns.find((c) => c.name === cmd.name);
      const def = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
      if (column && def?.typeName) {
        const nativeType = formatPostgresType(def.typeName, typeNaming(ctx)).nativeType;
        Object.assign(column, { nativeType, ...parsePostgresNativeType(nativeType) });
      }
      return true;
    }
    default:
      return false;
  }
}
