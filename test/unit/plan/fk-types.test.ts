/**
 * A foreign key can only be created when its columns have the type of the key they reference
 * (PostgreSQL: "cannot be implemented … numeric and bigint"; SQL Server and MySQL refuse other
 * integer widths). For every FK of every schema we have — the golden inventories, the fixture ERP
 * rendered for PostgreSQL, Oracle-shaped PostgreSQL and MariaDB, and the DDL exports of
 * shared/testdata read through the DDL readers — planned for every target the source can go to,
 * each referencing column gets exactly the target type of the column it references.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSchema, renderFixtureDdl, type FixtureTarget } from '../../../fixtures/erp/index.js';
import { EMPTY_MAPPING, parseMappingFile } from '../../../src/config/mapping-file.js';
import { readSourceTypeMapper } from '../../../src/config/source-type-rules.js';
import { readDdlSnapshot } from '../../../src/ddl/read-ddl.js';
import { buildInventory } from '../../../src/inventory/build-inventory.js';
import { readModuleCatalogs } from '../../../src/inventory/classify.js';
import type { DialectName } from '../../../src/model/catalog.js';
import type { Inventory } from '../../../src/model/inventory.js';
import type { Plan, PlannedColumn, PlannedTable, TargetName } from '../../../src/model/plan.js';
import { alignForeignKeyTypes } from '../../../src/plan/align-fk-types.js';
import { makeTableMappings } from '../../../src/dms/table-mappings.js';
import { makePlan } from '../../../src/plan/make-plan.js';
import { isHomogeneous } from '../../../src/plan/map-types.js';
import { targetTypesFile } from '../../../src/plan/target-types.js';

const TESTDATA = path.resolve(import.meta.dirname, '../../../../shared/testdata');
const TARGETS: readonly TargetName[] = ['postgres', 'aurora-postgresql', 'mysql', 'oracle', 'sqlserver'];
const DIGEST = 'sha256:test';

const golden = (name: string): Inventory => JSON.parse(readFileSync(`test/golden/inputs/${name}.inventory.json`, 'utf8')) as Inventory;

async function fromDdl(dialect: DialectName, inputs: readonly string[], defaultSchema?: string): Promise<Inventory> {
  const snapshot = await readDdlSnapshot(inputs, { dialect, ...(defaultSchema ? { defaultSchema } : {}) });
  return buildInventory(snapshot, { origin: 'ddl', typeMapper: readSourceTypeMapper(dialect), modules: readModuleCatalogs() });
}

async function fixtureErp(target: FixtureTarget): Promise<Inventory> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'erpm-fk-types-')), `fixture-${target}.sql`);
  writeFileSync(file, `${renderFixtureDdl(fixtureSchema, target).join(';\n')};\n`);
  return fromDdl(target === 'mysql' ? 'mysql' : 'postgres', [file], target === 'mysql' ? 'erp' : 'public');
}

const INPUTS: readonly { readonly name: string; readonly read: () => Promise<Inventory> }[] = [
  ...['oracle-hr', 'northwind', 'synthetic-erp', 'fixture-erp'].map((name) => ({ name: `golden ${name}`, read: async () => golden(name) })),
  ...(['postgres', 'postgres-oracle-shaped', 'mysql'] as const).map((target) => ({ name: `fixture ERP DDL (${target})`, read: () => fixtureErp(target) })),
  { name: 'Oracle HR', read: () => fromDdl('oracle', [`${TESTDATA}/oracle/human_resources/hr_create.sql`], 'HR') },
  { name: 'Oracle CO', read: () => fromDdl('oracle', [`${TESTDATA}/oracle/customer_orders/co_create.sql`], 'CO') },
  { name: 'Oracle OE', read: () => fromDdl('oracle', [`${TESTDATA}/oracle/order_entry`], 'OE') },
  { name: 'Chinook Oracle', read: () => fromDdl('oracle', [`${TESTDATA}/chinook/Chinook_Oracle.sql`], 'CHINOOK') },
  { name: 'Chinook SQL Server', read: () => fromDdl('mssql', [`${TESTDATA}/chinook/Chinook_SqlServer.sql`]) },
  { name: 'Chinook PostgreSQL', read: () => fromDdl('postgres', [`${TESTDATA}/chinook/Chinook_PostgreSql.sql`]) },
  { name: 'Chinook MySQL', read: () => fromDdl('mysql', [`${TESTDATA}/chinook/Chinook_MySql.sql`]) },
  { name: 'Northwind', read: () => fromDdl('mssql', [`${TESTDATA}/sqlserver/northwind/instnwnd.sql`]) },
  { name: 'pubs', read: () => fromDdl('mssql', [`${TESTDATA}/sqlserver/pubs/instpubs.sql`]) },
];

const tablesOf = (plan: Plan): PlannedTable[] => plan.waves.flatMap((w) => w.tasks.flatMap((t) => t.tables));

/** `child.column type ≠ parent.column type` for every FK column pair whose types differ; and how many pairs were compared. */
function fkTypeMismatches(plan: Plan): { compared: number; mismatches: string[] } {
  const tables = tablesOf(plan);
  const byName = new Map(tables.map((t) => [`${t.targetSchema}.${t.targetTable}`, t]));
  let compared = 0;
  const mismatches: string[] = [];
  for (const child of tables) {
    for (const fk of child.foreignKeys) {
      const parent = byName.get(`${fk.refSchema}.${fk.refTable}`);
      fk.columns.forEach((name, i) => {
        const column = child.columns.find((c) => c.target === name && !c.excluded);
        const key = parent?.columns.find((c) => c.target === fk.refColumns[i] && !c.excluded);
        if (column === undefined || key === undefined) return;
        compared += 1;
        if (column.targetType !== key.targetType) {
          mismatches.push(`${child.targetTable}.${name} ${column.targetType} → ${fk.refTable}.${key.target} ${key.targetType} (${fk.name ?? ''})`);
        }
      });
    }
  }
  return { compared, mismatches };
}

