/**
 * Pure: PostgreSQL catalog rows (as catalog-queries.ts returns them) → CatalogSnapshot.
 *
 * Conventions shared with the pg_dump importer (same database ⇒ same snapshot):
 * - nativeType is format_type() text under `search_path = ''` (so `public.citext`, `sales.status_enum`);
 *   a domain column gets its base type as nativeType and `userType` = `schema.domain`.
 * - default is pg_get_expr() text as is (`'draft'::character varying`, `nextval('sales.t_id_seq'::regclass)`);
 *   serial columns keep that default and identity null; identity columns have default null and identity
 *   {always|by-default, start, increment} from their owned sequence; a generated column has default null
 *   and `computed` = its expression (the `computed` key is absent on ordinary columns).
 * - Foreign keys always carry `enabled` (false for NOT VALID). Index `where` is pg_get_expr() text with its
 *   outer parentheses, as pg_dump prints it after WHERE; expression keys are pg_get_indexdef() column text.
 * - attributes: `relkind` ('r' | 'p') and `comment` (null when none); `keyMin`/`keyMax` when read, and
 *   `keyQuantiles` (the key's pg_stats histogram bounds, comma-separated) when the table was analysed.
 */
import type {
  CatalogColumn, CatalogIndex, CatalogRoutine, CatalogSchema, CatalogSequence, CatalogSnapshot,
  CatalogTable, CatalogTrigger, CatalogUserType, CatalogView, ForeignKey, KeyConstraint, ReferentialAction,
} from '../../model/catalog.js';
import type { CatalogOptions } from '../dialect.js';
import { compareStrings } from '../../util/stable-json.js';
import { parsePartitionKey, parsePostgresNativeType } from './native-type.js';
import { bool, boolArray, numberOrNull, text, textArray, textOrNull, type CatalogRow } from '../../util/catalog-row.js';
import { makeTableFilter } from '../../util/table-filter.js';
import { selectUsedTypes, type ExtensionType, type TypeCandidates } from './parse-user-types.js';

export interface TableStats {
  readonly schema: string;
  readonly table: string;
  /** COUNT(*) when exactCounts, else null. */
  readonly rowCount: number | null;
  readonly keyMin: string | null;
  readonly keyMax: string | null;
  /** Equi-depth bounds of the key from pg_stats (`histogram_bounds`), comma-separated; null when not analysed. */
  readonly keyQuantiles?: string | null;
}

export interface PostgresCatalogRows {
  readonly info: CatalogRow;
  /** The schemas read (already resolved against the server). */
  readonly schemas: readonly string[];
  readonly tables: readonly CatalogRow[];
  readonly columns: readonly CatalogRow[];
  readonly constraints: readonly CatalogRow[];
  readonly indexes: readonly CatalogRow[];
  readonly sequences: readonly CatalogRow[];
  readonly views: readonly CatalogRow[];
  readonly routines: readonly CatalogRow[];
  readonly triggers: readonly CatalogRow[];
  /** USER_TYPES rows (every candidate type of the database); absent in older recordings. */
  readonly userTypes?: readonly CatalogRow[];
  readonly tableStats?: readonly TableStats[];
}

export type ParseOptions = Pick<CatalogOptions, 'exactCounts' | 'include' | 'exclude'>;

const DELETE_RULES: Readonly<Record<string, ReferentialAction>> = {
  a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT',
};

const tableKey = (schema: string, table: string): string => `${schema}\u0000${table}`;

