/**
 * Catalog snapshot → inventory: canonical types, ERP modules, pre-migration findings, module summary.
 * PURE: the type mapper and module catalogue are passed in (callers use readSourceTypeMapper(dialect)
 * and readModuleCatalogs()). Live introspection and DDL import both come through here, so they agree.
 */
import { createHash } from 'node:crypto';
import type { CatalogSchema, CatalogSnapshot, CatalogTable } from '../model/catalog.js';
import { formatCanonicalType, type TypeMapper } from '../model/type-rules.js';
import {
  INVENTORY_FORMAT, type Finding, type Inventory, type InventorySchema, type InventoryTable, type ModuleSummary, type Severity,
} from '../model/inventory.js';
import { compareStrings, stableStringify } from '../util/stable-json.js';
import { classifyTables, detectErp, tableKey, type Classification, type ErpDetection } from './classify.js';
import { DEFAULT_CHECK_OPTIONS, runChecks, type CheckOptions } from './checks/index.js';
import { isLobColumn } from './checks/context.js';
import type { ModuleCatalog } from './module-catalog.js';
import { withUserTypes } from './user-type-canonical.js';

export interface BuildInventoryOptions {
  readonly origin: 'live' | 'ddl';
  readonly typeMapper: TypeMapper;
  readonly modules: ModuleCatalog;
  /** Missing fields take DEFAULT_CHECK_OPTIONS (10 GiB, 50M rows, postgres target, full load + CDC). */
  readonly checks?: Partial<CheckOptions>;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { blocker: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]
    || compareStrings(a.rule, b.rule)
    || compareStrings(a.object, b.object)
    || compareStrings(a.message, b.message);
}

function byName<T extends { readonly name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareStrings(a.name, b.name));
}

function makeTable(table: CatalogTable, schema: string, mapper: TypeMapper, classes: ReadonlyMap<string, Classification>): InventoryTable {
  return {
    name: table.name,
    module: classes.get(tableKey(schema, table.name))?.module ?? 'unclassified',
    rowCount: table.rowCount,
    rowCountExact: table.rowCountExact,
    bytes: table.bytes,
    columns: table.columns.map((column) => ({ ...column, canonicalType: formatCanonicalType(mapper(column)) })),
    primaryKey: table.primaryKey,
    uniqueKeys: table.uniqueKeys,
    foreignKeys: table.foreignKeys,
    indexes: table.indexes,
    partitioning: table.partitioning,
    attributes: table.attributes ?? {},
    findings: [],
  };
}

function makeSchema(schema: CatalogSchema, mapper: TypeMapper, classes: ReadonlyMap<string, Classification>): InventorySchema {
  return {
    name: schema.name,
    tables: byName(schema.tables).map((table) => makeTable(table, schema.name, mapper, classes)),
    views: byName(schema.views),
    sequences: byName(schema.sequences),
    routines: [...schema.routines].sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.kind, b.kind)),
    triggers: byName(schema.triggers),
  };
}

function uniqueSorted(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  return sorted.filter((f, i) => i === 0 || compareFindings(f, sorted[i - 1]!) !== 0 || f.hint !== sorted[i - 1]!.hint);
}

/** Table key a finding belongs to: its object (`schema.table`) or its object minus the column (`schema.table.column`). */
function owningTable(object: string, keys: ReadonlySet<string>): string | null {
  if (keys.has(object)) return object;
  const dot = object.lastIndexOf('.');
  return dot > 0 && keys.has(object.slice(0, dot)) ? object.slice(0, dot) : null;
}

function attachFindings(schemas: readonly InventorySchema[], findings: readonly Finding[]): { schemas: InventorySchema[]; owners: Map<Finding, string> } {
  const keys = new Set(schemas.flatMap((s) => s.tables.map((t) => tableKey(s.name, t.name))));
  const rulesByTable = new Map<string, Set<string>>();
  const owners = new Map<Finding, string>();
  for (const f of findings) {
    const owner = owningTable(f.object, keys);
    if (owner === null) continue;
    owners.set(f, owner);
    rulesByTable.set(owner, (rulesByTable.get(owner) ?? new Set()).add(f.rule));
  }
  const withFindings = schemas.map((schema) => ({
    ...schema,
    tables: schema.tables.map((table) => ({
      ...table,
      findings: [...(rulesByTable.get(tableKey(schema.name, table.name)) ?? [])].sort(compareStrings),
    })),
  }));
  return { schemas: withFindings, owners };
}

