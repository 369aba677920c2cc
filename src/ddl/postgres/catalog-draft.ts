/**
 * A mutable accumulator for what DDL statements declare. Exports spread one table over several
 * statements (CREATE TABLE, then ALTER TABLE … ADD CONSTRAINT, CREATE INDEX, identity, partitions),
 * so readers fill drafts and `finishSchemas` freezes them into sorted CatalogSchema values.
 * Used by the PostgreSQL and MySQL readers alike.
 */
import type {
  CatalogColumn,
  CatalogIndex,
  CatalogRoutine,
  CatalogSchema,
  CatalogSequence,
  CatalogTable,
  CatalogTrigger,
  CatalogView,
  ForeignKey,
  KeyConstraint,
  Partitioning,
} from '../../model/catalog.js';
import { compareStrings } from '../../util/stable-json.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type ColumnDraft = Mutable<CatalogColumn>;

export interface TableDraft {
  name: string;
  columns: ColumnDraft[];
  primaryKey: KeyConstraint | null;
  uniqueKeys: KeyConstraint[];
  foreignKeys: ForeignKey[];
  indexes: CatalogIndex[];
  partitioning: Mutable<Partitioning> | null;
  attributes: Record<string, string | number | boolean | null>;
  /** Set when this table is a partition of another: it is then counted, not listed. */
  partitionOf: { schema: string; table: string } | null;
  /** INHERITS parents (PostgreSQL): ALTER TABLE without ONLY reaches the children too. */
  parents: { schema: string; table: string }[];
}

export interface SequenceDraft extends Mutable<CatalogSequence> {
  /** `table.column` when the sequence belongs to a serial or identity column. */
  ownedBy: { table: string; column: string } | null;
}

export class SchemaDraft {
  readonly tables = new Map<string, TableDraft>();
  readonly views = new Map<string, CatalogView>();
  readonly sequences = new Map<string, SequenceDraft>();
  /** Keyed by name + signature (overloads); `sortKey` orders routines of the same name. */
  readonly routines = new Map<string, { routine: CatalogRoutine; sortKey: string }>();
  readonly triggers = new Map<string, CatalogTrigger>();
  constructor(readonly name: string) {}
}

export class CatalogDraft {
  readonly schemas = new Map<string, SchemaDraft>();
  /** Set once some table INHERITS another, so descendants() can answer [] at no cost otherwise. */
  private inheritance = false;

  addParent(table: TableDraft, parent: { schema: string; table: string }): void {
    table.parents.push(parent);
    this.inheritance = true;
  }

  schema(name: string): SchemaDraft {
    let draft = this.schemas.get(name);
    if (!draft) {
      draft = new SchemaDraft(name);
      this.schemas.set(name, draft);
    }
    return draft;
  }

  table(schema: string, name: string): TableDraft | undefined {
    return this.schemas.get(schema)?.tables.get(name);
  }

  /** Tables that inherit from this one, directly or not, with their schema names. */
  descendants(schema: string, name: string): { schema: string; table: TableDraft }[] {
    const found: { schema: string; table: TableDraft }[] = [];
    if (!this.inheritance) return found;
    const visit = (parentSchema: string, parent: string): void => {
      for (const draft of this.schemas.values()) {
        for (const table of draft.tables.values()) {
          if (!table.parents.some((p) => p.schema === parentSchema && p.table === parent)) continue;
          if (found.some((f) => f.table === table)) continue;
          found.push({ schema: draft.name, table });
          visit(draft.name, table.name);
        }
      }
    };
    visit(schema, name);
    return found;
  }

  addTable(schema: string, name: string): TableDraft {
    const table: TableDraft = {
      name,
      columns: [],
      primaryKey: null,
      uniqueKeys: [],
      foreignKeys: [],
      indexes: [],
      partitioning: null,
      attributes: {},
      partitionOf: null,
      parents: [],
    };
    this.schema(schema).tables.set(name, table);
    return table;
  }
}

export interface FinishOptions {
  /** Keep schemas that declare nothing (PostgreSQL lists every non-system schema). */
  readonly keepEmptySchemas: boolean;
}

const byName = <T extends { readonly name: string | null }>(a: T, b: T): number => compareStrings(a.name ?? '', b.name ?? '');

function countPartitions(draft: CatalogDraft): void {
  for (const schema of draft.schemas.values()) {
    for (const table of schema.tables.values()) {
      if (!table.partitionOf) continue;
      const parent = draft.table(table.partitionOf.schema, table.partitionOf.table);
      if (!parent?.partitioning) continue;
      parent.partitioning.partitionCount = (parent.partitioning.partitionCount ?? 0) + 1;
    }
  }
}

function finishTable(table: TableDraft): CatalogTable {
  const out: Mutable<CatalogTable> = {
    name: table.name,
    // The drafts are discarded after this: hand their column objects over instead of copying them.
    columns: table.columns,
    primaryKey: table.primaryKey,
    uniqueKeys: [...table.uniqueKeys].sort(byName),
    foreignKeys: [...table.foreignKeys].sort(byName),
    indexes: [...table.indexes].sort(byName),
    partitioning: table.partitioning ? { ...table.partitioning } : null,
    rowCount: null,
    rowCountExact: false,
    bytes: null,
  };
  if (Object.keys(table.attributes).length > 0) out.attributes = { ...table.attributes };
  return out;
}

function isChildPartition(draft: CatalogDraft, table: TableDraft): boolean {
  if (!table.partitionOf) return false;
  return draft.table(table.partitionOf.schema, table.partitionOf.table)?.partitioning != null;
}

function finishSchema(draft: CatalogDraft, schema: SchemaDraft): CatalogSchema {
  const tables = [...schema.tables.values()].filter((t) => !isChildPartition(draft, t)).map(finishTable);
  const sequences = [...schema.sequences.values()].map(({ ownedBy: _owned, ...rest }) => rest);
  // Triggers on a partition are the partition's business (clones of the parent's), as live reads them.
  const triggers = [...schema.triggers.values()].filter((t) => {
    const table = t.table === null ? undefined : schema.tables.get(t.table);
    return !(table && isChildPartition(draft, table));
  });
  return {
    name: schema.name,
    tables: tables.sort(byName),
    views: [...schema.views.values()].sort(byName),
    sequences: sequences.sort(byName),
    routines: [...schema.routines.values()]
      .sort((a, b) => byName(a.routine, b.routine) || compareStrings(a.sortKey, b.sortKey))
      .map((entry) => entry.routine),
    triggers: triggers.sort((a, b) => byName(a, b) || compareStrings(a.table ?? '', b.table ?? '')),
  };
}

function isEmpty(schema: CatalogSchema): boolean {
  return (
    schema.tables.length + schema.views.length + schema.sequences.length + schema.routines.length + schema.triggers.length ===
    0
  );
}

export function finishSchemas(draft: CatalogDraft, options: FinishOptions): CatalogSchema[] {
  countPartitions(draft);
  return [...draft.schemas.values()]
    .map((schema) => finishSchema(draft, schema))
    .filter((schema) => options.keepEmptySchemas || !isEmpty(schema))
    .sort(byName);
}
