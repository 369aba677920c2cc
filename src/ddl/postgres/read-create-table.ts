/**
 * CREATE TABLE: columns (format_type text, defaults as written, identity, generated expressions),
 * inline constraints, `PARTITION BY`, and `PARTITION OF` children (counted into the parent).
 */
import type { ColumnDef, Constraint, CreateStmt, Node, PartitionSpec, TypeName } from 'libpg-query';
import { parsePostgresNativeType } from '../../dialects/postgres/native-type.js';
import type { ColumnDraft, TableDraft } from './catalog-draft.js';
import { quoteIdentifier as quoteIdent } from '../../dialects/postgres/quote.js';
import { formatPostgresType } from './format-type.js';
import { literalDefault } from './literal-default.js';
import { relationSchema, stringList, typeNaming, type PgContext, type PgStatement } from './pg-context.js';
import { applyConstraint } from './read-constraint.js';
import { identityFromOptions, registerSerialSequence } from './read-identity.js';
import { expressionEnd, expressionText, findKeyword, stripOuterParens } from './source-text.js';

const STRATEGIES: Readonly<Record<string, string>> = {
  PARTITION_STRATEGY_RANGE: 'range',
  PARTITION_STRATEGY_LIST: 'list',
  PARTITION_STRATEGY_HASH: 'hash',
};

function constraintsOf(def: ColumnDef): Constraint[] {
  return (def.constraints ?? []).flatMap((n) => ('Constraint' in n ? [n.Constraint] : []));
}

/**
 * Source text of a DEFAULT or GENERATED clause: from its keyword to the next clause of the column
 * (another constraint or COLLATE; `boundaries` are their parser locations) or the element's end.
 */
function clauseText(stmt: PgStatement, constraint: Constraint, boundaries: readonly number[], keyword: string): string {
  const s = stmt.source.text;
  const at = stmt.source.index(constraint.location ?? 0);
  let next: number | undefined;
  for (const location of boundaries) {
    const l = stmt.source.index(location);
    if (l > at && (next === undefined || l < next)) next = l;
  }
  // The constraint's location is its keyword (DEFAULT / GENERATED); AS follows GENERATED ALWAYS.
  const kw = s.slice(at, at + keyword.length).toUpperCase() === keyword ? 0 : findKeyword(s.slice(at, next ?? s.length), keyword);
  const start = at + (kw < 0 ? 0 : kw + keyword.length);
  return expressionText(s, start, next);
}

function generatedText(stmt: PgStatement, constraint: Constraint, boundaries: readonly number[]): string {
  // GENERATED ALWAYS AS (expr) STORED: pg_get_expr prints what sits inside the outer parentheses.
  const clause = clauseText(stmt, constraint, boundaries, 'AS');
  const close = clause.startsWith('(') ? expressionEnd(clause, 1) : -1;
  return close > 0 ? clause.slice(1, close).trim() : stripOuterParens(clause);
}

/** A domain column is read live as its base type plus `userType` = the qualified domain name. */
function domainOf(ctx: PgContext, typeName: TypeName): { base: TypeName; userType: string } | null {
  if ((typeName.arrayBounds ?? []).length > 0) return null;
  const parts = stringList(typeName.names);
  const schema = parts.length > 1 ? (parts[parts.length - 2] ?? '') : ctx.defaultSchema;
  const key = `${schema}.${parts[parts.length - 1] ?? ''}`;
  const base = ctx.domains.get(key);
  return base ? { base, userType: `${quoteIdent(schema)}.${quoteIdent(parts[parts.length - 1] ?? '')}` } : null;
}

