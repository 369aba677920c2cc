/**
 * One inventory table → one PlannedTable: target names (renames, case policy), every column
 * mapped with mapColumn (mapping-file overrides and unsupported-type decisions applied), keys,
 * indexes and FKs renamed to the target, columns the mapping file adds, row filters, parallel load and LOB settings.
 * Pure; problems (the plan cannot be made) and decisions (a human should review) are returned.
 */
import type { MappingConfig, TypeOverride } from '../config/mapping-file.js';
import type { DialectName, ForeignKey, KeyConstraint } from '../model/catalog.js';
import type { InventoryColumn, InventoryTable } from '../model/inventory.js';
import { dmsDataTypeOf } from '../dms/data-type.js';
import type { AddedColumn, Conversion, PlanDecision, PlannedColumn, PlannedTable, TargetName } from '../model/plan.js';
import { foldIdentifier, type IdentifierCase } from '../util/identifier-case.js';
import { makeShortHash } from './identifiers.js';
import { makeTableLobSettings } from './lob-settings.js';
import { mapColumn, type ColumnTypeOverride } from './map-types.js';
import type { TargetTypeRules } from './target-types.js';
import { makeParallelLoad } from './ranges.js';
import { translateDefault } from './ddl/defaults.js';
import type { WaveForeignKey } from './waves.js';

export interface TableContext {
  readonly sourceDialect: DialectName;
  readonly target: TargetName;
  readonly policy: IdentifierCase;
  readonly mapping: MappingConfig;
  readonly largeTableBytes: number;
  readonly largeTableRows: number;
  readonly segmentBytes: number;
  readonly typeRules?: TargetTypeRules;
  /** Target names of every planned table, by source key `SCHEMA.TABLE`. */
  readonly targetNames: ReadonlyMap<string, { readonly schema: string; readonly table: string }>;
  /** Source tables by key, to resolve FK columns of parents. */
  readonly sourceTables: ReadonlyMap<string, InventoryTable>;
}

export interface TableResult {
  readonly table: PlannedTable;
  readonly waveForeignKeys: readonly WaveForeignKey[];
  readonly problems: readonly string[];
  readonly decisions: readonly PlanDecision[];
}

/** PostgreSQL keeps 63 bytes of an identifier; longer generated names get a hash suffix. */
const MAX_NAME = 63;

export function limitName(name: string): string {
  return Buffer.byteLength(name, 'utf8') <= MAX_NAME ? name : `${name.slice(0, 50)}_${makeShortHash(name)}`;
}

function findOverride(overrides: readonly TypeOverride[], tableKey: string, column: InventoryColumn): TypeOverride | undefined {
  const score = (o: TypeOverride): number => {
    if (o.table !== undefined && o.table !== tableKey) return -1;
    if (o.column !== undefined && o.column !== column.name) return -1;
    if (o.canonical !== undefined && o.canonical !== column.canonicalType) return -1;
    if (o.native !== undefined && o.native.toLowerCase() !== column.nativeType.toLowerCase()) return -1;
    return (o.column !== undefined ? 4 : 0) + (o.table !== undefined ? 2 : 0) + 1;
  };
  let best: TypeOverride | undefined;
  for (const o of overrides) if (score(o) >= 0 && (best === undefined || score(o) > score(best))) best = o;
  return best;
}

function columnOverride(ctx: TableContext, tableKey: string, column: InventoryColumn): ColumnTypeOverride | undefined {
  const unsupported = ctx.mapping.unsupported[`${tableKey}.${column.name}`];
  if (unsupported?.action === 'type') return { targetType: unsupported.targetType, conversion: 'to-text' };
  if (unsupported) return { onUnsupported: unsupported.action };
  const o = findOverride(ctx.mapping.typeOverrides, tableKey, column);
  return o === undefined ? undefined : { targetType: o.targetType, conversion: o.conversion as Conversion };
}

interface Columns { planned: PlannedColumn[]; rename: Map<string, string>; problems: string[]; decisions: PlanDecision[] }

