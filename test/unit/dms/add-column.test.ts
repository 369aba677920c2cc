import { describe, expect, it } from 'vitest';
import { leftOutTransformations, makeTableMappings } from '../../../src/dms/table-mappings.js';
import { makeTaskSettings } from '../../../src/dms/task-settings.js';
import { validateDmsDocuments } from '../../../src/dms/validate.js';
import type { AddedColumn } from '../../../src/model/plan.js';
import { column, plan, table, task } from './sample-plan.js';

const SOURCE_SYSTEM: AddedColumn = { target: 'source_system', targetType: 'varchar(20)', expression: "'EBS-PROD'", dmsType: { type: 'string', length: 20 }, nullable: true };
const LOADED_AT: AddedColumn = { target: 'migrated_at', targetType: 'timestamp(0)', expression: "datetime('now')", dmsType: { type: 'datetime' }, nullable: true };
const TERM_CODE: AddedColumn = { target: 'term_code', targetType: 'numeric(14,0)', expression: '$TERM_ID * 100', dmsType: { type: 'numeric', precision: 14, scale: 0 }, nullable: true };

const LINES = table('GL_JE_LINES', { columns: [column('JE_LINE_ID', 'bigint'), column('AMOUNT', 'numeric(12,2)')], addedColumns: [SOURCE_SYSTEM, LOADED_AT] });
const TERMS = table('AP_TERMS', { columns: [column('TERM_ID', 'bigint')], addedColumns: [TERM_CODE] });
const T = task([LINES, TERMS]);

describe('add-column rules', () => {
  it('writes one add-column rule per added column after the name rules, with unique deterministic ids', () => {
    const rules = makeTableMappings(T, plan([T])).rules;
    expect(rules.map((r) => r['rule-name'])).toEqual([
      'select1', 'select2', 'lowercase3', 'lowercase4', 'lowercase5', 'addcolumn6', 'addcolumn7', 'addcolumn8',
    ]);
    expect(rules.slice(5)).toEqual([
      {
        'rule-id': '6', 'rule-name': 'addcolumn6', 'rule-type': 'transformation', 'rule-target': 'column', 'rule-action': 'add-column',
        'object-locator': { 'schema-name': 'ERP', 'table-name': 'AP[_]TERMS' },
        value: 'term_code', expression: '$TERM_ID * 100', 'data-type': { type: 'numeric', precision: 14, scale: 0 },
      },
      {
        'rule-id': '7', 'rule-name': 'addcolumn7', 'rule-type': 'transformation', 'rule-target': 'column', 'rule-action': 'add-column',
        'object-locator': { 'schema-name': 'ERP', 'table-name': 'GL[_]JE[_]LINES' },
        value: 'source_system', expression: "'EBS-PROD'", 'data-type': { type: 'string', length: 20 },
      },
      {
        'rule-id': '8', 'rule-name': 'addcolumn8', 'rule-type': 'transformation', 'rule-target': 'column', 'rule-action': 'add-column',
        'object-locator': { 'schema-name': 'ERP', 'table-name': 'GL[_]JE[_]LINES' },
        value: 'migrated_at', expression: "datetime('now')", 'data-type': { type: 'datetime' },
      },
    ]);
    expect(makeTableMappings(task([TERMS, LINES]), plan([T]))).toEqual(makeTableMappings(T, plan([T])));
  });

  it('is not left out by the one-action-per-object rule even though name rules reach its table', () => {
    expect(leftOutTransformations(T)).toEqual([]);
  });

  it('passes the structural validator', () => {
    expect(validateDmsDocuments(makeTableMappings(T, plan([T])), makeTaskSettings(T, plan([T])))).toEqual([]);
  });
});

describe('validateDmsDocuments on add-column', () => {
  const SETTINGS = makeTaskSettings(T, plan([T]));
  const base = {
    'rule-id': '99', 'rule-name': 'addcolumn99', 'rule-type': 'transformation', 'rule-target': 'column', 'rule-action': 'add-column',
    'object-locator': { 'schema-name': 'ERP', 'table-name': 'GL[_]JE[_]LINES' }, value: 'x', expression: "'a'", 'data-type': { type: 'string', length: 5 },
  };
  const selection = { 'rule-id': '1', 'rule-name': 'select1', 'rule-type': 'selection', 'rule-action': 'include', 'object-locator': { 'schema-name': 'ERP', 'table-name': '%' } };
  const check = (rule: Record<string, unknown>): string[] => validateDmsDocuments({ rules: [selection, rule] }, SETTINGS);
  const without = (key: string): Record<string, unknown> => Object.fromEntries(Object.entries(base).filter(([k]) => k !== key));

  it('accepts a valid rule', () => {
    expect(check(base)).toEqual([]);
  });
  it('rejects a rule without value, expression, data-type or table-name', () => {
    expect(check(without('value'))).toEqual(['rules[1] (rule-id 99): add-column needs a value']);
    expect(check(without('expression'))).toEqual(['rules[1] (rule-id 99): add-column needs an expression']);
    expect(check({ ...base, expression: '  ' })).toEqual(['rules[1] (rule-id 99): add-column needs an expression']);
    expect(check(without('data-type'))).toEqual(['rules[1] (rule-id 99): data-type is missing']);
    expect(check({ ...base, 'object-locator': { 'schema-name': 'ERP' } })).toEqual([
      'rules[1] (rule-id 99): object-locator.table-name is missing', 'rules[1] (rule-id 99): add-column needs object-locator.table-name',
    ]);
  });
  it('rejects an invalid data-type and a non-column target', () => {
    expect(check({ ...base, 'data-type': { type: 'varchar', length: 5 } })).toEqual(['rules[1] (rule-id 99): data-type.type "varchar" is not a DMS data type']);
    expect(check({ ...base, 'data-type': { type: 'string', length: 0 } })).toEqual(['rules[1] (rule-id 99): data-type.length must be a positive integer']);
    expect(check({ ...base, 'data-type': { type: 'numeric', precision: 4, scale: 6 } })).toEqual(['rules[1] (rule-id 99): data-type.scale is larger than precision']);
    expect(check({ ...base, 'data-type': { type: 'numeric', precision: '12' } })).toEqual(['rules[1] (rule-id 99): data-type.precision must be a positive integer']);
    expect(check({ ...base, 'rule-target': 'table' })).toEqual(['rules[1] (rule-id 99): add-column applies to rule-target column only']);
  });
});
