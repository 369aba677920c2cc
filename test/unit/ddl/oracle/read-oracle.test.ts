import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDdlBytes } from '../../../../src/ddl/decode.js';
import { readOracleDdl, readOracleFiles } from '../../../../src/ddl/oracle/index.js';
import type { CatalogSchema, CatalogTable } from '../../../../src/model/catalog.js';

const ORACLE = '/work/shared/testdata/oracle';

function source(path: string) {
  return { file: path.split('/').pop() ?? path, text: decodeDdlBytes(readFileSync(path), path).text };
}

function totals(schema: CatalogSchema) {
  const sum = (pick: (t: CatalogTable) => number) => schema.tables.reduce((n, t) => n + pick(t), 0);
  return {
    tables: schema.tables.length,
    columns: sum((t) => t.columns.length),
    primaryKeys: sum((t) => (t.primaryKey === null ? 0 : 1)),
    uniqueKeys: sum((t) => t.uniqueKeys.length),
    foreignKeys: sum((t) => t.foreignKeys.length),
    indexes: sum((t) => t.indexes.length),
    views: schema.views.length,
    sequences: schema.sequences.length,
  };
}

function table(schema: CatalogSchema | undefined, name: string): CatalogTable {
  const found = schema?.tables.find((t) => t.name === name);
  if (found === undefined) throw new Error(`no table ${name}`);
  return found;
}

describe('Oracle HR (hr_create.sql)', () => {
  const result = readOracleFiles([source(`${ORACLE}/human_resources/hr_create.sql`)], 'HR');
  const hr = result.schemas[0];

  it('has the objects counted by hand from the file', () => {
    // hr_create.sql: 7 CREATE TABLE (regions 2 cols, countries 3, locations 6, departments 4, jobs 4,
    // employees 11, job_history 5 = 35); 7 PKs (ALTER … ADD, countries inline); 1 UK (emp_email_uk);
    // 10 FKs (countr_reg_fk, loc_c_id_fk, dept_loc_fk, dept_mgr_fk, emp_dept/job/manager_fk, jhist_job/emp/dept_fk);
    // 11 CREATE INDEX … _ix (the 6 CREATE UNIQUE INDEX …_pk back the PKs); 1 view; 3 sequences.
    expect(result.schemas.map((s) => s.name)).toEqual(['HR']);
    expect(totals(hr as CatalogSchema)).toEqual({
      tables: 7, columns: 35, primaryKeys: 7, uniqueKeys: 1, foreignKeys: 10, indexes: 11, views: 1, sequences: 3,
    });
    expect(result.tables).toBe(7);
    expect(result.notes).toEqual([]);
  });

  it('reads columns the way ALL_TAB_COLUMNS shows them', () => {
    const employees = table(hr, 'EMPLOYEES');
    expect(employees.columns.map((c) => c.name)).toEqual([
      'EMPLOYEE_ID', 'FIRST_NAME', 'LAST_NAME', 'EMAIL', 'PHONE_NUMBER', 'HIRE_DATE', 'JOB_ID', 'SALARY', 'COMMISSION_PCT', 'MANAGER_ID', 'DEPARTMENT_ID',
    ]);
    expect(employees.columns[0]).toEqual({ name: 'EMPLOYEE_ID', nativeType: 'NUMBER', length: null, precision: 6, scale: 0, nullable: false, default: null, identity: null });
    expect(employees.columns[2]).toEqual({ name: 'LAST_NAME', nativeType: 'VARCHAR2', length: 25, precision: null, scale: null, nullable: false, default: null, identity: null, lengthSemantics: 'byte' });
    expect(employees.columns[5]).toMatchObject({ name: 'HIRE_DATE', nativeType: 'DATE', length: null, nullable: false });
    expect(employees.columns[7]).toMatchObject({ name: 'SALARY', precision: 8, scale: 2, nullable: true });
    expect(table(hr, 'REGIONS').columns[0]).toMatchObject({ nativeType: 'NUMBER', precision: null, scale: null, nullable: false });
    expect(table(hr, 'COUNTRIES').columns[0]).toMatchObject({ nativeType: 'CHAR', length: 2, lengthSemantics: 'byte' });
  });

  it('resolves REFERENCES without columns to the target primary key and attaches later ALTERs', () => {
    const employees = table(hr, 'EMPLOYEES');
    expect(employees.foreignKeys.map((fk) => [fk.name, fk.columns, fk.refTable, fk.refColumns])).toEqual([
      ['EMP_DEPT_FK', ['DEPARTMENT_ID'], 'DEPARTMENTS', ['DEPARTMENT_ID']],
      ['EMP_JOB_FK', ['JOB_ID'], 'JOBS', ['JOB_ID']],
      ['EMP_MANAGER_FK', ['MANAGER_ID'], 'EMPLOYEES', ['EMPLOYEE_ID']],
    ]);
    expect(table(hr, 'DEPARTMENTS').foreignKeys.map((fk) => fk.name)).toEqual(['DEPT_LOC_FK', 'DEPT_MGR_FK']);
    expect(table(hr, 'COUNTRIES').attributes).toEqual({ iot: true });
    expect(table(hr, 'JOB_HISTORY').primaryKey).toEqual({ name: 'JHIST_EMP_ID_ST_DATE_PK', columns: ['EMPLOYEE_ID', 'START_DATE'] });
    expect(table(hr, 'EMPLOYEES').indexes.map((i) => i.name)).toEqual(['EMP_DEPARTMENT_IX', 'EMP_JOB_IX', 'EMP_MANAGER_IX', 'EMP_NAME_IX']);
    expect(hr?.sequences.find((s) => s.name === 'LOCATIONS_SEQ')).toEqual({
      name: 'LOCATIONS_SEQ', start: '3300', increment: '100', minValue: '1', maxValue: '9900', cycle: false, lastValue: null,
    });
  });
});

