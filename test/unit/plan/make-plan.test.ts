import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMPTY_MAPPING, parseMappingFile, type MappingConfig } from '../../../src/config/mapping-file.js';
import type { Inventory, InventoryTable } from '../../../src/model/inventory.js';
import type { PlannedTable } from '../../../src/model/plan.js';
import { isValidDmsIdentifier } from '../../../src/plan/identifiers.js';
import { TABLE_MAPPINGS_SAFE_BYTES, makePlan } from '../../../src/plan/make-plan.js';
import { stableStringify } from '../../../src/util/stable-json.js';

const HR = JSON.parse(readFileSync('test/golden/inputs/oracle-hr.inventory.json', 'utf8')) as Inventory;
const SYNTHETIC = JSON.parse(readFileSync('test/golden/inputs/synthetic-erp.inventory.json', 'utf8')) as Inventory;
const DIGEST = 'sha256:test';

function mapping(text: string, inventory: Inventory = HR): MappingConfig {
  const parsed = parseMappingFile(`format: erp-migrate/mapping@1\n${text}`, 'm.yaml', inventory, 'postgres');
  expect(parsed.problems).toEqual([]);
  return parsed.config!;
}

const tablesOf = (plan: ReturnType<typeof makePlan>['plan']): PlannedTable[] => plan.waves.flatMap((w) => w.tasks.flatMap((t) => t.tables));
const find = (plan: ReturnType<typeof makePlan>['plan'], table: string): PlannedTable => tablesOf(plan).find((t) => t.sourceTable === table)!;

function withTable(inventory: Inventory, table: InventoryTable): Inventory {
  return { ...inventory, schemas: inventory.schemas.map((s, i) => (i === 0 ? { ...s, tables: [...s.tables, table] } : s)) };
}

