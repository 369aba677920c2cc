import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyTables, detectErp, nameWords, readModuleCatalogs, type TableRef } from '../../../src/inventory/classify.js';
import { isErpMigrateError } from '../../../src/errors.js';

const catalog = readModuleCatalogs();
const refs = (...names: string[]): TableRef[] => names.map((name) => ({ schema: 'S', name }));
const modulesOf = (tables: TableRef[], cat = catalog) => {
  const result = classifyTables(tables, cat);
  return Object.fromEntries(tables.map((t) => [t.name, result.get(`S.${t.name}`)?.module]));
};

describe('built-in catalogues', () => {
  it('loads all seven, user-free, with generic as the only fallback', () => {
    expect(catalog.catalogues.map((c) => c.name)).toEqual(['dynamics-ax', 'dynamics-nav', 'frontaccounting', 'generic', 'idempiere', 'oracle-ebs', 'sap']);
    expect(catalog.catalogues.filter((c) => c.fallback).map((c) => c.name)).toEqual(['generic']);
  });

  it('Oracle EBS: product prefixes → modules', () => {
    const tables = refs('FND_APPLICATION', 'GL_JE_LINES', 'AP_INVOICES_ALL', 'AR_CASH_RECEIPTS_ALL', 'PO_HEADERS_ALL', 'RCV_TRANSACTIONS',
      'MTL_SYSTEM_ITEMS_B', 'OE_ORDER_LINES_ALL', 'WSH_DELIVERY_DETAILS', 'PER_ALL_PEOPLE_F', 'PAY_RUN_RESULTS', 'BOM_STRUCTURES_B',
      'WIP_DISCRETE_JOBS', 'PA_PROJECTS_ALL', 'FA_ADDITIONS_B', 'ZX_LINES', 'CE_BANK_ACCOUNTS');
    expect(modulesOf(tables)).toEqual({
      FND_APPLICATION: 'system', GL_JE_LINES: 'finance', AP_INVOICES_ALL: 'finance', AR_CASH_RECEIPTS_ALL: 'finance', PO_HEADERS_ALL: 'supply-chain',
      RCV_TRANSACTIONS: 'supply-chain', MTL_SYSTEM_ITEMS_B: 'supply-chain', OE_ORDER_LINES_ALL: 'sales', WSH_DELIVERY_DETAILS: 'supply-chain',
      PER_ALL_PEOPLE_F: 'hr', PAY_RUN_RESULTS: 'hr', BOM_STRUCTURES_B: 'manufacturing', WIP_DISCRETE_JOBS: 'manufacturing',
      PA_PROJECTS_ALL: 'projects', FA_ADDITIONS_B: 'finance', ZX_LINES: 'finance', CE_BANK_ACCOUNTS: 'finance',
    });
    expect(detectErp(tables, catalog)?.catalogue).toBe('oracle-ebs');
  });

  it('FrontAccounting: company-prefixed tables (0_, 1_) → modules, detected by its marker tables', () => {
    const tables = refs('0_debtor_trans', '0_debtors_master', '0_gl_trans', '0_chart_master', '0_bank_accounts', '0_stock_moves', '0_suppliers',
      '0_purch_orders', '0_sales_orders', '0_workorders', '0_wo_issues', '0_dimensions', '0_sys_prefs', '0_users', '0_supp_trans', '0_grn_items',
      '12_gl_trans', '12_cust_branch');
    expect(detectErp(tables, catalog)?.catalogue).toBe('frontaccounting');
    expect(modulesOf(tables)).toEqual({
      '0_debtor_trans': 'finance', '0_debtors_master': 'sales', '0_gl_trans': 'finance', '0_chart_master': 'finance', '0_bank_accounts': 'finance',
      '0_stock_moves': 'supply-chain', '0_suppliers': 'supply-chain', '0_purch_orders': 'supply-chain', '0_sales_orders': 'sales',
      '0_workorders': 'manufacturing', '0_wo_issues': 'manufacturing', '0_dimensions': 'projects', '0_sys_prefs': 'system', '0_users': 'system',
      '0_supp_trans': 'finance', '0_grn_items': 'supply-chain', '12_gl_trans': 'finance', '12_cust_branch': 'sales',
    });
  });

  it('generic words see past a numeric company prefix and know the ledger words of small ERPs', () => {
    // Not detected as FrontAccounting (no marker, too few tables): the generic fallback alone decides.
    expect(detectErp(refs('7_debtor_ledger', '7_purch_lines', '7_chart_of_accounts'), catalog)).toBeNull();
    expect(modulesOf(refs('7_debtor_ledger', '7_purch_lines', '7_chart_of_accounts', '7_creditor_balances', '3_wo_costs'))).toEqual({
      '7_debtor_ledger': 'finance', '7_purch_lines': 'supply-chain', '7_chart_of_accounts': 'finance', '7_creditor_balances': 'finance', '3_wo_costs': 'manufacturing',
    });
  });

  it('SAP: fixed table names → modules, and detection by T000', () => {
    const tables = refs('T000', 'BKPF', 'BSEG', 'ACDOCA', 'LFA1', 'EKKO', 'EBAN', 'KNA1', 'VBAK', 'VBRK', 'MARA', 'MSEG', 'PA0001', 'PCL2', 'AFKO', 'STPO', 'PROJ', 'PRPS');
    expect(modulesOf(tables)).toEqual({
      T000: 'system', BKPF: 'finance', BSEG: 'finance', ACDOCA: 'finance', LFA1: 'supply-chain', EKKO: 'supply-chain', EBAN: 'supply-chain',
      KNA1: 'sales', VBAK: 'sales', VBRK: 'sales', MARA: 'supply-chain', MSEG: 'supply-chain', PA0001: 'hr', PCL2: 'hr',
      AFKO: 'manufacturing', STPO: 'manufacturing', PROJ: 'projects', PRPS: 'projects',
    });
    const detection = detectErp(tables, catalog);
    expect(detection?.catalogue).toBe('sap');
    expect(detection?.markerTables).toEqual(['T000']);
  });

  it('SAP is detected without a marker once enough tables match, and matching is case-insensitive', () => {
    const sap = ['bkpf', 'bseg', 'ekko', 'ekpo', 'vbak', 'vbap', 'lfa1', 'lfb1', 'kna1', 'mara', 'marc', 'mard', 'mseg', 'mkpf', 'likp', 'vbrk', 'afko', 'afpo', 'stko', 'stpo'];
    const tables = refs(...sap, 'some_table');
    expect(detectErp(tables, catalog)?.catalogue).toBe('sap');
    expect(modulesOf(tables).bkpf).toBe('finance');
    // a small selection proves it only when nearly all of it matches
    expect(detectErp(refs('bkpf', 'bseg', 'ekko', 'ekpo', 'vbak', 'some_table'), catalog)?.catalogue).toBe('sap');
    expect(detectErp(refs('bkpf', 'bseg', 'ekko', 'a1', 'a2', 'a3', 'a4'), catalog)).toBeNull();
  });

  it('a small sample database whose names share ERP prefixes is not taken for an ERP (Northwind)', () => {
    const northwind = refs('Categories', 'CustomerCustomerDemo', 'CustomerDemographics', 'Customers', 'Employees', 'EmployeeTerritories',
      'Order Details', 'Orders', 'Products', 'Region', 'Shippers', 'Suppliers', 'Territories');
    expect(detectErp(northwind, catalog)).toBeNull();
    const oracleCo = refs('CUSTOMERS', 'STORES', 'PRODUCTS', 'ORDERS', 'SHIPMENTS', 'ORDER_ITEMS', 'INVENTORY');
    expect(detectErp(oracleCo, catalog)).toBeNull();
  });

  it('an --include slice of an ERP is still recognised (5 of 6 Dynamics AX tables)', () => {
    const slice = refs('BATCHJOBLOG', 'CUSTTABLE', 'CUSTTRANS', 'SALESLINE', 'SALESLINE_HISTORY', 'ORGCHART');
    expect(detectErp(slice, catalog)?.catalogue).toBe('dynamics-ax');
    expect(modulesOf(slice).CUSTTABLE).toBe('sales');
  });

  it('Dynamics AX / D365', () => {
    const tables = refs('SYSCONFIG', 'LEDGERJOURNALTABLE', 'GENERALJOURNALENTRY', 'VENDTABLE', 'VENDTRANS', 'CUSTTABLE', 'CUSTTRANS',
      'PURCHTABLE', 'PURCHLINE', 'SALESTABLE', 'SALESLINE', 'INVENTTABLE', 'INVENTTRANS', 'HCMWORKER', 'PRODTABLE', 'BOMTABLE', 'PROJTABLE');
    expect(detectErp(tables, catalog)?.catalogue).toBe('dynamics-ax');
    expect(modulesOf(tables)).toEqual({
      SYSCONFIG: 'system', LEDGERJOURNALTABLE: 'finance', GENERALJOURNALENTRY: 'finance', VENDTABLE: 'supply-chain', VENDTRANS: 'supply-chain',
      CUSTTABLE: 'sales', CUSTTRANS: 'sales', PURCHTABLE: 'supply-chain', PURCHLINE: 'supply-chain', SALESTABLE: 'sales', SALESLINE: 'sales',
      INVENTTABLE: 'supply-chain', INVENTTRANS: 'supply-chain', HCMWORKER: 'hr', PRODTABLE: 'manufacturing', BOMTABLE: 'manufacturing', PROJTABLE: 'projects',
    });
  });

  it('Dynamics NAV / Business Central: the Company$ prefix and extension suffix are stripped', () => {
    const tables = refs('CRONUS Ltd_$G_L Entry', 'CRONUS Ltd_$Vendor Ledger Entry', 'CRONUS Ltd_$Item Ledger Entry', 'CRONUS Ltd_$Production Order',
      'CRONUS Ltd_$Job', 'CRONUS Ltd_$Customer$437dbf0e-84ff-417a-965d-ed2bb9650972', 'CRONUS Ltd_$Employee', 'Company');
    expect(detectErp(tables, catalog)?.catalogue).toBe('dynamics-nav');
    expect(Object.values(modulesOf(tables))).toEqual(['finance', 'finance', 'supply-chain', 'manufacturing', 'projects', 'sales', 'hr', 'system']);
  });

  it('iDempiere: AD_CLIENT marks it, C_/M_/PP_/HR_ prefixes classify', () => {
    const tables = refs('AD_CLIENT', 'C_ELEMENTVALUE', 'FACT_ACCT', 'GL_JOURNAL', 'C_INVOICE', 'C_PAYMENT', 'C_ORDER', 'M_PRODUCT', 'M_INOUT',
      'M_PRODUCTION', 'PP_ORDER', 'PP_PRODUCT_BOM', 'HR_PAYROLL', 'C_PROJECT', 'AD_TABLE');
    expect(detectErp(tables, catalog)?.catalogue).toBe('idempiere');
    expect(modulesOf(tables)).toEqual({
      AD_CLIENT: 'system', C_ELEMENTVALUE: 'finance', FACT_ACCT: 'finance', GL_JOURNAL: 'finance', C_INVOICE: 'finance', C_PAYMENT: 'finance',
      C_ORDER: 'sales', M_PRODUCT: 'supply-chain', M_INOUT: 'supply-chain', M_PRODUCTION: 'manufacturing', PP_ORDER: 'manufacturing',
      PP_PRODUCT_BOM: 'manufacturing', HR_PAYROLL: 'hr', C_PROJECT: 'projects', AD_TABLE: 'system',
    });
  });

  it('generic words when no ERP is detected; unknown names are unclassified', () => {
    const tables = refs('invoice_lines', 'SupplierContacts', 'work_order', 'employees', 'project_tasks', 'customer_orders', 'po', 'zz_misc', 'WidgetBlob');
    expect(detectErp(tables, catalog)).toBeNull();
    expect(modulesOf(tables)).toEqual({
      invoice_lines: 'finance', SupplierContacts: 'supply-chain', work_order: 'manufacturing', employees: 'hr', project_tasks: 'projects',
      customer_orders: 'sales', po: 'supply-chain', zz_misc: 'unclassified', WidgetBlob: 'unclassified',
    });
  });

  it('falls back to generic for names the detected ERP does not know', () => {
    const result = classifyTables(refs('FND_USER', 'GL_BALANCES', 'XX_CUSTOM_INVOICE'), catalog);
    expect(result.get('S.XX_CUSTOM_INVOICE')).toEqual({ module: 'finance', rule: 'generic:rules[3]' });
    expect(result.get('S.GL_BALANCES')).toEqual({ module: 'finance', rule: 'oracle-ebs:rules[0]' });
  });

  it('splits names into words at underscores, spaces and camelCase humps', () => {
    expect(nameWords('APInvoiceLine_v2$Company X')).toEqual(['ap', 'invoice', 'line', 'v', 'company', 'x']);
  });
});

