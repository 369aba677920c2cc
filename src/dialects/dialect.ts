/**
 * The one interface every dialect implements. Engines, validation and `assess` see dialects only
 * through it; adding a dialect is adding a folder under src/dialects/ and one line in registry.ts.
 */
import type { CatalogSnapshot, DialectName } from '../model/catalog.js';
import type { ConnectionSpec } from '../model/connection.js';
import type { TypeRule } from '../model/type-rules.js';

export interface CatalogOptions {
  /** Schemas to read, as the user wrote them (folded by the dialect); empty = every non-system schema. */
  readonly schemas: readonly string[];
  /** Run `COUNT(*)` per table instead of trusting statistics. */
  readonly exactCounts: boolean;
  /** Table name filters, applied after reading (glob `*`/`?`, case-insensitive), `schema.table` or `table`. */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Progress callback, e.g. for a spinner: a short text per phase. */
  readonly onProgress?: (message: string) => void;
}

export interface DialectConnection {
  readonly dialect: DialectName;
  /** Reads the dictionary with one query per kind of object (never one per table). */
  readCatalog(options: CatalogOptions): Promise<CatalogSnapshot>;
  close(): Promise<void>;
}

export interface DialectCapabilities {
  readonly liveIntrospection: boolean;
  readonly ddlImport: boolean;
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
