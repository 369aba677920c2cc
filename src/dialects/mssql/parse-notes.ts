/** Catalog notes for what the login could not read: said in the report, never a failure. */
import type { CatalogNote } from '../../model/catalog.js';
import type { MssqlCatalogRows } from './catalog-rows.js';

export function makeMssqlNotes(rows: MssqlCatalogRows): CatalogNote[] {
  const notes: CatalogNote[] = [];
  if (rows.unavailable.includes('sizes')) {
    notes.push({
      rule: 'mssql-partition-stats-unreadable',
      severity: 'info',
      object: 'sys.dm_db_partition_stats',
      message: 'sys.dm_db_partition_stats needs VIEW DATABASE STATE; rows and sizes were read from sys.partitions and sys.allocation_units',
      hint: 'GRANT VIEW DATABASE STATE to the assessment login for the DMV figures',
    });
  }
  if (rows.unavailable.includes('server')) {
    notes.push({
      rule: 'mssql-database-options-unreadable',
      severity: 'warning',
      object: 'sys.databases',
      message: 'sys.databases did not show this database: recovery model, CDC, replication and TDE are unknown',
      hint: 'GRANT VIEW ANY DATABASE (or connect as the database owner) to read the database options',
    });
  }
  return notes;
}