function groupBy(rows: readonly CatalogRow[]): Map<string, CatalogRow[]> {
  const groups = new Map<string, CatalogRow[]>();
  for (const row of rows) {
    const key = tableKey(text(row, 'schema_name'), text(row, 'table_name'));
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

export function parseColumnRow(row: CatalogRow): CatalogColumn {
  const nativeType = text(row, 'native_type');
  const identityKind = textOrNull(row, 'identity') ?? '';
  const generated = (textOrNull(row, 'generated') ?? '') !== '';
  const defaultText = textOrNull(row, 'default_expr')?.trim() ?? null;
  const domain = textOrNull(row, 'domain_name');
  const column: CatalogColumn = {
    name: text(row, 'column_name'),
    nativeType,
    ...parsePostgresNativeType(nativeType),
    nullable: !bool(row, 'not_null'),
    default: generated || identityKind !== '' ? null : defaultText,
    identity: identityKind === '' ? null : {
      generation: identityKind === 'a' ? 'always' : 'by-default',
      start: textOrNull(row, 'identity_start'),
      increment: textOrNull(row, 'identity_increment'),
    },
  };
  return {
    ...column,
    ...(generated ? { computed: defaultText } : {}),
    ...(domain !== null ? { userType: domain } : {}),
  };
}

function parseIndexRow(row: CatalogRow): CatalogIndex {
  const names = textArray(row, 'key_names');
  const expressions = boolArray(row, 'key_is_expression');
  const descending = boolArray(row, 'key_descending');
  return {
    name: text(row, 'index_name'),
    unique: bool(row, 'is_unique'),
    kind: text(row, 'method').toLowerCase(),
    columns: names.map((name, i) => ({
      name,
      descending: descending[i] ?? false,
      ...(expressions[i] === true ? { expression: true } : {}),
    })),
    where: textOrNull(row, 'predicate'),
  };
}

function parseTable(row: CatalogRow, groups: TableGroups, stats: TableStats | undefined): CatalogTable {
  const schema = text(row, 'schema_name');
  const name = text(row, 'table_name');
  const key = tableKey(schema, name);
  const constraints = groups.constraints.get(key) ?? [];
  const keyOf = (c: CatalogRow): KeyConstraint => ({ name: text(c, 'constraint_name'), columns: textArray(c, 'columns') });
  const pk = constraints.find((c) => text(c, 'constraint_type') === 'p');
  const foreignKeys: ForeignKey[] = constraints.filter((c) => text(c, 'constraint_type') === 'f').map((c) => ({
    ...keyOf(c),
    refSchema: text(c, 'ref_schema'),
    refTable: text(c, 'ref_table'),
    refColumns: textArray(c, 'ref_columns'),
    onDelete: DELETE_RULES[text(c, 'delete_rule')] ?? 'NO ACTION',
    enabled: bool(c, 'validated'),
  }));
  const reltuples = numberOrNull(row, 'reltuples');
  const partitionKey = textOrNull(row, 'partition_key');
  const attributes: Record<string, string | number | boolean | null> = {
    relkind: text(row, 'relkind'),
    comment: textOrNull(row, 'comment'),
  };
  if (stats?.keyMin != null) attributes.keyMin = stats.keyMin;
  if (stats?.keyMax != null) attributes.keyMax = stats.keyMax;
  if (stats?.keyQuantiles != null) attributes.keyQuantiles = stats.keyQuantiles;
  const exact = stats?.rowCount != null;
  return {
    name,
    columns: (groups.columns.get(key) ?? []).map(parseColumnRow),
    primaryKey: pk ? keyOf(pk) : null,
    uniqueKeys: constraints.filter((c) => text(c, 'constraint_type') === 'u').map(keyOf).sort(byName),
    foreignKeys: foreignKeys.sort(byName),
    indexes: (groups.indexes.get(key) ?? []).map(parseIndexRow).sort(byName),
    partitioning: partitionKey === null ? null : {
      ...parsePartitionKey(partitionKey),
      partitionCount: numberOrNull(row, 'partition_count'),
      subpartitioning: null,
    },
    rowCount: exact ? stats.rowCount : reltuples === null || reltuples < 0 ? null : Math.round(reltuples),
    rowCountExact: exact,
    bytes: numberOrNull(row, 'bytes'),
    attributes,
  };
}

interface TableGroups {
  readonly columns: Map<string, CatalogRow[]>;
  readonly constraints: Map<string, CatalogRow[]>;
  readonly indexes: Map<string, CatalogRow[]>;
}

function byName<T extends { readonly name: string | null }>(a: T, b: T): number {
  return compareStrings(a.name ?? '', b.name ?? '');
}

/** tgtype bits 2..5 → events in the order pg_get_triggerdef prints them. */
export function triggerEvents(tgtype: number): string {
  const events: string[] = [];
  if (tgtype & 4) events.push('INSERT');
  if (tgtype & 8) events.push('DELETE');
  if (tgtype & 16) events.push('UPDATE');
  if (tgtype & 32) events.push('TRUNCATE');
  return events.join(' OR ');
}

function inSchema(rows: readonly CatalogRow[], schema: string): CatalogRow[] {
  return rows.filter((row) => text(row, 'schema_name') === schema);
}

function parseSchema(schema: string, rows: PostgresCatalogRows, groups: TableGroups, keep: (s: string, t: string) => boolean): CatalogSchema {
  const stats = new Map((rows.tableStats ?? []).map((s) => [tableKey(s.schema, s.table), s]));
  const tables = inSchema(rows.tables, schema)
    .filter((row) => keep(schema, text(row, 'table_name')))
    .map((row) => parseTable(row, groups, stats.get(tableKey(schema, text(row, 'table_name')))));
  const views: CatalogView[] = inSchema(rows.views, schema).map((row) => ({
    name: text(row, 'view_name'), materialized: bool(row, 'materialized'), lines: numberOrNull(row, 'line_count'),
  }));
  const sequences: CatalogSequence[] = inSchema(rows.sequences, schema).map((row) => ({
    name: text(row, 'sequence_name'),
    start: textOrNull(row, 'start_value'),
    increment: textOrNull(row, 'increment'),
    minValue: textOrNull(row, 'min_value'),
    maxValue: textOrNull(row, 'max_value'),
    cycle: bool(row, 'cycle'),
    lastValue: textOrNull(row, 'last_value'),
  }));
  const routines = inSchema(rows.routines, schema)
    .map((row) => ({ signature: textOrNull(row, 'signature') ?? '', routine: {
      name: text(row, 'routine_name'),
      kind: text(row, 'prokind') === 'p' ? 'procedure' : 'function',
      lines: numberOrNull(row, 'line_count'),
    } satisfies CatalogRoutine }))
    .sort((a, b) => compareStrings(a.routine.name, b.routine.name) || compareStrings(a.signature, b.signature))
    .map((entry) => entry.routine);
  const triggers: CatalogTrigger[] = inSchema(rows.triggers, schema).map((row) => ({
    name: text(row, 'trigger_name'),
    table: textOrNull(row, 'table_name'),
    events: triggerEvents(numberOrNull(row, 'tgtype') ?? 0),
    lines: null,
  }));
  return {
    name: schema,
    tables: tables.sort(byName),
    views: views.sort(byName),
    sequences: sequences.sort(byName),
    routines,
    triggers: triggers.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.table ?? '', b.table ?? '')),
  };
}

