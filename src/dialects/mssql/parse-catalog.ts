/**
 * The pure heart of SQL Server introspection: catalog rows → CatalogSnapshot. introspect.ts runs
 * the queries; unit tests feed recorded rows from fixtures/dictionary/mssql/.
 */
import type { CatalogOptions } from '../dialect.js';
import { UsageError } from '../../errors.js';
import type { CatalogNote, CatalogSchema, CatalogSnapshot, CatalogTable, SourceInfo } from '../../model/catalog.js';
import { compareStrings } from '../../util/stable-json.js';
import type { MssqlCatalogRows } from './catalog-rows.js';
import { foldSchemaOption } from './quote.js';
import { makeMssqlNotes } from './parse-notes.js';
import { parseColumnRow, parseIdentityRows, tableKey } from './parse-columns.js';
import { parseKeyRows } from './parse-keys.js';
import { parseRoutineRows, parseSequenceRows, parseTriggerRows, parseViewRows } from './parse-objects.js';
import { parsePartitioningRows, parseSizeRows } from './parse-storage.js';
import { bit, decimalTextOrNull, numberOrNull, text, textOrNull, trimmedOrNull, type DictionaryRow } from './parse-values.js';
import { filterTables } from '../../util/table-filter.js';
import { applyTableProbes, type TableProbeResult } from '../../util/table-probes.js';

export type { MssqlCatalogRows } from './catalog-rows.js';

function parseSource(rows: MssqlCatalogRows): SourceInfo {
  const row = rows.server[0];
  if (row === undefined) return { dialect: 'mssql', version: null, charset: null, options: {} };
  return {
    dialect: 'mssql',
    version: textOrNull(row, 'product_version'),
    charset: textOrNull(row, 'collation_name'),
    options: {
      database: textOrNull(row, 'database_name'),
      edition: textOrNull(row, 'edition'),
      engineEdition: numberOrNull(row, 'engine_edition'),
      compatibilityLevel: numberOrNull(row, 'compatibility_level'),
      recoveryModel: textOrNull(row, 'recovery_model_desc'),
      isCdcEnabled: bit(row, 'is_cdc_enabled'),
      isPublished: bit(row, 'is_published'),
      isMergePublished: bit(row, 'is_merge_published'),
      isEncrypted: bit(row, 'is_encrypted'),
      snapshotIsolation: textOrNull(row, 'snapshot_isolation_state_desc'),
      readCommittedSnapshot: bit(row, 'is_read_committed_snapshot_on'),
    },
  };
}

const TEMPORAL: Readonly<Record<string, string>> = {
  SYSTEM_VERSIONED_TEMPORAL_TABLE: 'system-versioned',
  HISTORY_TABLE: 'history',
};

function tableAttributes(row: DictionaryRow): Record<string, string | boolean> {
  const attributes: Record<string, string | boolean> = {};
  const temporal = TEMPORAL[textOrNull(row, 'temporal_type_desc') ?? ''];
  if (temporal !== undefined) attributes.temporal = temporal;
  const history = textOrNull(row, 'history_table_name');
  if (history !== null) attributes.historyTable = `${textOrNull(row, 'history_schema_name') ?? ''}.${history}`;
  if (bit(row, 'is_memory_optimized')) attributes.memoryOptimized = true;
  if (bit(row, 'is_tracked_by_cdc')) attributes.cdcTracked = true;
  if (bit(row, 'is_replicated')) attributes.replicated = true;
  const comment = trimmedOrNull(row, 'table_comment');
  if (comment !== null) attributes.comment = comment;
  return attributes;
}

function groupColumns(rows: readonly DictionaryRow[]): Map<string, DictionaryRow[]> {
  const grouped = new Map<string, DictionaryRow[]>();
  for (const row of rows) {
    const key = tableKey(text(row, 'schema_name'), text(row, 'table_name'));
    const list = grouped.get(key) ?? [];
    list.push(row);
    grouped.set(key, list);
  }
  return grouped;
}