describe('Oracle CO (co_create.sql)', () => {
  const result = readOracleFiles([source(`${ORACLE}/customer_orders/co_create.sql`)], 'CO');
  const co = result.schemas[0];

  it('has the objects counted by hand from the file', () => {
    // co_create.sql: 7 tables (customers 3, stores 11, products 9, orders 5, shipments 5, order_items 6,
    // inventory 4 = 43 columns); 7 PKs, 4 UKs, 9 FKs and 4 CHECKs all by ALTER TABLE … ADD CONSTRAINT;
    // 7 CREATE INDEX; 4 views.
    expect(totals(co as CatalogSchema)).toEqual({
      tables: 7, columns: 43, primaryKeys: 7, uniqueKeys: 4, foreignKeys: 9, indexes: 7, views: 4, sequences: 0,
    });
    expect(result.notes).toEqual([]);
  });

  it('reads identity columns and CHAR length semantics', () => {
    const customers = table(co, 'CUSTOMERS');
    expect(customers.columns[0]).toEqual({
      name: 'CUSTOMER_ID', nativeType: 'NUMBER', length: null, precision: null, scale: 0, nullable: false, default: null,
      identity: { generation: 'by-default', start: '1', increment: '1' },
    });
    expect(customers.columns[1]).toMatchObject({ nativeType: 'VARCHAR2', length: 255, lengthSemantics: 'char', nullable: false });
    expect(table(co, 'ORDERS').columns[1]).toMatchObject({ name: 'ORDER_TMS', nativeType: 'TIMESTAMP(6)', scale: 6 });
    expect(table(co, 'STORES').columns.find((c) => c.name === 'LOGO')).toMatchObject({ nativeType: 'BLOB', length: null });
    const identities = co?.tables.filter((t) => t.columns.some((c) => c.identity !== null)).map((t) => t.name);
    expect(identities).toEqual(['CUSTOMERS', 'INVENTORY', 'ORDERS', 'PRODUCTS', 'SHIPMENTS', 'STORES']);
  });
});

