/**
 * The only per-table queries: COUNT(*) when exact counts are asked for, and MIN/MAX of a single
 * integer primary key on large tables (the planner splits DMS parallel-load ranges with them).
 * Choosing the probes and folding their results in are pure; introspect.ts runs them.
 */
import type { CatalogColumn, CatalogSchema, CatalogTable } from '../model/catalog.js';

/** Estimated rows at which a table's key bounds are read for parallel-load ranges. */
export const KEY_RANGE_MIN_ROWS = 1_000_000;

export interface TableProbe {
  readonly schema: string;
  readonly table: string;
  readonly countRows: boolean;
  /** The single integer primary-key column whose MIN/MAX to read, or null. */
  readonly keyColumn: string | null;
  /** Rows as the statistics estimate them: a large table also gets its key distribution sampled. */
  readonly estimatedRows: number | null;
}

export interface TableProbeResult {
  readonly schema: string;
  readonly table: string;
  readonly rowCount: number | null;
  readonly keyMin: string | null;
  readonly keyMax: string | null;
  /** Comma-separated equi-depth bounds of the key (from a sample), when read. */
  readonly keyQuantiles?: string | null;
}

/** Buckets of the sampled key distribution: percentiles, as PostgreSQL's default histogram has. */
export const KEY_QUANTILE_BUCKETS = 100;
/** About this many sampled rows are sorted to cut the buckets, whatever the table's size. */
export const KEY_SAMPLE_ROWS = 200_000;

/**
 * The sample percentage (plain decimal text, as SAMPLE BLOCK / TABLESAMPLE take it) that reads about
 * KEY_SAMPLE_ROWS of `estimatedRows`; null means read the whole table (small or unknown size).
 */
export function samplePercent(estimatedRows: number | null): string | null {
  if (estimatedRows === null || estimatedRows <= KEY_SAMPLE_ROWS * 2) return null;
  const percent = Math.max(0.000001, Math.min(99, (100 * KEY_SAMPLE_ROWS) / estimatedRows));
  return percent.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}

/** Bound values as the probe returned them (one row per bucket, in order) → `keyQuantiles` text. */
export function joinQuantiles(bounds: readonly (string | null)[]): string | null {
  const values = bounds.filter((b): b is string => b !== null && /^-?\d+$/.test(b));
  return values.length >= 3 ? values.join(',') : null;
}

function singleKeyColumn(table: CatalogTable): CatalogColumn | null {
  const key = table.primaryKey?.columns ?? [];
  if (key.length !== 1) return null;
  return table.columns.find((column) => column.name === key[0]) ?? null;
}

/** A key distribution is sampled only where parallel-load ranges can matter. */
export function wantsKeyQuantiles(probe: TableProbe): boolean {
  return probe.keyColumn !== null && (probe.estimatedRows ?? 0) >= KEY_RANGE_MIN_ROWS;
}

export function selectTableProbes(
  schemas: readonly CatalogSchema[],
  exactCounts: boolean,
  isIntegerColumn: (column: CatalogColumn) => boolean,
): TableProbe[] {
  const probes: TableProbe[] = [];
  for (const schema of schemas) {
    for (const table of schema.tables) {
      const key = singleKeyColumn(table);
      const large = exactCounts || (table.rowCount ?? 0) >= KEY_RANGE_MIN_ROWS;
      const keyColumn = key !== null && isIntegerColumn(key) && large ? key.name : null;
      if (exactCounts || keyColumn !== null) probes.push({ schema: schema.name, table: table.name, countRows: exactCounts, keyColumn, estimatedRows: table.rowCount });
    }
  }
  return probes;
}

export function applyTableProbes(schemas: readonly CatalogSchema[], results: readonly TableProbeResult[]): CatalogSchema[] {
  if (results.length === 0) return [...schemas];
  const byTable = new Map(results.map((r) => [`${r.schema}\u0000${r.table}`, r]));
  return schemas.map((schema) => ({
    ...schema,
    tables: schema.tables.map((table) => {
      const result = byTable.get(`${schema.name}\u0000${table.name}`);
      if (result === undefined) return table;
      const attributes = { ...(table.attributes ?? {}) };
      if (result.keyMin !== null) attributes.keyMin = result.keyMin;
      if (result.keyMax !== null) attributes.keyMax = result.keyMax;
      if (result.keyQuantiles != null) attributes.keyQuantiles = result.keyQuantiles;
      const counted = result.rowCount !== null;
      return {
        ...table,
        rowCount: counted ? result.rowCount : table.rowCount,
        rowCountExact: counted || table.rowCountExact,
        ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
      };
    }),
  }));
}
