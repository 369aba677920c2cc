/**
 * PostgreSQL user types and extensions in a plan, pure.
 *
 * PostgreSQL → PostgreSQL: a column keeps its enum / domain / composite / extension type (and `[]`),
 * named in the target schema its source schema maps to; pre-load.sql creates what the kept columns
 * reach (a domain's base, a composite's attributes), dependencies first, and the extensions owning
 * the types they use. Defaults and domain texts that cast to a renamed type are renamed with it.
 * Any PostgreSQL target: a known extension type a column names (PostGIS `geometry` from a mapping-file
 * override) gets its extension created too.
 * Other targets from PostgreSQL: enum columns became varchar(longest label) through their canonical
 * type and domain columns their base type; a note says what the target no longer enforces.
 */
import type { CatalogExtension, CatalogUserType } from '../model/catalog.js';
import type { Inventory, InventoryColumn } from '../model/inventory.js';
import type { PlanDecision, PlannedColumn, PlannedExtension, PlannedTable, PlannedUserType, TargetName } from '../model/plan.js';
import { extensionOfType } from '../util/pg-extension-types.js';
import { parsePgTypeReference, pgTypeKey, type PgTypeReference } from '../util/pg-type-name.js';
import { compareStrings } from '../util/stable-json.js';
import { quoteIdentifier as quotePostgres } from '../dialects/postgres/quote.js';

export interface UserTypePlan {
  readonly tables: readonly PlannedTable[];
  readonly userTypes: readonly PlannedUserType[];
  readonly extensions: readonly PlannedExtension[];
  readonly decisions: readonly PlanDecision[];
}

const isPostgresTarget = (target: TargetName): boolean => target === 'postgres' || target === 'aurora-postgresql';
const keyOf = (schema: string, name: string): string => `${schema}\u0000${name}`;

function formatReference(ref: PgTypeReference, schema: string | null): string {
  const base = schema === null ? ref.name : `${quotePostgres(schema)}.${quotePostgres(ref.name)}`;
  return `${base}${ref.modifiers}${'[]'.repeat(ref.arrayDims)}`;
}

/** Renames the schema of source type references: `public.mpaa_rating[]` → `film.mpaa_rating[]`. */
class TypeRenamer {
  private readonly renames: { from: string; to: string }[] = [];
  constructor(private readonly known: ReadonlySet<string>, private readonly schemaOf: (schema: string) => string) {
    for (const key of known) {
      const [schema = '', name = ''] = key.split('\u0000');
      const from = `${quotePostgres(schema)}.${quotePostgres(name)}`;
      const to = `${quotePostgres(schemaOf(schema))}.${quotePostgres(name)}`;
      if (from !== to) this.renames.push({ from, to });
    }
    this.renames.sort((a, b) => b.from.length - a.from.length || compareStrings(a.from, b.from));
  }

  /** A type text; its source key when it names a known type. */
  type(text: string): { text: string; key: string | null } {
    const ref = parsePgTypeReference(text);
    const key = pgTypeKey(ref.schema, ref.name);
    if (key === null || ref.schema === null || !this.known.has(key)) return { text, key: null };
    return { text: formatReference(ref, this.schemaOf(ref.schema)), key };
  }

  /** Casts in an expression (`'G'::public.mpaa_rating`): only `::` references, so literals stay as they are. */
  expression(text: string): string {
    let out = text;
    for (const { from, to } of this.renames) out = out.split(`::${from}`).join(`::${to}`);
    return out;
  }
}

function dependencies(type: CatalogUserType): string[] {
  if (type.kind === 'domain') return [type.baseType];
  if (type.kind === 'composite') return type.attributes.map((a) => a.type);
  return [];
}

/** Dependencies first; among types ready together, by target schema then name. */
function creationOrder(keys: ReadonlySet<string>, types: ReadonlyMap<string, CatalogUserType>, schemaOf: (s: string) => string): CatalogUserType[] {
  const sortKey = (t: CatalogUserType): string => `${schemaOf(t.schema)}\u0000${t.name}`;
  const pending = [...keys].flatMap((k) => types.get(k) ?? []).sort((a, b) => compareStrings(sortKey(a), sortKey(b)));
  const done = new Set<string>();
  const out: CatalogUserType[] = [];
  while (pending.length > 0) {
    const ready = pending.findIndex((t) => dependencies(t).every((text) => {
      const ref = parsePgTypeReference(text);
      const key = pgTypeKey(ref.schema, ref.name);
      return key === null || !keys.has(key) || done.has(key) || key === keyOf(t.schema, t.name);
    }));
    // A cycle cannot be declared in PostgreSQL; take the first anyway rather than loop.
    const [next] = pending.splice(ready < 0 ? 0 : ready, 1);
    done.add(keyOf(next!.schema, next!.name));
    out.push(next!);
  }
  return out;
}

