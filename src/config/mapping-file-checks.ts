/**
 * Checks a mapping file's decisions against the inventory and the target: unknown tables, columns
 * and modules, types that do not exist, renames that collide after case folding, primary-key and
 * filter columns that do not exist, added columns whose name, type or expression cannot work.
 * Returns every problem with its YAML path; never throws.
 */
import { dmsDataTypeOf } from '../dms/data-type.js';
import { parseCanonicalType } from '../model/canonical-type.js';
import type { Inventory, InventoryColumn, InventoryTable } from '../model/inventory.js';
import type { TargetName } from '../model/plan.js';
import { withArticle } from '../util/article.js';
import { defaultIdentifierCase, foldIdentifier } from '../util/identifier-case.js';
import type { MappingConfig, TableSelector } from './mapping-file.js';

export type { PathProblem } from '../util/yaml-document.js';
import type { PathProblem } from '../util/yaml-document.js';

const PG_TYPE = new RegExp(
  '^(?:smallint|integer|int|int2|int4|int8|bigint|real|float4|float8|double precision|boolean|bool|text|bytea|date|uuid|json|jsonb|xml|money|inet|cidr|macaddr|citext|tsvector|interval'
    + '|(?:numeric|decimal)(?:\\(\\d+(?:,\\s*-?\\d+)?\\))?'
    + '|(?:varchar|character varying|char|character|bit|bit varying|varbit)(?:\\(\\d+\\))?'
    + '|(?:geometry|geography)(?:\\([A-Za-z]+(?:\\s*,\\s*\\d+)?\\))?' // PostGIS, which the spatial hints name
    + '|(?:time|timestamp)(?:\\([0-6]\\))?(?: with(?:out)? time zone)?|timestamptz(?:\\([0-6]\\))?|timetz(?:\\([0-6]\\))?)(?:\\[\\])?$',
  'i',
);

/** True when `text` names a type of the target. PostgreSQL targets are checked exactly; others by shape. */
export function isKnownTargetType(target: TargetName, text: string): boolean {
  const t = text.trim().replace(/\s+/g, ' ');
  if (target === 'postgres' || target === 'aurora-postgresql') return PG_TYPE.test(t);
  return /^[A-Za-z][A-Za-z0-9_ ]*(?:\(\s*(?:\d+|max)(?:\s*,\s*\d+)?\s*\))?$/.test(t);
}

export function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

export interface TableIndex {
  readonly tables: ReadonlyMap<string, { readonly schema: string; readonly table: InventoryTable }>;
  readonly schemas: ReadonlySet<string>;
  readonly modules: ReadonlySet<string>;
}

export function makeTableIndex(inventory: Inventory): TableIndex {
  const tables = new Map<string, { schema: string; table: InventoryTable }>();
  for (const schema of inventory.schemas) for (const table of schema.tables) tables.set(`${schema.name}.${table.name}`, { schema: schema.name, table });
  const modules = new Set([...tables.values()].map((t) => t.table.module));
  return { tables, schemas: new Set(inventory.schemas.map((s) => s.name)), modules };
}

/** Does a selector choose this table? */
export function selectorMatches(selector: TableSelector, key: string, table: InventoryTable): boolean {
  if ('module' in selector) return table.module === selector.module;
  if ('pattern' in selector) return globToRegExp(selector.pattern).test(key);
  return selector.name === key;
}

/** Splits `SCHEMA.TABLE.COLUMN` at the last dot. */
function splitColumnKey(key: string): [string, string] {
  const dot = key.lastIndexOf('.');
  return dot < 0 ? ['', key] : [key.slice(0, dot), key.slice(dot + 1)];
}

function findColumn(table: InventoryTable, name: string): InventoryColumn | undefined {
  return table.columns.find((c) => c.name === name);
}

type Report = (path: readonly PropertyKey[], message: string) => void;

function checkSelectors(config: MappingConfig, index: TableIndex, report: Report): void {
  for (const side of ['include', 'exclude'] as const) {
    config[side].forEach((selector, i) => {
      const path = ['tables', side, i];
      if ('module' in selector && !index.modules.has(selector.module)) report(path, `unknown module "${selector.module}" (inventory has: ${[...index.modules].sort().join(', ')})`);
      if ('name' in selector && !index.tables.has(selector.name)) report(path, `unknown table "${selector.name}" (write SCHEMA.TABLE as the source names it)`);
      if ('pattern' in selector && ![...index.tables].some(([k, t]) => selectorMatches(selector, k, t.table))) report(path, `pattern "${selector.pattern}" matches no table`);
    });
  }
}

