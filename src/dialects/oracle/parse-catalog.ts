/**
 * The pure heart of Oracle introspection: dictionary rows → CatalogSnapshot. introspect.ts runs the
 * queries; unit tests feed recorded rows from fixtures/dictionary/oracle/.
 */
import type { CatalogOptions } from '../dialect.js';
import { UsageError } from '../../errors.js';
import type { CatalogColumn, CatalogNote, CatalogSchema, CatalogSnapshot, CatalogTable, SourceInfo } from '../../model/catalog.js';
import { compareStrings } from '../../util/stable-json.js';
import type { OracleCatalogRows } from './catalog-rows.js';
import { foldSchemaOption } from './quote.js';
import { compareColumnRows, parseColumnRow, parseIdentityRows, tableKey } from './parse-columns.js';
import { parseKeyRows } from './parse-keys.js';
import { parseRoutineRows, parseSequenceRows, parseTriggerRows, parseViewRows } from './parse-objects.js';
import { parsePartitionRows, parseSegmentBytes } from './parse-storage.js';
import { decimalTextOrNull, text, textOrNull, trimmedOrNull, type DictionaryRow } from './parse-values.js';
import { applyTableProbes, type TableProbeResult } from '../../util/table-probes.js';
import { filterTables } from '../../util/table-filter.js';
import { makeOracleNotes } from './parse-notes.js';

export type { OracleCatalogRows } from './catalog-rows.js';

function parseSource(rows: OracleCatalogRows): SourceInfo {
  const product = rows.version[0];
  const nls = new Map(rows.nls.map((row) => [text(row, 'PARAMETER'), textOrNull(row, 'VALUE')]));
  const db = rows.database[0];
  const options: Record<string, string | null> = {
    dictionaryViews: rows.dictionary,
    nlsNcharCharacterset: nls.get('NLS_NCHAR_CHARACTERSET') ?? null,
    nlsLengthSemantics: nls.get('NLS_LENGTH_SEMANTICS') ?? null,
  };
  if (db !== undefined) {
    options.logMode = textOrNull(db, 'LOG_MODE');
    options.supplementalLogDataMin = textOrNull(db, 'SUPPLEMENTAL_LOG_DATA_MIN');
    options.supplementalLogDataPk = textOrNull(db, 'SUPPLEMENTAL_LOG_DATA_PK');
    options.supplementalLogDataUi = textOrNull(db, 'SUPPLEMENTAL_LOG_DATA_UI');
    options.supplementalLogDataFk = textOrNull(db, 'SUPPLEMENTAL_LOG_DATA_FK');
    options.supplementalLogDataAll = textOrNull(db, 'SUPPLEMENTAL_LOG_DATA_ALL');
    options.forceLogging = textOrNull(db, 'FORCE_LOGGING');
  }
  return {
    dialect: 'oracle',
    version: product === undefined ? null : (textOrNull(product, 'VERSION_FULL') ?? textOrNull(product, 'VERSION')),
    charset: nls.get('NLS_CHARACTERSET') ?? null,
    options,
  };
}

function groupBy(rows: readonly DictionaryRow[], key: (row: DictionaryRow) => string): Map<string, DictionaryRow[]> {
  const grouped = new Map<string, DictionaryRow[]>();
  for (const row of rows) {
    const k = key(row);
    const list = grouped.get(k) ?? [];
    list.push(row);
    grouped.set(k, list);
  }
  return grouped;
}

/** `OWNER.TABLE` → its log group types, sorted and unique. */
function groupLogGroups(rows: readonly DictionaryRow[]): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const row of rows) {
    const key = tableKey(text(row, 'OWNER'), text(row, 'TABLE_NAME'));
    const type = text(row, 'LOG_GROUP_TYPE').trim();
    const list = grouped.get(key) ?? [];
    if (!list.includes(type)) list.push(type);
    grouped.set(key, list.sort());
  }
  return grouped;
}

function tableAttributes(row: DictionaryRow): Record<string, string | boolean> {
  const attributes: Record<string, string | boolean> = {};
  if (textOrNull(row, 'IOT_TYPE') === 'IOT') attributes.iot = true;
  if (textOrNull(row, 'TEMPORARY') === 'Y') attributes.temporary = true;
  if (textOrNull(row, 'COMPRESSION') === 'ENABLED') attributes.compression = true;
  const comment = trimmedOrNull(row, 'COMMENTS');
  if (comment !== null) attributes.comment = comment;
  return attributes;
}

