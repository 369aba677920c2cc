/**
 * ALTER TABLE and ALTER SEQUENCE as pg_dump writes them: constraints added after the data,
 * identity and serial defaults, attached partitions. Owner, comment and privilege changes are ignored.
 */
import type { AlterSeqStmt, AlterTableCmd, AlterTableStmt } from 'libpg-query';
import type { TableDraft } from './catalog-draft.js';
import { applyChangeCommand } from './read-changes.js';
import { applyConstraint } from './read-constraint.js';
import { readColumn } from './read-create-table.js';
import { identityFromOptions } from './read-identity.js';
import { relationSchema, stringList, type PgContext, type PgStatement } from './pg-context.js';
import { expressionText } from './source-text.js';

/** Text of the n-th `SET DEFAULT <expr>` in the statement. */
function setDefaultText(stmt: PgStatement, occurrence: number): string | null {
  const re = /\bSET\s+DEFAULT\s+/gi;
  let match: RegExpExecArray | null = null;
  for (let k = 0; k <= occurrence; k += 1) match = re.exec(stmt.source.text);
  return match ? expressionText(stmt.source.text, match.index + match[0].length) : null;
}

function applyCommand(
  ctx: PgContext,
  stmt: PgStatement,
  schema: string,
  table: TableDraft,
  cmd: AlterTableCmd,
  defaults: { seen: number },
): void {
  const column = table.columns.find((c) => c.name === cmd.name);
  switch (cmd.subtype) {
    case 'AT_AddConstraint':
      if (cmd.def && 'Constraint' in cmd.def) applyConstraint(ctx, table, cmd.def.Constraint);
      return;
    case 'AT_AddColumn':
      if (cmd.def && 'ColumnDef' in cmd.def) readColumn(ctx, stmt, schema, table, cmd.def.ColumnDef);
      return;
    case 'AT_ColumnDefault': {
      const text = cmd.def ? setDefaultText(stmt, defaults.seen) : null;
      if (cmd.def) defaults.seen += 1;
      if (column) column.default = text;
      return;
    }
    case 'AT_AddIdentity':
      if (column && cmd.def && 'Constraint' in cmd.def) {
        const constraint = cmd.def.Constraint;
        column.identity = identityFromOptions(constraint.generated_when, constraint.options);
        column.nullable = false;
      }
      return;
    case 'AT_SetNotNull':
      if (column) column.nullable = false;
      return;
    case 'AT_DropNotNull':
      if (column) column.nullable = true;
      return;
    case 'AT_AttachPartition':
      if (cmd.def && 'PartitionCmd' in cmd.def) {
        const child = cmd.def.PartitionCmd.name;
        const draft = ctx.draft.table(relationSchema(ctx, child), child?.relname ?? '');
        if (draft) draft.partitionOf = { schema, table: table.name };
      }
      return;
    default:
      applyChangeCommand(ctx, table, cmd);
      return;
  }
}

export function readAlterTable(ctx: PgContext, stmt: PgStatement, alter: AlterTableStmt): void {
  if (alter.objtype !== 'OBJECT_TABLE') return;
  const schema = relationSchema(ctx, alter.relation);
  const table = ctx.draft.table(schema, alter.relation?.relname ?? '');
  // ALTER TABLE also addresses views and sequences (OWNER TO); nothing to record for those.
  if (!table) return;
  const defaults = { seen: 0 };
  for (const node of alter.cmds ?? []) {
    if ('AlterTableCmd' in node) applyCommand(ctx, stmt, schema, table, node.AlterTableCmd, defaults);
  }
}

export function readAlterSequence(ctx: PgContext, alter: AlterSeqStmt): void {
  const schema = relationSchema(ctx, alter.sequence);
  const sequence = ctx.draft.schemas.get(schema)?.sequences.get(alter.sequence?.relname ?? '');
  if (!sequence) return;
  for (const node of alter.options ?? []) {
    if (!('DefElem' in node) || node.DefElem.defname !== 'owned_by') continue;
    const arg = node.DefElem.arg;
    const parts = arg && 'List' in arg ? stringList(arg.List.items) : [];
    if (parts.length >= 2 && parts[parts.length - 1] !== 'none') {
      sequence.ownedBy = { table: parts[parts.length - 2] ?? '', column: parts[parts.length - 1] ?? '' };
    }
  }
}
