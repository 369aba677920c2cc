/**
 * One statement → catalog drafts. A cheap keyword test decides whether a statement can declare a
 * catalog object; only those go through libpg-query (INSERTs, GRANTs, COMMENTs, SETs never do).
 */
import { parseSync, type Node } from 'libpg-query';
import { readAlterSequence, readAlterTable } from './read-alter.js';
import { readDrop, readRename } from './read-changes.js';
import { readCreateIndex } from './read-index.js';
import { readCreateTable } from './read-create-table.js';
import {
  readComment,
  readCreateDomain,
  readCreateType,
  readCreateFunction,
  readCreateSequence,
  readCreateTrigger,
  readMaterializedView,
  readView,
} from './read-objects.js';
import { stringList, type PgContext, type PgStatement } from './pg-context.js';
import { readAlterEnum, readCompositeType, readCreateEnum, readCreateExtension, readDomainDefinition } from './read-user-types.js';
import { StatementSource } from './source-text.js';
import type { SqlStatement } from './split-statements.js';

export type StatementOutcome =
  | { readonly kind: 'read' }
  | { readonly kind: 'skipped' }
  | { readonly kind: 'unreadable'; readonly what: string; readonly reason: string };

const CATALOG_STATEMENT =
  /^(CREATE\s+((OR\s+REPLACE\s+)?(TEMP(ORARY)?\s+|RECURSIVE\s+)*VIEW|MATERIALIZED\s+VIEW|(UNIQUE\s+)?INDEX|((GLOBAL|LOCAL)\s+)?((TEMP|TEMPORARY|UNLOGGED)\s+)?TABLE|SEQUENCE|(OR\s+REPLACE\s+)?(FUNCTION|PROCEDURE|(CONSTRAINT\s+)?TRIGGER)|SCHEMA|DOMAIN|TYPE|EXTENSION)|ALTER\s+(TABLE|SEQUENCE|TYPE)|COMMENT\s+ON\s+TABLE|DROP\s+(TABLE|VIEW|MATERIALIZED\s+VIEW|SEQUENCE|INDEX))\b/i;

const SEARCH_PATH = /^(SET\s+(SESSION\s+|LOCAL\s+)?search_path\s*(=|TO)\s*|SELECT\s+pg_catalog\.set_config\s*\(\s*'search_path'\s*,\s*)'?([^',;\s]*)/i;
const SETVAL = /^SELECT\s+pg_catalog\.setval\s*\(\s*'([^']+)'\s*,\s*(-?\d+)\s*,\s*(true|false)\s*\)/i;

function describe(text: string): string {
  const words = text.replace(/\s+/g, ' ').slice(0, 120).split(' ');
  const head = words.slice(0, 6).join(' ');
  return /\bTABLE\b/i.test(head) ? `table statement "${head}…"` : `statement "${head}…"`;
}

function unquote(name: string): string {
  return name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name.toLowerCase();
}

