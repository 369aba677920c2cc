/** Foreign keys that form cycles: no load order satisfies them, so constraints must wait or be deferred. */
import type { Finding } from '../../model/inventory.js';
import { eachTable, finding, listNames, objectName, type Check } from './context.js';
import { findForeignKeyCycles } from './fk-graph.js';

export const fkCycleCheck: Check = {
  rules: ['fk-cycle'],
  run: ({ schemas }) => {
    const known = new Set([...eachTable(schemas)].map(({ schema, table }) => objectName(schema.name, table.name)));
    const edges = new Map<string, string[]>();
    for (const { schema, table } of eachTable(schemas)) {
      const from = objectName(schema.name, table.name);
      const targets = table.foreignKeys.map((fk) => objectName(fk.refSchema, fk.refTable)).filter((to) => known.has(to));
      edges.set(from, targets);
    }
    return findForeignKeyCycles(edges).map((cycle): Finding => {
      const path = [...cycle.tables, cycle.tables[0]!].join(' → ');
      const extra = cycle.component.length > cycle.tables.length
        ? ` (one cycle of a group of ${cycle.component.length} mutually dependent tables: ${listNames(cycle.component)})`
        : '';
      return finding('fk-cycle', 'warning', cycle.tables[0]!,
        `foreign keys form a cycle: ${path}${extra}`,
        'create these foreign keys after the full load (post-load DDL) or as DEFERRABLE; with DMS set the target session_replication_role=replica ' +
          '(DMS assessment postgres-check-session-replication-role)');
    });
  },
};
