/** The rows of each catalog query as tedious / node-mssql hand them over (recordset objects). */
import type { DictionaryRow } from './parse-values.js';

export interface MssqlCatalogRows {
  /** Optional reads that needed a fallback or failed for want of permission, e.g. `sizes` (VIEW DATABASE STATE). */
  readonly unavailable: readonly string[];
  readonly server: readonly DictionaryRow[];
  readonly schemas: readonly DictionaryRow[];
  readonly tables: readonly DictionaryRow[];
  readonly columns: readonly DictionaryRow[];
  readonly identity: readonly DictionaryRow[];
  readonly keys: readonly DictionaryRow[];
  readonly foreignKeys: readonly DictionaryRow[];
  readonly indexes: readonly DictionaryRow[];
  readonly sizes: readonly DictionaryRow[];
  readonly partitioning: readonly DictionaryRow[];
  readonly sequences: readonly DictionaryRow[];
  readonly views: readonly DictionaryRow[];
  readonly modules: readonly DictionaryRow[];
  readonly triggers: readonly DictionaryRow[];
  /** Per-table probe results: { schema_name, table_name, row_count?, key_min?, key_max? }. */
  readonly probes?: readonly DictionaryRow[];
}

export type MssqlRowSet = Exclude<keyof MssqlCatalogRows, 'unavailable' | 'probes'>;
