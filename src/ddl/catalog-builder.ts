/**
 * Mutable accumulator the Oracle and SQL Server DDL readers fill statement by statement, across all
 * files of one import (so an ALTER TABLE in a later file finds a table created in an earlier one).
 * `build()` resolves what only the whole script can tell — FK target columns left implicit, indexes
 * that back a key, key columns made NOT NULL — and returns sorted, frozen-shape schemas.
 */
import type {
  CatalogColumn, CatalogIndex, CatalogNote, CatalogRoutine, CatalogSchema, CatalogSequence, CatalogTable,
  CatalogTrigger, CatalogView, ForeignKey, KeyConstraint, Partitioning,
} from '../model/catalog.js';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface TableDraft {
  name: string;
  columns: Mutable<CatalogColumn>[];
  primaryKey: KeyConstraint | null;
  uniqueKeys: KeyConstraint[];
  foreignKeys: Mutable<ForeignKey>[];
  indexes: CatalogIndex[];
  partitioning: Partitioning | null;
  attributes: Record<string, string | number | boolean | null>;
}

interface SchemaDraft {
  name: string;
  tables: Map<string, TableDraft>;
  views: Map<string, CatalogView>;
  sequences: Map<string, CatalogSequence>;
  routines: Map<string, CatalogRoutine>;
  triggers: Map<string, CatalogTrigger>;
}

export function newTableDraft(name: string): TableDraft {
  return { name, columns: [], primaryKey: null, uniqueKeys: [], foreignKeys: [], indexes: [], partitioning: null, attributes: {} };
}

