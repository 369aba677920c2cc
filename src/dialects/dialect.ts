/**
 * The one interface every dialect implements. Engines, validation and `assess` see dialects only
 * through it; adding a dialect is adding a folder under src/dialects/ and one line in registry.ts.
 */
import type { CanonicalType } from '../model/canonical-type.js';
import type { CatalogSnapshot, DialectName } from '../model/catalog.js';
import type { ConnectionSpec } from '../model/connection.js';
import type { ProgressSink } from '../model/progress.js';
import type { TypeRule } from '../model/type-rules.js';

export interface CatalogOptions {
  /** Schemas to read, as the user wrote them (folded by the dialect); empty = every non-system schema. */
  readonly schemas: readonly string[];
  /** Run `COUNT(*)` per table instead of trusting statistics. */
  readonly exactCounts: boolean;
  /** Table name filters, applied after reading (glob `*`/`?`, case-insensitive), `schema.table` or `table`. */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /**
   * Progress events (src/model/progress.ts), e.g. a `phase` event per query set. Each call is also a
   * safe point: the sink may throw InterruptedError to stop the read there (the caller closes the connection).
   */
  readonly onEvent?: ProgressSink;
}

/**
 * One value as it crosses the contract, chosen by the column's canonical type so that nothing is
 * rounded on the way (JS numbers lose digits past 2^53, JS Dates lose microseconds):
 * - int16/int32/int64, decimal, number, float32/float64 → decimal text (`-12.5`, `9223372036854775807`,
 *   floats as the server prints them, `NaN`/`Infinity` included);
 * - bool → boolean;
 * - binary, blob → Buffer;
 * - date → `YYYY-MM-DD`; time → `HH:MM:SS[.ffffff]`; timestamp → `YYYY-MM-DD HH:MM:SS[.ffffff]` (no zone);
 *   timestamptz → the same in UTC followed by `+00:00`;
 * - every other kind (char, varchar, text, json, xml, uuid, interval) → string;
 * - NULL → null, and `''` stays `''` (Oracle, which stores `''` as NULL, reads it back as null).
 */
export type CellValue = string | boolean | Buffer | null;
/** A row in the table's column order (arrays, not objects: no per-row key hashing). */
export type Row = readonly CellValue[];
/** Rows read or written together; `batchRows` bounds its length. */
export type RowBatch = readonly Row[];

export interface TransferColumn {
  /** The name as stored on this server (already folded); the dialect quotes it. */
  readonly name: string;
  readonly type: CanonicalType;
}

export interface TransferTable {
  readonly schema: string;
  readonly name: string;
  readonly columns: readonly TransferColumn[];
}

export interface ReadOptions {
  /** Rows per batch (and per fetch round trip); 1,000 measured best for pg (reference doc §4). */
  readonly batchRows: number;
  /** A predicate in this dialect's SQL (DMS source filter, key range), trusted: it comes from the plan. */
  readonly where?: string;
  /** Column names to order by (quoted by the dialect), e.g. the primary key for ranged reads. */
  readonly orderBy?: readonly string[];
}

export interface WriteResult {
  readonly rows: number;
  /** Bytes of row data sent to the server (after encoding), for throughput figures. */
  readonly bytes: number;
}

/** One unit a script is executed in: a statement, or a T-SQL batch (src/ddl/script-units.ts splits them). */
export interface ScriptUnit {
  readonly text: string;
  /** 1-based line in the file where the unit starts, for errors. */
  readonly line: number;
}

export interface ScriptResult {
  /** Statements (T-SQL: batches) executed. */
  readonly statements: number;
}

/** A segment of a table by one key column, for bisection: `from <= key < to`, either end open. */
export interface KeyRange {
  readonly column: string;
  /** Bound values as text (numbers as decimal text); the server converts them to the key's type. */
  readonly from?: string;
  readonly to?: string;
}

export interface ChecksumOptions {
  /** A predicate in this dialect's SQL, trusted (it comes from the plan), ANDed with keyRange. */
  readonly where?: string;
  readonly keyRange?: KeyRange;
  /** Empty values count as NULL (checksum-reference.ts): set on both sides whenever either is Oracle. */
  readonly emptyStringAsNull: boolean;
}

/** Row count and the exact sum of the row terms (decimal text), as checksum-reference.ts defines them. */
export interface ChecksumResult {
  readonly rows: number;
  readonly sum: string;
}

/** A statement with positional binds in the dialect's own placeholder style; `setup` runs first on the session. */
export interface BoundQuery {
  readonly sql: string;
  readonly binds: readonly string[];
  readonly setup: readonly string[];
}

export interface DialectConnection {
  readonly dialect: DialectName;
  /** Reads the dictionary with one query per kind of object (never one per table). */
  readCatalog(options: CatalogOptions): Promise<CatalogSnapshot>;
  /**
   * Streams a table's rows: the next batch is fetched only when the consumer asks for it, the cursor
   * is closed on every path (end, error, `break` out of `for await`), and where `consistentSnapshot`
   * is set the whole read sees one snapshot. One read at a time per connection: the driver is busy
   * until the read ends.
   */
  readRows(table: TransferTable, options: ReadOptions): AsyncIterable<RowBatch>;
  /**
   * Appends rows to an existing table with the dialect's bulk path, all or nothing: when a row is
   * rejected or `batches` throws, the table is left as it was and the promise rejects.
   */
  writeRows(table: TransferTable, batches: AsyncIterable<RowBatch>): Promise<WriteResult>;
  /**
   * Runs a script (pre-load.sql, post-load.sql) unit by unit, as split by scriptUnits() in
   * src/ddl/script-units.ts: the same splitters that read this dialect's DDL exports (dialects do not
   * import src/ddl, which builds on them, so the caller splits). A failing unit rejects with UsageError
   * `E_SCRIPT_STATEMENT` naming `file:line`; with `transactionalDdl` nothing of the script remains.
   */
  executeScript(units: Iterable<ScriptUnit>, file: string): Promise<ScriptResult>;
  /**
   * Count and checksum computed inside the database (checksum-reference.ts gives the rules). Rejects
   * with UsageError `E_CHECKSUM_PUSHDOWN` when a column's kind cannot be normalised in this dialect's
   * SQL: the caller then uses the client-side mode (src/validate/client-checksum.ts).
   */
  checksum(table: TransferTable, options: ChecksumOptions): Promise<ChecksumResult>;
  close(): Promise<void>;
}

export interface DialectCapabilities {
  readonly liveIntrospection: boolean;
  readonly ddlImport: boolean;
  /** readRows sees one snapshot of the table however long it runs (PG REPEATABLE READ, InnoDB consistent snapshot). */
  readonly consistentSnapshot: boolean;
  /** DDL is transactional: executeScript runs a script all or nothing. */
  readonly transactionalDdl: boolean;
}

export interface Dialect {
  readonly name: DialectName;
  /** URL schemes this dialect accepts (`oracle`, `mssql`/`sqlserver`, `postgres`/`postgresql`, `mysql`/`mariadb`). */
  readonly schemes: readonly string[];
  readonly defaultPort: number;
  readonly capabilities: DialectCapabilities;
  /** Folds an identifier the way the server stores it: Oracle unquoted → upper, PostgreSQL → lower, others kept. */
  foldIdentifier(name: string, quoted: boolean): string;
  /** Opens a connection; driver errors become ConnectionError (exit 3) with the password redacted. */
  connect(spec: ConnectionSpec): Promise<DialectConnection>;
}

export type { TypeRule };
