/**
 * Table-level supplemental logging on an Oracle source, for DMS CDC: with primary-key logging off at
 * database level, a table with a key needs a PRIMARY KEY (or ALL COLUMN) log group, and a keyless
 * table needs ALL COLUMN logging unless the database logs all columns. Runs only when the dialect
 * could read the log groups (table attribute `supplementalLogGroups`, '' = none defined).
 */
import type { Finding } from '../../model/inventory.js';
import { finding, hasRowIdentity, optionFlag, readOption, usesCdc, type Check, type CheckInput } from './context.js';

function tableFindings(input: CheckInput): Finding[] {
  const s = input.source;
  const databasePk = optionFlag(readOption(s, 'supplementalLogDataPk', 'supplemental_log_data_pk')) === true;
  const databaseAll = optionFlag(readOption(s, 'supplementalLogDataAll', 'supplemental_log_data_all')) === true;
  if (databaseAll) return [];
  const out: Finding[] = [];
  for (const schema of input.schemas) {
    for (const table of schema.tables) {
      const groups = table.attributes.supplementalLogGroups;
      if (typeof groups !== 'string') continue;
      const types = new Set(groups === '' ? [] : groups.split(','));
      const object = `${schema.name}.${table.name}`;
      if (types.has('ALL COLUMN LOGGING')) continue;
      if (hasRowIdentity(table)) {
        if (databasePk || types.has('PRIMARY KEY LOGGING') || types.has('UNIQUE KEY LOGGING')) continue;
        out.push(finding('oracle-table-supplemental-logging', 'warning', object, 'no key supplemental logging on this table (nor for the database): CDC cannot identify changed rows',
          `ALTER TABLE ${object} ADD SUPPLEMENTAL LOG DATA (PRIMARY KEY) COLUMNS (DMS assessment oracle-validate-supplemental-logging-for-pk)`));
      } else {
        out.push(finding('oracle-table-supplemental-logging', 'warning', object, 'keyless table without ALL COLUMN supplemental logging: CDC cannot apply its updates and deletes',
          `ALTER TABLE ${object} ADD SUPPLEMENTAL LOG DATA (ALL) COLUMNS (DMS assessment oracle-validate-supplemental-logging-for-all-columns)`));
      }
    }
  }
  return out;
}

export const oracleTableLoggingCheck: Check = {
  rules: ['oracle-table-supplemental-logging'],
  run: (input) => (input.source.dialect === 'oracle' && usesCdc(input.options) ? tableFindings(input) : []),
};