const reachable = (source: DialectName, target: TargetName): boolean => isHomogeneous(source, target) || targetTypesFile(target) !== null;

describe('FK columns get the target type of the key they reference', () => {
  for (const input of INPUTS) {
    it(`${input.name}: every FK × every target`, async () => {
      const inventory = await input.read();
      let targets = 0;
      for (const target of TARGETS) {
        if (!reachable(inventory.source.dialect, target)) continue;
        targets += 1;
        const { plan } = makePlan(inventory, DIGEST, EMPTY_MAPPING, { target, waves: 'by-dependency' });
        const { compared, mismatches } = fkTypeMismatches(plan);
        expect(compared, `${input.name} → ${target}: FK columns compared`).toBeGreaterThan(0);
        expect(mismatches, `${input.name} → ${target}`).toEqual([]);
      }
      expect(targets).toBeGreaterThanOrEqual(3);
    });
  }
});

/** A small Oracle schema with the shapes that go wrong: identity INTEGER, composite, unique-key, chain, self-reference. */
const ORACLE_DDL = `
CREATE TABLE app.customers (id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, code VARCHAR2(10) NOT NULL, region NUMBER(4) NOT NULL,
  parent_id NUMBER, CONSTRAINT customers_code_uk UNIQUE (code, region), CONSTRAINT customers_parent_fk FOREIGN KEY (parent_id) REFERENCES app.customers (id));
CREATE TABLE app.accounts (customer_id NUMBER PRIMARY KEY, opened DATE, CONSTRAINT accounts_customer_fk FOREIGN KEY (customer_id) REFERENCES app.customers (id));
CREATE TABLE app.postings (id NUMBER(12) PRIMARY KEY, account_id NUMBER(38) NOT NULL, cust_code VARCHAR2(40), cust_region NUMBER,
  CONSTRAINT postings_account_fk FOREIGN KEY (account_id) REFERENCES app.accounts (customer_id),
  CONSTRAINT postings_code_fk FOREIGN KEY (cust_code, cust_region) REFERENCES app.customers (code, region));
`;