function retarget(type: CatalogUserType, renamer: TypeRenamer, schemaOf: (s: string) => string): PlannedUserType {
  const targetSchema = schemaOf(type.schema);
  if (type.kind === 'enum') return { ...type, targetSchema };
  if (type.kind === 'composite') return { ...type, targetSchema, attributes: type.attributes.map((a) => ({ ...a, type: renamer.type(a.type).text })) };
  return {
    ...type, targetSchema, baseType: renamer.type(type.baseType).text,
    default: type.default === null ? null : renamer.expression(type.default),
    checks: type.checks.map((c) => ({ ...c, definition: renamer.expression(c.definition) })),
  };
}

interface Homogeneous {
  readonly tables: PlannedTable[];
  readonly used: Set<string>;
}

/** Columns that kept their source type point at the target schemas; a domain column keeps its domain. */
function retypeColumns(inventory: Inventory, tables: readonly PlannedTable[], renamer: TypeRenamer, userTypes: ReadonlyMap<string, CatalogUserType>): Homogeneous {
  const used = new Set<string>();
  const sourceColumns = new Map<string, InventoryColumn>();
  for (const schema of inventory.schemas) for (const t of schema.tables) for (const c of t.columns) sourceColumns.set(`${schema.name}\u0000${t.name}\u0000${c.name}`, c);
  const retyped = tables.map((table) => ({
    ...table,
    columns: table.columns.map((column): PlannedColumn => {
      if (column.excluded || column.targetType !== column.sourceType) return column;
      const source = sourceColumns.get(`${table.sourceSchema}\u0000${table.sourceTable}\u0000${column.source}`);
      const domain = source?.userType === undefined ? null : renamer.type(source.userType);
      const typed = domain?.key != null && userTypes.get(domain.key)?.kind === 'domain' ? domain : renamer.type(column.targetType);
      if (typed.key !== null) used.add(typed.key);
      const targetDefault = column.default === null ? null : renamer.expression(column.default);
      return typed.text === column.targetType && targetDefault === column.default ? column : { ...column, targetType: typed.text, default: targetDefault };
    }),
  }));
  return { tables: retyped, used };
}

/** Every key the used types reach through domain bases and composite attributes. */
function closure(start: Iterable<string>, types: ReadonlyMap<string, CatalogUserType>): Set<string> {
  const reached = new Set<string>();
  const pending = [...start];
  while (pending.length > 0) {
    const key = pending.pop()!;
    if (reached.has(key)) continue;
    reached.add(key);
    const type = types.get(key);
    for (const text of type === undefined ? [] : dependencies(type)) {
      const ref = parsePgTypeReference(text);
      const next = pgTypeKey(ref.schema, ref.name);
      if (next !== null) pending.push(next);
    }
  }
  return reached;
}