function parseTables(rows: MssqlCatalogRows): Map<string, CatalogTable[]> {
  const identity = parseIdentityRows(rows.identity);
  const columns = groupColumns(rows.columns);
  const keys = parseKeyRows(rows.keys, rows.foreignKeys, rows.indexes);
  const sizes = parseSizeRows(rows.sizes);
  const partitioning = parsePartitioningRows(rows.partitioning);
  const bySchema = new Map<string, CatalogTable[]>();
  for (const row of rows.tables) {
    const schema = text(row, 'schema_name');
    const name = text(row, 'table_name');
    const key = tableKey(schema, name);
    const tableKeys = keys.get(key);
    const size = sizes.get(key);
    const attributes = tableAttributes(row);
    const list = bySchema.get(schema) ?? [];
    list.push({
      name,
      columns: [...(columns.get(key) ?? [])]
        .sort((a, b) => (numberOrNull(a, 'column_id') ?? 0) - (numberOrNull(b, 'column_id') ?? 0))
        .map((c) => parseColumnRow(c, identity.get(`${key}\u0000${text(c, 'column_name')}`))),
      primaryKey: tableKeys?.primaryKey ?? null,
      uniqueKeys: tableKeys?.uniqueKeys ?? [],
      foreignKeys: tableKeys?.foreignKeys ?? [],
      indexes: tableKeys?.indexes ?? [],
      partitioning: partitioning.get(key) ?? null,
      rowCount: size?.rows ?? null,
      rowCountExact: false,
      bytes: size?.bytes ?? null,
      ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    });
    bySchema.set(schema, list);
  }
  return bySchema;
}

function parseProbes(rows: readonly DictionaryRow[] | undefined): TableProbeResult[] {
  return (rows ?? []).map((row) => {
    const count = decimalTextOrNull(row, 'row_count');
    return {
      schema: text(row, 'schema_name'),
      table: text(row, 'table_name'),
      rowCount: count === null ? null : Number(count),
      keyMin: decimalTextOrNull(row, 'key_min'),
      keyMax: decimalTextOrNull(row, 'key_max'),
      keyQuantiles: textOrNull(row, 'key_quantiles'),
    };
  });
}

/** Schema names compare case-insensitively (the usual collation); the server's spelling is kept. */
function resolveSchemas(rows: MssqlCatalogRows, requested: readonly string[]): string[] {
  const known = new Map(rows.schemas.map((row) => [text(row, 'schema_name').toLowerCase(), text(row, 'schema_name')]));
  const missing = requested.filter((name) => !known.has(name.toLowerCase()));
  if (missing.length > 0) {
    throw new UsageError('E_UNKNOWN_SCHEMA', `mssql: schema ${missing.join(', ')} not found in this database (or not visible to this login)`, {
      hint: 'list schemas with SELECT name FROM sys.schemas; the URL path names the database',
    });
  }
  return requested.map((name) => known.get(name.toLowerCase()) ?? name);
}

export function parseCatalogRows(rows: MssqlCatalogRows, options: CatalogOptions): CatalogSnapshot {
  const requested = resolveSchemas(rows, options.schemas.map(foldSchemaOption));
  const tables = parseTables(rows);
  const views = parseViewRows(rows.views);
  const sequences = parseSequenceRows(rows.sequences);
  const routines = parseRoutineRows(rows.modules);
  const triggers = parseTriggerRows(rows.triggers);
  const names = new Set<string>([...requested, ...tables.keys(), ...views.keys(), ...sequences.keys(), ...routines.keys(), ...triggers.keys()]);
  const byName = <T extends { name: string }>(list: readonly T[] | undefined): T[] => [...(list ?? [])].sort((a, b) => compareStrings(a.name, b.name));
  let schemas: CatalogSchema[] = [...names].sort(compareStrings).map((name) => ({
    name,
    tables: byName(tables.get(name)),
    views: byName(views.get(name)),
    sequences: byName(sequences.get(name)),
    routines: byName(routines.get(name)),
    triggers: byName(triggers.get(name)),
  }));
  schemas = applyTableProbes(filterTables(schemas, options.include, options.exclude), parseProbes(rows.probes));
  const notes: CatalogNote[] = makeMssqlNotes(rows);
  return { source: parseSource(rows), schemas, notes };
}
