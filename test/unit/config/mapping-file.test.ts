import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isErpMigrateError } from '../../../src/errors.js';
import type { Inventory } from '../../../src/model/inventory.js';
import { parseMappingFile, readMappingFiles } from '../../../src/config/mapping-file.js';

const inventory = JSON.parse(readFileSync('test/golden/inputs/oracle-hr.inventory.json', 'utf8')) as Inventory;

const GOOD = `format: erp-migrate/mapping@1
identifierCase: lower
tables:
  include: ["HR.*"]
  exclude: ["HR.JOB_HISTORY", { module: hr }]
rename:
  schemas: { HR: hr_app }
  tables: { HR.EMPLOYEES: staff }
  columns: { HR.EMPLOYEES.EMAIL: email_address }
types:
  - { canonical: number, target: "numeric(38,10)", conversion: custom }
  - { table: HR.EMPLOYEES, column: SALARY, target: "numeric(10,2)" }
filters:
  HR.EMPLOYEES:
    - { column: HIRE_DATE, operator: gte, value: "2000-01-01" }
    - { column: SALARY, operator: between, start: 0, end: 99999 }
waves: { HR.JOBS: 2 }
tasks: { maxTablesPerTask: 10, largeTableBytes: 1000000 }
`;

// Each problem sits on a known line (1-based).
const BAD = `format: erp-migrate/mapping@1
tables:
  include:
    - HR.NOPE
    - { module: payroll }
rename:
  tables:
    HR.JOBS: regions
  columns:
    HR.EMPLOYEES.FIRST_NAME: last_name
    HR.EMPLOYEES.NOPE: x
types:
  - { canonical: "decimal(x)", target: "numbr(12)" }
filters:
  HR.EMPLOYEES:
    - { column: SALARY, operator: between, start: 1 }
primaryKeys:
  HR.REGIONS: [REGION_ID]
waves:
  HR.MISSING: 3
`;