describe('makePlan on Oracle HR → PostgreSQL', () => {
  const { plan, problems } = makePlan(HR, DIGEST, EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency', waveBytes: 0 });

  it('plans every table in 6 dependency waves with lower-case names and no problems', () => {
    expect(problems).toEqual([]);
    expect(plan.waves.map((w) => w.tasks.map((t) => t.tables.map((x) => x.targetTable)))).toEqual([
      [['jobs', 'regions']], [['countries']], [['locations']], [['departments']], [['employees']], [['job_history']],
    ]);
    expect(plan.waves.flatMap((w) => w.tasks.map((t) => t.kind))).toEqual(Array(6).fill('reference'));
    expect(plan.options.identifierCase).toBe('lower');
    for (const task of plan.waves.flatMap((w) => w.tasks)) {
      expect(isValidDmsIdentifier(task.id, 31)).toBe(true);
      expect(task.tableMappingsFile).toBe(`dms/${task.id}.table-mappings.json`);
    }
  });

  it('maps columns, keys and FKs to target names', () => {
    const emp = find(plan, 'EMPLOYEES');
    expect(emp.targetSchema).toBe('hr');
    expect(emp.columns.map((c) => `${c.target}:${c.targetType}`)).toEqual([
      'employee_id:integer', 'first_name:varchar(20)', 'last_name:varchar(25)', 'email:varchar(25)', 'phone_number:varchar(20)',
      'hire_date:timestamp(0)', 'job_id:varchar(10)', 'salary:numeric(8,2)', 'commission_pct:numeric(2,2)', 'manager_id:integer', 'department_id:smallint',
    ]);
    expect(emp.primaryKey).toEqual({ name: 'emp_emp_id_pk', columns: ['employee_id'] });
    expect(emp.uniqueKeys).toEqual([{ name: 'emp_email_uk', columns: ['email'] }]);
    expect(emp.foreignKeys.map((f) => `${f.name}→${f.refSchema}.${f.refTable}(${f.refColumns.join(',')})`)).toEqual([
      'emp_dept_fk→hr.departments(department_id)', 'emp_job_fk→hr.jobs(job_id)', 'emp_manager_fk→hr.employees(employee_id)',
    ]);
    expect(emp.indexes.map((i) => i.name)).toEqual(['emp_department_ix', 'emp_job_ix', 'emp_manager_ix', 'emp_name_ix']);
  });

  it('defers dept_mgr_fk to break the departments ↔ employees cycle and says so', () => {
    expect(plan.deferredConstraints).toEqual([{ schema: 'hr', table: 'departments', constraint: 'dept_mgr_fk', cycle: ['hr.departments', 'hr.employees'] }]);
    expect(plan.decisions.map((d) => `${d.severity} ${d.object}`)).toEqual([
      'warning HR.COUNTRIES', 'warning HR.DEPARTMENTS_SEQ', 'warning HR.EMPLOYEES_SEQ', 'warning HR.LOCATIONS_SEQ', 'info HR.EMPLOYEES_SEQ', 'info hr.departments.dept_mgr_fk',
    ]);
  });

  it('by default loads small schemas in one wave, listing parents first inside the task', () => {
    const merged = makePlan(HR, DIGEST, EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency' }).plan;
    expect(merged.waves).toHaveLength(1);
    expect(merged.waves[0]!.tasks).toHaveLength(1);
    const order = merged.waves[0]!.tasks[0]!.tables.map((t) => t.targetTable);
    expect(order.indexOf('regions')).toBeLessThan(order.indexOf('countries'));
    expect(order.indexOf('countries')).toBeLessThan(order.indexOf('locations'));
    expect(order.indexOf('locations')).toBeLessThan(order.indexOf('departments'));
    expect(order.indexOf('employees')).toBeLessThan(order.indexOf('job_history'));
    // a wave budget below one level's bytes stages every level again
    const staged = makePlan(HR, DIGEST, EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency', waveBytes: 1 }).plan;
    expect(staged.waves).toHaveLength(6);
  });

  it('is deterministic: the same input gives the same JSON', () => {
    const again = makePlan(structuredClone(HR), DIGEST, EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency', waveBytes: 0 });
    expect(stableStringify(again.plan)).toBe(stableStringify(plan));
  });
});

describe('makePlan with mapping decisions', () => {
  it('excludes, renames and re-points FKs at renamed parents', () => {
    const m = mapping('tables:\n  exclude: [HR.JOB_HISTORY]\nrename:\n  schemas: { HR: people }\n  tables: { HR.EMPLOYEES: staff }\n  columns: { HR.EMPLOYEES.EMAIL: email_address }\n');
    const { plan, problems } = makePlan(HR, DIGEST, m, { target: 'postgres', waves: 'by-dependency' });
    expect(problems).toEqual([]);
    expect(tablesOf(plan).length).toBe(6);
    const dept = find(plan, 'DEPARTMENTS');
    expect(dept.foreignKeys.find((f) => f.name === 'dept_mgr_fk')).toMatchObject({ refSchema: 'people', refTable: 'staff', refColumns: ['employee_id'] });
    expect(find(plan, 'EMPLOYEES').uniqueKeys).toEqual([{ name: 'emp_email_uk', columns: ['email_address'] }]);
    expect(plan.deferredConstraints[0]).toMatchObject({ schema: 'people', table: 'departments', cycle: ['people.departments', 'people.staff'] });
  });

  it('reports names that collide after case folding as problems', () => {
    const twin = { ...HR.schemas[0]!.tables.find((t) => t.name === 'JOBS')!, name: 'Jobs' };
    const { problems } = makePlan(withTable(HR, twin), DIGEST, EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency' });
    expect(problems).toEqual(['HR.Jobs: target table hr.jobs collides with HR.JOBS after case folding (lower); rename one in the mapping file']);
    const preserve = makePlan(withTable(HR, twin), DIGEST, mapping('identifierCase: preserve\n'), { target: 'postgres', waves: 'by-dependency' });
    expect(preserve.problems).toEqual([]);
  });

  it('an unsupported column is a problem naming schema.table.column unless the mapping decides', () => {
    const table: InventoryTable = {
      ...HR.schemas[0]!.tables.find((t) => t.name === 'REGIONS')!, name: 'DOCS',
      columns: [
        { name: 'DOC_ID', nativeType: 'NUMBER', length: null, precision: 9, scale: 0, nullable: false, default: null, identity: null, canonicalType: 'int32' },
        { name: 'FILE_REF', nativeType: 'BFILE', length: null, precision: null, scale: null, nullable: true, default: null, identity: null, canonicalType: 'unsupported(bfile)' },
      ],
      primaryKey: { name: 'DOCS_PK', columns: ['DOC_ID'] },
    };
    const inventory = withTable(HR, table);
    const bad = makePlan(inventory, DIGEST, EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency' });
    expect(bad.problems.length).toBe(1);
    expect(bad.problems[0]).toMatch(/^HR\.DOCS\.FILE_REF: FILE_REF BFILE: /);
    const excluded = makePlan(inventory, DIGEST, mapping('unsupported:\n  HR.DOCS.FILE_REF: exclude\n', inventory), { target: 'postgres', waves: 'by-dependency' });
    expect(excluded.problems).toEqual([]);
    expect(find(excluded.plan, 'DOCS').columns[1]).toMatchObject({ excluded: true, target: 'file_ref' });
    const typed = makePlan(inventory, DIGEST, mapping('unsupported:\n  HR.DOCS.FILE_REF: "varchar(512)"\n', inventory), { target: 'postgres', waves: 'by-dependency' });
    expect(find(typed.plan, 'DOCS').columns[1]).toMatchObject({ excluded: false, targetType: 'varchar(512)' });
  });

  it('type overrides: a column override beats a canonical one, and a column referencing it follows the key', () => {
    const m = mapping('types:\n  - { canonical: number, target: bigint, conversion: none }\n  - { table: HR.REGIONS, column: REGION_ID, target: integer }\n');
    const { plan } = makePlan(HR, DIGEST, m, { target: 'postgres', waves: 'by-dependency' });
    expect(find(plan, 'REGIONS').columns[0]!.targetType).toBe('integer');
    // COUNTRIES.REGION_ID (NUMBER) would be bigint by the canonical override; its FK needs the key's type
    expect(find(plan, 'COUNTRIES').columns[2]!.targetType).toBe('integer');
    expect(plan.decisions.filter((d) => d.object === 'HR.COUNTRIES.REGION_ID').map((d) => d.message)).toEqual([
      '[fk-type] bigint → integer, the type of HR.REGIONS.REGION_ID it references (countr_reg_fk)',
    ]);
  });

  it('a keyless table gets a warning, or the mapping primary key', () => {
    const keyless = { ...HR.schemas[0]!.tables.find((t) => t.name === 'JOBS')!, name: 'JOB_LOG', primaryKey: null };
    const inventory = withTable(HR, keyless);
    const none = makePlan(inventory, DIGEST, EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency' });
    expect(none.plan.decisions.filter((d) => d.object === 'HR.JOB_LOG').map((d) => d.severity)).toEqual(['warning']);
    const keyed = makePlan(inventory, DIGEST, mapping('primaryKeys:\n  HR.JOB_LOG: [JOB_ID]\n', inventory), { target: 'postgres', waves: 'by-dependency' });
    expect(find(keyed.plan, 'JOB_LOG')).toMatchObject({ primaryKey: { name: 'job_log_pkey', columns: ['job_id'] }, primaryKeySource: 'mapping' });
  });
});

describe('makePlan target names', () => {
  it('renames per-table index and key names that collide in the PostgreSQL schema namespace', () => {
    const base = HR.schemas[0]!.tables.find((t) => t.name === 'JOBS')!;
    const a = { ...base, name: 'A', primaryKey: { name: 'PK', columns: ['JOB_ID'] }, indexes: [{ name: 'IX_1', unique: false, kind: 'nonclustered', columns: [{ name: 'JOB_TITLE', descending: false }] }] };
    const b = { ...a, name: 'B' };
    const c = { ...a, name: 'C', primaryKey: { name: 'A', columns: ['JOB_ID'] }, indexes: [] };
    const inventory = { ...HR, schemas: [{ ...HR.schemas[0]!, name: 'S', tables: [a, b, c] }] };
    const { plan, problems } = makePlan(inventory, DIGEST, EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency' });
    expect(problems).toEqual([]);
    expect(['A', 'B', 'C'].map((n) => [find(plan, n).primaryKey!.name, ...find(plan, n).indexes.map((i) => i.name)])).toEqual([
      ['pk', 'ix_1'], ['b_pk', 'b_ix_1'], ['c_a'],
    ]);
    expect(plan.decisions.filter((d) => d.message.startsWith('name taken')).map((d) => d.message)).toEqual([
      'name taken in the target schema, renamed: ix_1 → b_ix_1', 'name taken in the target schema, renamed: pk → b_pk', 'name taken in the target schema, renamed: a → c_a',
    ]);
  });

  it('a target table name over 63 bytes is a problem', () => {
    const long = { ...HR.schemas[0]!.tables.find((t) => t.name === 'JOBS')!, name: 'J'.repeat(64) };
    const { problems } = makePlan(withTable(HR, long), DIGEST, EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency' });
    expect(problems).toEqual([`HR.${'J'.repeat(64)}: target name ${'j'.repeat(64)} is longer than 63 bytes (PostgreSQL/MySQL limit); rename it in the mapping file`]);
  });
});

describe('makePlan task assembly', () => {
  const m = mapping('unsupported:\n  dbo.OE_ORDER_HEADERS.ORG_NODE: text\ntasks:\n  maxTablesPerTask: 3\n', SYNTHETIC);
  const { plan, problems } = makePlan(SYNTHETIC, DIGEST, m, { target: 'postgres', waves: 'by-dependency', waveBytes: 0 });

  it('isolates large tables with ranges or partitions, groups LOB and reference tables', () => {
    expect(problems).toEqual([]);
    const tasks = plan.waves.flatMap((w) => w.tasks);
    expect(tasks.map((t) => `${t.wave}:${t.kind}:${t.tables.map((x) => x.sourceTable).join(',')}`)).toEqual([
      '1:large:GL_BALANCES', '1:lob:OE_ORDER_HEADERS', '1:reference:FND_CURRENCIES,FND_LOOKUP_VALUES,FND_USERS',
      '1:standard:AP_SUPPLIER_CONTACTS,AUDIT_EVENTS,OE_PRICE_LISTS',
      '2:lob:OE_ORDER_LINES', '2:reference:GL_LEDGERS', '2:standard:AP_SUPPLIER_SITES',
      '3:standard:AP_SUPPLIERS,GL_JE_HEADERS', '4:large:GL_JE_LINES', '4:standard:AP_INVOICES', '5:lob:AP_INVOICE_ATTACHMENTS',
    ]);
    expect(find(plan, 'GL_BALANCES').parallelLoad.type).toBe('partitions-auto');
    const lines = find(plan, 'GL_JE_LINES').parallelLoad;
    expect(lines.type).toBe('ranges');
    expect(lines.boundaries.length).toBe(48);
    expect(lines.boundaries[47]!.values).toEqual(['8823378861787096']);
    expect(tasks.find((t) => t.kind === 'lob' && t.wave === 5)!.lob).toEqual({ mode: 'limited', maxSizeKb: 16384, chunkSizeKb: null });
    expect(tasks.find((t) => t.kind === 'lob' && t.wave === 1)!.lob).toEqual({ mode: 'full', maxSizeKb: null, chunkSizeKb: 64 });
  });

  it('balances standard tables by bytes: largest first into the lightest task', () => {
    const packed = makePlan(SYNTHETIC, DIGEST, m, { target: 'postgres', waves: 'by-module', maxTaskBytes: 4 * 1024 ** 3 });
    const supply = packed.plan.waves.find((w) => w.tasks.some((t) => t.tables.some((x) => x.module === 'supply-chain')))!;
    expect(supply.tasks.filter((t) => t.kind === 'standard').map((t) => t.tables.map((x) => x.sourceTable))).toEqual([
      ['AP_INVOICES'], ['AP_SUPPLIER_CONTACTS', 'AP_SUPPLIER_SITES', 'AP_SUPPLIERS'],
    ]);
  });

  it('splits a task whose table mappings would pass the 2 MB limit', () => {
    const measure = (task: { tables: readonly unknown[] }): number => task.tables.length * (TABLE_MAPPINGS_SAFE_BYTES / 2);
    const split = makePlan(SYNTHETIC, DIGEST, m, { target: 'postgres', waves: 'by-dependency', waveBytes: 0, measureTableMappings: measure });
    const reference = split.plan.waves[0]!.tasks.filter((t) => t.kind === 'reference');
    expect(reference.map((t) => t.tables.map((x) => x.sourceTable))).toEqual([['FND_CURRENCIES', 'FND_LOOKUP_VALUES'], ['FND_USERS']]);
    expect(new Set(reference.map((t) => t.id)).size).toBe(2);
    expect(split.problems).toEqual([]);
  });
});

describe('index names per target', () => {
  it('keeps a per-table index name on SQL Server and MySQL targets, prefixes it on PostgreSQL', async () => {
    const { makeUniqueRelationNames } = await import('../../../src/plan/relation-names.js');
    const table = (name: string) => ({
      sourceSchema: 'dbo', sourceTable: name, targetSchema: 'dbo', targetTable: name, module: 'sales', rows: null, bytes: null, columns: [],
      primaryKey: { name: `PK_${name}`, columns: ['id'] }, primaryKeySource: 'source' as const, uniqueKeys: [], foreignKeys: [],
      indexes: [{ name: 'IX_Region', unique: false, kind: 'nonclustered', columns: [{ name: 'Region', descending: false }] }],
      filters: [], parallelLoad: { type: 'none' as const, columns: [], boundaries: [] }, lob: { mode: 'none' as const, maxSizeKb: null, chunkSizeKb: null }, findings: [],
    });
    const tables = [table('Customers'), table('Suppliers')];
    const onSqlServer = makeUniqueRelationNames(tables, 'sqlserver');
    expect(onSqlServer.renamed).toEqual([]);
    expect(onSqlServer.tables.map((t) => t.indexes[0]!.name)).toEqual(['IX_Region', 'IX_Region']);
    const onPostgres = makeUniqueRelationNames(tables, 'postgres');
    expect(onPostgres.tables.map((t) => t.indexes[0]!.name)).toEqual(['IX_Region', 'Suppliers_IX_Region']);
  });
});