function parseTables(rows: OracleCatalogRows, notes: CatalogNote[]): Map<string, CatalogTable[]> {
  const identity = parseIdentityRows(rows.identity);
  const columnsByTable = groupBy(rows.columns, (row) => tableKey(text(row, 'OWNER'), text(row, 'TABLE_NAME')));
  const keys = parseKeyRows(rows.constraints, rows.constraintColumns, rows.indexes, rows.indexColumns);
  const partitions = parsePartitionRows(rows.partitions, rows.partitionKeys);
  const bytes = parseSegmentBytes(rows.unavailable.includes('segments') ? null : rows.segments, rows.indexes, rows.lobs);
  const logGroups = rows.unavailable.includes('logGroups') ? null : groupLogGroups(rows.logGroups ?? []);
  notes.push(...makeOracleNotes(rows, keys.unresolved));
  const byOwner = new Map<string, CatalogTable[]>();
  for (const row of rows.tables) {
    const owner = text(row, 'OWNER');
    const name = text(row, 'TABLE_NAME');
    const key = tableKey(owner, name);
    const columns: CatalogColumn[] = [...(columnsByTable.get(key) ?? [])]
      .sort(compareColumnRows)
      .map((c) => parseColumnRow(c, identity.get(`${key}\u0000${text(c, 'COLUMN_NAME')}`)));
    const tableKeys = keys.byTable.get(key);
    const attributes = tableAttributes(row);
    // Known (even when empty) only if the log-group view was readable: the CDC check needs the difference.
    if (logGroups !== null) attributes.supplementalLogGroups = (logGroups.get(key) ?? []).join(',');
    const numRows = decimalTextOrNull(row, 'NUM_ROWS');
    const list = byOwner.get(owner) ?? [];
    list.push({
      name,
      columns,
      primaryKey: tableKeys?.primaryKey ?? null,
      uniqueKeys: tableKeys?.uniqueKeys ?? [],
      foreignKeys: tableKeys?.foreignKeys ?? [],
      indexes: tableKeys?.indexes ?? [],
      partitioning: partitions.get(key) ?? null,
      rowCount: numRows === null ? null : Number(numRows),
      rowCountExact: false,
      bytes: bytes === null ? null : (bytes.get(key) ?? 0),
      ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    });
    byOwner.set(owner, list);
  }
  return byOwner;
}

function parseProbes(rows: readonly DictionaryRow[] | undefined): TableProbeResult[] {
  return (rows ?? []).map((row) => {
    const count = decimalTextOrNull(row, 'ROW_COUNT');
    return {
      schema: text(row, 'OWNER'),
      table: text(row, 'TABLE_NAME'),
      rowCount: count === null ? null : Number(count),
      keyMin: decimalTextOrNull(row, 'KEY_MIN'),
      keyMax: decimalTextOrNull(row, 'KEY_MAX'),
      keyQuantiles: textOrNull(row, 'KEY_QUANTILES'),
    };
  });
}

function checkSchemas(rows: OracleCatalogRows, requested: readonly string[]): void {
  const known = new Set(rows.schemas.map((row) => text(row, 'USERNAME')));
  const missing = requested.filter((name) => !known.has(name));
  if (missing.length > 0) {
    throw new UsageError('E_UNKNOWN_SCHEMA', `oracle: schema ${missing.join(', ')} not found (or not visible to this login)`, {
      hint: 'Oracle stores unquoted names upper case; quote a mixed-case schema as "Name", and check the login sees it in ALL_USERS',
    });
  }
}

export function parseCatalogRows(rows: OracleCatalogRows, options: CatalogOptions): CatalogSnapshot {
  const requested = options.schemas.map(foldSchemaOption);
  checkSchemas(rows, requested);
  const notes: CatalogNote[] = [];
  const tables = parseTables(rows, notes);
  const views = parseViewRows(rows.views, rows.mviews);
  const sequences = parseSequenceRows(rows.sequences);
  const routines = parseRoutineRows(rows.codeObjects);
  const triggers = parseTriggerRows(rows.triggers, new Set(requested));
  const names = new Set<string>([...requested, ...tables.keys(), ...views.keys(), ...sequences.keys(), ...routines.keys(), ...triggers.keys()]);
  const byName = <T extends { name: string }>(list: readonly T[] | undefined): T[] => [...(list ?? [])].sort((a, b) => compareStrings(a.name, b.name));
  let schemas: CatalogSchema[] = [...names].sort(compareStrings).map((name) => ({
    name,
    tables: byName(tables.get(name)),
    views: byName(views.get(name)),
    sequences: byName(sequences.get(name)),
    routines: [...(routines.get(name) ?? [])].sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.kind, b.kind)),
    triggers: byName(triggers.get(name)),
  }));
  schemas = applyTableProbes(filterTables(schemas, options.include, options.exclude), parseProbes(rows.probes));
  return { source: parseSource(rows), schemas, notes: notes.sort((a, b) => compareStrings(a.rule, b.rule) || compareStrings(a.object, b.object)) };
}