describe('mapping file', () => {
  it('parses a valid file into decisions', () => {
    const parsed = parseMappingFile(GOOD, 'good.yaml', inventory, 'postgres');
    expect(parsed.problems).toEqual([]);
    const c = parsed.config!;
    expect(c.include).toEqual([{ pattern: 'HR.*' }]);
    expect(c.exclude).toEqual([{ name: 'HR.JOB_HISTORY' }, { module: 'hr' }]);
    expect(c.tableRenames).toEqual({ 'HR.EMPLOYEES': 'staff' });
    expect(c.typeOverrides[1]).toEqual({ table: 'HR.EMPLOYEES', column: 'SALARY', target: 'numeric(10,2)', targetType: 'numeric(10,2)', conversion: 'custom' });
    expect(c.filters['HR.EMPLOYEES']).toEqual([
      { column: 'HIRE_DATE', operator: 'gte', value: '2000-01-01', start: undefined, end: undefined },
      { column: 'SALARY', operator: 'between', value: undefined, start: '0', end: '99999' },
    ]);
    expect(c.sizing).toEqual({ maxTablesPerTask: 10, largeTableBytes: 1000000 });
  });

  it('reports every problem at once with file:line: path: message', () => {
    const { problems, config } = parseMappingFile(BAD, 'bad.yaml', inventory, 'postgres');
    expect(config).not.toBeNull();
    expect(problems).toEqual([
      'bad.yaml:4: tables.include[0]: unknown table "HR.NOPE" (write SCHEMA.TABLE as the source names it)',
      'bad.yaml:5: tables.include[1]: unknown module "payroll" (inventory has: hr)',
      'bad.yaml:8: rename.tables["HR.JOBS"]: target name hr.regions collides with HR.REGIONS after case folding (lower)',
      'bad.yaml:10: rename.columns["HR.EMPLOYEES.FIRST_NAME"]: target column name last_name collides with LAST_NAME after case folding (lower)',
      'bad.yaml:11: rename.columns["HR.EMPLOYEES.NOPE"]: unknown column "NOPE" in HR.EMPLOYEES',
      'bad.yaml:13: types[0].canonical: unknown canonical type "decimal(x)"',
      'bad.yaml:13: types[0].target: "numbr(12)" is not a postgres type',
      'bad.yaml:16: filters["HR.EMPLOYEES"][0]: operator between needs start and end',
      'bad.yaml:18: primaryKeys["HR.REGIONS"]: HR.REGIONS already has primary key REGION_ID',
      'bad.yaml:20: waves["HR.MISSING"]: unknown table "HR.MISSING"',
    ]);
  });

  it('reports schema errors and YAML syntax errors with their lines', () => {
    const schema = parseMappingFile('format: erp-migrate/mapping@1\nwaves:\n  HR.JOBS: 0\nbogus: 1\n', 'x.yaml', inventory, 'postgres');
    expect(schema.problems.length).toBe(2);
    expect(schema.problems[0]).toMatch(/^x\.yaml:3: waves\["HR\.JOBS"\]: /);
    expect(schema.problems[1]).toBe('x.yaml:4: bogus: unknown key "bogus"');
    const yaml = parseMappingFile('format: erp-migrate/mapping@1\ntables: [a\n', 'y.yaml', inventory, 'postgres');
    expect(yaml.config).toBeNull();
    expect(yaml.problems[0]).toMatch(/^y\.yaml:\d+:\d+: not valid YAML: /);
  });

  it('readMappingFiles throws one E_MAPPING_INVALID UsageError listing problems of every file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'erpm-mapping-'));
    await writeFile(join(dir, 'a.yaml'), BAD);
    await writeFile(join(dir, 'b.yaml'), 'format: erp-migrate/mapping@1\nunsupported:\n  HR.JOBS.JOB_ID: text\n');
    const error = await readMappingFiles([join(dir, 'a.yaml'), join(dir, 'b.yaml')], inventory, 'postgres').catch((e: unknown) => e);
    expect(isErpMigrateError(error)).toBe(true);
    const e = error as Error & { code: string; exitCode: number; problems: string[] };
    expect(e.code).toBe('E_MAPPING_INVALID');
    expect(e.exitCode).toBe(2);
    expect(e.problems.length).toBe(11);
    expect(e.message.split('\n')[0]).toBe('11 problem(s) in mapping file(s):');
    expect(e.problems[10]).toBe(`${join(dir, 'b.yaml')}:3: unsupported["HR.JOBS.JOB_ID"]: HR.JOBS.JOB_ID is varchar(10), not unsupported; use types: to override it`);
  });

  it('merges files: later renames win', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'erpm-mapping-'));
    await writeFile(join(dir, 'a.yaml'), 'format: erp-migrate/mapping@1\nrename:\n  tables: { HR.JOBS: roles, HR.REGIONS: areas }\n');
    await writeFile(join(dir, 'b.yaml'), 'format: erp-migrate/mapping@1\nidentifierCase: preserve\nrename:\n  tables: { HR.JOBS: positions }\n');
    const config = await readMappingFiles([join(dir, 'a.yaml'), join(dir, 'b.yaml')], inventory, 'postgres');
    expect(config.tableRenames).toEqual({ 'HR.JOBS': 'positions', 'HR.REGIONS': 'areas' });
    expect(config.identifierCase).toBe('preserve');
    expect(config.files.length).toBe(2);
  });
});

