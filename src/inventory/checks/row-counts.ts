/**
 * Row counts the source could not give: a table never analysed (PostgreSQL reltuples -1, or 0 on zero
 * pages with no analyse or vacuum on record before PG 14; Oracle NUM_ROWS null) or a DDL export without
 * --stats. Totals then count the table as unknown, never as 0; one finding says how to get the counts.
 */
import type { DialectName } from '../../model/catalog.js';
import { eachTable, finding, type Check } from './context.js';

/** The engine's own way to gather the optimizer statistics a row-count estimate comes from. */
export const STATISTICS_COMMAND: Readonly<Record<DialectName, string>> = {
  postgres: 'ANALYZE',
  mysql: 'ANALYZE TABLE',
  oracle: 'DBMS_STATS.GATHER_SCHEMA_STATS',
  mssql: 'UPDATE STATISTICS (or sp_updatestats)',
};

export function rowCountHint(dialect: DialectName, origin: 'live' | 'ddl'): string {
  if (origin === 'ddl') return 'give assess --stats with a CSV of schema,table,rows,bytes (e.g. from the source\'s statistics views)';
  const where = dialect === 'postgres' ? 'on the source database' : dialect === 'mysql' ? 'on each table' : 'on the source schemas';
  return `run ${STATISTICS_COMMAND[dialect]} ${where}, then assess again; or assess --exact-counts (COUNT(*) per table)`;
}

export const rowCountsCheck: Check = {
  rules: ['row-counts-unknown'],
  run: ({ source, origin, schemas }) => {
    let tables = 0;
    let unknown = 0;
    for (const { table } of eachTable(schemas)) {
      tables += 1;
      if (table.rowCount === null) unknown += 1;
    }
    if (unknown === 0) return [];
    const why = origin === 'ddl' ? 'a DDL export has none' : 'no optimizer statistics: never analysed?';
    return [finding('row-counts-unknown', 'warning', 'database',
      `row counts unknown for ${unknown} of ${tables} tables (${why}): totals count them as unknown, not 0, and large tables may go unnoticed`,
      rowCountHint(source.dialect, origin))];
  },
};
