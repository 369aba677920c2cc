/**
 * Views, materialized views, sequences, functions/procedures, triggers, domains and table comments.
 * Line counts follow the live reader (src/dialects/postgres/catalog-queries.ts): a view counts the
 * lines of pg_get_viewdef (pg_dump prints exactly that after `AS`), a routine the lines of prosrc
 * with surrounding newlines trimmed (null when empty, as for `BEGIN ATOMIC` bodies), a trigger null.
 */
import type {
  CommentStmt,
  CreateDomainStmt,
  CreateFunctionStmt,
  CreateSeqStmt,
  CreateTableAsStmt,
  CreateTrigStmt,
  ViewStmt,
} from 'libpg-query';
import { quoteIdentifier as quoteIdent } from '../../dialects/postgres/quote.js';
import { formatPostgresType } from './format-type.js';
import { makeSequence } from './read-identity.js';
import { qualifiedName, relationSchema, stringList, typeNaming, type PgContext, type PgStatement } from './pg-context.js';
import { findKeyword } from './source-text.js';

/** Lines of a text with leading/trailing newlines trimmed; null when nothing is left. */
export function lineCount(text: string): number | null {
  const trimmed = text.replace(/^\n+/, '').replace(/\n+$/, '');
  return trimmed.length === 0 ? null : trimmed.split('\n').length;
}

/** A view's query as pg_get_viewdef prints it: the text after the top-level `AS` and its newline. */
function queryText(stmt: PgStatement): string {
  const s = stmt.source.text;
  const at = findKeyword(s, 'AS');
  const query = at < 0 ? s : s.slice(at + 2).replace(/^[ \t]*\r?\n/, '');
  return query.replace(/\s+WITH\s+(CASCADED\s+|LOCAL\s+)?CHECK\s+OPTION\s*$/i, '').replace(/\s+$/, '');
}

export function readView(ctx: PgContext, stmt: PgStatement, view: ViewStmt): void {
  const schema = relationSchema(ctx, view.view);
  const name = view.view?.relname ?? '';
  ctx.draft.schema(schema).views.set(name, { name, materialized: false, lines: lineCount(queryText(stmt)) });
}

export function readMaterializedView(ctx: PgContext, stmt: PgStatement, create: CreateTableAsStmt): void {
  if (create.objtype !== 'OBJECT_MATVIEW') return;
  const rel = create.into?.rel;
  const schema = relationSchema(ctx, rel);
  const name = rel?.relname ?? '';
  const query = queryText(stmt).replace(/\s+WITH\s+(NO\s+)?DATA$/i, '');
  ctx.draft.schema(schema).views.set(name, { name, materialized: true, lines: lineCount(query) });
}

export function readCreateSequence(ctx: PgContext, create: CreateSeqStmt): void {
  const schema = relationSchema(ctx, create.sequence);
  const name = create.sequence?.relname ?? '';
  const existing = ctx.draft.schemas.get(schema)?.sequences.get(name);
  const sequence = makeSequence(name, create.options, 'bigint');
  ctx.draft.schema(schema).sequences.set(name, { ...sequence, ownedBy: existing?.ownedBy ?? null });
}

/** The routine body: the `AS '…'` / `$$…$$` string or a `BEGIN ATOMIC … END` block. */
function routineBody(create: CreateFunctionStmt): string {
  for (const node of create.options ?? []) {
    if (!('DefElem' in node) || node.DefElem.defname !== 'as') continue;
    const arg = node.DefElem.arg;
    const first = arg && 'List' in arg ? (arg.List.items ?? [])[0] : undefined;
    if (first && 'String' in first) return first.String.sval ?? '';
  }
  // A `BEGIN ATOMIC … END` body is stored parsed; prosrc is empty.
  return '';
}

const MODE_PREFIX: Readonly<Record<string, string>> = { FUNC_PARAM_OUT: 'OUT ', FUNC_PARAM_INOUT: 'INOUT ', FUNC_PARAM_VARIADIC: 'VARIADIC ' };

/** pg_get_function_identity_arguments text: `[mode ][name ]type` of the arguments that identify it. */
function identityArguments(ctx: PgContext, create: CreateFunctionStmt): string {
  return (create.parameters ?? [])
    .flatMap((node) => {
      if (!('FunctionParameter' in node)) return [];
      const p = node.FunctionParameter;
      const mode = p.mode ?? 'FUNC_PARAM_IN';
      // Functions are identified by their input arguments; procedures (PostgreSQL 14+) by all but TABLE.
      if (mode === 'FUNC_PARAM_TABLE' || (mode === 'FUNC_PARAM_OUT' && create.is_procedure !== true)) return [];
      const type = formatPostgresType(p.argType ?? {}, typeNaming(ctx)).nativeType;
      return [`${MODE_PREFIX[mode] ?? ''}${p.name ? `${quoteIdent(p.name)} ` : ''}${type}`];
    })
    .join(', ');
}

export function readCreateFunction(ctx: PgContext, create: CreateFunctionStmt): void {
  const { schema, name } = qualifiedName(ctx, stringList(create.funcname));
  // Overloads are separate routines: key by signature, list by name, then signature (as live does).
  const signature = identityArguments(ctx, create);
  ctx.draft.schema(schema).routines.set(`${name}(${signature})`, {
    routine: { name, kind: create.is_procedure === true ? 'procedure' : 'function', lines: lineCount(routineBody(create)) },
    sortKey: signature,
  });
}

const EVENTS: ReadonlyArray<[number, string]> = [
  [4, 'INSERT'],
  [8, 'DELETE'],
  [16, 'UPDATE'],
  [32, 'TRUNCATE'],
];

export function readCreateTrigger(ctx: PgContext, create: CreateTrigStmt): void {
  const schema = relationSchema(ctx, create.relation);
  const table = create.relation?.relname ?? null;
  const name = create.trigname ?? '';
  const events = EVENTS.filter(([bit]) => ((create.events ?? 0) & bit) !== 0).map(([, event]) => event);
  ctx.draft.schema(schema).triggers.set(`${table ?? ''}.${name}`, {
    name,
    table,
    events: events.join(' OR '),
    lines: null,
  });
}

export function readCreateDomain(ctx: PgContext, create: CreateDomainStmt): void {
  const { schema, name } = qualifiedName(ctx, stringList(create.domainname));
  if (create.typeName) ctx.domains.set(`${schema}.${name}`, create.typeName);
  ctx.userTypes.add(`${schema}.${name}`);
}

/** CREATE TYPE (enum, composite, range, base): remembered so an unqualified use can be qualified. */
export function readCreateType(ctx: PgContext, names: readonly string[]): void {
  const { schema, name } = qualifiedName(ctx, names);
  ctx.userTypes.add(`${schema}.${name}`);
}

export function readComment(ctx: PgContext, comment: CommentStmt): void {
  if (comment.objtype !== 'OBJECT_TABLE' || !comment.object || !('List' in comment.object)) return;
  const { schema, name } = qualifiedName(ctx, stringList(comment.object.List.items));
  const table = ctx.draft.table(schema, name);
  if (table) table.attributes.comment = comment.comment ?? null;
}
