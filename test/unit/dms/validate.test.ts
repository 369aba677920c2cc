import { describe, expect, it } from 'vitest';
import { makeTableMappings } from '../../../src/dms/table-mappings.js';
import { makeTaskSettings } from '../../../src/dms/task-settings.js';
import { validateDmsDocuments } from '../../../src/dms/validate.js';
import { GL_HEADERS, GL_LINES, plan, task } from './sample-plan.js';

const T = task([GL_LINES, GL_HEADERS]);
const MAPPINGS = makeTableMappings(T, plan([T]));
const SETTINGS = makeTaskSettings(T, plan([T]));
const clone = <V>(value: V): V => JSON.parse(JSON.stringify(value)) as V;
type Doc = { rules: Record<string, unknown>[] };
const withRule = (rule: Record<string, unknown>): Doc => ({ rules: [...clone(MAPPINGS).rules as unknown as Record<string, unknown>[], rule] });
const sel = { 'rule-id': '99', 'rule-name': 'extra99', 'rule-type': 'selection', 'rule-action': 'include', 'object-locator': { 'schema-name': 'ERP', 'table-name': 'X' } };

describe('validateDmsDocuments', () => {
  it('accepts the generated documents', () => {
    expect(validateDmsDocuments(MAPPINGS, SETTINGS)).toEqual([]);
  });
  it('rejects a bad document shape and a file without selection', () => {
    expect(validateDmsDocuments([], SETTINGS)).toEqual(['table mappings: must be an object {"rules": [...]}']);
    expect(validateDmsDocuments({ rules: [] }, SETTINGS)).toEqual(['table mappings: at least one selection rule is required']);
  });
  it('catches rule-type, rule-action, rule-id and rule-name problems', () => {
    expect(validateDmsDocuments(withRule({ ...sel, 'rule-type': 'select' }), SETTINGS)).toEqual([
      'rules[8] (rule-id 99): rule-type "select" is not one of selection, transformation, table-settings, validation, object-mapping, post-processing',
    ]);
    expect(validateDmsDocuments(withRule({ ...sel, 'rule-action': 'rename' }), SETTINGS)).toEqual(['rules[8] (rule-id 99): rule-action "rename" is not valid for a selection']);
    expect(validateDmsDocuments(withRule({ ...sel, 'rule-id': '1' }), SETTINGS)).toEqual(['rules[8] (rule-id 1): rule-id is not unique']);
    expect(validateDmsDocuments(withRule({ ...sel, 'rule-id': 'a1' }), SETTINGS)).toEqual(['rules[8] (rule-id a1): rule-id must be a numeric string']);
    expect(validateDmsDocuments(withRule({ ...sel, 'rule-name': 'select1' }), SETTINGS)).toEqual(['rules[8] (rule-id 99): rule-name "select1" is not unique']);
  });
  it('catches missing locators and wildcards where exact names are required', () => {
    expect(validateDmsDocuments(withRule({ ...sel, 'object-locator': { 'schema-name': 'ERP' } }), SETTINGS)).toEqual(['rules[8] (rule-id 99): object-locator.table-name is missing']);
    expect(validateDmsDocuments(withRule({ ...sel, 'object-locator': undefined }), SETTINGS)).toEqual(['rules[8] (rule-id 99): object-locator is missing']);
    const settings = { 'rule-id': '99', 'rule-name': 's99', 'rule-type': 'table-settings', 'object-locator': { 'schema-name': 'ERP', 'table-name': 'GL%' }, 'parallel-load': { type: 'partitions-auto' } };
    expect(validateDmsDocuments(withRule(settings), SETTINGS)).toEqual(['rules[8] (rule-id 99): object-locator.table-name "GL%" must be an exact name (no % or [..])']);
    expect(validateDmsDocuments(withRule({ ...settings, 'object-locator': { 'schema-name': 'ERP', 'table-name': 'GL[_]X' } }), SETTINGS)).toHaveLength(1);
  });
  it('catches filter operator and value problems', () => {
    const filter = (conditions: unknown[]) => ({ ...sel, filters: [{ 'filter-type': 'source', 'column-name': 'A', 'filter-conditions': conditions }] });
    expect(validateDmsDocuments(withRule(filter([{ 'filter-operator': 'like', value: 'x' }])), SETTINGS)).toEqual([
      'rules[8] (rule-id 99): filters[0].filter-conditions[0].filter-operator "like" is not one of lte, ste, gte, eq, noteq, between, notbetween, null, notnull',
    ]);
    expect(validateDmsDocuments(withRule(filter([{ 'filter-operator': 'between', 'start-value': '1' }])), SETTINGS)).toEqual([
      'rules[8] (rule-id 99): filters[0].filter-conditions[0]: between needs start-value and end-value',
    ]);
    expect(validateDmsDocuments(withRule(filter([{ 'filter-operator': 'noteq', value: '1' }, { 'filter-operator': 'eq', value: '2' }])), SETTINGS)).toEqual([
      'rules[8] (rule-id 99): filters[0].filter-conditions[0]: noteq allows only one condition per filter',
    ]);
    expect(validateDmsDocuments(withRule({ ...filter([{ 'filter-operator': 'eq', value: '1' }]), 'rule-action': 'exclude' }), SETTINGS)).toEqual([
      'rules[8] (rule-id 99): filters are only allowed on include rules',
    ]);
  });
  it('catches parallel-load and lob-settings problems', () => {
    const base = { 'rule-id': '99', 'rule-name': 's99', 'rule-type': 'table-settings', 'object-locator': { 'schema-name': 'ERP', 'table-name': 'T' } };
    expect(validateDmsDocuments(withRule({ ...base, 'parallel-load': { type: 'auto' } }), SETTINGS)).toEqual([
      'rules[8] (rule-id 99): parallel-load.type "auto" is not one of partitions-auto, subpartitions-auto, partitions-list, ranges, none',
    ]);
    expect(validateDmsDocuments(withRule({ ...base, 'parallel-load': { type: 'ranges', columns: ['A', 'B'], boundaries: [['1']] } }), SETTINGS)).toEqual([
      'rules[8] (rule-id 99): parallel-load.boundaries[0] must have one value per column (2)',
    ]);
    expect(validateDmsDocuments(withRule({ ...base, 'lob-settings': { mode: 'limited' } }), SETTINGS)).toEqual([
      'rules[8] (rule-id 99): lob-settings limited mode needs a non-zero bulk-max-size',
    ]);
  });
  it('catches transformation problems', () => {
    const tr = { 'rule-id': '99', 'rule-name': 't99', 'rule-type': 'transformation', 'rule-target': 'column', 'object-locator': { 'schema-name': 'ERP', 'table-name': 'T', 'column-name': 'C' } };
    expect(validateDmsDocuments(withRule({ ...tr, 'rule-action': 'rename' }), SETTINGS)).toEqual(['rules[8] (rule-id 99): rename needs a value']);
    expect(validateDmsDocuments(withRule({ ...tr, 'rule-action': 'change-data-type', 'data-type': { type: 'varchar' } }), SETTINGS)).toEqual([
      'rules[8] (rule-id 99): data-type.type "varchar" is not a DMS data type',
    ]);
    expect(validateDmsDocuments(withRule({ ...tr, 'rule-target': 'table', 'rule-action': 'define-primary-key', 'object-locator': { 'schema-name': 'ERP', 'table-name': 'T%' } }), SETTINGS)).toEqual([
      'rules[8] (rule-id 99): object-locator.table-name "T%" must be an exact name (no % or [..])',
      'rules[8] (rule-id 99): primary-key-def needs name and columns',
    ]);
  });
  it('rejects mappings over 2 MB', () => {
    const big = { rules: [{ ...sel, 'rule-id': '1', 'rule-name': 'x'.repeat(2 * 1024 * 1024) }] };
    expect(validateDmsDocuments(big, SETTINGS)[0]).toMatch(/^table mappings: \d+ bytes is over the DMS limit of 2 MB; split the task$/);
  });
  it('catches unknown task-settings keys, bad enums and limits, and a missing prep mode', () => {
    const s = clone(SETTINGS) as unknown as Record<string, Record<string, unknown>>;
    s.FullLoadSettings = { ...s.FullLoadSettings, MaxFullLoadSubTasks: 50, TargetTablePrepMode: 'DROP' };
    s.Logging = { ...s.Logging, CloudWatchLogGroup: 'x' };
    s.ValidationSettings = { ...s.ValidationSettings, ValidationMode: 'FAST' };
    s.Bogus = {};
    expect(validateDmsDocuments(MAPPINGS, s)).toEqual([
      'task settings: FullLoadSettings.TargetTablePrepMode "DROP" is not one of DO_NOTHING, DROP_AND_CREATE, TRUNCATE_BEFORE_LOAD',
      'task settings: FullLoadSettings.MaxFullLoadSubTasks 50 is outside 1–49',
      'task settings: unknown key Logging.CloudWatchLogGroup',
      'task settings: ValidationSettings.ValidationMode "FAST" is not one of ROW_LEVEL, GROUP_LEVEL',
      'task settings: unknown section Bogus',
    ]);
    const noPrep = clone(SETTINGS) as unknown as Record<string, Record<string, unknown>>;
    delete noPrep.FullLoadSettings?.TargetTablePrepMode;
    expect(validateDmsDocuments(MAPPINGS, noPrep)).toEqual([
      'task settings: FullLoadSettings.TargetTablePrepMode must be set (omitted, DMS uses DROP_AND_CREATE and drops pre-created tables)',
    ]);
  });
});
