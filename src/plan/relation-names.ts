/**
 * PostgreSQL keeps tables, indexes and the indexes behind primary-key / unique constraints in one
 * namespace per schema, while SQL Server and MySQL name indexes per table (`PK`, `IX_1` on every
 * table). Colliding names get the table name in front (and a content hash if that still collides),
 * deterministically in table-key order; each rename is reported.
 */
import type { KeyConstraint } from '../model/catalog.js';
import type { PlannedTable } from '../model/plan.js';
import { compareStrings } from '../util/stable-json.js';
import { makeShortHash } from './identifiers.js';
import { limitName } from './plan-table.js';

export interface RelationNameResult {
  readonly tables: PlannedTable[];
  /** `schema.table: old → new`, one per renamed constraint or index. */
  readonly renamed: string[];
}

export function makeUniqueRelationNames(tables: readonly PlannedTable[]): RelationNameResult {
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
    const names = used.get(t.targetSchema)!;
    const claim = (name: string): string => {
      let chosen = name;
      if (names.has(chosen)) chosen = limitName(`${t.targetTable}_${name}`);
      if (names.has(chosen)) chosen = limitName(`${t.targetTable}_${name}_${makeShortHash(`${t.sourceSchema}.${t.sourceTable}.${name}`)}`);
      names.add(chosen);
      if (chosen !== name) renamed.push(`${t.targetSchema}.${t.targetTable}: ${name} → ${chosen}`);
      return chosen;
    };
    const key = (k: KeyConstraint): KeyConstraint => ({ ...k, name: claim(k.name ?? '') });
    result.set(t, {
      ...t,
      primaryKey: t.primaryKey === null ? null : key(t.primaryKey),
      uniqueKeys: t.uniqueKeys.map(key),
      indexes: t.indexes.map((ix) => ({ ...ix, name: claim(ix.name) })),
    });
  }
  return { tables: tables.map((t) => result.get(t)!), renamed };
}
