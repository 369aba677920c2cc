/**
 * Catalog snapshot: what a dialect reads from a live dictionary or what the DDL importer reads from
 * an export. Both produce exactly this shape, and `src/inventory/build-inventory.ts` turns it into
 * the inventory (canonical types, modules, findings). Names are exactly as the source stores them
 * (Oracle unquoted → upper case, PostgreSQL unquoted → lower case, SQL Server / MySQL as written).
 *
 * Native type conventions (the same for live and DDL, so both inventories agree):
 * - oracle:   `DATA_TYPE` as ALL_TAB_COLUMNS shows it (`VARCHAR2`, `NUMBER`, `TIMESTAMP(6) WITH TIME ZONE`,
 *             `INTERVAL DAY(2) TO SECOND(6)`, `FLOAT`), length = CHAR_LENGTH for character types
 *             (lengthSemantics from CHAR_USED), DATA_LENGTH for RAW; precision/scale as DATA_PRECISION/DATA_SCALE.
 * - mssql:    the type name from sys.types (`nvarchar`, `decimal`, `datetime2`, alias types resolved:
 *             nativeType is the base type, `userType` keeps the alias name); length in characters
 *             (null for `(max)`), bytes for binary/varbinary; scale = fractional digits of datetime2/time/datetimeoffset.
 * - postgres: `format_type(atttypid, atttypmod)` text (`character varying(30)`, `numeric(12,2)`,
 *             `timestamp(3) with time zone`, `integer`), plus length/precision/scale parsed from it.
 * - mysql:    information_schema COLUMNS.COLUMN_TYPE, type words lower case and ENUM/SET labels byte for
 *             byte (`int(11)`, `decimal(12,2) unsigned`, `enum('G','PG-13')`, `varchar(50)`), plus
 *             length/precision/scale parsed from it.
 * For temporal types `scale` holds the fractional-second digits where the type has them.
 */
export type DialectName = 'oracle' | 'mssql' | 'postgres' | 'mysql';

export const DIALECT_NAMES: readonly DialectName[] = ['oracle', 'mssql', 'postgres', 'mysql'];

export interface SourceInfo {
  readonly dialect: DialectName;
  /** Server version text, e.g. "19.21.0.0.0", "16.0.4135.4", "15.19", "10.11.19-MariaDB"; null when unknown (DDL). */
  readonly version: string | null;
  /** Database character set, e.g. "AL32UTF8", "UTF8", "utf8mb4", SQL Server collation; null when unknown. */
  readonly charset: string | null;
  /** Server facts the checks read: Oracle log_mode / supplemental logging, SQL Server recovery model, CDC, TDE… */
  readonly options: Readonly<Record<string, string | number | boolean | null>>;
}

export interface IdentitySpec {
  /** `always` (Oracle/PG GENERATED ALWAYS, SQL Server IDENTITY), `by-default`, `auto-increment` (MySQL). */
  readonly generation: 'always' | 'by-default' | 'auto-increment';
  readonly start: string | null;
  readonly increment: string | null;
}

export interface CatalogColumn {
  readonly name: string;
  readonly nativeType: string;
  readonly length: number | null;
  readonly precision: number | null;
  readonly scale: number | null;
  readonly nullable: boolean;
  /** Default expression text as the source stores it, trimmed; null when none. */
  readonly default: string | null;
  readonly identity: IdentitySpec | null;
  /** Generated/computed/virtual column expression; null for a stored column. */
  readonly computed?: string | null;
  /** Oracle CHAR_USED: `char` or `byte` for character columns, otherwise absent. */
  readonly lengthSemantics?: 'char' | 'byte';
  /** SQL Server alias type / PG domain / Oracle object type owner-qualified name, when the column uses one. */
  readonly userType?: string;
}

export interface KeyConstraint {
  readonly name: string | null;
  readonly columns: readonly string[];
}

export type ReferentialAction = 'NO ACTION' | 'RESTRICT' | 'CASCADE' | 'SET NULL' | 'SET DEFAULT';

export interface ForeignKey {
  readonly name: string | null;
  readonly columns: readonly string[];
  readonly refSchema: string;
  readonly refTable: string;
  readonly refColumns: readonly string[];
  readonly onDelete: ReferentialAction;
  /** False when the source has the constraint disabled / NOCHECK / NOT VALID. */
  readonly enabled?: boolean;
}

export interface IndexColumn {
  /** Column name, or the expression text of a function-based index. */
  readonly name: string;
  readonly descending: boolean;
  readonly expression?: boolean;
}

