/**
 * PostgreSQL keeps tables, indexes and the indexes behind primary-key / unique constraints in one
 * namespace per schema, while SQL Server and MySQL name indexes per table (`PK`, `IX_1` on every
 * table). Colliding names get the table name in front (and a content hash if that still collides),
 * deterministically in table-key order; each rename is reported. On a SQL Server or MySQL target a
 * secondary index only has to be unique on its table; key constraints stay unique per schema there
 * too (SQL Server constraints are schema objects).
 */
import type { KeyConstraint } from '../model/catalog.js';
import type { PlannedTable, TargetName } from '../model/plan.js';
import { compareStrings } from '../util/stable-json.js';
import { makeShortHash } from './identifiers.js';
import { limitName } from './plan-table.js';

export interface RelationNameResult {
  readonly tables: PlannedTable[];
  /** `schema.table: old → new`, one per renamed constraint or index. */
  readonly renamed: string[];
}

export function makeUniqueRelationNames(tables: readonly PlannedTable[], target: TargetName = 'postgres'): RelationNameResult {
  const indexesPerTable = target === 'sqlserver' || target === 'mysql';
  const used = new Map<string, Set<string>>();
  for (const t of tables) {
    const set = used.get(t.targetSchema) ?? new Set<string>();
    set.add(t.targetTable);
    used.set(t.targetSchema, set);
  }
  const renamed: string[] = [];
  const order = [...tables].sort((a, b) => compareStrings(`${a.sourceSchema}.${a.sourceTable}`, `${b.sourceSchema}.${b.sourceTable}`));
  const result = new Map<PlannedTable, PlannedTable>();
  for (const t of order) {
    const schemaNames = used.get(t.targetSchema)!;
    const tableIndexNames = new Set<string>();
    const claim = (name: string, names: Set<string> = schemaNames): string => {
      let chosen = name;
      if (names.has(chosen)) chosen = limitName(`${t.targetTable}_${name}`);
      if (names.has(chosen)) chosen = limitName(`${t.targetTable}_${name}_${makeShortHash(`${t.sourceSchema}.${t.sourceTable}.${name}`)}`);
      names.add(chosen);
      if (chosen !== name) renamed.push(`${t.targetSchema}.${t.targetTable}: ${name} → ${chosen}`);
      return chosen;
    };
    const key = (k: KeyConstraint): KeyConstraint => {
      const name = claim(k.name ?? '');
      tableIndexNames.add(name); // the key's own index shares the table's index namespace
      return { ...k, name };
    };
    result.set(t, {
      ...t,
      primaryKey: t.primaryKey === null ? null : key(t.primaryKey),
      uniqueKeys: t.uniqueKeys.map(key),
      indexes: t.indexes.map((ix) => ({ ...ix, name: indexesPerTable ? claim(ix.name, tableIndexNames) : claim(ix.name) })),
    });
  }
  return { tables: tables.map((t) => result.get(t)!), renamed };
}
