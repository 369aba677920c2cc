/**
 * Structural check of a table-mappings document against the field lists of the DMS User Guide
 * (reference aws-dms.md §1). Returns problems as `rules[i] (rule-id x): message`; empty when valid.
 */
import { hasExplicitWildcard } from './wildcard.js';

export const MAX_TABLE_MAPPINGS_BYTES = 2 * 1024 * 1024;

const RULE_TYPES = ['selection', 'transformation', 'table-settings', 'validation', 'object-mapping', 'post-processing'];
const SELECTION_ACTIONS = ['include', 'exclude', 'explicit'];
const TRANSFORMATION_TARGETS = ['schema', 'table', 'column', 'table-tablespace', 'index-tablespace'];
const TRANSFORMATION_ACTIONS = [
  'rename', 'convert-lowercase', 'convert-uppercase', 'add-prefix', 'remove-prefix', 'replace-prefix', 'add-suffix',
  'remove-suffix', 'replace-suffix', 'add-column', 'include-column', 'remove-column', 'change-data-type',
  'define-primary-key', 'add-before-image-columns', 'data-masking-digits-mask', 'data-masking-digits-randomize', 'data-masking-hash-mask',
];
const NEEDS_VALUE = ['rename', 'add-prefix', 'replace-prefix', 'add-suffix', 'replace-suffix', 'add-column'];
const DATA_TYPES = [
  'bytes', 'date', 'time', 'datetime', 'int1', 'int2', 'int4', 'int8', 'numeric', 'real4', 'real8', 'string', 'uint1', 'uint2',
  'uint4', 'uint8', 'wstring', 'blob', 'nclob', 'clob', 'boolean', 'set', 'list', 'map', 'tuple',
];
const FILTER_OPERATORS = ['lte', 'ste', 'gte', 'eq', 'noteq', 'between', 'notbetween', 'null', 'notnull'];
const NEGATIVE_OPERATORS = ['noteq', 'notbetween', 'notnull'];
const PARALLEL_TYPES = ['partitions-auto', 'subpartitions-auto', 'partitions-list', 'ranges', 'none'];
const LOB_MODES = ['limited', 'unlimited', 'none'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

function checkLocator(rule: Json, needTable: boolean, exact: boolean, add: (m: string) => void): Json | null {
  const locator = rule['object-locator'];
  if (!isObject(locator)) {
    add('object-locator is missing');
    return null;
  }
  if (!isText(locator['schema-name'])) add('object-locator.schema-name is missing');
  if (needTable && !isText(locator['table-name'])) add('object-locator.table-name is missing');
  if (exact) {
    for (const key of ['schema-name', 'table-name']) {
      const name = locator[key];
      if (typeof name === 'string' && hasExplicitWildcard(name)) add(`object-locator.${key} "${name}" must be an exact name (no % or [..])`);
    }
  }
  return locator;
}

function checkFilters(rule: Json, add: (m: string) => void): void {
  const filters = rule.filters;
  if (filters === undefined) return;
  if (!Array.isArray(filters)) return add('filters must be an array');
  if (rule['rule-action'] !== 'include' && filters.length > 0) add('filters are only allowed on include rules');
  filters.forEach((filter: unknown, f) => {
    if (!isObject(filter)) return add(`filters[${f}] must be an object`);
    if (filter['filter-type'] !== 'source') add(`filters[${f}].filter-type must be "source"`);
    if (!isText(filter['column-name'])) add(`filters[${f}].column-name is missing`);
    const conditions = filter['filter-conditions'];
    if (!Array.isArray(conditions) || conditions.length === 0) return add(`filters[${f}].filter-conditions must be a non-empty array`);
    conditions.forEach((condition: unknown, c) => {
      const at = `filters[${f}].filter-conditions[${c}]`;
      const op = isObject(condition) ? condition['filter-operator'] : undefined;
      if (typeof op !== 'string' || !FILTER_OPERATORS.includes(op)) return add(`${at}.filter-operator "${String(op)}" is not one of ${FILTER_OPERATORS.join(', ')}`);
      if (NEGATIVE_OPERATORS.includes(op) && conditions.length > 1) add(`${at}: ${op} allows only one condition per filter`);
      const c2 = condition as Json;
      if ((op === 'between' || op === 'notbetween') && (c2['start-value'] === undefined || c2['end-value'] === undefined)) add(`${at}: ${op} needs start-value and end-value`);
      if (!['between', 'notbetween', 'null', 'notnull'].includes(op) && c2.value === undefined) add(`${at}: ${op} needs value`);
    });
  });
}

/** `data-type`: a DMS type name; length, precision, scale when given are whole numbers, scale ≤ precision. */
function checkDataType(dataType: unknown, add: (m: string) => void): void {
  if (!isObject(dataType)) return add('data-type is missing');
  const type = dataType.type;
  if (typeof type !== 'string' || !DATA_TYPES.includes(type)) add(`data-type.type "${String(type)}" is not a DMS data type`);
  for (const key of ['length', 'precision', 'scale']) {
    const value = dataType[key];
    if (value !== undefined && !(Number.isInteger(value) && (value as number) >= (key === 'scale' ? 0 : 1))) add(`data-type.${key} must be a ${key === 'scale' ? 'non-negative' : 'positive'} integer`);
  }
  if (typeof dataType.scale === 'number' && typeof dataType.precision === 'number' && dataType.scale > dataType.precision) add('data-type.scale is larger than precision');
}

function checkTransformation(rule: Json, add: (m: string) => void): void {
  const target = rule['rule-target'];
  const action = rule['rule-action'];
  if (typeof target !== 'string' || !TRANSFORMATION_TARGETS.includes(target)) add(`rule-target "${String(target)}" is not valid for a transformation`);
  if (typeof action !== 'string' || !TRANSFORMATION_ACTIONS.includes(action)) return add(`rule-action "${String(action)}" is not valid for a transformation`);
  const locator = checkLocator(rule, target !== 'schema', action === 'define-primary-key', add);
  if (target === 'column' && action !== 'add-column' && locator !== null && !isText(locator['column-name'])) add('object-locator.column-name is missing');
  if (NEEDS_VALUE.includes(action) && !isText(rule.value)) add(`${action} needs a value`);
  if (action === 'change-data-type' || action === 'add-column') {
    if (target !== 'column') add(`${action} applies to rule-target column only`);
    checkDataType(rule['data-type'], add);
  }
  if (action === 'add-column') {
    if (locator !== null && !isText(locator['table-name'])) add('add-column needs object-locator.table-name');
    if (typeof rule.expression !== 'string' || rule.expression.trim() === '') add('add-column needs an expression');
  }
  if (action === 'define-primary-key') {
    if (target !== 'table') add('define-primary-key applies to rule-target table only');
    const def = rule['primary-key-def'];
    if (!isObject(def) || !isText(def.name) || !Array.isArray(def.columns) || def.columns.length === 0) add('primary-key-def needs name and columns');
    else if (def.origin !== undefined && def.origin !== 'primary-key' && def.origin !== 'unique-index') add(`primary-key-def.origin "${String(def.origin)}" is not valid`);
  }
}

function checkTableSettings(rule: Json, add: (m: string) => void): void {
  checkLocator(rule, true, true, add);
  const parallel = rule['parallel-load'];
  if (parallel !== undefined) {
    const type = isObject(parallel) ? parallel.type : undefined;
    if (typeof type !== 'string' || !PARALLEL_TYPES.includes(type)) add(`parallel-load.type "${String(type)}" is not one of ${PARALLEL_TYPES.join(', ')}`);
    if (type === 'ranges' && isObject(parallel)) {
      const columns = parallel.columns;
      const boundaries = parallel.boundaries;
      if (!Array.isArray(columns) || columns.length === 0 || columns.length > 10) add('parallel-load ranges need 1 to 10 columns');
      if (!Array.isArray(boundaries) || boundaries.length === 0) add('parallel-load ranges need boundaries');
      else if (Array.isArray(columns)) {
        boundaries.forEach((b: unknown, i) => {
          if (!Array.isArray(b) || b.length !== columns.length) add(`parallel-load.boundaries[${i}] must have one value per column (${columns.length})`);
        });
      }
    }
  }
  const lob = rule['lob-settings'];
  if (lob !== undefined) {
    const mode = isObject(lob) ? lob.mode : undefined;
    if (typeof mode !== 'string' || !LOB_MODES.includes(mode)) add(`lob-settings.mode "${String(mode)}" is not one of ${LOB_MODES.join(', ')}`);
    if (mode === 'limited' && !(Number((lob as Json)['bulk-max-size']) > 0)) add('lob-settings limited mode needs a non-zero bulk-max-size');
  }
}

export function validateTableMappings(document: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(document) || !Array.isArray(document.rules)) return ['table mappings: must be an object {"rules": [...]}'];
  const bytes = Buffer.byteLength(JSON.stringify(document), 'utf8');
  if (bytes > MAX_TABLE_MAPPINGS_BYTES) problems.push(`table mappings: ${bytes} bytes is over the DMS limit of 2 MB; split the task`);
  const ids = new Set<string>();
  const names = new Set<string>();
  let selections = 0;
  document.rules.forEach((rule: unknown, i) => {
    const id = isObject(rule) ? rule['rule-id'] : undefined;
    const add = (message: string) => problems.push(`rules[${i}]${id === undefined ? '' : ` (rule-id ${String(id)})`}: ${message}`);
    if (!isObject(rule)) return add('must be an object');
    if (typeof id !== 'string' || !/^\d+$/.test(id)) add('rule-id must be a numeric string');
    else if (ids.has(id)) add('rule-id is not unique');
    else ids.add(id);
    const name = rule['rule-name'];
    if (!isText(name)) add('rule-name is missing');
    else if (names.has(name)) add(`rule-name "${name}" is not unique`);
    else names.add(name);
    const type = rule['rule-type'];
    if (typeof type !== 'string' || !RULE_TYPES.includes(type)) return add(`rule-type "${String(type)}" is not one of ${RULE_TYPES.join(', ')}`);
    if (type === 'selection') {
      selections += 1;
      const action = rule['rule-action'];
      if (typeof action !== 'string' || !SELECTION_ACTIONS.includes(action)) add(`rule-action "${String(action)}" is not valid for a selection`);
      checkLocator(rule, true, action === 'explicit' || Array.isArray(rule.filters) && rule.filters.length > 0, add);
      checkFilters(rule, add);
    } else if (type === 'transformation') checkTransformation(rule, add);
    else if (type === 'table-settings') checkTableSettings(rule, add);
  });
  if (selections === 0) problems.push('table mappings: at least one selection rule is required');
  return problems;
}