function checkTableKeys(section: string, keys: readonly string[], index: TableIndex, report: Report): void {
  for (const key of keys) if (!index.tables.has(key)) report([section, key], `unknown table "${key}"`);
}

function checkRenames(config: MappingConfig, index: TableIndex, target: TargetName, report: Report): void {
  const policy = config.identifierCase ?? defaultIdentifierCase(target);
  for (const key of Object.keys(config.schemaRenames)) if (!index.schemas.has(key)) report(['rename', 'schemas', key], `unknown schema "${key}"`);
  for (const key of Object.keys(config.tableRenames)) if (!index.tables.has(key)) report(['rename', 'tables', key], `unknown table "${key}"`);
  const owners = new Map<string, string[]>();
  for (const [key, { schema, table }] of index.tables) {
    const name = `${config.schemaRenames[schema] ?? foldIdentifier(schema, policy)}.${config.tableRenames[key] ?? foldIdentifier(table.name, policy)}`;
    owners.set(name, [...(owners.get(name) ?? []), key]);
  }
  for (const [name, keys] of owners) {
    if (keys.length < 2) continue;
    for (const key of keys.filter((k) => k in config.tableRenames)) report(['rename', 'tables', key], `target name ${name} collides with ${keys.filter((k) => k !== key).join(', ')} after case folding (${policy})`);
  }
  for (const key of Object.keys(config.columnRenames)) {
    const [tableKey, columnName] = splitColumnKey(key);
    const entry = index.tables.get(tableKey);
    if (!entry) { report(['rename', 'columns', key], `unknown table "${tableKey}"`); continue; }
    if (!findColumn(entry.table, columnName)) { report(['rename', 'columns', key], `unknown column "${columnName}" in ${tableKey}`); continue; }
    const targetOf = (c: InventoryColumn): string => config.columnRenames[`${tableKey}.${c.name}`] ?? foldIdentifier(c.name, policy);
    const mine = config.columnRenames[key]!;
    const clash = entry.table.columns.filter((c) => c.name !== columnName && targetOf(c) === mine).map((c) => c.name);
    if (clash.length > 0) report(['rename', 'columns', key], `target column name ${mine} collides with ${clash.join(', ')} after case folding (${policy})`);
  }
}

function checkTypes(config: MappingConfig, index: TableIndex, target: TargetName, report: Report): void {
  config.typeOverrides.forEach((o, i) => {
    if (o.canonical !== undefined && parseCanonicalType(o.canonical) === null) report(['types', i, 'canonical'], `unknown canonical type "${o.canonical}"`);
    if (!isKnownTargetType(target, o.targetType)) report(['types', i, 'target'], `"${o.targetType}" is not ${withArticle(target)} type`);
    if (o.canonical === undefined && o.native === undefined && o.table === undefined) report(['types', i], 'matches nothing: give canonical, native or table');
    if (o.column !== undefined && o.table === undefined) report(['types', i, 'column'], 'a column override needs its table');
    if (o.table === undefined) return;
    const entry = index.tables.get(o.table);
    if (!entry) report(['types', i, 'table'], `unknown table "${o.table}"`);
    else if (o.column !== undefined && !findColumn(entry.table, o.column)) report(['types', i, 'column'], `unknown column "${o.column}" in ${o.table}`);
  });
}

function checkFilters(config: MappingConfig, index: TableIndex, report: Report): void {
  for (const [key, filters] of Object.entries(config.filters)) {
    const entry = index.tables.get(key);
    if (!entry) { report(['filters', key], `unknown table "${key}"`); continue; }
    filters.forEach((f, i) => {
      const column = findColumn(entry.table, f.column);
      if (!column) report(['filters', key, i, 'column'], `unknown column "${f.column}" in ${key}`);
      else if (['text', 'blob', 'json', 'xml'].includes(parseCanonicalType(column.canonicalType)?.kind ?? '')) report(['filters', key, i, 'column'], `${f.column} is a LOB column; DMS cannot filter on LOBs`);
      const single = ['eq', 'ste', 'gte', 'noteq'].includes(f.operator);
      if (single && f.value === undefined) report(['filters', key, i], `operator ${f.operator} needs value`);
      if (f.operator === 'between' && (f.start === undefined || f.end === undefined)) report(['filters', key, i], 'operator between needs start and end');
    });
  }
}