export interface CatalogIndex {
  readonly name: string;
  readonly unique: boolean;
  /** Lower-case method: `btree`, `bitmap`, `hash`, `gin`, `gist`, `fulltext`, `spatial`, `clustered`, `nonclustered`, `columnstore`… */
  readonly kind: string;
  readonly columns: readonly IndexColumn[];
  /** Partial / filtered index predicate. */
  readonly where?: string | null;
}

export interface Partitioning {
  /** Lower-case: `range`, `list`, `hash`, `interval`, `reference`, `system`, `key`. */
  readonly type: string;
  readonly columns: readonly string[];
  readonly partitionCount: number | null;
  readonly subpartitioning: string | null;
}

export interface CatalogTable {
  readonly name: string;
  readonly columns: readonly CatalogColumn[];
  readonly primaryKey: KeyConstraint | null;
  /** Unique constraints (and MySQL unique indexes, which are its unique constraints). */
  readonly uniqueKeys: readonly KeyConstraint[];
  readonly foreignKeys: readonly ForeignKey[];
  /** Every index except those that back the primary key or a unique constraint. */
  readonly indexes: readonly CatalogIndex[];
  readonly partitioning: Partitioning | null;
  /** Estimated rows from statistics; null when unknown. */
  readonly rowCount: number | null;
  readonly rowCountExact: boolean;
  /** Table + LOB + index bytes; null when unknown. */
  readonly bytes: number | null;
  /** Dialect facts: `iot`, `temporary`, `temporal`, `memoryOptimized`, `engine`, `compression`, `cdcTracked`, `comment`… */
  readonly attributes?: Readonly<Record<string, string | number | boolean | null>>;
}

export interface CatalogView {
  readonly name: string;
  readonly materialized: boolean;
  readonly lines: number | null;
}

export interface CatalogSequence {
  readonly name: string;
  /** Numbers as decimal strings: Oracle's default MAXVALUE has 28 digits. */
  readonly start: string | null;
  readonly increment: string | null;
  readonly minValue: string | null;
  readonly maxValue: string | null;
  readonly cycle: boolean;
  /** Oracle LAST_NUMBER / SQL Server current_value / PG last_value, when known. */
  readonly lastValue: string | null;
}

export type RoutineKind =
  | 'procedure' | 'function' | 'package' | 'package body' | 'type' | 'type body' | 'java source' | 'synonym' | 'other';

export interface CatalogRoutine {
  readonly name: string;
  readonly kind: RoutineKind;
  readonly lines: number | null;
  /** VALID / INVALID where the source tracks it. */
  readonly status?: string | null;
}

export interface CatalogTrigger {
  readonly name: string;
  readonly table: string | null;
  readonly events: string | null;
  readonly lines: number | null;
}

export interface CatalogSchema {
  readonly name: string;
  readonly tables: readonly CatalogTable[];
  readonly views: readonly CatalogView[];
  readonly sequences: readonly CatalogSequence[];
  readonly routines: readonly CatalogRoutine[];
  readonly triggers: readonly CatalogTrigger[];
}

/** A problem met while reading the catalog (an unreadable DDL statement, a view we had no grant for…). */
export interface CatalogNote {
  readonly rule: string;
  readonly severity: 'blocker' | 'warning' | 'info';
  readonly object: string;
  readonly message: string;
  readonly hint: string;
}

/**
 * A PostgreSQL user-defined type that columns use (directly, as an array element, as a domain's base
 * or a composite's attribute). Type texts (`baseType`, attribute `type`) are format_type() text, like
 * a column's nativeType; `checks[].definition` is pg_get_constraintdef() text (`CHECK ((VALUE > 0))`).
 */
export type CatalogUserType =
  | { readonly kind: 'enum'; readonly schema: string; readonly name: string; readonly labels: readonly string[] }
  | {
    readonly kind: 'domain'; readonly schema: string; readonly name: string; readonly baseType: string;
    readonly notNull: boolean; readonly default: string | null;
    readonly checks: readonly { readonly name: string; readonly definition: string }[];
  }
  | { readonly kind: 'composite'; readonly schema: string; readonly name: string; readonly attributes: readonly { readonly name: string; readonly type: string }[] };

/** A PostgreSQL extension that owns types columns use (`citext`, `hstore`, PostGIS `geometry`…); `types` are bare names in `schema`. */
export interface CatalogExtension {
  readonly name: string;
  readonly schema: string;
  readonly types: readonly string[];
}

export interface CatalogSnapshot {
  readonly source: SourceInfo;
  readonly schemas: readonly CatalogSchema[];
  readonly notes: readonly CatalogNote[];
  /** PostgreSQL: user types the columns use, sorted by schema, then name; absent when none. */
  readonly userTypes?: readonly CatalogUserType[];
  /** PostgreSQL: extensions whose types the columns use, sorted by name; absent when none. */
  readonly extensions?: readonly CatalogExtension[];
}
