/** Row identity: DMS needs a primary key or unique constraint for CDC apply, validation and LOB lookups. */
import type { DialectName } from '../../model/catalog.js';
import { eachTable, finding, hasRowIdentity, isLobColumn, listNames, objectName, usesCdc, type Check } from './context.js';

/** What CDC needs on a keyless table, in the source engine's own terms. */
function keylessCdcHint(dialect: DialectName): string {
  switch (dialect) {
    case 'oracle':
      return 'for CDC also enable ALL-column supplemental logging on the table (ALTER TABLE … ADD SUPPLEMENTAL LOG DATA (ALL) COLUMNS; ' +
        'DMS assessment oracle-validate-supplemental-logging-for-all-columns)';
    case 'postgres':
      return 'for CDC set REPLICA IDENTITY FULL on the table, so logical decoding (wal_level = logical; rds.logical_replication = 1 on RDS) carries the whole old row';
    case 'mysql':
      return 'for CDC keep binlog_format = ROW with binlog_row_image = FULL, so the binary log carries whole rows';
    case 'mssql':
      return 'for CDC capture the table with MS-CDC (sys.sp_cdc_enable_table): MS-Replication, which DMS uses for tables with a primary key, cannot publish it';
  }
}

export const noPrimaryKeyCheck: Check = {
  rules: ['no-primary-key'],
  run: ({ schemas, options, source }) => {
    const cdc = usesCdc(options);
    return [...eachTable(schemas)]
      .filter(({ table }) => !hasRowIdentity(table))
      .map(({ schema, table }) =>
        finding(
          'no-primary-key',
          cdc ? 'blocker' : 'warning',
          objectName(schema.name, table.name),
          cdc
            ? 'no primary key or unique constraint: CDC cannot apply updates and deletes to the right row, and validation cannot compare it'
            : 'no primary key or unique constraint: the full load works, but validation cannot compare rows and a reload cannot resume',
          `add a primary key or a unique constraint on NOT NULL columns at the source${cdc ? `; ${keylessCdcHint(source.dialect)}` : ''} ` +
            '(DMS assessment table-with-no-primary-key-or-unique-constraint)',
        ));
  },
};

export const lobWithoutKeyCheck: Check = {
  rules: ['lob-without-key'],
  run: ({ schemas }) =>
    [...eachTable(schemas)]
      .filter(({ table }) => !hasRowIdentity(table) && table.columns.some(isLobColumn))
      .map(({ schema, table }) =>
        finding(
          'lob-without-key',
          'blocker',
          objectName(schema.name, table.name),
          `LOB columns (${listNames(table.columns.filter(isLobColumn).map((c) => c.name))}) on a table without a primary key ` +
            'or unique constraint: DMS looks LOB values up by key and skips them on keyless tables',
          'add a primary key or unique constraint before migrating (DMS assessment table-with-lob-but-without-primary-key-or-unique-constraint)',
        )),
};
