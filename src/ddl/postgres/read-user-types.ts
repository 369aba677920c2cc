/**
 * CREATE TYPE … AS ENUM / AS (…), ALTER TYPE … ADD / RENAME VALUE, CREATE DOMAIN and CREATE
 * EXTENSION → the user types and extensions of the file, in the shape live introspection reads
 * (src/dialects/postgres/catalog-queries.ts USER_TYPES): type texts as format_type prints them, a
 * domain's CHECKs as pg_get_constraintdef prints them (pg_dump writes exactly that text after the
 * constraint name), its default as pg_get_expr prints it.
 */
import type { AlterEnumStmt, CompositeTypeStmt, Constraint, CreateDomainStmt, CreateEnumStmt, CreateExtensionStmt } from 'libpg-query';
import type { CatalogUserType } from '../../model/catalog.js';
import { EXTENSION_TYPES } from '../../util/pg-extension-types.js';
import { compareStrings } from '../../util/stable-json.js';
import { formatPostgresType } from './format-type.js';
import { literalDefault } from './literal-default.js';
import { qualifiedName, stringList, stringValue, typeNaming, type PgContext, type PgStatement } from './pg-context.js';
import { expressionEnd, expressionText, findKeyword } from './source-text.js';

const typeKey = (schema: string, name: string): string => `${schema}\u0000${name}`;

export function readCreateEnum(ctx: PgContext, create: CreateEnumStmt): void {
  const { schema, name } = qualifiedName(ctx, stringList(create.typeName));
  ctx.typeDefinitions.set(typeKey(schema, name), { kind: 'enum', schema, name, labels: (create.vals ?? []).map(stringValue) });
}

export function readAlterEnum(ctx: PgContext, alter: AlterEnumStmt): void {
  const { schema, name } = qualifiedName(ctx, stringList(alter.typeName));
  const type = ctx.typeDefinitions.get(typeKey(schema, name));
  if (type?.kind !== 'enum' || alter.newVal === undefined) return;
  const labels = [...type.labels];
  if (alter.oldVal !== undefined) {
    const at = labels.indexOf(alter.oldVal);
    if (at >= 0) labels[at] = alter.newVal;
  } else if (!labels.includes(alter.newVal)) {
    const neighbor = alter.newValNeighbor === undefined ? -1 : labels.indexOf(alter.newValNeighbor);
    if (neighbor < 0) labels.push(alter.newVal);
    else labels.splice(alter.newValIsAfter === true ? neighbor + 1 : neighbor, 0, alter.newVal); // the parser omits false
  }
  ctx.typeDefinitions.set(typeKey(schema, name), { ...type, labels });
}

export function readCompositeType(ctx: PgContext, create: CompositeTypeStmt): void {
  const schema = create.typevar?.schemaname ?? ctx.defaultSchema;
  const name = create.typevar?.relname ?? '';
  const attributes = (create.coldeflist ?? []).flatMap((node) => ('ColumnDef' in node
    ? [{ name: node.ColumnDef.colname ?? '', type: formatPostgresType(node.ColumnDef.typeName ?? {}, typeNaming(ctx)).nativeType }]
    : []));
  ctx.typeDefinitions.set(typeKey(schema, name), { kind: 'composite', schema, name, attributes });
}

/** `CHECK (…)` from the CHECK keyword to its closing parenthesis, as written. */
function checkText(stmt: PgStatement, constraint: Constraint): string {
  const s = stmt.source.text;
  const from = stmt.source.index(constraint.location ?? 0);
  const at = findKeyword(s, 'CHECK', from);
  const open = at < 0 ? -1 : s.indexOf('(', at);
  if (open < 0) return '';
  return `CHECK ${s.slice(open, expressionEnd(s, open + 1) + 1)}`.trim();
}

export function readDomainDefinition(ctx: PgContext, stmt: PgStatement, create: CreateDomainStmt): void {
  const { schema, name } = qualifiedName(ctx, stringList(create.domainname));
  const baseType = formatPostgresType(create.typeName ?? {}, typeNaming(ctx)).nativeType;
  const constraints = (create.constraints ?? []).flatMap((n) => ('Constraint' in n ? [n.Constraint] : []));
  const locations = constraints.map((c) => stmt.source.index(c.location ?? 0));
  let notNull = false;
  let defaultText: string | null = null;
  const checks: { name: string; definition: string }[] = [];
  constraints.forEach((c, i) => {
    if (c.contype === 'CONSTR_NOTNULL') notNull = true;
    else if (c.contype === 'CONSTR_NULL') notNull = false;
    else if (c.contype === 'CONSTR_DEFAULT') {
      const raw = c.raw_expr;
      const next = locations.filter((l) => l > (locations[i] ?? 0)).sort((a, b) => a - b)[0];
      const s = stmt.source.text;
      const start = findKeyword(s, 'DEFAULT', locations[i] ?? 0) + 'DEFAULT'.length;
      defaultText = raw && 'A_Const' in raw ? literalDefault(raw.A_Const, baseType, undefined) : expressionText(s, start, next);
    } else if (c.contype === 'CONSTR_CHECK') {
      // PostgreSQL names an unnamed domain CHECK <domain>_check (then _check1, _check2…).
      const taken = new Set(checks.map((k) => k.name));
      let auto = `${name}_check`;
      for (let n = 1; c.conname === undefined && taken.has(auto); n += 1) auto = `${name}_check${n}`;
      checks.push({ name: c.conname ?? auto, definition: checkText(stmt, c) });
    }
  });
  const domain: CatalogUserType = {
    kind: 'domain', schema, name, baseType, notNull, default: defaultText,
    checks: checks.sort((a, b) => compareStrings(a.name, b.name)),
  };
  ctx.typeDefinitions.set(typeKey(schema, name), domain);
}

/** CREATE EXTENSION [WITH] SCHEMA s: its known types become resolvable names of that schema. */
export function readCreateExtension(ctx: PgContext, create: CreateExtensionStmt): void {
  const name = create.extname ?? '';
  const schemaOption = (create.options ?? []).find((n) => 'DefElem' in n && n.DefElem.defname === 'schema');
  const schema = schemaOption && 'DefElem' in schemaOption ? stringValue(schemaOption.DefElem.arg) || ctx.defaultSchema : ctx.defaultSchema;
  ctx.extensions.set(name, schema);
  for (const type of EXTENSION_TYPES[name] ?? []) ctx.userTypes.add(`${schema}.${type}`);
}