const byName = <T extends { name: string | null }>(a: T, b: T): number => compareText(a.name ?? '', b.name ?? '');

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class CatalogBuilder {
  private readonly schemas = new Map<string, SchemaDraft>();
  readonly notes: CatalogNote[] = [];
  tablesCreated = 0;

  /**
   * `caseInsensitive`: SQL Server compares names case-insensitively (default collation); Oracle names
   * are already folded. `indexReuse`: Oracle enforces a key with an existing index whose leading
   * columns are the key's columns (any order), so such an index is the key's, not a separate one.
   */
  constructor(private readonly options: { readonly caseInsensitive: boolean; readonly indexReuse: boolean }) {}

  key(name: string): string {
    return this.options.caseInsensitive ? name.toLowerCase() : name;
  }

  schema(name: string): SchemaDraft {
    const key = this.key(name);
    let schema = this.schemas.get(key);
    if (schema === undefined) {
      schema = { name, tables: new Map(), views: new Map(), sequences: new Map(), routines: new Map(), triggers: new Map() };
      this.schemas.set(key, schema);
    }
    return schema;
  }

  findTable(schema: string, table: string): TableDraft | undefined {
    return this.schemas.get(this.key(schema))?.tables.get(this.key(table));
  }

  /** A later CREATE TABLE of the same name replaces the earlier one (scripts often drop and re-create). */
  addTable(schema: string, table: TableDraft): void {
    this.schema(schema).tables.set(this.key(table.name), table);
    this.tablesCreated += 1;
  }

  addView(schema: string, view: CatalogView): void {
    this.schema(schema).views.set(this.key(view.name), view);
  }

  addSequence(schema: string, sequence: CatalogSequence): void {
    this.schema(schema).sequences.set(this.key(sequence.name), sequence);
  }

  addRoutine(schema: string, routine: CatalogRoutine): void {
    this.schema(schema).routines.set(`${routine.kind}\u0000${this.key(routine.name)}`, routine);
  }

  addTrigger(schema: string, trigger: CatalogTrigger): void {
    this.schema(schema).triggers.set(this.key(trigger.name), trigger);
  }

  note(rule: string, severity: CatalogNote['severity'], object: string, message: string, hint: string): void {
    this.notes.push({ rule, severity, object, message, hint });
  }

  build(): { schemas: CatalogSchema[]; notes: CatalogNote[] } {
    const schemas = [...this.schemas.values()].map((schema) => this.buildSchema(schema));
    return { schemas: schemas.sort(byName), notes: this.notes };
  }

  private buildSchema(schema: SchemaDraft): CatalogSchema {
    const tables = [...schema.tables.values()].map((table) => this.buildTable(table)).sort(byName);
    return {
      name: schema.name,
      tables,
      views: [...schema.views.values()].sort(byName),
      sequences: [...schema.sequences.values()].sort(byName),
      routines: [...schema.routines.values()].sort((a, b) => byName(a, b) || compareText(a.kind, b.kind)),
      triggers: [...schema.triggers.values()].sort(byName),
    };
  }

  private buildTable(table: TableDraft): CatalogTable {
    const keys = [table.primaryKey, ...table.uniqueKeys].filter((key): key is KeyConstraint => key !== null);
    const keyNames = new Set(keys.map((key) => (key.name === null ? '' : this.key(key.name))));
    const indexes = table.indexes.filter((index) => {
      if (keyNames.has(this.key(index.name))) return false;
      return !(this.options.indexReuse && keys.some((key) => this.leadingColumnsMatch(index, key)));
    });
    const pkColumns = new Set((table.primaryKey?.columns ?? []).map((name) => this.key(name)));
    const columns = table.columns.map((column) =>
      pkColumns.has(this.key(column.name)) && column.nullable ? { ...column, nullable: false } : { ...column });
    const foreignKeys = table.foreignKeys.map((fk) => this.resolveForeignKey(fk)).sort(byName);
    const hasAttributes = Object.keys(table.attributes).length > 0;
    return {
      name: table.name,
      columns,
      primaryKey: table.primaryKey,
      uniqueKeys: [...table.uniqueKeys].sort(byName),
      foreignKeys,
      indexes: indexes.sort(byName),
      partitioning: table.partitioning,
      rowCount: null,
      rowCountExact: false,
      bytes: null,
      ...(hasAttributes ? { attributes: { ...table.attributes } } : {}),
    };
  }

  /** `REFERENCES t` without a column list means t's primary key. */
  private resolveForeignKey(fk: Mutable<ForeignKey>): ForeignKey {
    if (fk.refColumns.length > 0) return { ...fk };
    const target = this.findTable(fk.refSchema, fk.refTable);
    return { ...fk, refColumns: target?.primaryKey?.columns ?? [] };
  }

  private leadingColumnsMatch(index: CatalogIndex, key: KeyConstraint): boolean {
    const leading = index.columns.slice(0, key.columns.length);
    if (leading.length !== key.columns.length || leading.some((column) => column.expression === true)) return false;
    const wanted = new Set(key.columns.map((name) => this.key(name)));
    return leading.every((column) => wanted.has(this.key(column.name)));
  }
}

/** A constraint as the readers parse it, before it is attached to its table. */
export type ConstraintDraft =
  | { readonly kind: 'primary' | 'unique'; readonly name: string | null; readonly columns: readonly string[] }
  | {
      readonly kind: 'foreign';
      readonly name: string | null;
      readonly columns: readonly string[];
      readonly refSchema: string;
      readonly refTable: string;
      readonly refColumns: readonly string[];
      readonly onDelete: ForeignKey['onDelete'];
      readonly enabled: boolean;
    }
  | { readonly kind: 'check'; readonly name: string | null };

export function attachConstraint(table: TableDraft, constraint: ConstraintDraft): void {
  switch (constraint.kind) {
    case 'primary':
      table.primaryKey = { name: constraint.name, columns: constraint.columns };
      return;
    case 'unique':
      table.uniqueKeys.push({ name: constraint.name, columns: constraint.columns });
      return;
    case 'foreign': {
      const { kind: _kind, enabled, ...fk } = constraint;
      table.foreignKeys.push(enabled ? fk : { ...fk, enabled: false });
      return;
    }
    case 'check':
      return;
  }
}

/** One decoded input file, read in order with the others of the same import. */
export interface DdlSourceFile {
  readonly file: string;
  readonly text: string;
}
