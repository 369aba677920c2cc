/**
 * The plan document (`plan.json`, "erp-migrate/plan@1"): waves → tasks → tables, made by the pure
 * `makePlan(inventory, mapping, options)` and written with the DMS JSON and DDL files beside it.
 * Everything in it is deterministic: no clock time, no random ids; identifiers derive from content.
 */
import type { CatalogIndex, CatalogUserType, DialectName, ForeignKey, IdentitySpec, KeyConstraint } from './catalog.js';

export const PLAN_FORMAT = 'erp-migrate/plan@1';

export type TargetName = 'postgres' | 'aurora-postgresql' | 'oracle' | 'sqlserver' | 'mysql';

/** How a value is converted on the way (also what the local engine applies). */
export type Conversion =
  | 'none'            // same representation
  | 'widen'           // target type holds every source value
  | 'round-fraction'  // fractional seconds rounded to the target precision (e.g. DATETIME2(7) → 6)
  | 'truncate-text'   // declared length shrinks
  | 'to-uuid'         // RAW(16) / UNIQUEIDENTIFIER / binary(16) → uuid
  | 'to-json'         // CLOB IS JSON / NVARCHAR(MAX) ISJSON → jsonb
  | 'to-bool'         // bit / NUMBER(1) / tinyint(1) → boolean
  | 'to-bits'         // MySQL BIT(n) value (bytes, big-endian) → a bit string of n digits ('00000101')
  | 'to-text'         // hierarchyid, sql_variant, SET, ENUM… rendered as text
  | 'zero-date-null'  // MySQL 0000-00-00 → NULL
  | 'custom';         // stated in the mapping file

export interface PlannedColumn {
  readonly source: string;
  readonly target: string;
  readonly sourceType: string;      // native type text
  readonly canonicalType: string;   // canonical type text after overrides
  readonly targetType: string;      // target DDL type text, e.g. `numeric(12,2)`, `timestamp(6) with time zone`
  readonly nullable: boolean;
  readonly default: string | null;  // target default expression, already translated, or null
  /** Source default that could not be translated (`translateDefault(...).dropped`); DDL shows it as a comment. */
  readonly droppedDefault?: string | null;
  readonly identity: IdentitySpec | null;
  readonly conversion: Conversion;
  /** Non-empty when the conversion can lose information: what is lost. */
  readonly lossy: string | null;
  /** True when the column is dropped by the mapping (DMS remove-column). */
  readonly excluded: boolean;
}

/** DMS `data-type` of an added column: a DMS type name and, where it has them, length / precision / scale. */
export interface AddedColumnDmsType {
  readonly type: string;
  readonly length?: number;
  readonly precision?: number;
  readonly scale?: number;
}

/**
 * A column the mapping file adds on the target (`addColumns:`): created nullable after the source
 * columns and filled by a DMS `add-column` rule evaluating `expression` (SQLite; `$COLUMN` = source column).
 */
export interface AddedColumn {
  /** Target name (the mapping-file name folded by the identifier case policy). */
  readonly target: string;
  /** Target DDL type text as the mapping file gives it, e.g. `varchar(20)`. */
  readonly targetType: string;
  readonly expression: string;
  readonly dmsType: AddedColumnDmsType;
  readonly nullable: boolean;
}

export interface RangeBoundary {
  /** Upper bounds (exclusive for DMS `ranges` semantics) as strings, one per key column. */
  readonly values: readonly string[];
}

export interface ParallelLoad {
  readonly type: 'ranges' | 'partitions-auto' | 'none';
  readonly columns: readonly string[];
  readonly boundaries: readonly RangeBoundary[];
}

export interface LobSettings {
  /** DMS LOB mode for this table: `limited` with a max size (KB) or `full` with a chunk size (KB). */
  readonly mode: 'none' | 'limited' | 'full';
  readonly maxSizeKb: number | null;
  readonly chunkSizeKb: number | null;
}

export interface RowFilter {
  readonly column: string;
  readonly operator: 'eq' | 'ste' | 'gte' | 'between' | 'noteq' | 'notnull' | 'null';
  readonly value?: string;
  readonly start?: string;
  readonly end?: string;
}