describe('FK type alignment: the cases, and what the plan records', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'erpm-fk-shapes-')), 'app.sql');
  writeFileSync(file, ORACLE_DDL);
  const inventory = await fromDdl('oracle', [file], 'APP');
  const plan = (text = '', target: TargetName = 'postgres') => makePlan(inventory, DIGEST,
    text === '' ? EMPTY_MAPPING : parseMappingFile(`format: erp-migrate/mapping@1\n${text}`, 'm.yaml', inventory, target).config!, { target, waves: 'by-dependency' });
  const typeOf = (p: Plan, table: string, column: string): string | undefined =>
    tablesOf(p).find((t) => t.sourceTable === table)?.columns.find((c) => c.source === column)?.targetType;

  it('identity INTEGER → bigint, and the self-reference, the chain and the composite unique-key FK follow', () => {
    const { plan: p, problems } = plan();
    expect(problems).toEqual([]);
    expect(typeOf(p, 'CUSTOMERS', 'ID')).toBe('bigint');
    expect(typeOf(p, 'CUSTOMERS', 'PARENT_ID')).toBe('bigint');
    expect(typeOf(p, 'ACCOUNTS', 'CUSTOMER_ID')).toBe('bigint');
    expect(typeOf(p, 'POSTINGS', 'ACCOUNT_ID')).toBe('bigint'); // postings → accounts → customers
    expect(typeOf(p, 'POSTINGS', 'CUST_CODE')).toBe('varchar(10)');
    expect(typeOf(p, 'POSTINGS', 'CUST_REGION')).toBe('smallint');
    expect(fkTypeMismatches(p).mismatches).toEqual([]);
  });

  it('records each changed column as a decision naming the key it follows', () => {
    const notes = plan().plan.decisions.filter((d) => d.message.startsWith('[fk-type]'));
    expect(notes.map((d) => `${d.severity} ${d.object}: ${d.message}`)).toEqual([
      'info APP.ACCOUNTS.CUSTOMER_ID: [fk-type] numeric → bigint, the type of APP.CUSTOMERS.ID it references (accounts_customer_fk)',
      'info APP.CUSTOMERS.PARENT_ID: [fk-type] numeric → bigint, the type of APP.CUSTOMERS.ID it references (customers_parent_fk)',
      'info APP.POSTINGS.ACCOUNT_ID: [fk-type] numeric(38,0) → bigint, the type of APP.ACCOUNTS.CUSTOMER_ID it references (postings_account_fk)',
      'info APP.POSTINGS.CUST_CODE: [fk-type] varchar(40) → varchar(10), the type of APP.CUSTOMERS.CODE it references (postings_code_fk)',
      'info APP.POSTINGS.CUST_REGION: [fk-type] numeric → smallint, the type of APP.CUSTOMERS.REGION it references (postings_code_fk)',
    ]);
  });

  it('on a homogeneous target too (SQL*Plus DDL keeps native types, the FK column takes the key\'s)', () => {
    const { plan: p } = plan('', 'oracle');
    expect(typeOf(p, 'POSTINGS', 'CUST_CODE')).toBe('VARCHAR2(10 BYTE)');
    expect(fkTypeMismatches(p).mismatches).toEqual([]);
  });

  it('a type override on the key is followed by the columns that reference it, renamed or not', () => {
    const { plan: p } = plan('rename:\n  columns: { APP.ACCOUNTS.CUSTOMER_ID: cust }\ntypes:\n  - { table: APP.CUSTOMERS, column: ID, target: "numeric(18,0)" }\n');
    expect(typeOf(p, 'CUSTOMERS', 'ID')).toBe('numeric(18,0)');
    expect(typeOf(p, 'ACCOUNTS', 'CUSTOMER_ID')).toBe('numeric(18,0)');
    expect(typeOf(p, 'POSTINGS', 'ACCOUNT_ID')).toBe('numeric(18,0)');
    expect(fkTypeMismatches(p).mismatches).toEqual([]);
  });

  it('an explicit override of the referencing column wins, with a warning that its FK cannot be created as is', () => {
    const { plan: p } = plan('types:\n  - { table: APP.POSTINGS, column: ACCOUNT_ID, target: "numeric(20,0)" }\n');
    expect(typeOf(p, 'POSTINGS', 'ACCOUNT_ID')).toBe('numeric(20,0)');
    const warning = p.decisions.filter((d) => d.object === 'APP.POSTINGS.ACCOUNT_ID' && d.severity === 'warning');
    expect(warning.map((d) => d.message)).toEqual([
      '[fk-type] numeric(20,0) (types: in the mapping file) differs from bigint of APP.ACCOUNTS.CUSTOMER_ID it references: postings_account_fk will fail in post-load; override the key the same way, or drop this override',
    ]);
  });
});