/** Extensions for types the target columns name that a known extension creates (and no source extension already covers). */
function knownExtensions(tables: readonly PlannedTable[], covered: readonly PlannedExtension[], created: readonly PlannedUserType[] = []): PlannedExtension[] {
  const createdKeys = new Set(created.map((t) => keyOf(t.targetSchema, t.name)));
  const found = new Map<string, { schema: string | null; types: Set<string> }>();
  const coveredNames = new Set(covered.map((e) => e.name));
  for (const table of tables) {
    for (const column of table.columns) {
      if (column.excluded) continue;
      const ref = parsePgTypeReference(column.targetType);
      const name = ref.schema === null ? ref.name.replace(/\(.*$/, '').trim() : ref.name;
      const extension = ref.schema !== null && createdKeys.has(keyOf(ref.schema, name)) ? null : extensionOfType(name);
      if (extension === null || coveredNames.has(extension)) continue;
      const entry = found.get(extension) ?? { schema: ref.schema, types: new Set<string>() };
      entry.types.add(name);
      found.set(extension, entry);
    }
  }
  return [...found].map(([name, e]) => ({ name, schema: e.schema, types: [...e.types].sort(compareStrings) }));
}

function sourceExtensions(extensions: readonly CatalogExtension[], used: ReadonlySet<string>, schemaOf: (s: string) => string): PlannedExtension[] {
  return extensions.flatMap((e) => {
    const types = e.types.filter((t) => used.has(keyOf(e.schema, t)));
    return types.length === 0 ? [] : [{ name: e.name, schema: schemaOf(e.schema), types }];
  });
}

/** Notes for a PostgreSQL enum / domain column on a target that only keeps its values. */
function heterogeneousNotes(inventory: Inventory, target: TargetName, tables: readonly PlannedTable[], userTypes: ReadonlyMap<string, CatalogUserType>): PlanDecision[] {
  const decisions: PlanDecision[] = [];
  const columns = new Map<string, InventoryColumn>();
  for (const schema of inventory.schemas) for (const t of schema.tables) for (const c of t.columns) columns.set(`${schema.name}\u0000${t.name}\u0000${c.name}`, c);
  for (const table of tables) {
    for (const column of table.columns) {
      const source = columns.get(`${table.sourceSchema}\u0000${table.sourceTable}\u0000${column.source}`);
      if (column.excluded || source === undefined) continue;
      const object = `${table.sourceSchema}.${table.sourceTable}.${column.source}`;
      const domain = source.userType === undefined ? undefined : userTypes.get(keyOfText(source.userType) ?? '');
      if (domain?.kind === 'domain' && (domain.notNull || domain.default !== null || domain.checks.length > 0)) {
        decisions.push({ object, severity: 'info', message: `domain ${source.userType} → ${column.targetType}: the domain's ${[domain.notNull ? 'NOT NULL' : '', domain.default !== null ? 'DEFAULT' : '', domain.checks.length > 0 ? 'CHECK' : ''].filter(Boolean).join(', ')} is not carried to ${target}` });
      }
      const enumType = userTypes.get(keyOfText(source.nativeType) ?? '');
      if (enumType?.kind === 'enum') {
        decisions.push({ object, severity: 'warning', message: `enum ${source.nativeType} → ${column.targetType}: ${target} does not enforce the labels (${enumType.labels.map((l) => `'${l.replace(/'/g, "''")}'`).join(', ')}) and sorts values as text, not in label order` });
      }
    }
  }
  return decisions;
}

function keyOfText(text: string): string | null {
  const ref = parsePgTypeReference(text);
  return ref.arrayDims > 0 ? null : pgTypeKey(ref.schema, ref.name);
}

export function planUserTypes(inventory: Inventory, target: TargetName, tables: readonly PlannedTable[], schemaOf: (sourceSchema: string) => string): UserTypePlan {
  const userTypes = new Map((inventory.userTypes ?? []).map((t) => [keyOf(t.schema, t.name), t]));
  if (!isPostgresTarget(target)) {
    const decisions = inventory.source.dialect === 'postgres' ? heterogeneousNotes(inventory, target, tables, userTypes) : [];
    return { tables, userTypes: [], extensions: [], decisions };
  }
  if (inventory.source.dialect !== 'postgres') return { tables, userTypes: [], extensions: knownExtensions(tables, []), decisions: [] };
  const extensionKeys = (inventory.extensions ?? []).flatMap((e) => e.types.map((t) => keyOf(e.schema, t)));
  const renamer = new TypeRenamer(new Set([...userTypes.keys(), ...extensionKeys]), schemaOf);
  const retyped = retypeColumns(inventory, tables, renamer, userTypes);
  const reached = closure(retyped.used, userTypes);
  const created = creationOrder(new Set([...reached].filter((k) => userTypes.has(k))), userTypes, schemaOf).map((t) => retarget(t, renamer, schemaOf));
  const extensions = sourceExtensions(inventory.extensions ?? [], reached, schemaOf);
  const all = [...extensions, ...knownExtensions(retyped.tables, extensions, created)].sort((a, b) => compareStrings(a.name, b.name));
  return { tables: retyped.tables, userTypes: created, extensions: all, decisions: [] };
}