function readSetval(ctx: PgContext, match: RegExpExecArray): void {
  const parts = (match[1] ?? '').match(/"[^"]*(""[^"]*)*"|[^.]+/g) ?? [];
  const name = unquote(parts[parts.length - 1] ?? '');
  const schema = parts.length > 1 ? unquote(parts[0] ?? '') : ctx.defaultSchema;
  const sequence = ctx.draft.schemas.get(schema)?.sequences.get(name);
  if (sequence) sequence.lastValue = match[3]?.toLowerCase() === 'true' ? (match[2] ?? null) : null;
}

/** Returns the reason a statement that declares a table cannot be read, or null. */
function dispatch(ctx: PgContext, stmt: PgStatement, node: Node): string | null {
  if ('CreateTableAsStmt' in node && node.CreateTableAsStmt.objtype === 'OBJECT_TABLE') {
    return 'CREATE TABLE … AS takes its columns from a query, which a DDL file does not answer';
  }
  if ('CreateStmt' in node && (node.CreateStmt.tableElts ?? []).some((e) => 'TableLikeClause' in e)) {
    return 'CREATE TABLE … (LIKE other) copies columns this reader does not follow';
  }
  if ('CreateStmt' in node) readCreateTable(ctx, stmt, node.CreateStmt);
  else if ('AlterTableStmt' in node) readAlterTable(ctx, stmt, node.AlterTableStmt);
  else if ('IndexStmt' in node) readCreateIndex(ctx, stmt, node.IndexStmt);
  else if ('AlterSeqStmt' in node) readAlterSequence(ctx, node.AlterSeqStmt);
  else if ('CreateSeqStmt' in node) readCreateSequence(ctx, node.CreateSeqStmt);
  else if ('ViewStmt' in node) readView(ctx, stmt, node.ViewStmt);
  else if ('CreateTableAsStmt' in node) readMaterializedView(ctx, stmt, node.CreateTableAsStmt);
  else if ('CreateFunctionStmt' in node) readCreateFunction(ctx, node.CreateFunctionStmt);
  else if ('CreateTrigStmt' in node) readCreateTrigger(ctx, node.CreateTrigStmt);
  else if ('CreateDomainStmt' in node) {
    readCreateDomain(ctx, node.CreateDomainStmt);
    readDomainDefinition(ctx, stmt, node.CreateDomainStmt);
  } else if ('CreateExtensionStmt' in node) readCreateExtension(ctx, node.CreateExtensionStmt);
  else if ('AlterEnumStmt' in node) readAlterEnum(ctx, node.AlterEnumStmt);
  else if ('CommentStmt' in node) readComment(ctx, node.CommentStmt);
  else if ('DropStmt' in node) readDrop(ctx, node.DropStmt);
  else if ('CreateEnumStmt' in node) {
    readCreateType(ctx, stringList(node.CreateEnumStmt.typeName));
    readCreateEnum(ctx, node.CreateEnumStmt);
  }
  else if ('CreateRangeStmt' in node) readCreateType(ctx, stringList(node.CreateRangeStmt.typeName));
  else if ('CompositeTypeStmt' in node) {
    const rel = node.CompositeTypeStmt.typevar;
    readCreateType(ctx, [rel?.schemaname ?? ctx.defaultSchema, rel?.relname ?? '']);
    readCompositeType(ctx, node.CompositeTypeStmt);
  } else if ('DefineStmt' in node && node.DefineStmt.kind === 'OBJECT_TYPE') readCreateType(ctx, stringList(node.DefineStmt.defnames));
  else if ('RenameStmt' in node) readRename(ctx, node.RenameStmt);
  else if ('CreateSchemaStmt' in node) ctx.draft.schema(node.CreateSchemaStmt.schemaname ?? ctx.defaultSchema);
  return null;
}

export function readStatement(ctx: PgContext, statement: SqlStatement): StatementOutcome {
  const text = statement.text;
  const searchPath = SEARCH_PATH.exec(text);
  if (searchPath) {
    const first = unquote(searchPath[4] ?? '');
    if (first !== '' && first !== 'pg_catalog') ctx.defaultSchema = first;
    return { kind: 'skipped' };
  }
  const setval = SETVAL.exec(text);
  if (setval) {
    readSetval(ctx, setval);
    return { kind: 'skipped' };
  }
  if (!CATALOG_STATEMENT.test(text)) return { kind: 'skipped' };
  let nodes: Node[];
  try {
    nodes = (parseSync(text).stmts ?? []).flatMap((raw) => (raw.stmt ? [raw.stmt] : []));
  } catch (error) {
    return { kind: 'unreadable', what: describe(text), reason: error instanceof Error ? error.message : String(error) };
  }
  const stmt: PgStatement = { source: new StatementSource(text), line: statement.line };
  for (const node of nodes) {
    const problem = dispatch(ctx, stmt, node);
    if (problem !== null) return { kind: 'unreadable', what: describe(text), reason: problem };
  }
  return { kind: 'read' };
}