function planColumns(ctx: TableContext, tableKey: string, table: InventoryTable): Columns {
  const out: Columns = { planned: [], rename: new Map(), problems: [], decisions: [] };
  for (const column of table.columns) {
    const object = `${tableKey}.${column.name}`;
    const override = columnOverride(ctx, tableKey, column);
    const mapped = mapColumn(column, { sourceDialect: ctx.sourceDialect, target: ctx.target, ...(override ? { override } : {}), ...(ctx.typeRules ? { rules: ctx.typeRules } : {}) });
    if (!mapped.ok) {
      out.problems.push(`${object}: ${mapped.reason} (${mapped.hint}; or decide in the mapping file under unsupported: / types:)`);
      continue;
    }
    const target = ctx.mapping.columnRenames[object] ?? foldIdentifier(column.name, ctx.policy);
    out.rename.set(column.name, target);
    const translated = mapped.excluded ? { expression: null, dropped: null } : translateDefault(column.default, { sourceDialect: ctx.sourceDialect, target: ctx.target, targetType: mapped.targetType });
    if (translated.dropped !== null) {
      out.decisions.push({ object, severity: 'info', message: `default ${translated.dropped} not translated; recreate it by hand if the application relies on it` });
    }
    if (mapped.lossy !== null) out.decisions.push({ object, severity: 'warning', message: `${column.nativeType} → ${mapped.excluded ? 'excluded' : mapped.targetType}: ${mapped.lossy}` });
    out.planned.push({
      source: column.name, target, sourceType: column.nativeType, canonicalType: mapped.canonicalType, targetType: mapped.targetType,
      nullable: column.nullable, default: translated.expression, droppedDefault: translated.dropped, identity: column.identity,
      conversion: mapped.conversion, lossy: mapped.lossy, excluded: mapped.excluded,
    });
  }
  const seen = new Map<string, string>();
  for (const c of out.planned.filter((p) => !p.excluded)) {
    const other = seen.get(c.target);
    if (other !== undefined) out.problems.push(`${tableKey}.${c.source}: target column name ${c.target} collides with ${other} after case folding (${ctx.policy})`);
    else seen.set(c.target, c.source);
    if (ctx.target !== 'oracle' && ctx.target !== 'sqlserver' && Buffer.byteLength(c.target) > MAX_NAME) out.problems.push(`${tableKey}.${c.source}: target name ${c.target} is longer than ${MAX_NAME} bytes; rename it in the mapping file`);
  }
  return out;
}

/**
 * Columns the mapping file adds (mapping-file order): nullable, since DMS fills them only on rows it
 * loads. The mapping checks already refused bad types and names; a collision with a planned column
 * (e.g. a name only a type rule made clash) is still a problem here.
 */
function planAddedColumns(ctx: TableContext, tableKey: string, planned: readonly PlannedColumn[]): { added: AddedColumn[]; problems: string[] } {
  const added: AddedColumn[] = [];
  const problems: string[] = [];
  const taken = new Set(planned.filter((c) => !c.excluded).map((c) => c.target));
  for (const a of ctx.mapping.addColumns[tableKey] ?? []) {
    const target = foldIdentifier(a.name, ctx.policy);
    const dms = dmsDataTypeOf(a.targetType);
    if (taken.has(target)) problems.push(`${tableKey}.${a.name}: added column ${target} collides with another target column after case folding (${ctx.policy})`);
    if (!dms.ok) problems.push(`${tableKey}.${a.name}: added column type ${a.targetType}: ${dms.reason}`);
    taken.add(target);
    if (dms.ok) added.push({ target, targetType: a.targetType.trim(), expression: a.expression, dmsType: dms.dmsType, nullable: true });
  }
  return { added, problems };
}

function renameKey(key: KeyConstraint, names: ReadonlyMap<string, string>, policy: IdentifierCase, fallback: string): KeyConstraint {
  return { name: limitName(key.name === null ? fallback : foldIdentifier(key.name, policy)), columns: key.columns.map((c) => names.get(c) ?? foldIdentifier(c, policy)) };
}