describe('user catalogues', () => {
  const dir = mkdtempSync(join(tmpdir(), 'erp-modules-'));

  it('override the built-in rules', () => {
    const file = join(dir, 'ours.yaml');
    writeFileSync(file, 'format: erp-migrate/modules@1\nname: ours\nrules:\n  - { prefix: GL_, module: projects }\n  - { tables: [XX_CUSTOM_INVOICE], module: hr }\n');
    const withUser = readModuleCatalogs([file]);
    const result = classifyTables(refs('FND_USER', 'GL_BALANCES', 'AP_CHECKS_ALL', 'XX_CUSTOM_INVOICE'), withUser);
    expect(result.get('S.GL_BALANCES')).toEqual({ module: 'projects', rule: 'ours:rules[0]' });
    expect(result.get('S.XX_CUSTOM_INVOICE')).toEqual({ module: 'hr', rule: 'ours:rules[1]' });
    expect(result.get('S.AP_CHECKS_ALL')?.module).toBe('finance');
  });

  it('report every problem at once with file and path', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'format: erp-migrate/modules@2\nname: Bad Name\nrules:\n  - { prefix: GL_, module: ledger }\n  - { pattern: "([", module: finance }\n  - { module: hr }\n');
    const missing = join(dir, 'missing.yaml');
    let caught: unknown;
    try {
      readModuleCatalogs([bad, missing]);
    } catch (error) {
      caught = error;
    }
    expect(isErpMigrateError(caught)).toBe(true);
    const error = caught as Error & { code: string; exitCode: number };
    expect(error.code).toBe('E_MAPPING_INVALID');
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(`${bad}:1: format:`);
    expect(error.message).toContain(`${bad}:2: name:`);
    expect(error.message).toContain(`${bad}:4: rules[0].module:`);
    expect(error.message).toContain(`${bad}:5: rules[1].pattern: not a valid regular expression`);
    expect(error.message).toContain(`${bad}:6: rules[2]: needs exactly one of "prefix", "pattern", "tables" or "words"`);
    expect(error.message).toContain(`${missing}:1: (file): cannot read the file`);
  });
});
