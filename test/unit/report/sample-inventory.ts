/** A small EBS-like inventory shared by the report tests and the headless-browser test. */
import { buildInventoryWithDetection } from '../../../src/inventory/build-inventory.js';
import { readModuleCatalogs } from '../../../src/inventory/classify.js';
import type { Inventory } from '../../../src/model/inventory.js';
import { col, fk, schema, snapshot, source, table, testTypeMapper } from '../inventory/make-snapshot.js';

const MiB = 1024 * 1024;

export function sampleInventory(): { inventory: Inventory; erp: { catalogue: string; title: string } | null } {
  const snap = snapshot([schema('APPS', [
    table('GL_JE_LINES', { rowCount: 4_000_000, bytes: 400 * MiB, columns: [col('ID', 'NUMBER', { precision: 10, scale: 0 }), col('AMOUNT', 'NUMBER')] }),
    table('AP_INVOICES_ALL', { rowCount: 1_000_000, bytes: 200 * MiB, foreignKeys: [fk('PO_HEADERS_ALL', ['ID'], 'APPS')] }),
    table('PO_HEADERS_ALL', { rowCount: 500_000, bytes: 100 * MiB, foreignKeys: [fk('AP_INVOICES_ALL', ['ID'], 'APPS')] }),
    table('PER_ALL_PEOPLE_F', { rowCount: 20_000, bytes: 10 * MiB, primaryKey: null, columns: [col('ID', 'NUMBER', { precision: 10, scale: 0 }), col('PHOTO', 'BLOB')] }),
    table('FND_USER', { rowCount: 300, bytes: 1 * MiB }),
    table('XX_<script>alert(1)</script>', { rowCount: 7, bytes: 8192 }),
  ], {
    routines: [{ name: 'GL_POST', kind: 'procedure', lines: 120 }, { name: 'AP_PKG', kind: 'package body', lines: 880 }],
    triggers: [{ name: 'GL_JE_LINES_T', table: 'GL_JE_LINES', events: 'INSERT', lines: 40 }],
    views: [{ name: 'GL_V', materialized: false, lines: 12 }],
  })], source('oracle', { logMode: 'ARCHIVELOG', supplementalLogDataMin: 'YES', supplementalLogDataPk: 'YES', forceLogging: 'YES', nlsCharacterset: 'AL32UTF8' }, 'AL32UTF8'));
  const { inventory, erp } = buildInventoryWithDetection(snap, { origin: 'live', typeMapper: testTypeMapper, modules: readModuleCatalogs() });
  return { inventory, erp };
}