function planForeignKeys(ctx: TableContext, tableKey: string, table: InventoryTable, names: ReadonlyMap<string, string>, targetTable: string) {
  const foreignKeys: ForeignKey[] = [];
  const wave: WaveForeignKey[] = [];
  const decisions: PlanDecision[] = [];
  for (const fk of table.foreignKeys) {
    const parentKey = `${fk.refSchema}.${fk.refTable}`;
    const parent = ctx.targetNames.get(parentKey);
    const constraint = limitName(fk.name === null ? `${targetTable}_${fk.columns.map((c) => names.get(c) ?? c).join('_')}_fkey` : foldIdentifier(fk.name, ctx.policy));
    if (parent === undefined) {
      decisions.push({ object: `${tableKey}.${fk.name ?? constraint}`, severity: 'warning', message: `foreign key to ${parentKey} dropped: the parent table is not in the plan` });
      continue;
    }
    const parentSource = ctx.sourceTables.get(parentKey);
    const refColumns = fk.refColumns.length > 0 ? fk.refColumns : parentSource?.primaryKey?.columns ?? [];
    const parentName = (c: string): string => ctx.mapping.columnRenames[`${parentKey}.${c}`] ?? foldIdentifier(c, ctx.policy);
    foreignKeys.push({ ...fk, name: constraint, columns: fk.columns.map((c) => names.get(c) ?? foldIdentifier(c, ctx.policy)), refSchema: parent.schema, refTable: parent.table, refColumns: refColumns.map(parentName) });
    const nullable = fk.columns.every((c) => table.columns.find((col) => col.name === c)?.nullable ?? false);
    wave.push({ constraint, parent: parentKey, nullable });
  }
  return { foreignKeys, wave, decisions };
}

export function makePlannedTable(ctx: TableContext, schema: string, table: InventoryTable): TableResult {
  const key = `${schema}.${table.name}`;
  const names = ctx.targetNames.get(key)!;
  const cols = planColumns(ctx, key, table);
  const added = planAddedColumns(ctx, key, cols.planned);
  const decisions = [...cols.decisions];
  const mappedKey = ctx.mapping.primaryKeys[key];
  const primaryKey = table.primaryKey !== null
    ? renameKey(table.primaryKey, cols.rename, ctx.policy, `${names.table}_pkey`)
    : mappedKey ? renameKey({ name: null, columns: mappedKey }, cols.rename, ctx.policy, `${names.table}_pkey`) : null;
  const included = table.columns.filter((c) => cols.planned.some((p) => p.source === c.name && !p.excluded));
  const lob = makeTableLobSettings(table, included, ctx.sourceDialect);
  if (lob.reason !== null) decisions.push({ object: key, severity: 'info', message: `${lob.reason}; LOB columns: ${lob.lobColumns.join(', ')}` });
  if (primaryKey === null) {
    const severity = lob.lob.mode === 'none' ? 'warning' : 'blocker';
    decisions.push({ object: key, severity, message: `no primary key: DMS cannot validate it and CDC updates scan the table${severity === 'blocker' ? '; DMS requires a key on LOB tables' : ''}; add one under primaryKeys: in the mapping file` });
  }
  const large = (table.bytes ?? 0) >= ctx.largeTableBytes || (table.rowCount ?? 0) >= ctx.largeTableRows;
  const ranges = large ? makeParallelLoad(table, ctx.sourceDialect, { segmentBytes: ctx.segmentBytes }) : null;
  if (ranges?.reason) decisions.push({ object: key, severity: 'info', message: `large table without parallel load: ${ranges.reason}` });
  const fks = planForeignKeys(ctx, key, table, cols.rename, names.table);
  decisions.push(...fks.decisions);
  const planned: PlannedTable = {
    sourceSchema: schema, sourceTable: table.name, targetSchema: names.schema, targetTable: names.table, module: table.module,
    rows: table.rowCount, bytes: table.bytes, columns: cols.planned,
    ...(added.added.length > 0 ? { addedColumns: added.added } : {}),
    primaryKey, primaryKeySource: table.primaryKey !== null ? 'source' : mappedKey ? 'mapping' : 'none',
    uniqueKeys: table.uniqueKeys.map((u, i) => renameKey(u, cols.rename, ctx.policy, `${names.table}_uk${i + 1}`)),
    foreignKeys: fks.foreignKeys,
    indexes: table.indexes.map((ix) => ({ ...ix, name: limitName(foldIdentifier(ix.name, ctx.policy)), columns: ix.columns.map((c) => (c.expression ? c : { ...c, name: cols.rename.get(c.name) ?? foldIdentifier(c.name, ctx.policy) })) })),
    filters: ctx.mapping.filters[key] ?? [],
    parallelLoad: ranges?.parallelLoad ?? { type: 'none', columns: [], boundaries: [] },
    lob: lob.lob,
    findings: table.findings,
  };
  return { table: planned, waveForeignKeys: fks.wave, problems: [...cols.problems, ...added.problems], decisions };
}
