/** Catalog notes for what the login could not read: said in the report, never a failure. */
import type { CatalogNote } from '../../model/catalog.js';
import type { OracleCatalogRows } from './catalog-rows.js';

export function makeOracleNotes(rows: OracleCatalogRows, unresolvedForeignKeys: readonly string[]): CatalogNote[] {
  const notes: CatalogNote[] = [];
  if (rows.dictionary === 'ALL') {
    notes.push({
      rule: 'oracle-dictionary-all-views',
      severity: 'warning',
      object: 'DBA_TABLES',
      message: 'DBA_ views are not granted (ORA-00942); read ALL_ views, which show only objects this login can access',
      hint: 'grant SELECT_CATALOG_ROLE (or SELECT ANY DICTIONARY) to the assessment login for a whole-database inventory',
    });
  }
  if (rows.unavailable.includes('database')) {
    notes.push({
      rule: 'oracle-v-database-unreadable',
      severity: 'warning',
      object: 'V$DATABASE',
      message: 'V$DATABASE is not readable: archive log mode, supplemental logging and force logging are unknown',
      hint: 'GRANT SELECT ON V_$DATABASE to the assessment login; CDC (DMS ongoing replication) needs ARCHIVELOG and supplemental logging',
    });
  }
  if (rows.unavailable.includes('logGroups')) {
    notes.push({
      rule: 'oracle-log-groups-unreadable',
      severity: 'info',
      object: `${rows.dictionary}_LOG_GROUPS`,
      message: 'table-level supplemental log groups are not readable: per-table CDC logging is unknown',
      hint: 'grant SELECT_CATALOG_ROLE (or SELECT on DBA_LOG_GROUPS) to check each table before ongoing replication',
    });
  }
  if (rows.unavailable.includes('segments')) {
    notes.push({
      rule: 'oracle-segments-unreadable',
      severity: 'info',
      object: 'DBA_SEGMENTS',
      message: 'DBA_SEGMENTS is not readable (there is no ALL_SEGMENTS): table sizes are unknown',
      hint: 'grant SELECT_CATALOG_ROLE to size tables and LOBs for DMS task planning',
    });
  }
  for (const name of unresolvedForeignKeys) {
    notes.push({
      rule: 'oracle-foreign-key-unresolved',
      severity: 'warning',
      object: name,
      message: 'the key this foreign key references is not visible to this login; the foreign key is left out of the inventory',
      hint: 'grant SELECT_CATALOG_ROLE so DBA_CONSTRAINTS shows keys in other schemas',
    });
  }
  return notes;
}
