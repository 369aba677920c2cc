import { describe, expect, it } from 'vitest';
import { findForeignKeyCycles, stronglyConnectedComponents } from '../../../../src/inventory/checks/fk-graph.js';
import { fk, schema, snapshot, table } from '../make-snapshot.js';
import { brief, findingsOf } from './run.js';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findForeignKeyCycles', () => {
  it('lists a 2-cycle and a 3-cycle as ordered tables, ignoring self-references and acyclic edges', () => {
    const cycles = findForeignKeyCycles(graph({
      A: ['B'], B: ['A'],
      X: ['Y', 'X'], Y: ['Z'], Z: ['X'],
      LEAF: ['A', 'X'], SELF: ['SELF'],
    }));
    expect(cycles).toEqual([
      { tables: ['A', 'B'], component: ['A', 'B'] },
      { tables: ['X', 'Y', 'Z'], component: ['X', 'Y', 'Z'] },
    ]);
  });

  it('takes the shortest cycle through the smallest table of a larger component', () => {
    const cycles = findForeignKeyCycles(graph({ A: ['B', 'C'], B: ['C'], C: ['D'], D: ['A'] }));
    expect(cycles).toEqual([{ tables: ['A', 'C', 'D'], component: ['A', 'B', 'C', 'D'] }]);
  });

  it('handles a long chain without recursion', () => {
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < 20000; i += 1) edges[`T${String(i).padStart(5, '0')}`] = [`T${String(i + 1).padStart(5, '0')}`];
    edges.T20000 = ['T00000'];
    const components = stronglyConnectedComponents(new Map(Object.entries(edges)));
    expect(components.length).toBe(1);
    expect(components[0]!.length).toBe(20001);
  });
});

describe('fk-cycle check', () => {
  it('reports each cycle with its path', () => {
    const tables = [
      table('ORDERS', { foreignKeys: [fk('CUSTOMERS')] }), table('CUSTOMERS', { foreignKeys: [fk('ORDERS')] }),
      table('A1', { foreignKeys: [fk('A2')] }), table('A2', { foreignKeys: [fk('A3')] }), table('A3', { foreignKeys: [fk('A1')] }),
      table('EMP', { foreignKeys: [fk('EMP')] }), table('DEPT'),
    ];
    const found = findingsOf(snapshot([schema('APP', tables)]), ['fk-cycle']);
    expect(brief(found)).toEqual(['fk-cycle warning APP.A1', 'fk-cycle warning APP.CUSTOMERS']);
    expect(found.map((f) => f.message)).toEqual([
      'foreign keys form a cycle: APP.A1 → APP.A2 → APP.A3 → APP.A1',
      'foreign keys form a cycle: APP.CUSTOMERS → APP.ORDERS → APP.CUSTOMERS',
    ]);
  });

  it('is silent on a tree of foreign keys', () => {
    const tables = [table('LINES', { foreignKeys: [fk('HEADERS'), fk('ITEMS')] }), table('HEADERS', { foreignKeys: [fk('CUSTOMERS')] }), table('ITEMS'), table('CUSTOMERS')];
    expect(findingsOf(snapshot([schema('APP', tables)]), ['fk-cycle'])).toEqual([]);
  });
});