describe('Oracle OE (order_entry: coe_v3.sql, oc_cre.sql, loe_v3.sql and the oe_p_* / p*_v3 load files)', () => {
  // The OE table scripts ccus_v3/cwhs_v3/cord_v3 (customers, warehouses, orders) are not in the
  // testdata, so the file set is every .sql of the folder: coe_v3.sql creates ORDER_ITEMS, INVENTORIES,
  // PRODUCT_INFORMATION, PRODUCT_DESCRIPTIONS, PROMOTIONS; oc_cre.sql creates CATEGORIES_TAB OF
  // category_typ; the rest are loads (oe_p_cus.sql is Latin-1, oe_p_ja/oe_p_ru use "-" continuations).
  const dir = `${ORACLE}/order_entry`;
  const names = ['coe_v3.sql', 'loe_v3.sql', 'oc_cre.sql', 'oc_popul.sql', 'oe_p_cus.sql', 'oe_p_inv.sql', 'oe_p_itm.sql', 'oe_p_ja.sql',
    'oe_p_ord.sql', 'oe_p_pd.sql', 'oe_p_pi.sql', 'oe_p_ru.sql', 'oe_p_whs.sql', 'pcus_v3.sql', 'poe_v3.sql', 'pord_v3.sql', 'pwhs_v3.sql'];
  const result = readOracleFiles(names.map((name) => source(`${dir}/${name}`)), 'OE');
  const oe = result.schemas.find((s) => s.name === 'OE');

  it('has the objects counted by hand from coe_v3.sql and oc_cre.sql', () => {
    // Columns: order_items 5, inventories 3, product_information 11, product_descriptions 4, promotions 2,
    // categories_tab 0 (object table) = 25. PKs: 5 (categories_tab's is on the type's attribute).
    // FKs: inventories 2, order_items 2, product_descriptions 1 (the others target tables not created here).
    // Indexes: ORDER_ITEMS_UK only (INVENTORY_IX backs INVENTORY_PK; the other CREATE INDEX are *_pk).
    expect(totals(oe as CatalogSchema)).toEqual({
      tables: 6, columns: 25, primaryKeys: 5, uniqueKeys: 0, foreignKeys: 5, indexes: 1, views: 8, sequences: 1,
    });
    // coe_v3.sql:154-164 (11 lines before its "/"), oc_cre.sql:360 (INSTEAD OF … ON NESTED TABLE … OF oc_orders), oc_cre.sql:349.
    expect(oe?.triggers.map((t) => [t.name, t.table, t.events, t.lines])).toEqual([
      ['INSERT_ORD_LINE', 'ORDER_ITEMS', 'INSERT', 11], ['ORDERS_ITEMS_TRG', 'OC_ORDERS', 'INSERT', 10], ['ORDERS_TRG', 'OC_ORDERS', 'INSERT', 9],
    ]);
    expect(oe?.routines.filter((r) => r.kind === 'synonym').map((r) => r.name)).toEqual([
      'COUNTRIES', 'DEPARTMENTS', 'EMPLOYEES', 'JOBS', 'JOB_HISTORY', 'LOCATIONS',
    ]);
  });

  it('reads INTERVAL and NVARCHAR2 columns, FK states and cross-schema references', () => {
    expect(table(oe, 'PRODUCT_INFORMATION').columns[5]).toMatchObject({ name: 'WARRANTY_PERIOD', nativeType: 'INTERVAL YEAR(2) TO MONTH', precision: 2, scale: 0 });
    expect(table(oe, 'PRODUCT_DESCRIPTIONS').columns[2]).toMatchObject({ nativeType: 'NVARCHAR2', length: 50, lengthSemantics: 'char', nullable: false });
    const fks = table(oe, 'ORDER_ITEMS').foreignKeys;
    expect(fks[0]).toMatchObject({ name: 'ORDER_ITEMS_ORDER_ID_FK', onDelete: 'CASCADE' });
    expect(table(oe, 'INVENTORIES').primaryKey).toEqual({ name: 'INVENTORY_PK', columns: ['PRODUCT_ID', 'WAREHOUSE_ID'] });
  });

  it('notes statements on tables the file set does not create, with file:line', () => {
    const missing = result.notes.filter((n) => n.rule === 'ddl-missing-table').map((n) => n.object);
    expect(missing).toEqual(['coe_v3.sql:105', 'coe_v3.sql:110', 'coe_v3.sql:125', 'coe_v3.sql:128', 'coe_v3.sql:176', 'coe_v3.sql:179',
      'coe_v3.sql:274', 'coe_v3.sql:281', 'coe_v3.sql:288', 'coe_v3.sql:295', 'loe_v3.sql:97']);
    expect(result.notes.filter((n) => n.rule === 'ddl-object-table').map((n) => n.object)).toEqual(['oc_cre.sql:221']);
    expect(result.notes.filter((n) => n.rule === 'ddl-unreadable-statement')).toEqual([]);
  });
});

describe('Chinook_Oracle.sql', () => {
  it('has 11 tables, 64 columns, 11 PKs and 11 FKs (counted from the file)', () => {
    const result = readOracleFiles([source('/work/shared/testdata/chinook/Chinook_Oracle.sql')], 'CHINOOK');
    // Album 3, Artist 2, Customer 13, Employee 15, Genre 2, Invoice 9, InvoiceLine 5, MediaType 2,
    // Playlist 2, PlaylistTrack 2, Track 9; 11 ALTER TABLE … ADD CONSTRAINT FK_…; no CREATE INDEX.
    expect(totals(result.schemas[0] as CatalogSchema)).toEqual({
      tables: 11, columns: 64, primaryKeys: 11, uniqueKeys: 0, foreignKeys: 11, indexes: 0, views: 0, sequences: 0,
    });
    expect(table(result.schemas[0], 'TRACK').columns.find((c) => c.name === 'UNITPRICE')).toMatchObject({ nativeType: 'NUMBER', precision: 10, scale: 2 });
  });
});

