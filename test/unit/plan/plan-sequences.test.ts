/** makePlan's standalone sequences: names, skipped identity sequences, bigint clamping and the decisions they bring. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMPTY_MAPPING, parseMappingFile } from '../../../src/config/mapping-file.js';
import type { CatalogSequence } from '../../../src/model/catalog.js';
import type { Inventory } from '../../../src/model/inventory.js';
import { makePlan } from '../../../src/plan/make-plan.js';
import { fitSequenceToBigint, nextSourceValue } from '../../../src/plan/plan-sequences.js';

const HR = JSON.parse(readFileSync('test/golden/inputs/oracle-hr.inventory.json', 'utf8')) as Inventory;
const NORTHWIND = JSON.parse(readFileSync('test/golden/inputs/northwind.inventory.json', 'utf8')) as Inventory;

const seq = (name: string, extra: Partial<CatalogSequence> = {}): CatalogSequence => ({
  name, start: '1', increment: '1', minValue: '1', maxValue: '9999999999999999999999999999', cycle: false, lastValue: '41', ...extra,
});

function withSequences(sequences: readonly CatalogSequence[]): Inventory {
  return { ...HR, schemas: HR.schemas.map((s) => ({ ...s, sequences })) };
}

describe('makePlan sequences', () => {
  it('HR → postgres: 3 sequences folded to lower case, sorted, source numbers kept as strings', () => {
    const { plan, problems } = makePlan(HR, 'sha256:t', EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency' });
    expect(problems).toEqual([]);
    expect(plan.sequences?.map((s) => `${s.sourceSchema}.${s.sourceName} → ${s.targetSchema}.${s.targetName}`)).toEqual([
      'HR.DEPARTMENTS_SEQ → hr.departments_seq', 'HR.EMPLOYEES_SEQ → hr.employees_seq', 'HR.LOCATIONS_SEQ → hr.locations_seq',
    ]);
    expect(plan.sequences?.[1]).toEqual({
      sourceSchema: 'HR', sourceName: 'EMPLOYEES_SEQ', targetSchema: 'hr', targetName: 'employees_seq',
      start: '207', increment: '1', minValue: '1', maxValue: '9999999999999999999999999999', cycle: false, lastValue: null,
    });
  });

  it('follows the schema rename and the identifier case policy; table exclude does not drop sequences', () => {
    const text = 'format: erp-migrate/mapping@1\nidentifierCase: upper\ntables:\n  exclude: [HR.EMPLOYEES]\nrename:\n  schemas: { HR: people }\n';
    const m = parseMappingFile(text, 'm.yaml', HR, 'postgres').config!;
    const { plan } = makePlan(HR, 'sha256:t', m, { target: 'postgres', waves: 'by-dependency' });
    expect(plan.sequences?.map((s) => `${s.targetSchema}.${s.targetName}`)).toEqual(['people.DEPARTMENTS_SEQ', 'people.EMPLOYEES_SEQ', 'people.LOCATIONS_SEQ']);
  });

  it('skips the ISEQ$$_ sequences behind Oracle identity columns', () => {
    const { plan } = makePlan(withSequences([seq('ISEQ$$_73211'), seq('ORDER_SEQ')]), 'sha256:t', EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency' });
    expect(plan.sequences?.map((s) => s.sourceName)).toEqual(['ORDER_SEQ']);
  });

  it('no sequences: the field is absent, so plans without sequences stay byte-identical', () => {
    const { plan } = makePlan(NORTHWIND, 'sha256:t', EMPTY_MAPPING, { target: 'sqlserver', waves: 'by-dependency' });
    expect('sequences' in plan).toBe(false);
    const onlyIdentity = makePlan(withSequences([seq('ISEQ$$_1')]), 'sha256:t', EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency' }).plan;
    expect('sequences' in onlyIdentity).toBe(false);
  });

  it('clamping is an info decision on postgres and sqlserver targets only; a known last value brings no warning', () => {
    const inventory = withSequences([seq('BIG_SEQ', { minValue: '-99999999999999999999', increment: '-1', maxValue: '-1', start: '-1', lastValue: '-7' })]);
    const decisions = (target: 'postgres' | 'oracle') => makePlan(inventory, 'sha256:t', EMPTY_MAPPING, { target, waves: 'by-dependency' }).plan.decisions
      .filter((d) => d.object === 'HR.BIG_SEQ');
    expect(decisions('postgres')).toEqual([
      { object: 'HR.BIG_SEQ', severity: 'info', message: 'sequence values outside bigint clamped on postgres: MINVALUE -99999999999999999999 → -9223372036854775808' },
    ]);
    expect(decisions('oracle')).toEqual([]);
  });

  it('unknown last value is a warning naming START WITH; MySQL gets one "not created" warning instead', () => {
    const decisions = (target: 'postgres' | 'mysql' | 'sqlserver') => makePlan(HR, 'sha256:t', EMPTY_MAPPING, { target, waves: 'by-dependency' }).plan.decisions
      .filter((d) => d.object === 'HR.LOCATIONS_SEQ');
    expect(decisions('postgres')).toEqual([{ object: 'HR.LOCATIONS_SEQ', severity: 'warning',
      message: 'sequence last value unknown (inventory from a DDL export): post-load.sql sets it from START WITH 3300; set it from the source\'s current value at cutover' }]);
    expect(decisions('mysql')).toEqual([{ object: 'HR.LOCATIONS_SEQ', severity: 'warning',
      message: 'MySQL has no sequences: not created; code that reads it needs AUTO_INCREMENT or a counter table' }]);
  });

  it('a sequence that takes a planned table\'s target name, or collides after folding, is a problem', () => {
    const { problems } = makePlan(withSequences([seq('REGIONS'), seq('order_seq'), seq('ORDER_SEQ')]), 'sha256:t', EMPTY_MAPPING, { target: 'postgres', waves: 'by-dependency' });
    expect(problems).toEqual([
      'HR.ORDER_SEQ: target sequence hr.order_seq collides with HR.order_seq after case folding (lower)',
      'HR.REGIONS: target sequence hr.regions has the name of a planned table; rename the schema or the table in the mapping file',
    ]);
  });
});

describe('fitSequenceToBigint / nextSourceValue', () => {
  it('clamps MAXVALUE, then START WITH and the last value into [min, max]', () => {
    const planned = { sourceSchema: 'S', sourceName: 'Q', targetSchema: 's', targetName: 'q', cycle: false,
      start: '99999999999999999999', increment: '5', minValue: null, maxValue: '9999999999999999999999999999', lastValue: '10' };
    const fitted = fitSequenceToBigint(planned);
    expect([fitted.start, fitted.maxValue, fitted.minValue, fitted.increment, fitted.lastValue]).toEqual([9223372036854775807n, 9223372036854775807n, null, 5n, 10n]);
    expect(fitted.clamped).toEqual(['MAXVALUE 9999999999999999999999999999 → 9223372036854775807', 'START WITH 99999999999999999999 → 9223372036854775807']);
    expect(nextSourceValue(planned)).toBe(15n);
    expect(nextSourceValue({ ...planned, lastValue: null })).toBeNull();
  });
});
