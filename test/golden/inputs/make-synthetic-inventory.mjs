// Writes synthetic-erp.inventory.json: a hand-made multi-module SQL Server ERP inventory that exercises
// every planning path (large table with ranges, partitioned table, LOB tables, reference tables,
// bin-packed standard tables, a 3-table FK cycle, a self-reference, a keyless table, an unsupported type).
// Run: node test/golden/inputs/make-synthetic-inventory.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const c = (name, nativeType, canonicalType, extra = {}) => ({
  name, nativeType, length: null, precision: null, scale: null, nullable: true, default: null, identity: null, canonicalType, ...extra,
});
const id = (name, type = 'bigint') => c(name, type, type === 'bigint' ? 'int64' : 'int32', { nullable: false });
const nv = (name, n, nullable = true) => c(name, 'nvarchar', `varchar(${n})`, { length: n, nullable });
const dec = (name, p, s) => c(name, 'decimal', `decimal(${p},${s})`, { precision: p, scale: s });
const fk = (name, columns, refTable, refColumns, schema = 'dbo') => ({ name, columns, refSchema: schema, refTable, refColumns, onDelete: 'NO ACTION', enabled: true });
const t = (name, module, rows, bytes, columns, pk, extra = {}) => ({
  name, module, rowCount: rows, rowCountExact: false, bytes, columns,
  primaryKey: pk === null ? null : { name: `PK_${name}`, columns: pk }, uniqueKeys: [], foreignKeys: [], indexes: [], partitioning: null,
  attributes: {}, findings: [], ...extra,
});
const ix = (name, ...cols) => ({ name, unique: false, kind: 'nonclustered', columns: cols.map((n) => ({ name: n, descending: false })) });

