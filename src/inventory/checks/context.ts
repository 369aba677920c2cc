/** What every pre-migration check receives, the options that tune them, and small shared helpers. */
import type { CatalogExtension, CatalogUserType, DialectName, SourceInfo } from '../../model/catalog.js';
import { parseCanonicalType, isLobType } from '../../model/canonical-type.js';
import type { Finding, InventoryColumn, InventorySchema, InventoryTable, Severity } from '../../model/inventory.js';

export type MigrationType = 'full-load' | 'full-load-and-cdc' | 'cdc';

export interface CheckOptions {
  readonly target: 'postgres';
  /** CDC makes keys and source logging settings blockers; a pure full load only warns. */
  readonly migrationType: MigrationType;
  /** A table at or over either threshold is flagged for parallel load. */
  readonly largeTableBytes: number;
  readonly largeTableRows: number;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = {
  target: 'postgres',
  migrationType: 'full-load-and-cdc',
  largeTableBytes: 10 * 1024 ** 3,
  largeTableRows: 50_000_000,
};

export interface CheckInput {
  readonly source: SourceInfo;
  readonly origin: 'live' | 'ddl';
  /** Tables already carry module and canonical types; their `findings` are still empty. */
  readonly schemas: readonly InventorySchema[];
  readonly options: CheckOptions;
  /** PostgreSQL source: the user types and extensions the columns use. */
  readonly userTypes?: readonly CatalogUserType[];
  readonly extensions?: readonly CatalogExtension[];
}

export interface Check {
  /** Rule ids this check can emit, for the docs and the report's rule list. */
  readonly rules: readonly string[];
  readonly run: (input: CheckInput) => Finding[];
}

export function finding(rule: string, severity: Severity, object: string, message: string, hint: string): Finding {
  return { rule, severity, object, message, hint };
}

export const usesCdc = (options: CheckOptions): boolean => options.migrationType !== 'full-load';

export const objectName = (...parts: readonly string[]): string => parts.join('.');

/** Primary key, unique constraint, or a plain unique index: what DMS accepts as a row identity. */
export function hasRowIdentity(table: InventoryTable): boolean {
  if (table.primaryKey !== null || table.uniqueKeys.length > 0) return true;
  return table.indexes.some((index) => index.unique && (index.where ?? null) === null && index.columns.every((c) => c.expression !== true));
}

const lobByCanonical = new Map<string, boolean>();

/** Memoised by canonical text: an ERP has millions of columns but a few hundred distinct types. */
export function isLobColumn(column: InventoryColumn): boolean {
  let lob = lobByCanonical.get(column.canonicalType);
  if (lob === undefined) {
    const type = parseCanonicalType(column.canonicalType);
    lob = type !== null && isLobType(type);
    lobByCanonical.set(column.canonicalType, lob);
  }
  return lob;
}

export function* eachTable(schemas: readonly InventorySchema[]): Generator<{ schema: InventorySchema; table: InventoryTable }> {
  for (const schema of schemas) for (const table of schema.tables) yield { schema, table };
}

export function isDialect(source: SourceInfo, dialect: DialectName): boolean {
  return source.dialect === dialect;
}

/** First present option among the given keys (dialect helpers may write camelCase or the server's name). */
export function readOption(source: SourceInfo, ...keys: readonly string[]): string | number | boolean | null {
  for (const key of keys) {
    const value = source.options[key];
    if (value !== undefined && value !== null) return value;
  }
  return null;
}

/** `true`, `YES`, `Y`, `IMPLICIT`, `1`, `ON` → true; `false`, `NO`, `0`, `OFF` → false; anything else → null. */
export function optionFlag(value: string | number | boolean | null): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value === null) return null;
  if (/^(yes|y|true|implicit|1|on)$/i.test(value.trim())) return true;
  if (/^(no|n|false|0|off)$/i.test(value.trim())) return false;
  return null;
}

/** Up to `max` names, then `+N more`, so a finding on a wide table stays one readable line. */
export function listNames(names: readonly string[], max = 8): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} +${names.length - max} more` : shown;
}

export { formatBytes } from '../../util/format-bytes.js';