function summariseModules(schemas: readonly InventorySchema[], owners: ReadonlyMap<Finding, string>): Record<string, ModuleSummary> {
  const moduleOf = new Map<string, string>();
  const acc = new Map<string, { tables: number; columns: number; rows: number; bytes: number; lobColumns: number; findings: Record<Severity, number> }>();
  const entry = (module: string) => {
    let value = acc.get(module);
    if (value === undefined) {
      value = { tables: 0, columns: 0, rows: 0, bytes: 0, lobColumns: 0, findings: { blocker: 0, warning: 0, info: 0 } };
      acc.set(module, value);
    }
    return value;
  };
  for (const schema of schemas) {
    for (const table of schema.tables) {
      moduleOf.set(tableKey(schema.name, table.name), table.module);
      const e = entry(table.module);
      e.tables += 1;
      e.columns += table.columns.length;
      e.rows += table.rowCount ?? 0;
      e.bytes += table.bytes ?? 0;
      e.lobColumns += table.columns.filter(isLobColumn).length;
    }
  }
  for (const [f, owner] of owners) entry(moduleOf.get(owner) ?? 'unclassified').findings[f.severity] += 1;
  const out: Record<string, ModuleSummary> = {};
  for (const module of [...acc.keys()].sort(compareStrings)) out[module] = acc.get(module)!;
  return out;
}

export interface InventoryBuild {
  readonly inventory: Inventory;
  /** The ERP the module catalogue recognised, for the report; not part of the inventory contract. */
  readonly erp: ErpDetection | null;
}

/** Like buildInventory, and also says which ERP was detected. */
export function buildInventoryWithDetection(snapshot: CatalogSnapshot, options: BuildInventoryOptions): InventoryBuild {
  const checkOptions: CheckOptions = { ...DEFAULT_CHECK_OPTIONS, ...options.checks };
  const refs = snapshot.schemas.flatMap((s) => s.tables.map((t) => ({ schema: s.name, name: t.name })));
  const erp = detectErp(refs, options.modules);
  const classes = classifyTables(refs, options.modules, erp);
  const mapper = withUserTypes(options.typeMapper, snapshot.userTypes);
  // A schema with nothing in scope (PostgreSQL's default empty `public`) is not a schema of the source.
  const inScope = snapshot.schemas.filter((s) => s.tables.length + s.views.length + s.sequences.length + s.routines.length + s.triggers.length > 0);
  const bare = byName(inScope).map((schema) => makeSchema(schema, mapper, classes));
  const notes: Finding[] = snapshot.notes.map((n) => ({ rule: n.rule, severity: n.severity, object: n.object, message: n.message, hint: n.hint }));
  const userTypes = { ...(snapshot.userTypes ? { userTypes: snapshot.userTypes } : {}), ...(snapshot.extensions ? { extensions: snapshot.extensions } : {}) };
  const findings = uniqueSorted([...runChecks({ source: snapshot.source, origin: options.origin, schemas: bare, options: checkOptions, ...userTypes }), ...notes]);
  const { schemas, owners } = attachFindings(bare, findings);
  const inventory: Inventory = {
    format: INVENTORY_FORMAT,
    source: { ...snapshot.source, origin: options.origin },
    schemas,
    findings,
    modules: summariseModules(schemas, owners),
    ...userTypes,
  };
  return { inventory, erp };
}

export function buildInventory(snapshot: CatalogSnapshot, options: BuildInventoryOptions): Inventory {
  return buildInventoryWithDetection(snapshot, options).inventory;
}

/** `sha256:<hex>` of the inventory's stable JSON: what a plan records to notice a changed inventory. */
export function makeInventoryDigest(inventory: Inventory): string {
  return `sha256:${createHash('sha256').update(stableStringify(inventory)).digest('hex')}`;
}