export interface PlannedTable {
  readonly sourceSchema: string;
  readonly sourceTable: string;
  readonly targetSchema: string;
  readonly targetTable: string;
  readonly module: string;
  readonly rows: number | null;
  readonly bytes: number | null;
  readonly columns: readonly PlannedColumn[];
  /** Columns added on the target by the mapping file, in mapping-file order; absent when none. */
  readonly addedColumns?: readonly AddedColumn[];
  /** Target-named keys. `primaryKeySource` says whether it came from the source or the mapping file. */
  readonly primaryKey: KeyConstraint | null;
  readonly primaryKeySource: 'source' | 'mapping' | 'none';
  readonly uniqueKeys: readonly KeyConstraint[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly indexes: readonly CatalogIndex[];
  readonly filters: readonly RowFilter[];
  readonly parallelLoad: ParallelLoad;
  readonly lob: LobSettings;
  /** Rule ids of the inventory findings on this table. */
  readonly findings: readonly string[];
}

export interface PlannedTask {
  /** Deterministic, DMS-valid (letters, digits, hyphens; starts with a letter; ≤ 255): `erpm-w1-t2-<hash8>`. */
  readonly id: string;
  readonly wave: number;
  readonly kind: 'reference' | 'standard' | 'large' | 'lob';
  readonly tables: readonly PlannedTable[];
  /** Sums of the tables' known sizes / row counts; null when none is known (never 0 for unknown). */
  readonly estimatedBytes: number | null;
  readonly estimatedRows: number | null;
  /** How many of the task's tables have no known size / row count; absent when all are known. */
  readonly tablesWithUnknownBytes?: number;
  readonly tablesWithUnknownRows?: number;
  readonly lob: LobSettings;
  /** Relative paths inside the plan directory. */
  readonly tableMappingsFile: string;
  readonly taskSettingsFile: string;
}

export interface PlannedWave {
  readonly number: number;
  readonly tasks: readonly PlannedTask[];
}

export interface DeferredConstraint {
  readonly schema: string;
  readonly table: string;
  readonly constraint: string;
  /** The FK cycle it breaks, as `schema.table` names in order. */
  readonly cycle: readonly string[];
}

/**
 * A standalone source sequence: DMS does not migrate sequences, so pre-load DDL creates it and
 * post-load DDL moves it past the values the source has used. Numbers are decimal strings exactly
 * as the source has them (Oracle's default MAXVALUE has 28 digits); each renderer fits them to its target.
 */
export interface PlannedSequence {
  readonly sourceSchema: string;
  readonly sourceName: string;
  readonly targetSchema: string;
  readonly targetName: string;
  readonly start: string | null;
  readonly increment: string | null;
  readonly minValue: string | null;
  readonly maxValue: string | null;
  readonly cycle: boolean;
  /** The source's last value / high-water mark when the inventory knows it; null from a DDL export. */
  readonly lastValue: string | null;
}

/**
 * A PostgreSQL user type pre-load.sql creates (PostgreSQL source and target only): `schema` is the
 * source schema, `targetSchema` where it is created; type texts inside it (domain base, attribute
 * types, default and CHECK casts) already name target schemas. Listed in creation order.
 */
export type PlannedUserType = CatalogUserType & { readonly targetSchema: string };

/** An extension pre-load.sql creates: for the source's extension types, or a target type such as PostGIS `geometry`. */
export interface PlannedExtension {
  readonly name: string;
  /** Target schema (`WITH SCHEMA`), or null to leave it to the target's search_path. */
  readonly schema: string | null;
  /** The type names of it the planned columns use. */
  readonly types: readonly string[];
}

export interface PlanDecision {
  readonly object: string;
  readonly severity: 'blocker' | 'warning' | 'info';
  readonly message: string;
}

export interface Plan {
  readonly format: typeof PLAN_FORMAT;
  /** sha256 of the inventory file's canonical JSON, `sha256:<hex>`. */
  readonly inventoryDigest: string;
  readonly source: { readonly dialect: DialectName; readonly version: string | null };
  readonly target: TargetName;
  readonly options: {
    readonly waves: 'by-dependency' | 'by-module';
    readonly identifierCase: 'lower' | 'preserve' | 'upper';
    readonly largeTableBytes: number;
    readonly maxTaskBytes: number;
    readonly mappingFiles: readonly string[];
    /** `plan --target-schema`: the target schema of the plan's one source schema; absent when not given. */
    readonly targetSchema?: string;
  };
  readonly waves: readonly PlannedWave[];
  readonly deferredConstraints: readonly DeferredConstraint[];
  /** Standalone sequences sorted by target schema, then target name; absent when the source has none. */
  readonly sequences?: readonly PlannedSequence[];
  /** Extensions pre-load.sql creates, by name; absent when none. */
  readonly extensions?: readonly PlannedExtension[];
  /** User types pre-load.sql creates, dependencies first; absent when none. */
  readonly userTypes?: readonly PlannedUserType[];
  readonly decisions: readonly PlanDecision[];
}