describe('FK type alignment and the DMS change-data-type rules', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'erpm-fk-dms-')), 'shop.sql');
  writeFileSync(file, [
    'CREATE TABLE `grades` (`grade` enum(\'A\',\'BB\') NOT NULL, PRIMARY KEY (`grade`)) ENGINE=InnoDB;',
    'CREATE TABLE `items` (`id` int NOT NULL, `grade` enum(\'A\',\'BB\',\'CCCC\') NOT NULL, PRIMARY KEY (`id`),',
    '  CONSTRAINT `items_grade_fk` FOREIGN KEY (`grade`) REFERENCES `grades` (`grade`)) ENGINE=InnoDB;', '',
  ].join('\n'));
  const inventory = await fromDdl('mysql', [file], 'shop');

  it('a referencing enum column takes the key\'s varchar length in the DDL and in its DMS change-data-type rule alike', () => {
    const { plan } = makePlan(inventory, DIGEST, EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency' });
    const items = tablesOf(plan).find((t) => t.sourceTable === 'items')!;
    expect(items.columns.find((c) => c.source === 'grade')).toMatchObject({ targetType: 'varchar(2)', conversion: 'to-text' });
    const task = plan.waves.flatMap((w) => w.tasks).find((t) => t.tables.includes(items))!;
    const rules = makeTableMappings(task, plan).rules.filter((r) => 'rule-action' in r && r['rule-action'] === 'change-data-type');
    expect(rules.map((r) => [r['object-locator']['table-name'], 'column-name' in r['object-locator'] ? r['object-locator']['column-name'] : '', 'data-type' in r ? r['data-type'] : null])).toEqual([
      ['grades', 'grade', { type: 'string', length: 2 }], ['items', 'grade', { type: 'string', length: 2 }],
    ]);
  });
});

describe('alignForeignKeyTypes on its own', () => {
  const column = (targetType: string): PlannedColumn => ({
    source: 'ID', target: 'id', sourceType: 'NUMBER', canonicalType: 'number', targetType, nullable: false, default: null, identity: null, conversion: 'none', lossy: null, excluded: false,
  });
  const tableOf = (name: string, type: string, ref?: string, enabled?: boolean): PlannedTable => ({
    sourceSchema: 'S', sourceTable: name.toUpperCase(), targetSchema: 's', targetTable: name, module: 'finance', rows: 1, bytes: 1, columns: [column(type)],
    primaryKey: { name: `${name}_pk`, columns: ['id'] }, primaryKeySource: 'source', uniqueKeys: [], indexes: [], filters: [], findings: [],
    foreignKeys: ref === undefined ? [] : [{ name: `${name}_fk`, columns: ['id'], refSchema: 's', refTable: ref, refColumns: ['id'], onDelete: 'NO ACTION', ...(enabled === undefined ? {} : { enabled }) }],
    parallelLoad: { type: 'none', columns: [], boundaries: [] }, lob: { mode: 'none', maxSizeKb: null, chunkSizeKb: null },
  });
  const never = () => false;

  it('follows a chain of 20,000 keys without running out of stack', () => {
    const tables = [tableOf('t0', 'bigint'), ...Array.from({ length: 20_000 }, (_, i) => tableOf(`t${i + 1}`, 'numeric', `t${i}`))];
    const { tables: aligned, decisions } = alignForeignKeyTypes(tables, { explicit: never });
    expect(new Set(aligned.map((t) => t.columns[0]!.targetType))).toEqual(new Set(['bigint']));
    expect(decisions).toHaveLength(20_000);
  });

  it('closes a cycle of keys on one type, and warns when the source does not enforce the FK', () => {
    const { tables, decisions } = alignForeignKeyTypes([tableOf('a', 'integer', 'b'), tableOf('b', 'bigint', 'a', false)], { explicit: never });
    expect(tables.map((t) => t.columns[0]!.targetType)).toEqual(['integer', 'integer']);
    expect(decisions.map((d) => `${d.severity} ${d.object}: ${d.message}`)).toEqual([
      'warning S.B.ID: [fk-type] bigint → integer, the type of S.A.ID it references (b_fk); the source does not enforce b_fk, so a value that is not a key may not fit',
    ]);
  });
});
