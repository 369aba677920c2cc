/**
 * The inventory document (`inventory.json`, "erp-migrate/inventory@1"): the catalog snapshot plus
 * canonical types, ERP modules and pre-migration findings. A stable contract read by `plan`.
 */
import type {
  CatalogColumn, CatalogExtension, CatalogUserType, CatalogIndex, CatalogRoutine, CatalogSequence, CatalogTrigger, CatalogView,
  ForeignKey, KeyConstraint, Partitioning, SourceInfo,
} from './catalog.js';

export const INVENTORY_FORMAT = 'erp-migrate/inventory@1';

export type Severity = 'blocker' | 'warning' | 'info';

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** `schema.table`, `schema.table.column`, `schema` or `database`. */
  readonly object: string;
  readonly message: string;
  readonly hint: string;
}

export interface InventoryColumn extends CatalogColumn {
  /** Canonical type text, e.g. `decimal(12,2)`, `varchar(30)`, `unsupported(hierarchyid)`. */
  readonly canonicalType: string;
}

export interface InventoryTable {
  readonly name: string;
  /** ERP module id (`finance`, `supply-chain`, `hr`, `manufacturing`, `projects`, `sales`, `system`…) or `unclassified`. */
  readonly module: string;
  readonly rowCount: number | null;
  readonly rowCountExact: boolean;
  readonly bytes: number | null;
  readonly columns: readonly InventoryColumn[];
  readonly primaryKey: KeyConstraint | null;
  readonly uniqueKeys: readonly KeyConstraint[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly indexes: readonly CatalogIndex[];
  readonly partitioning: Partitioning | null;
  readonly attributes: Readonly<Record<string, string | number | boolean | null>>;
  /** Rule ids of the findings on this table or its columns, sorted, unique. */
  readonly findings: readonly string[];
}

export interface InventorySchema {
  readonly name: string;
  readonly tables: readonly InventoryTable[];
  readonly views: readonly CatalogView[];
  readonly sequences: readonly CatalogSequence[];
  readonly routines: readonly CatalogRoutine[];
  readonly triggers: readonly CatalogTrigger[];
}

export interface ModuleSummary {
  readonly tables: number;
  readonly columns: number;
  readonly rows: number;
  readonly bytes: number;
  readonly lobColumns: number;
  readonly findings: Readonly<Record<Severity, number>>;
}

export interface Inventory {
  readonly format: typeof INVENTORY_FORMAT;
  readonly source: SourceInfo & { readonly origin: 'live' | 'ddl' };
  readonly schemas: readonly InventorySchema[];
  readonly findings: readonly Finding[];
  /** Keyed by module id, sorted. */
  readonly modules: Readonly<Record<string, ModuleSummary>>;
  /** PostgreSQL source: user types (enum, domain, composite) the columns use, by schema then name; absent when none. */
  readonly userTypes?: readonly CatalogUserType[];
  /** PostgreSQL source: extensions whose types the columns use, by name; absent when none. */
  readonly extensions?: readonly CatalogExtension[];
}
