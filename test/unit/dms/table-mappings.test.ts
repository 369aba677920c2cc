import { describe, expect, it } from 'vitest';
import { leftOutTransformations, makeTableMappings } from '../../../src/dms/table-mappings.js';
import { validateTableMappings } from '../../../src/dms/validate.js';
import { GL_HEADERS, GL_LINES, column, plan, table, task } from './sample-plan.js';

describe('makeTableMappings', () => {
  it('renders one small task exactly; define-primary-key is left out (with a warning) when the table also needs its target name', () => {
    const small = table('AP_TERMS', {
      columns: [column('TERM_ID', 'bigint'), column('Name', 'varchar(30)', { target: 'name' })],
      primaryKey: { name: null, columns: ['term_id'] }, primaryKeySource: 'mapping',
    });
    const t = task([small]);
    // DMS takes one transformation action per object; the lower rule-id would win and AP_TERMS would keep its upper-case name
    expect(makeTableMappings(t, plan([t]))).toEqual({
      rules: [
        { 'rule-id': '1', 'rule-name': 'select1', 'rule-type': 'selection', 'rule-action': 'include', 'object-locator': { 'schema-name': 'ERP', 'table-name': 'AP[_]TERMS' } },
        { 'rule-id': '2', 'rule-name': 'lowercase2', 'rule-type': 'transformation', 'rule-target': 'schema', 'rule-action': 'convert-lowercase', 'object-locator': { 'schema-name': '%' } },
        { 'rule-id': '3', 'rule-name': 'lowercase3', 'rule-type': 'transformation', 'rule-target': 'table', 'rule-action': 'convert-lowercase', 'object-locator': { 'schema-name': 'ERP', 'table-name': '%' } },
        { 'rule-id': '4', 'rule-name': 'lowercase4', 'rule-type': 'transformation', 'rule-target': 'column', 'rule-action': 'convert-lowercase', 'object-locator': { 'schema-name': 'ERP', 'table-name': '%', 'column-name': '%' } },
      ],
    });
    const leftOut = leftOutTransformations(t);
    expect(leftOut.map((d) => [d.object, d.severity])).toEqual([['ERP.AP_TERMS', 'warning']]);
    expect(leftOut[0]!.message).toContain('define-primary-key left out');
  });
  it('keeps define-primary-key when no name rule reaches the table (names already in target form)', () => {
    const same = table('ap_terms', {
      sourceSchema: 'erp', columns: [column('term_id', 'bigint')],
      primaryKey: { name: null, columns: ['term_id'] }, primaryKeySource: 'mapping',
    });
    const t = task([same]);
    expect(makeTableMappings(t, plan([t])).rules).toEqual([
      { 'rule-id': '1', 'rule-name': 'select1', 'rule-type': 'selection', 'rule-action': 'include', 'object-locator': { 'schema-name': 'erp', 'table-name': 'ap[_]terms' } },
      {
        'rule-id': '2', 'rule-name': 'definepk2', 'rule-type': 'transformation', 'rule-target': 'table', 'rule-action': 'define-primary-key',
        'object-locator': { 'schema-name': 'erp', 'table-name': 'ap_terms' },
        'primary-key-def': { name: 'ap_terms_pkey', origin: 'primary-key', columns: ['term_id'] },
      },
    ]);
    expect(leftOutTransformations(t)).toEqual([]);
  });

  const t = task([GL_LINES, GL_HEADERS]);
  const doc = makeTableMappings(t, plan([t]));
  const rules = doc.rules as unknown as Record<string, unknown>[];

  it('gives unique numeric rule ids 1..n and unique names', () => {
    expect(rules.map((r) => r['rule-id'])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(new Set(rules.map((r) => r['rule-name'])).size).toBe(8);
    expect(validateTableMappings(doc)).toEqual([]);
  });
  it('selects with escaped names, exact names when filtered, larger tables first', () => {
    expect(rules[0]).toMatchObject({ 'object-locator': { 'table-name': 'GL[_]JE[_]HEADERS' }, 'load-order': 1 });
    expect(rules[1]).toEqual({
      'rule-id': '2', 'rule-name': 'select2', 'rule-type': 'selection', 'rule-action': 'include',
      'object-locator': { 'schema-name': 'ERP', 'table-name': 'GL_JE_LINES' }, 'load-order': 2,
      filters: [{ 'filter-type': 'source', 'column-name': 'JE_HEADER_ID', 'filter-conditions': [{ 'filter-operator': 'gte', value: '100' }] }],
    });
  });
  it('removes excluded columns and keeps a mixed-case column with an explicit rename before the lowercase rule', () => {
    expect(rules[2]).toMatchObject({ 'rule-action': 'remove-column', 'object-locator': { 'table-name': 'GL[_]JE[_]LINES', 'column-name': 'SECRET' } });
    expect(rules[5]).toMatchObject({ 'rule-action': 'rename', 'rule-target': 'column', 'object-locator': { 'column-name': 'User' }, value: 'User' });
    expect(rules[6]).toMatchObject({ 'rule-action': 'convert-lowercase', 'rule-target': 'column' });
  });
  it('writes table-settings with exact names, parallel-load ranges and lob-settings', () => {
    expect(rules[7]).toEqual({
      'rule-id': '8', 'rule-name': 'settings8', 'rule-type': 'table-settings',
      'object-locator': { 'schema-name': 'ERP', 'table-name': 'GL_JE_LINES' },
      'parallel-load': { type: 'ranges', columns: ['JE_HEADER_ID'], boundaries: [['1000000'], ['2000000']] },
      'lob-settings': { mode: 'limited', 'bulk-max-size': '96' },
    });
  });
  it('renames schemas and tables that do not simply fold, and full LOB becomes unlimited', () => {
    const renamed = table('PO_HEADERS_ALL', {
      targetSchema: 'purchasing', targetTable: 'po_headers', columns: [column('PO_ID', 'bigint')],
      parallelLoad: { type: 'partitions-auto', columns: [], boundaries: [] }, lob: { mode: 'full', maxSizeKb: null, chunkSizeKb: 64 },
    });
    const t2 = task([renamed]);
    const out = makeTableMappings(t2, plan([t2])).rules as unknown as Record<string, unknown>[];
    expect(out.map((r) => `${String(r['rule-action'] ?? r['rule-type'])}:${String(r['rule-target'] ?? '')}:${String(r.value ?? '')}`)).toEqual([
      'include::', 'rename:schema:purchasing', 'rename:table:po_headers', 'convert-lowercase:column:', 'table-settings::',
    ]);
    expect(out[4]).toMatchObject({ 'parallel-load': { type: 'partitions-auto' }, 'lob-settings': { mode: 'unlimited', 'bulk-max-size': '0' } });
  });
  it('adds change-data-type for bounded text conversions (only where no case rule reaches the column) and maps between / null filters', () => {
    const t3 = task([table('T', {
      columns: [column('H', 'varchar(4000)', { conversion: 'to-text', target: 'H' })],
      filters: [{ column: 'H', operator: 'between', start: 'a', end: 'm' }, { column: 'H', operator: 'notnull' }],
    })]);
    const out = makeTableMappings(t3, plan([t3])).rules as unknown as Record<string, unknown>[];
    expect(out[0]?.filters).toEqual([
      { 'filter-type': 'source', 'column-name': 'H', 'filter-conditions': [{ 'filter-operator': 'between', 'start-value': 'a', 'end-value': 'm' }] },
      { 'filter-type': 'source', 'column-name': 'H', 'filter-conditions': [{ 'filter-operator': 'notnull' }] },
    ]);
    expect(out[1]).toMatchObject({ 'rule-action': 'change-data-type', 'data-type': { type: 'string', length: 4000 } });
    expect(validateTableMappings({ rules: out })).toEqual([]);
    // the same column folded to lower case by the `%` column rule: change-data-type would take the column's one action
    const folded = task([table('T', { columns: [column('H', 'varchar(4000)', { conversion: 'to-text' })] })]);
    const actions = (makeTableMappings(folded, plan([folded])).rules as unknown as Record<string, unknown>[]).map((r) => r['rule-action']);
    expect(actions).not.toContain('change-data-type');
    expect(leftOutTransformations(folded).map((d) => d.object)).toEqual(['ERP.T.H']);
  });
  it('writes column names plain in column locators (DMS documents [_] only for schema and table names)', () => {
    const t4 = task([table('AP_VENDORS', {
      columns: [
        column('VENDOR_ID', 'bigint'),
        column('VENDOR_NAME', 'varchar(80)', { target: 'supplier_name' }),
        column('OLD_CODE', 'varchar(10)', { excluded: true }),
      ],
    })]);
    const out = makeTableMappings(t4, plan([t4])).rules as unknown as Record<string, unknown>[];
    const columnRules = out.filter((r) => r['rule-target'] === 'column' && r['rule-action'] !== 'convert-lowercase');
    expect(columnRules.map((r) => [r['rule-action'], r['object-locator']])).toEqual([
      ['remove-column', { 'schema-name': 'ERP', 'table-name': 'AP[_]VENDORS', 'column-name': 'OLD_CODE' }],
      ['rename', { 'schema-name': 'ERP', 'table-name': 'AP[_]VENDORS', 'column-name': 'VENDOR_NAME' }],
    ]);
  });
  it('is deterministic for any table order', () => {
    const swapped = task([GL_HEADERS, GL_LINES]);
    expect(JSON.stringify(makeTableMappings(swapped, plan([swapped])))).toBe(JSON.stringify(doc));
  });
});
