import { describe, expect, it } from 'vitest';
import { findStronglyConnected, makeAdjacency, makeDependencyLevels } from '../../../src/util/graph.js';
import { breakCycles, makeWaveAssignment, type WaveTable } from '../../../src/plan/waves.js';

const t = (key: string, fks: [string, string, boolean][] = [], module = 'hr'): WaveTable => ({
  key, targetSchema: key.split('.')[0]!.toLowerCase(), targetTable: key.split('.')[1]!.toLowerCase(), module,
  foreignKeys: fks.map(([constraint, parent, nullable]) => ({ constraint, parent, nullable })),
});

// Oracle HR: DEPARTMENTS.MANAGER_ID → EMPLOYEES, EMPLOYEES.DEPARTMENT_ID → DEPARTMENTS, EMPLOYEES.MANAGER_ID → EMPLOYEES.
const HR: WaveTable[] = [
  t('HR.REGIONS'),
  t('HR.COUNTRIES', [['countr_reg_fk', 'HR.REGIONS', true]]),
  t('HR.LOCATIONS', [['loc_c_id_fk', 'HR.COUNTRIES', true]]),
  t('HR.DEPARTMENTS', [['dept_loc_fk', 'HR.LOCATIONS', true], ['dept_mgr_fk', 'HR.EMPLOYEES', true]]),
  t('HR.JOBS'),
  t('HR.EMPLOYEES', [['emp_dept_fk', 'HR.DEPARTMENTS', true], ['emp_job_fk', 'HR.JOBS', false], ['emp_manager_fk', 'HR.EMPLOYEES', true]]),
  t('HR.JOB_HISTORY', [['jhist_dept_fk', 'HR.DEPARTMENTS', true], ['jhist_emp_fk', 'HR.EMPLOYEES', false], ['jhist_job_fk', 'HR.JOBS', false]]),
];

describe('graph', () => {
  it('finds strongly connected components deterministically', () => {
    const g = makeAdjacency(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'a']]);
    expect(findStronglyConnected(g)).toEqual([['a', 'b', 'c'], ['d']]);
  });
  it('gives dependency levels, ignoring self-loops', () => {
    const g = makeAdjacency(['a', 'b', 'c'], [['b', 'a'], ['c', 'b'], ['c', 'c']]);
    expect([...makeDependencyLevels(g)].sort()).toEqual([['a', 0], ['b', 1], ['c', 2]]);
  });
});

describe('waves', () => {
  it('breaks the HR departments ↔ employees cycle by deferring dept_mgr_fk (nullable, first by name)', () => {
    const result = breakCycles(HR);
    expect(result.cycles).toEqual([['hr.departments', 'hr.employees']]);
    expect(result.deferred).toEqual([{ schema: 'hr', table: 'departments', constraint: 'dept_mgr_fk', cycle: ['hr.departments', 'hr.employees'] }]);
  });

  it('orders HR parents first: 6 waves by dependency', () => {
    const a = makeWaveAssignment(HR, 'by-dependency');
    expect(Object.fromEntries(a.waveOf)).toEqual({
      'HR.REGIONS': 1, 'HR.JOBS': 1, 'HR.COUNTRIES': 2, 'HR.LOCATIONS': 3, 'HR.DEPARTMENTS': 4, 'HR.EMPLOYEES': 5, 'HR.JOB_HISTORY': 6,
    });
    expect(a.warnings).toEqual([]);
  });

  it('prefers a nullable FK over a NOT NULL one in a 3-cycle, whatever the names', () => {
    const tables = [
      t('S.A', [['a_fk', 'S.B', false]]),
      t('S.B', [['b_fk', 'S.C', false]]),
      t('S.C', [['z_fk', 'S.A', true]]),
    ];
    const result = breakCycles(tables);
    expect(result.cycles).toEqual([['s.a', 's.b', 's.c']]);
    expect(result.deferred).toEqual([{ schema: 's', table: 'c', constraint: 'z_fk', cycle: ['s.c', 's.a', 's.b'] }]);
    const a = makeWaveAssignment(tables, 'by-dependency');
    expect(Object.fromEntries(a.waveOf)).toEqual({ 'S.A': 3, 'S.B': 2, 'S.C': 1 });
  });

  it('breaks two interlocking cycles with the fewest deferrals (an edge shared by both)', () => {
    // Cycles A→B→A and A→B→C→A share the edge A→B; deferring it breaks both at once.
    const tables = [t('S.A', [['ab', 'S.B', true]]), t('S.B', [['ba', 'S.A', true], ['bc', 'S.C', true]]), t('S.C', [['ca', 'S.A', true]])];
    const result = breakCycles(tables);
    expect(result.deferred.map((d) => d.constraint)).toEqual(['ab']);
  });

  it('does not defer a self-reference', () => {
    const result = breakCycles([t('S.EMP', [['emp_mgr_fk', 'S.EMP', true]])]);
    expect(result.deferred).toEqual([]);
    expect(result.cycles).toEqual([]);
  });

  it('applies wave overrides, compacts numbers and warns when a child loads before its parent', () => {
    const a = makeWaveAssignment(HR, 'by-dependency', { 'HR.JOB_HISTORY': 9, 'HR.COUNTRIES': 1 });
    expect(a.waveOf.get('HR.JOB_HISTORY')).toBe(5);
    expect(a.waveOf.get('HR.LOCATIONS')).toBe(2);
    expect(a.waveOf.get('HR.COUNTRIES')).toBe(1);
    expect(a.warnings).toEqual([]);
    const b = makeWaveAssignment(HR, 'by-dependency', { 'HR.EMPLOYEES': 1 });
    expect(b.warnings.length).toBe(1);
    expect(b.warnings[0]).toContain('hr.employees.emp_dept_fk');
  });

  it('by-module: one wave per module in the fixed order, unclassified last', () => {
    const tables = [t('X.GL', [], 'finance'), t('X.SYS', [], 'system'), t('X.ODD', [], 'unclassified'), t('X.ZZ', [], 'custom'), t('X.EMP', [['f', 'X.GL', true]], 'hr')];
    const a = makeWaveAssignment(tables, 'by-module');
    expect(Object.fromEntries(a.waveOf)).toEqual({ 'X.SYS': 1, 'X.GL': 2, 'X.EMP': 3, 'X.ZZ': 4, 'X.ODD': 5 });
    expect(a.levelOf.get('X.EMP')).toBe(1);
  });
});

describe('wave cap', () => {
  // A 20-level FK chain: T0 ← T1 ← … ← T19 (each table references the one before).
  const chain: WaveTable[] = Array.from({ length: 20 }, (_, i) => t(`S.T${i}`, i === 0 ? [] : [[`fk_${i}`, `S.T${i - 1}`, false]]));

  it('merges dependency levels into at most maxWaves bands, parents never after children', () => {
    const { waveOf } = makeWaveAssignment(chain, 'by-dependency', {}, 5);
    expect(new Set(waveOf.values())).toEqual(new Set([1, 2, 3, 4, 5]));
    for (let i = 1; i < 20; i += 1) expect(waveOf.get(`S.T${i}`)!).toBeGreaterThanOrEqual(waveOf.get(`S.T${i - 1}`)!);
    expect([...waveOf.values()].filter((w) => w === 1)).toHaveLength(4);
  });

  it('keeps one wave per level when there are fewer levels than the cap', () => {
    const { waveOf } = makeWaveAssignment(chain.slice(0, 3), 'by-dependency', {}, 5);
    expect([waveOf.get('S.T0'), waveOf.get('S.T1'), waveOf.get('S.T2')]).toEqual([1, 2, 3]);
  });
});