describe('mapping file addColumns', () => {
  const ADD = `format: erp-migrate/mapping@1
addColumns:
  HR.EMPLOYEES:
    - { name: SOURCE_SYSTEM, type: "varchar(20)", expression: "'EBS-PROD'" }
    - { name: MIGRATED_AT, type: "timestamp(0)", expression: "datetime('now')" }
`;
  // Each problem sits on a known line (1-based).
  const BAD_ADD = `format: erp-migrate/mapping@1
rename:
  columns: { HR.EMPLOYEES.EMAIL: contact }
addColumns:
  HR.NOPE:
    - { name: X, type: "varchar(5)", expression: "'a'" }
  HR.EMPLOYEES:
    - { name: salary, type: "varchar(20)", expression: "'EBS'" }
    - { name: CONTACT, type: integer, expression: "1" }
    - { name: SRC, type: "varchr(20)", expression: "'x'" }
    - { name: NOTE, type: text, expression: "'x'" }
    - { name: LOADED, type: date, expression: "  " }
    - { name: FULL_NAME, type: "varchar(50)", expression: "$FIRST_NAME||' '||$SURNAME" }
    - { name: src, type: "varchar", expression: "$AR_H_OPERATION" }
`;

  it('parses added columns in file order, names as written (folding happens in the plan)', () => {
    const parsed = parseMappingFile(ADD, 'add.yaml', inventory, 'postgres');
    expect(parsed.problems).toEqual([]);
    expect(parsed.config!.addColumns).toEqual({
      'HR.EMPLOYEES': [
        { name: 'SOURCE_SYSTEM', targetType: 'varchar(20)', expression: "'EBS-PROD'" },
        { name: 'MIGRATED_AT', targetType: 'timestamp(0)', expression: "datetime('now')" },
      ],
    });
  });

  it('reports every added-column problem at once with file:line', () => {
    expect(parseMappingFile(BAD_ADD, 'add.yaml', inventory, 'postgres').problems).toEqual([
      'add.yaml:5: addColumns["HR.NOPE"]: unknown table "HR.NOPE"',
      'add.yaml:8: addColumns["HR.EMPLOYEES"][0].name: added column salary collides with column HR.EMPLOYEES.SALARY after case folding (lower)',
      'add.yaml:9: addColumns["HR.EMPLOYEES"][1].name: added column contact collides with column HR.EMPLOYEES.EMAIL after case folding (lower)',
      'add.yaml:10: addColumns["HR.EMPLOYEES"][2].type: "varchr(20)" is not a postgres type',
      'add.yaml:11: addColumns["HR.EMPLOYEES"][3].type: "text" has no DMS add-column data type: text is a LOB type for DMS (CLOB/BLOB), and DMS only drops LOB columns; use varchar(n)',
      'add.yaml:12: addColumns["HR.EMPLOYEES"][4].expression: expression is empty: give a SQLite expression such as "\'EBS-PROD\'" or "datetime(\'now\')"',
      'add.yaml:13: addColumns["HR.EMPLOYEES"][5].expression: $SURNAME is not a column of HR.EMPLOYEES (write source column names)',
      'add.yaml:14: addColumns["HR.EMPLOYEES"][6].name: added column src collides with added column SRC after case folding (lower)',
      'add.yaml:14: addColumns["HR.EMPLOYEES"][6].type: "varchar" has no DMS add-column data type: varchar needs a length, e.g. varchar(20): DMS string needs one',
    ]);
  });

  it('checks the type against the target: double is MySQL, not PostgreSQL; a missing key is a schema problem', () => {
    const text = 'format: erp-migrate/mapping@1\naddColumns:\n  HR.REGIONS:\n    - { name: RATE, type: double, expression: "1.5" }\n';
    expect(parseMappingFile(text, 'a.yaml', inventory, 'mysql').problems).toEqual([]);
    expect(parseMappingFile(text, 'a.yaml', inventory, 'postgres').problems).toEqual(['a.yaml:4: addColumns["HR.REGIONS"][0].type: "double" is not a postgres type']);
    const missing = parseMappingFile('format: erp-migrate/mapping@1\naddColumns:\n  HR.REGIONS:\n    - { name: RATE, type: integer }\n', 'b.yaml', inventory, 'postgres');
    expect(missing.problems.length).toBe(1);
    expect(missing.problems[0]).toMatch(/^b\.yaml:4: addColumns\["HR\.REGIONS"\]\[0\]\.expression: /);
  });
});
