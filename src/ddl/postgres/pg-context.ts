/** State shared by the PostgreSQL statement readers while one file is read. */
import type { Node, RangeVar, TypeName } from 'libpg-query';
import type { CatalogUserType, ReferentialAction } from '../../model/catalog.js';
import type { CatalogDraft } from './catalog-draft.js';
import type { StatementSource } from './source-text.js';

export interface PgContext {
  readonly draft: CatalogDraft;
  /** Schema for unqualified names; `SET search_path` in the file changes it. */
  defaultSchema: string;
  /** Whether format_type would print a type of this schema unqualified. */
  readonly schemaVisible: (schema: string) => boolean;
  /** CREATE DOMAIN seen so far: `schema.name` → base type. */
  readonly domains: Map<string, TypeName>;
  /** CREATE TYPE / CREATE DOMAIN seen so far, as `schema.name` (plus the known types of CREATE EXTENSION). */
  readonly userTypes: Set<string>;
  /** Enum, composite and domain definitions, keyed `schema\u0000name`. */
  readonly typeDefinitions: Map<string, CatalogUserType>;
  /** CREATE EXTENSION seen so far: name → schema. */
  readonly extensions: Map<string, string>;
}

export interface TypeNaming {
  /** Whether format_type prints a type of this schema unqualified. */
  readonly schemaVisible: (schema: string) => boolean;
  /** Schema of an unqualified user type declared in the file, or null for a built-in name. */
  readonly userTypeSchema: (name: string) => string | null;
}

/** The TypeNaming of a context: declared user types resolve through the current default schema. */
export function typeNaming(ctx: PgContext): TypeNaming {
  return {
    schemaVisible: ctx.schemaVisible,
    userTypeSchema: (name) => (ctx.userTypes.has(`${ctx.defaultSchema}.${name}`) ? ctx.defaultSchema : null),
  };
}

/** One parsed statement with its source, for position-based text extraction. */
export interface PgStatement {
  readonly source: StatementSource;
  readonly line: number;
}

export function stringValue(node: Node | undefined): string {
  return node && 'String' in node ? (node.String.sval ?? '') : '';
}

export function stringList(nodes: readonly Node[] | undefined): string[] {
  return (nodes ?? []).map(stringValue);
}

export function relationSchema(ctx: PgContext, relation: RangeVar | undefined): string {
  return relation?.schemaname ?? ctx.defaultSchema;
}

/** `{schema, name}` of a qualified name list such as `["sales", "orders_id_seq"]`. */
export function qualifiedName(ctx: PgContext, parts: readonly string[]): { schema: string; name: string } {
  const name = parts[parts.length - 1] ?? '';
  return { schema: parts.length > 1 ? (parts[parts.length - 2] ?? ctx.defaultSchema) : ctx.defaultSchema, name };
}

const ACTIONS: Readonly<Record<string, ReferentialAction>> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

export function referentialAction(code: string | undefined): ReferentialAction {
  return ACTIONS[code ?? 'a'] ?? 'NO ACTION';
}

/** Decimal text of a DefElem argument (`Integer`, `Float` for big values, or a negative `A_Const`). */
export function numberText(node: Node | undefined): string | null {
  if (!node) return null;
  if ('Integer' in node) return String(node.Integer.ival ?? 0);
  if ('Float' in node) return node.Float.fval ?? null;
  if ('A_Const' in node) {
    const c = node.A_Const;
    if (c.ival) return String(c.ival.ival ?? 0);
    if (c.fval) return c.fval.fval ?? null;
  }
  return null;
}