function parseUserTypeRow(row: CatalogRow): CatalogUserType | null {
  const schema = text(row, 'schema_name');
  const name = text(row, 'type_name');
  const kind = text(row, 'kind');
  if (kind === 'e') return { kind: 'enum', schema, name, labels: textArray(row, 'labels') };
  if (kind === 'c') {
    const types = textArray(row, 'attribute_types');
    return { kind: 'composite', schema, name, attributes: textArray(row, 'attribute_names').map((attribute, i) => ({ name: attribute, type: types[i] ?? '' })) };
  }
  if (kind !== 'd') return null;
  const definitions = textArray(row, 'check_definitions');
  return {
    kind: 'domain', schema, name, baseType: text(row, 'base_type'), notNull: bool(row, 'not_null'), default: textOrNull(row, 'default_expr'),
    checks: textArray(row, 'check_names').map((check, i) => ({ name: check, definition: definitions[i] ?? '' })),
  };
}

/** USER_TYPES rows → candidates: extension-owned types apart, recreatable user types parsed. */
export function parseTypeCandidates(rows: readonly CatalogRow[]): TypeCandidates {
  const userTypes: CatalogUserType[] = [];
  const extensionTypes: ExtensionType[] = [];
  for (const row of rows) {
    const extension = textOrNull(row, 'extension_name');
    if (extension !== null) {
      extensionTypes.push({ schema: text(row, 'schema_name'), name: text(row, 'type_name'), extension, extensionSchema: text(row, 'extension_schema') });
      continue;
    }
    const type = parseUserTypeRow(row);
    if (type !== null) userTypes.push(type);
  }
  return { userTypes, extensionTypes };
}

export function parseCatalogRows(rows: PostgresCatalogRows, options: ParseOptions): CatalogSnapshot {
  const groups: TableGroups = {
    columns: groupBy(rows.columns),
    constraints: groupBy(rows.constraints),
    indexes: groupBy(rows.indexes),
  };
  const keep = makeTableFilter(options.include, options.exclude);
  const schemas = [...new Set(rows.schemas)].sort(compareStrings).map((schema) => parseSchema(schema, rows, groups, keep));
  return {
    source: {
      dialect: 'postgres',
      version: textOrNull(rows.info, 'version'),
      charset: textOrNull(rows.info, 'charset'),
      options: {
        database: textOrNull(rows.info, 'database_name'),
        wal_level: textOrNull(rows.info, 'wal_level'),
        max_replication_slots: numberOrNull(rows.info, 'max_replication_slots'),
        max_wal_senders: numberOrNull(rows.info, 'max_wal_senders'),
        rds_logical_replication: textOrNull(rows.info, 'rds_logical_replication'),
      },
    },
    schemas,
    notes: [],
    ...selectUsedTypes(schemas, parseTypeCandidates(rows.userTypes ?? [])),
  };
}