describe('Oracle column and table forms', () => {
  const read = (text: string) => readOracleDdl(text, { file: 'x.sql', defaultSchema: 'APP' });

  it('maps types to their dictionary form', () => {
    const result = read(`CREATE TABLE app.t (
      a VARCHAR2(20 CHAR), b VARCHAR2(20 BYTE), c NUMBER(*,0), d INTEGER, e FLOAT, f TIMESTAMP(3) WITH TIME ZONE,
      g TIMESTAMP WITH LOCAL TIME ZONE, h INTERVAL DAY(3) TO SECOND(2), i CHAR, j RAW(16), k NCHAR(3), l VARCHAR(10),
      m DECIMAL(5), "Mixed" NUMBER DEFAULT 0 NOT NULL, o DOUBLE PRECISION, p CLOB, q XMLTYPE, r NUMBER(10));`);
    const columns = result.schemas[0]?.tables[0]?.columns ?? [];
    const shape = columns.map((c) => [c.name, c.nativeType, c.length, c.precision, c.scale, c.lengthSemantics ?? null]);
    expect(shape).toEqual([
      ['A', 'VARCHAR2', 20, null, null, 'char'], ['B', 'VARCHAR2', 20, null, null, 'byte'], ['C', 'NUMBER', null, null, 0, null],
      ['D', 'NUMBER', null, null, 0, null], ['E', 'FLOAT', null, 126, null, null], ['F', 'TIMESTAMP(3) WITH TIME ZONE', null, null, 3, null],
      ['G', 'TIMESTAMP(6) WITH LOCAL TIME ZONE', null, null, 6, null], ['H', 'INTERVAL DAY(3) TO SECOND(2)', null, 3, 2, null],
      ['I', 'CHAR', 1, null, null, 'byte'], ['J', 'RAW', 16, null, null, null], ['K', 'NCHAR', 3, null, null, 'char'],
      ['L', 'VARCHAR2', 10, null, null, 'byte'], ['M', 'NUMBER', null, 5, 0, null], ['Mixed', 'NUMBER', null, null, null, null],
      ['O', 'FLOAT', null, 126, null, null], ['P', 'CLOB', null, null, null, null], ['Q', 'XMLTYPE', null, null, null, null],
      ['R', 'NUMBER', null, 10, 0, null],
    ]);
    expect(columns[13]).toMatchObject({ name: 'Mixed', default: '0', nullable: false });
    expect(result.notes).toEqual([]);
  });

  it('reads defaults, DEFAULT ON NULL, identity options, virtual columns and inline constraints', () => {
    const result = read(`CREATE TABLE t (
      id NUMBER GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5) CONSTRAINT t_pk PRIMARY KEY,
      created DATE DEFAULT SYSDATE + 1 NOT NULL,
      status VARCHAR2(10) DEFAULT ON NULL 'NEW',
      code VARCHAR2(5) CONSTRAINT t_code_uk UNIQUE USING INDEX TABLESPACE users,
      total AS (id * 2) VIRTUAL,
      parent NUMBER REFERENCES t (id) ON DELETE SET NULL DISABLE,
      CONSTRAINT t_ck CHECK (id > 0)
    ) TABLESPACE users STORAGE (INITIAL 64K) LOB (x) STORE AS (TABLESPACE lobs);`);
    const t = result.schemas[0]?.tables[0];
    expect(t?.columns.map((c) => [c.name, c.default, c.nullable, c.identity, c.computed ?? null])).toEqual([
      ['ID', null, false, { generation: 'always', start: '100', increment: '5' }, null],
      ['CREATED', 'SYSDATE + 1', false, null, null],
      ['STATUS', "'NEW'", false, null, null],
      ['CODE', null, true, null, null],
      ['TOTAL', null, true, null, 'id * 2'],
      ['PARENT', null, true, null, null],
    ]);
    expect(t?.primaryKey).toEqual({ name: 'T_PK', columns: ['ID'] });
    expect(t?.uniqueKeys).toEqual([{ name: 'T_CODE_UK', columns: ['CODE'] }]);
    expect(t?.foreignKeys).toEqual([{ name: null, columns: ['PARENT'], refSchema: 'APP', refTable: 'T', refColumns: ['ID'], onDelete: 'SET NULL', enabled: false }]);
  });

  it('reads partitioning, ALTER TABLE MODIFY identity / NOT NULL, bitmap and function-based indexes', () => {
    const result = read(`CREATE TABLE sales (id NUMBER, sold DATE, region VARCHAR2(2), amount NUMBER(12,2))
      PARTITION BY RANGE (sold) INTERVAL (NUMTOYMINTERVAL(1,'MONTH'))
      (PARTITION p0 VALUES LESS THAN (DATE '2020-01-01'), PARTITION p1 VALUES LESS THAN (DATE '2021-01-01'));
    ALTER TABLE sales MODIFY (id GENERATED BY DEFAULT AS IDENTITY, region NOT NULL);
    ALTER TABLE sales MODIFY amount DEFAULT 0;
    CREATE BITMAP INDEX sales_region_bx ON sales (region) LOCAL;
    CREATE INDEX sales_upper_ix ON sales (UPPER(region), sold DESC);
    CREATE TABLE h (k NUMBER) PARTITION BY HASH (k) PARTITIONS 8;`);
    const sales = table(result.schemas[0], 'SALES');
    expect(sales.partitioning).toEqual({ type: 'interval', columns: ['SOLD'], partitionCount: 2, subpartitioning: null });
    expect(table(result.schemas[0], 'H').partitioning).toEqual({ type: 'hash', columns: ['K'], partitionCount: 8, subpartitioning: null });
    expect(sales.columns[0]).toMatchObject({ identity: { generation: 'by-default', start: '1', increment: '1' }, nullable: false });
    expect(sales.columns[2]).toMatchObject({ name: 'REGION', nullable: false });
    expect(sales.columns[3]).toMatchObject({ name: 'AMOUNT', default: '0', precision: 12, scale: 2 });
    expect(sales.indexes).toEqual([
      { name: 'SALES_REGION_BX', unique: false, kind: 'bitmap', columns: [{ name: 'REGION', descending: false }] },
      { name: 'SALES_UPPER_IX', unique: false, kind: 'btree', columns: [{ name: 'UPPER(region)', descending: false, expression: true }, { name: 'SOLD', descending: true }] },
    ]);
  });

  it('keeps a broken CREATE TABLE as a note with file:line and reads the rest', () => {
    const result = read('CREATE TABLE good1 (a NUMBER);\n\nCREATE TABLE broken (a NUMBER, b VARCHAR2(10) FROBNICATE);\nCREATE TABLE good2 (a NUMBER);\n');
    expect(result.schemas[0]?.tables.map((t) => t.name)).toEqual(['GOOD1', 'GOOD2']);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatchObject({ rule: 'ddl-unreadable-statement', severity: 'warning', object: 'x.sql:3' });
    expect(result.notes[0]?.message).toContain('CREATE TABLE broken');
  });

  it('counts PL/SQL units with their lines and keeps quoted names as written', () => {
    const result = read('CREATE OR REPLACE PACKAGE BODY "pkg" AS\n  PROCEDURE p IS BEGIN NULL; END;\nEND;\n/\nCREATE PUBLIC SYNONYM ps FOR app.t;\nCREATE TABLE "Mixed Case" ("Id" NUMBER);');
    expect(result.schemas.map((s) => s.name)).toEqual(['APP', 'PUBLIC']);
    expect(result.schemas[0]?.routines).toEqual([{ name: 'pkg', kind: 'package body', lines: 3 }]);
    expect(result.schemas[0]?.tables[0]?.name).toBe('Mixed Case');
    expect(result.schemas[0]?.tables[0]?.columns[0]?.name).toBe('Id');
    expect(result.schemas[1]?.routines).toEqual([{ name: 'PS', kind: 'synonym', lines: null }]);
  });
});

