/**
 * A foreign key can only be created between columns of the same type: PostgreSQL refuses numeric →
 * bigint ("cannot be implemented"), SQL Server and MySQL refuse other integer widths. Types are mapped
 * column by column, so an Oracle identity `INTEGER` key becomes bigint while the `NUMBER` columns that
 * reference it become numeric. This pass gives every referencing column the target type of the key
 * column it references, following chains (A → B → C where B's key is itself an FK) and self-references,
 * and records each change as a decision.
 *
 * Precedence: a type the mapping file sets on the key column is followed by every column that
 * references it; a type the mapping file sets on the referencing column itself (`types:` with table and
 * column, or `unsupported:`) wins, and a mismatch is reported as a warning, since that FK will fail.
 * Narrowing a referencing column to the key's type loses nothing: an enforced FK only holds key values.
 */
import type { PlanDecision, PlannedColumn, PlannedTable } from '../model/plan.js';
import { compareStrings } from '../util/stable-json.js';

/** What of a column's mapping a referencing column takes over from the key it references. */
type ColumnType = Pick<PlannedColumn, 'canonicalType' | 'targetType' | 'conversion' | 'lossy'>;

export interface AlignForeignKeyTypesOptions {
  /** True when the mapping file sets this column's type explicitly (it then keeps it). */
  readonly explicit: (table: PlannedTable, column: PlannedColumn) => boolean;
  /** The column's default, translated again for its new target type. */
  readonly retranslateDefault?: (table: PlannedTable, column: PlannedColumn, targetType: string) => Pick<PlannedColumn, 'default' | 'droppedDefault'>;
}

export interface AlignedForeignKeyTypes {
  readonly tables: PlannedTable[];
  readonly decisions: PlanDecision[];
}

interface Node {
  readonly table: PlannedTable;
  readonly column: PlannedColumn;
}

interface Edge {
  readonly parent: Node;
  readonly constraint: string;
  readonly enforced: boolean;
}

const nodeKey = (table: PlannedTable, column: string): string => `${table.targetSchema}\u0000${table.targetTable}\u0000${column}`;
const sourceName = (n: Node): string => `${n.table.sourceSchema}.${n.table.sourceTable}.${n.column.source}`;
const sameType = (a: ColumnType, b: ColumnType): boolean => a.targetType === b.targetType;
const typeOf = (c: PlannedColumn): ColumnType => ({ canonicalType: c.canonicalType, targetType: c.targetType, conversion: c.conversion, lossy: c.lossy });

/** Every referencing column → the key columns it references, in table-key then constraint order. */
function collectEdges(tables: readonly PlannedTable[]): Map<string, { readonly node: Node; readonly edges: Edge[] }> {
  const byName = new Map(tables.map((t) => [`${t.targetSchema}\u0000${t.targetTable}`, t]));
  const edges = new Map<string, { readonly node: Node; readonly edges: Edge[] }>();
  const ordered = [...tables].sort((a, b) => compareStrings(`${a.sourceSchema}.${a.sourceTable}`, `${b.sourceSchema}.${b.sourceTable}`));
  for (const table of ordered) {
    const fks = [...table.foreignKeys].sort((a, b) => compareStrings(a.name ?? '', b.name ?? ''));
    for (const fk of fks) {
      const parent = byName.get(`${fk.refSchema}\u0000${fk.refTable}`);
      if (parent === undefined) continue;
      fk.columns.forEach((name, i) => {
        const column = table.columns.find((c) => c.target === name && !c.excluded);
        const key = parent.columns.find((c) => c.target === fk.refColumns[i] && !c.excluded);
        if (column === undefined || key === undefined) return;
        const entry = edges.get(nodeKey(table, name)) ?? { node: { table, column }, edges: [] };
        entry.edges.push({ parent: { table: parent, column: key }, constraint: fk.name ?? '', enforced: fk.enabled !== false });
        edges.set(nodeKey(table, name), entry);
      });
    }
  }
  return edges;
}

export function alignForeignKeyTypes(tables: readonly PlannedTable[], options: AlignForeignKeyTypesOptions): AlignedForeignKeyTypes {
  const edges = collectEdges(tables);
  const resolved = new Map<string, ColumnType>();
  /**
   * A column's final type: its own when explicit, referencing nothing, or where a cycle of keys closes;
   * else that of the first key it references, followed along the chain (iteratively: chains can be long).
   */
  const resolve = (start: Node): ColumnType => {
    const path: string[] = [];
    const onPath = new Set<string>();
    let node = start;
    let type: ColumnType;
    for (;;) {
      const key = nodeKey(node.table, node.column.target);
      const known = resolved.get(key);
      if (known !== undefined) {
        type = known;
        break;
      }
      const first = edges.get(key)?.edges[0];
      if (first === undefined || options.explicit(node.table, node.column) || onPath.has(key)) {
        type = typeOf(node.column);
        break;
      }
      path.push(key);
      onPath.add(key);
      node = first.parent;
    }
    for (const key of path) resolved.set(key, type);
    return type;
  };

  const decisions: PlanDecision[] = [];
  const changed = new Map<string, ColumnType>();
  for (const [key, { node, edges: list }] of edges) {
    const explicit = options.explicit(node.table, node.column);
    const final = resolve(node);
    for (const edge of list) {
      const keyType = resolve(edge.parent);
      if (sameType(final, keyType)) continue;
      decisions.push({
        object: sourceName(node), severity: 'warning',
        message: explicit
          ? `[fk-type] ${final.targetType} (types: in the mapping file) differs from ${keyType.targetType} of ${sourceName(edge.parent)} it references: ${edge.constraint} will fail in post-load; override the key the same way, or drop this override`
          : `[fk-type] ${final.targetType} differs from ${keyType.targetType} of ${sourceName(edge.parent)} it also references: ${edge.constraint} will fail in post-load; give both keys one type in the mapping file`,
      });
    }
    if (explicit || sameType(final, node.column)) continue;
    const first = list[0]!;
    changed.set(key, final);
    decisions.push({
      object: sourceName(node), severity: first.enforced ? 'info' : 'warning',
      message: `[fk-type] ${node.column.targetType} → ${final.targetType}, the type of ${sourceName(first.parent)} it references (${first.constraint})`
        + (first.enforced ? '' : `; the source does not enforce ${first.constraint}, so a value that is not a key may not fit`),
    });
  }
  const aligned = tables.map((table) => {
    if (!table.columns.some((c) => changed.has(nodeKey(table, c.target)))) return table;
    return {
      ...table,
      columns: table.columns.map((column) => {
        const type = changed.get(nodeKey(table, column.target));
        if (type === undefined) return column;
        return { ...column, ...type, ...(options.retranslateDefault?.(table, column, type.targetType) ?? {}) };
      }),
    };
  });
  return { tables: aligned, decisions };
}
