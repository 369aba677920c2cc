/** LOB columns: DMS moves them in limited, full or inline LOB mode, and the mode is a per-task decision. */
import type { Finding, InventoryColumn } from '../../model/inventory.js';
import { eachTable, finding, hasRowIdentity, isLobColumn, listNames, objectName, type Check } from './context.js';

/** Oracle LONG / LONG RAW / XMLType only move in limited LOB mode. */
const LIMITED_ONLY = /^(long|long raw|xmltype|sys\.xmltype)$/i;

function lobMode(columns: readonly InventoryColumn[]): string {
  if (columns.some((c) => LIMITED_ONLY.test(c.nativeType.trim()))) {
    return 'limited LOB mode (LONG/LONG RAW/XMLType cannot use full LOB mode; DMS assessment oracle-validate-limited-lob-mode-for-longs)';
  }
  return 'limited LOB mode with LobMaxSize at or above the largest value (measure MAX(DBMS_LOB.GETLENGTH) / MAX(DATALENGTH) / ' +
    'MAX(OCTET_LENGTH)); full LOB mode, or inline LOB mode, when some values are larger';
}

export const lobColumnsCheck: Check = {
  rules: ['lob-columns'],
  run: ({ schemas }) => {
    const out: Finding[] = [];
    for (const { schema, table } of eachTable(schemas)) {
      const lobs = table.columns.filter(isLobColumn);
      if (lobs.length === 0 || !hasRowIdentity(table)) continue; // keyless LOB tables: lob-without-key
      out.push(finding('lob-columns', 'info', objectName(schema.name, table.name),
        `${lobs.length} LOB column${lobs.length === 1 ? '' : 's'} (${listNames(lobs.map((c) => `${c.name} ${c.nativeType}`))}): needs ${lobMode(lobs)}`,
        'put LOB tables in their own DMS task with fitting LOB settings; target LOB columns must be nullable in full LOB mode ' +
          '(DMS assessment full-lob-not-nullable-at-target)'));
    }
    return out;
  },
};
