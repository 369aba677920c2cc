/**
 * ALTER TABLE and ALTER SEQUENCE as pg_dump writes them: constraints added after the data,
 * identity and serial defaults, attached partitions. Owner, comment and privilege changes are ignored.
 */
import type { AlterSeqStmt, AlterTableCmd, AlterTableStmt } from 'libpg-query';
import type { TableDraft } from './catalog-draft.js';
import { literalDefault } from './literal-default.js';
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
  defaults: { readonly seen: number },
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
      if (column) {
        column.default = cmd.def && 'A_Const' in cmd.def ? literalDefault(cmd.def.A_Const, column.nativeType, column.userType) : text;
      }
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
  // Without ONLY, column changes reach inheritance children too (constraints and identity do not).
  const children = alter.relation?.inh === true ? ctx.draft.descendants(schema, table.name) : [];
  for (const node of alter.cmds ?? []) {
    if (!('AlterTableCmd' in node)) continue;
    const cmd = node.AlterTableCmd;
    applyCommand(ctx, stmt, schema, table, cmd, { seen: defaultsBefore(alter, node) });
    if (!RECURSING.has(cmd.subtype ?? '')) continue;
    for (const child of children) {
      // An added column is new to the child too; other commands touch the inherited column.
      if (cmd.subtype === 'AT_AddColumn' && cmd.def && 'ColumnDef' in cmd.def) {
        const added = table.columns.find((c) => c.name === (cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef.colname : ''));
        if (added && !child.table.columns.some((c) => c.name === added.name)) child.table.columns.push({ ...added, identity: null });
      } else applyCommand(ctx, stmt, child.schema, child.table, cmd, { seen: defaultsBefore(alter, node) });
    }
  }
}

const RECURSING = new Set(['AT_AddColumn', 'AT_ColumnDefault', 'AT_AlterColumnType', 'AT_DropColumn', 'AT_SetNotNull', 'AT_DropNotNull']);

/** How many SET DEFAULT commands precede this one in the statement (to find its text). */
function defaultsBefore(alter: AlterTableStmt, current: unknown): number {
  let seen = 0;
  for (const node of alter.cmds ?? []) {
    if (node === current) return seen;
    if ('AlterTableCmd' in node && node.AlterTableCmd.subtype === 'AT_ColumnDefault' && node.AlterTableCmd.def) seen += 1;
  }
  return seen;
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
