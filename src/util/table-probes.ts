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
}

export interface TableProbeResult {
  readonly schema: string;
  readonly table: string;
  readonly rowCount: number | null;
  readonly keyMin: string | null;
  readonly keyMax: string | null;
}

function singleKeyColumn(table: CatalogTable): CatalogColumn | null {
  const key = table.primaryKey?.columns ?? [];
  if (key.length !== 1) return null;
  return table.columns.find((column) => column.name === key[0]) ?? null;
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
      if (exactCounts || keyColumn !== null) probes.push({ schema: schema.name, table: table.name, countRows: exactCounts, keyColumn });
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