function checkKeysAndWaves(config: MappingConfig, index: TableIndex, report: Report): void {
  for (const [key, columns] of Object.entries(config.primaryKeys)) {
    const entry = index.tables.get(key);
    if (!entry) { report(['primaryKeys', key], `unknown table "${key}"`); continue; }
    if (entry.table.primaryKey !== null) report(['primaryKeys', key], `${key} already has primary key ${entry.table.primaryKey.columns.join(', ')}`);
    columns.forEach((c, i) => { if (!findColumn(entry.table, c)) report(['primaryKeys', key, i], `unknown column "${c}" in ${key}`); });
  }
  checkTableKeys('waves', Object.keys(config.waves), index, report);
}

function checkUnsupported(config: MappingConfig, index: TableIndex, target: TargetName, report: Report): void {
  for (const [key, decision] of Object.entries(config.unsupported)) {
    const [tableKey, columnName] = splitColumnKey(key);
    const entry = index.tables.get(tableKey);
    const column = entry ? findColumn(entry.table, columnName) : undefined;
    if (!entry) report(['unsupported', key], `unknown table "${tableKey}"`);
    else if (!column) report(['unsupported', key], `unknown column "${columnName}" in ${tableKey}`);
    else if (parseCanonicalType(column.canonicalType)?.kind !== 'unsupported') report(['unsupported', key], `${key} is ${column.canonicalType}, not unsupported; use types: to override it`);
    if (decision.action === 'type' && !isKnownTargetType(target, decision.targetType)) report(['unsupported', key], `"${decision.targetType}" is not text, exclude or ${withArticle(target)} type`);
  }
}

/** `$NAME` references in a DMS expression; `$AR_H_*` are DMS header columns, not source columns. */
function referencedColumns(expression: string): string[] {
  return [...expression.matchAll(/\$([A-Za-z_][A-Za-z0-9_#$]*)/g)].map((m) => m[1]!).filter((name) => !name.startsWith('AR_H_'));
}

function checkAddColumns(config: MappingConfig, index: TableIndex, target: TargetName, report: Report): void {
  const policy = config.identifierCase ?? defaultIdentifierCase(target);
  for (const [key, added] of Object.entries(config.addColumns)) {
    const entry = index.tables.get(key);
    if (!entry) { report(['addColumns', key], `unknown table "${key}"`); continue; }
    // Target names the source columns get (renamed or folded); an added column must not reuse one (DMS: "duplicate, ambiguous object").
    const taken = new Map(entry.table.columns.map((c) => [config.columnRenames[`${key}.${c.name}`] ?? foldIdentifier(c.name, policy), `column ${key}.${c.name}`]));
    added.forEach((a, i) => {
      const name = foldIdentifier(a.name, policy);
      const owner = taken.get(name);
      if (owner !== undefined) report(['addColumns', key, i, 'name'], `added column ${name} collides with ${owner} after case folding (${policy})`);
      else taken.set(name, `added column ${a.name}`);
      if (/[#\\/-]/.test(a.name)) report(['addColumns', key, i, 'name'], `DMS transformations do not support # \\ / - in column names: "${a.name}"`);
      if (target !== 'oracle' && target !== 'sqlserver' && Buffer.byteLength(name, 'utf8') > 63) report(['addColumns', key, i, 'name'], `target name ${name} is longer than 63 bytes`);
      const dms = dmsDataTypeOf(a.targetType);
      if (!isKnownTargetType(target, a.targetType)) report(['addColumns', key, i, 'type'], `"${a.targetType}" is not ${withArticle(target)} type`);
      else if (!dms.ok) report(['addColumns', key, i, 'type'], `"${a.targetType}" has no DMS add-column data type: ${dms.reason}`);
      if (a.expression.trim() === '') report(['addColumns', key, i, 'expression'], 'expression is empty: give a SQLite expression such as "\'EBS-PROD\'" or "datetime(\'now\')"');
      for (const ref of referencedColumns(a.expression)) {
        if (!findColumn(entry.table, ref)) report(['addColumns', key, i, 'expression'], `$${ref} is not a column of ${key} (write source column names)`);
      }
    });
  }
}

export function checkMapping(config: MappingConfig, inventory: Inventory, target: TargetName): PathProblem[] {
  const index = makeTableIndex(inventory);
  const problems: PathProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  checkSelectors(config, index, report);
  checkRenames(config, index, target, report);
  checkTypes(config, index, target, report);
  checkFilters(config, index, report);
  checkKeysAndWaves(config, index, report);
  checkUnsupported(config, index, target, report);
  checkAddColumns(config, index, target, report);
  return problems;
}
