/**
 * Object-level checks: large tables (parallel load), partitioned tables, disabled foreign keys, and
 * per-schema code that needs manual conversion (routines, triggers) and views.
 */
import type { RoutineKind } from '../../model/catalog.js';
import type { Finding } from '../../model/inventory.js';
import { compareStrings } from '../../util/stable-json.js';
import { eachTable, finding, formatBytes, objectName, type Check } from './context.js';

export const largeTableCheck: Check = {
  rules: ['large-table'],
  run: ({ schemas, options }) => {
    const out: Finding[] = [];
    for (const { schema, table } of eachTable(schemas)) {
      const bigBytes = table.bytes !== null && table.bytes >= options.largeTableBytes;
      const bigRows = table.rowCount !== null && table.rowCount >= options.largeTableRows;
      if (!bigBytes && !bigRows) continue;
      const size = [table.bytes === null ? null : formatBytes(table.bytes), table.rowCount === null ? null : `${table.rowCount} rows`]
        .filter((part) => part !== null).join(', ');
      out.push(finding('large-table', 'info', objectName(schema.name, table.name), `large table (${size}): load it in parallel segments`,
        'the plan gives it DMS parallel-load ranges (table-settings "parallel-load": ranges, or partitions-auto for a partitioned source)'));
    }
    return out;
  },
};

export const partitionedTableCheck: Check = {
  rules: ['partitioned-table'],
  run: ({ schemas }) =>
    [...eachTable(schemas)].filter(({ table }) => table.partitioning !== null).map(({ schema, table }) => {
      const p = table.partitioning!;
      const count = p.partitionCount === null ? '' : `, ${p.partitionCount} partitions`;
      const sub = p.subpartitioning === null ? '' : `, subpartitioned by ${p.subpartitioning}`;
      return finding('partitioned-table', 'info', objectName(schema.name, table.name),
        `partitioned by ${p.type} (${p.columns.join(', ')})${count}${sub}`,
        'create the PostgreSQL declarative partitions before the load (interval and reference partitioning have no equivalent: use range); ' +
          'DMS can load per partition (parallel-load partitions-auto)');
    }),
};

export const disabledForeignKeyCheck: Check = {
  rules: ['disabled-foreign-key'],
  run: ({ schemas }) => {
    const out: Finding[] = [];
    for (const { schema, table } of eachTable(schemas)) {
      for (const fk of table.foreignKeys) {
        if (fk.enabled !== false) continue;
        out.push(finding('disabled-foreign-key', 'warning', objectName(schema.name, table.name),
          `foreign key ${fk.name ?? '(unnamed)'} (${fk.columns.join(', ')}) → ${fk.refSchema}.${fk.refTable} is disabled: the data may hold orphans`,
          'count orphans before the move; create the key NOT VALID on PostgreSQL, or clean the data and validate it'));
      }
    }
    return out;
  },
};

const KIND_ORDER: readonly RoutineKind[] = ['package', 'package body', 'procedure', 'function', 'type', 'type body', 'java source', 'synonym', 'other'];

function plural(kind: string, n: number): string {
  if (n === 1) return kind;
  return kind.endsWith('y') ? `${kind.slice(0, -1)}ies` : kind.endsWith('s') ? `${kind}es` : `${kind}s`;
}

function countLines(items: readonly { lines: number | null }[]): string {
  const known = items.filter((i) => i.lines !== null);
  if (known.length === 0) return '';
  const lines = known.reduce((sum, i) => sum + (i.lines ?? 0), 0);
  return ` (${lines} lines${known.length < items.length ? ', some unknown' : ''})`;
}

export const codeObjectCheck: Check = {
  rules: ['code-objects', 'views'],
  run: ({ schemas }) => {
    const out: Finding[] = [];
    for (const schema of schemas) {
      const parts: string[] = [];
      for (const kind of KIND_ORDER) {
        const items = schema.routines.filter((r) => r.kind === kind);
        if (items.length > 0) parts.push(`${items.length} ${plural(kind, items.length)}${countLines(items)}`);
      }
      if (schema.triggers.length > 0) parts.push(`${schema.triggers.length} ${plural('trigger', schema.triggers.length)}${countLines(schema.triggers)}`);
      if (parts.length > 0) {
        const invalid = schema.routines.filter((r) => (r.status ?? '').toUpperCase() === 'INVALID').map((r) => r.name).sort(compareStrings);
        const invalidText = invalid.length > 0 ? `; ${invalid.length} already INVALID at the source` : '';
        out.push(finding('code-objects', 'warning', schema.name, `code to convert by hand: ${parts.join(', ')}${invalidText}`,
          'DMS moves data only: convert routines and triggers to PL/pgSQL (AWS SCT or ora2pg give a first draft); disable target triggers during the load'));
      }
      if (schema.views.length > 0) {
        const materialized = schema.views.filter((v) => v.materialized).length;
        out.push(finding('views', 'warning', schema.name,
          `${schema.views.length} ${plural('view', schema.views.length)}${materialized > 0 ? ` (${materialized} materialized)` : ''}${countLines(schema.views)} to convert`,
          'recreate views after the load; check source-specific SQL (DECODE, CONNECT BY, TOP, (+) joins) in each definition'));
      }
    }
    return out;
  },
};