describe('Oracle ALTER SESSION SET CURRENT_SCHEMA', () => {
  it('puts later unqualified objects into the named schema', () => {
    const result = readOracleDdl('CREATE TABLE a (x NUMBER);\nALTER SESSION SET CURRENT_SCHEMA = sales;\nCREATE TABLE b (x NUMBER);\nALTER SESSION SET CURRENT_SCHEMA="Mixed";\nCREATE TABLE c (x NUMBER);',
      { file: 'x.sql', defaultSchema: 'APP' });
    expect(result.schemas.map((s) => [s.name, s.tables.map((t) => t.name)])).toEqual([['APP', ['A']], ['Mixed', ['C']], ['SALES', ['B']]]);
  });
});

describe('Oracle q-quoted and national string defaults', () => {
  it('keeps the default text as written', () => {
    const result = readOracleDdl("CREATE TABLE t (a VARCHAR2(20) DEFAULT q'[it's; ok]' NOT NULL, b NVARCHAR2(5) DEFAULT N'x', c NUMBER DEFAULT -1);",
      { file: 'x.sql', defaultSchema: 'APP' });
    expect(result.schemas[0]?.tables[0]?.columns.map((c) => [c.default, c.nullable])).toEqual([["q'[it's; ok]'", false], ["N'x'", true], ['-1', true]]);
  });
});