export function readColumn(ctx: PgContext, stmt: PgStatement, schema: string, table: TableDraft, def: ColumnDef): void {
  const inherited = table.columns.findIndex((c) => c.name === def.colname);
  const domain = domainOf(ctx, def.typeName ?? {});
  const type = formatPostgresType(domain?.base ?? def.typeName ?? {}, typeNaming(ctx));
  const name = def.colname ?? '';
  const column: ColumnDraft = {
    name,
    nativeType: type.nativeType,
    // The same facts rule as live introspection, applied to the same format_type text.
    ...parsePostgresNativeType(type.nativeType),
    nullable: !type.serial,
    default: null,
    identity: null,
    ...(domain ? { userType: domain.userType } : {}),
  };
  if (inherited >= 0) {
    // A column also declared by a parent keeps the parent's position; NOT NULL is inherited.
    column.nullable = table.columns[inherited]?.nullable === false ? false : column.nullable;
    table.columns.splice(inherited, 1, column);
  } else table.columns.push(column);
  if (type.serial) {
    const sequence = registerSerialSequence(ctx, schema, table.name, name, type.nativeType);
    const visible = ctx.schemaVisible(schema) ? '' : `${quoteIdent(schema)}.`;
    column.default = `nextval('${visible}${quoteIdent(sequence)}'::regclass)`;
  }
  const constraints = constraintsOf(def);
  const boundaries = [...constraints.map((c) => c.location ?? 0), ...(def.collClause ? [def.collClause.location ?? 0] : [])];
  for (const c of constraints) {
    if (c.contype === 'CONSTR_NOTNULL') column.nullable = false;
    else if (c.contype === 'CONSTR_NULL') column.nullable = true;
    else if (c.contype === 'CONSTR_DEFAULT') {
      const raw = c.raw_expr;
      column.default = raw && 'A_Const' in raw
        ? literalDefault(raw.A_Const, column.nativeType, column.userType)
        : clauseText(stmt, c, boundaries, 'DEFAULT');
    }
    else if (c.contype === 'CONSTR_GENERATED') column.computed = generatedText(stmt, c, boundaries);
    else if (c.contype === 'CONSTR_IDENTITY') {
      column.identity = identityFromOptions(c.generated_when, c.options);
      column.nullable = false;
    } else applyConstraint(ctx, table, c, name);
  }
}

function partitionColumns(stmt: PgStatement, spec: PartitionSpec): string[] {
  const s = stmt.source.text;
  return (spec.partParams ?? []).map((p: Node) => {
    if (!('PartitionElem' in p)) return '';
    const elem = p.PartitionElem;
    if (elem.name !== undefined) return elem.name;
    return expressionText(s, stmt.source.index(elem.location ?? 0));
  });
}

/** INHERITS (parents): the parents' columns come first, in order; a local column of the same name merges. */
function inheritColumns(ctx: PgContext, table: TableDraft, create: CreateStmt): void {
  for (const node of create.inhRelations ?? []) {
    if (!('RangeVar' in node)) continue;
    const parentSchema = relationSchema(ctx, node.RangeVar);
    const parent = ctx.draft.table(parentSchema, node.RangeVar.relname ?? '');
    ctx.draft.addParent(table, { schema: parentSchema, table: node.RangeVar.relname ?? '' });
    for (const column of parent?.columns ?? []) {
      if (!table.columns.some((c) => c.name === column.name)) table.columns.push({ ...column, identity: null });
    }
  }
}

export function readCreateTable(ctx: PgContext, stmt: PgStatement, create: CreateStmt): TableDraft {
  const schema = relationSchema(ctx, create.relation);
  const table = ctx.draft.addTable(schema, create.relation?.relname ?? '');
  const parent = (create.inhRelations ?? [])[0];
  if (create.partbound && parent && 'RangeVar' in parent) {
    table.partitionOf = { schema: relationSchema(ctx, parent.RangeVar), table: parent.RangeVar.relname ?? '' };
  } else inheritColumns(ctx, table, create);
  table.attributes.relkind = create.partspec ? 'p' : 'r';
  table.attributes.comment = null;
  for (const element of create.tableElts ?? []) {
    if ('ColumnDef' in element) readColumn(ctx, stmt, schema, table, element.ColumnDef);
  }
  for (const element of create.tableElts ?? []) {
    if ('Constraint' in element) applyConstraint(ctx, table, element.Constraint);
  }
  if (create.partspec) {
    table.partitioning = {
      type: STRATEGIES[create.partspec.strategy ?? ''] ?? 'range',
      columns: partitionColumns(stmt, create.partspec),
      partitionCount: 0,
      subpartitioning: null,
    };
  }
  return table;
}