const tables = [
  t('FND_LOOKUP_VALUES', 'system', 4200, 2 * MiB, [nv('LOOKUP_TYPE', 30, false), nv('LOOKUP_CODE', 30, false), nv('MEANING', 80), c('ENABLED', 'bit', 'bool', { nullable: false, default: '((1))' })], ['LOOKUP_TYPE', 'LOOKUP_CODE']),
  t('FND_CURRENCIES', 'system', 180, 64 * 1024, [c('CURRENCY_CODE', 'nchar', 'char(3)', { length: 3, nullable: false }), nv('NAME', 80), c('PRECISION', 'tinyint', 'int16')], ['CURRENCY_CODE']),
  t('FND_USERS', 'system', 2500, 1 * MiB, [id('USER_ID', 'int'), nv('USER_NAME', 100, false), id('CREATED_BY', 'int'), c('CREATED_AT', 'datetime2', 'timestamp(7)', { scale: 7, nullable: false, default: '(sysdatetime())' })], ['USER_ID'],
    { foreignKeys: [fk('FK_FND_USERS_CREATED_BY', ['CREATED_BY'], 'FND_USERS', ['USER_ID'])] }),
  t('GL_LEDGERS', 'finance', 12, 16 * 1024, [id('LEDGER_ID', 'int'), nv('NAME', 30, false), c('CURRENCY_CODE', 'nchar', 'char(3)', { length: 3 })], ['LEDGER_ID'],
    { foreignKeys: [fk('FK_GL_LEDGERS_CURRENCY', ['CURRENCY_CODE'], 'FND_CURRENCIES', ['CURRENCY_CODE'])] }),
  t('GL_JE_HEADERS', 'finance', 40_000_000, 6 * GiB, [id('JE_HEADER_ID'), id('LEDGER_ID', 'int'), c('POSTED_AT', 'datetimeoffset', 'timestamptz(7)', { scale: 7 }), dec('TOTAL', 18, 2)], ['JE_HEADER_ID'],
    { foreignKeys: [fk('FK_GL_JE_HEADERS_LEDGER', ['LEDGER_ID'], 'GL_LEDGERS', ['LEDGER_ID'])], indexes: [ix('IX_GL_JE_HEADERS_LEDGER', 'LEDGER_ID')] }),
  t('GL_JE_LINES', 'finance', 900_000_000, 120 * GiB, [id('JE_LINE_ID'), id('JE_HEADER_ID'), dec('AMOUNT', 18, 2), nv('DESCRIPTION', 240)], ['JE_LINE_ID'],
    { foreignKeys: [fk('FK_GL_JE_LINES_HEADER', ['JE_HEADER_ID'], 'GL_JE_HEADERS', ['JE_HEADER_ID'])], attributes: { keyMin: '1', keyMax: '9007199254740993' }, indexes: [ix('IX_GL_JE_LINES_HEADER', 'JE_HEADER_ID')] }),
  t('GL_BALANCES', 'finance', 300_000_000, 40 * GiB, [id('LEDGER_ID', 'int'), c('PERIOD', 'char', 'char(7)', { length: 7, nullable: false }), dec('BALANCE', 18, 2)], ['LEDGER_ID', 'PERIOD'],
    { partitioning: { type: 'range', columns: ['PERIOD'], partitionCount: 60, subpartitioning: null } }),
  t('AP_SUPPLIERS', 'supply-chain', 60_000, 90 * MiB, [id('SUPPLIER_ID', 'int'), nv('NAME', 240, false), id('PRIMARY_SITE_ID', 'int')], ['SUPPLIER_ID'],
    { foreignKeys: [fk('FK_AP_SUPPLIERS_SITE', ['PRIMARY_SITE_ID'], 'AP_SUPPLIER_SITES', ['SITE_ID'])] }),
  t('AP_SUPPLIER_SITES', 'supply-chain', 150_000, 200 * MiB, [id('SITE_ID', 'int'), id('SUPPLIER_ID', 'int'), id('DEFAULT_CONTACT_ID', 'int')], ['SITE_ID'],
    { foreignKeys: [fk('FK_AP_SITES_SUPPLIER', ['SUPPLIER_ID'], 'AP_SUPPLIERS', ['SUPPLIER_ID']), fk('FK_AP_SITES_CONTACT', ['DEFAULT_CONTACT_ID'], 'AP_SUPPLIER_CONTACTS', ['CONTACT_ID'])] }),
  t('AP_SUPPLIER_CONTACTS', 'supply-chain', 300_000, 150 * MiB, [id('CONTACT_ID', 'int'), id('SITE_ID', 'int'), nv('EMAIL', 200)], ['CONTACT_ID'],
    { foreignKeys: [fk('FK_AP_CONTACTS_SITE', ['SITE_ID'], 'AP_SUPPLIER_SITES', ['SITE_ID'])] }),
  t('AP_INVOICES', 'supply-chain', 8_000_000, 3 * GiB, [id('INVOICE_ID'), id('SUPPLIER_ID', 'int'), dec('AMOUNT', 18, 2), c('INVOICE_GUID', 'uniqueidentifier', 'uuid')], ['INVOICE_ID'],
    { foreignKeys: [fk('FK_AP_INVOICES_SUPPLIER', ['SUPPLIER_ID'], 'AP_SUPPLIERS', ['SUPPLIER_ID'])] }),
  t('AP_INVOICE_ATTACHMENTS', 'supply-chain', 200_000, 4 * GiB, [id('ATTACHMENT_ID'), id('INVOICE_ID'), c('CONTENT', 'varbinary', 'blob'), nv('FILE_NAME', 255)], ['ATTACHMENT_ID'],
    { foreignKeys: [fk('FK_AP_ATTACH_INVOICE', ['INVOICE_ID'], 'AP_INVOICES', ['INVOICE_ID'])], attributes: { maxLobBytes: 5_000_000 } }),
  t('OE_ORDER_HEADERS', 'sales', 2_000_000, 1 * GiB, [id('HEADER_ID'), nv('ORDER_NUMBER', 30, false), c('NOTES', 'nvarchar', 'text'), c('ORG_NODE', 'hierarchyid', 'unsupported(hierarchyid)')], ['HEADER_ID']),
  t('OE_ORDER_LINES', 'sales', 9_000_000, 4 * GiB, [id('LINE_ID'), id('HEADER_ID'), dec('QUANTITY', 12, 3), c('SPEC', 'xml', 'xml')], ['LINE_ID'],
    { foreignKeys: [fk('FK_OE_LINES_HEADER', ['HEADER_ID'], 'OE_ORDER_HEADERS', ['HEADER_ID'])] }),
  t('OE_PRICE_LISTS', 'sales', 800_000, 400 * MiB, [id('PRICE_LIST_ID', 'int'), nv('NAME', 100), dec('PRICE', 18, 4)], ['PRICE_LIST_ID']),
  t('AUDIT_EVENTS', 'unclassified', 25_000_000, 5 * GiB, [c('EVENT_TIME', 'datetime2', 'timestamp(3)', { scale: 3 }), nv('ACTION', 50), id('USER_ID', 'int')], null,
    { findings: ['no-primary-key'] }),
];

const inventory = {
  format: 'erp-migrate/inventory@1',
  source: { dialect: 'mssql', version: '16.0.4135.4', charset: 'SQL_Latin1_General_CP1_CI_AS', options: { recoveryModel: 'FULL' }, origin: 'live' },
  schemas: [{ name: 'dbo', tables: [...tables].sort((a, b) => (a.name < b.name ? -1 : 1)), views: [], sequences: [], routines: [], triggers: [] }],
  findings: [
    { rule: 'no-primary-key', severity: 'warning', object: 'dbo.AUDIT_EVENTS', message: 'AUDIT_EVENTS has no primary key', hint: 'add primaryKeys: in the mapping file' },
    { rule: 'unsupported-type', severity: 'blocker', object: 'dbo.OE_ORDER_HEADERS.ORG_NODE', message: 'hierarchyid has no PostgreSQL equivalent', hint: 'decide under unsupported: in the mapping file' },
  ],
  modules: {},
};
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'synthetic-erp.inventory.json'), `${JSON.stringify(inventory, null, 2)}\n`);
