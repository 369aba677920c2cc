/** Row identity: DMS needs a primary key or unique constraint for CDC apply, validation and LOB lookups. */
import { eachTable, finding, hasRowIdentity, isLobColumn, listNames, objectName, usesCdc, type Check } from './context.js';

export const noPrimaryKeyCheck: Check = {
  rules: ['no-primary-key'],
  run: ({ schemas, options }) => {
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
          'add a primary key or a unique constraint on NOT NULL columns at the source; for an Oracle source also enable ALL-column ' +
            'supplemental logging on the table (DMS assessments table-with-no-primary-key-or-unique-constraint, ' +
            'oracle-validate-supplemental-logging-for-all-columns)',
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
