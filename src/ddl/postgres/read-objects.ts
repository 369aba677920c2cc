/**
 * Views, materialized views, sequences, functions/procedures and triggers. Line counts follow the
 * live reader's conventions (see `lineCount` callers): view = lines of its query text,
 * routine = lines of its body, trigger = lines of its CREATE TRIGGER statement.
 */
import type { CreateFunctionStmt, CreateSeqStmt, CreateTableAsStmt, CreateTrigStmt, ViewStmt } from 'libpg-query';
import { formatPostgresType } from './format-type.js';
import { makeSequence } from './read-identity.js';
import { qualifiedName, relationSchema, stringList, type PgContext, type PgStatement } from './pg-context.js';
import { findKeyword } from './source-text.js';

export function lineCount(text: string): number {
  const trimmed = text.replace(/^\s*\n/, '').replace(/\s+$/, '');
  return trimmed.length === 0 ? 0 : trimmed.split('\n').length;
}

/** Text after the first top-level `AS` keyword (a view's query). */
function queryText(stmt: PgStatement): string {
  const s = stmt.source.text;
  const at = findKeyword(s, 'AS');
  return at < 0 ? s : s.slice(at + 2);
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
  const query = queryText(stmt).replace(/\s+WITH\s+(NO\s+)?DATA\s*$/i, '');
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
function routineBody(create: CreateFunctionStmt, stmt: PgStatement): string {
  for (const node of create.options ?? []) {
    if (!('DefElem' in node) || node.DefElem.defname !== 'as') continue;
    const arg = node.DefElem.arg;
    const first = arg && 'List' in arg ? (arg.List.items ?? [])[0] : undefined;
    if (first && 'String' in first) return first.String.sval ?? '';
  }
  const at = findKeyword(stmt.source.text, 'BEGIN ATOMIC');
  return at < 0 ? '' : stmt.source.text.slice(at);
}

export function readCreateFunction(ctx: PgContext, stmt: PgStatement, create: CreateFunctionStmt): void {
  const { schema, name } = qualifiedName(ctx, stringList(create.funcname));
  const argTypes = (create.parameters ?? []).flatMap((p) =>
    'FunctionParameter' in p && p.FunctionParameter.mode !== 'FUNC_PARAM_OUT' && p.FunctionParameter.mode !== 'FUNC_PARAM_TABLE'
      ? [formatPostgresType(p.FunctionParameter.argType ?? {}, ctx.schemaVisible).nativeType]
      : [],
  );
  // Overloads are separate routines: key by signature, list by name.
  ctx.draft.schema(schema).routines.set(`${name}(${argTypes.join(',')})`, {
    name,
    kind: create.is_procedure === true ? 'procedure' : 'function',
    lines: lineCount(routineBody(create, stmt)),
  });
}

const EVENTS: ReadonlyArray<[number, string]> = [
  [4, 'INSERT'],
  [8, 'DELETE'],
  [16, 'UPDATE'],
  [32, 'TRUNCATE'],
];

export function readCreateTrigger(ctx: PgContext, stmt: PgStatement, create: CreateTrigStmt): void {
  const schema = relationSchema(ctx, create.relation);
  const table = create.relation?.relname ?? null;
  const name = create.trigname ?? '';
  const events = EVENTS.filter(([bit]) => ((create.events ?? 0) & bit) !== 0).map(([, event]) => event);
  ctx.draft.schema(schema).triggers.set(`${table ?? ''}.${name}`, {
    name,
    table,
    events: events.join(' OR '),
    lines: lineCount(stmt.source.text),
  });
}
