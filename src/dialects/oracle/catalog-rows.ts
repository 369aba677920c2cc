/**
 * The rows of each dictionary query, as node-oracledb hands them over with outFormat OBJECT
 * (upper-case keys). Kept as unknown-valued records and read through parse-values.ts.
 */
import type { DictionaryRow } from './parse-values.js';

export interface OracleCatalogRows {
  /** Which dictionary views were read: DBA_ (whole database) or ALL_ (what the login can see). */
  readonly dictionary: 'DBA' | 'ALL';
  /** Optional queries that failed for want of a grant (e.g. `database`, `segments`), by key below. */
  readonly unavailable: readonly string[];
  readonly version: readonly DictionaryRow[];
  readonly nls: readonly DictionaryRow[];
  readonly database: readonly DictionaryRow[];
  readonly schemas: readonly DictionaryRow[];
  readonly tables: readonly DictionaryRow[];
  readonly columns: readonly DictionaryRow[];
  readonly identity: readonly DictionaryRow[];
  readonly constraints: readonly DictionaryRow[];
  readonly constraintColumns: readonly DictionaryRow[];
  readonly indexes: readonly DictionaryRow[];
  readonly indexColumns: readonly DictionaryRow[];
  readonly partitions: readonly DictionaryRow[];
  readonly partitionKeys: readonly DictionaryRow[];
  readonly lobs: readonly DictionaryRow[];
  readonly segments: readonly DictionaryRow[];
  readonly sequences: readonly DictionaryRow[];
  readonly views: readonly DictionaryRow[];
  readonly mviews: readonly DictionaryRow[];
  readonly codeObjects: readonly DictionaryRow[];
  readonly triggers: readonly DictionaryRow[];
  /** Table-level supplemental log groups (optional: missing grant → unavailable). */
  readonly logGroups: readonly DictionaryRow[];
  /** Per-table probe results: { OWNER, TABLE_NAME, ROW_COUNT?, KEY_MIN?, KEY_MAX? }. */
  readonly probes?: readonly DictionaryRow[];
}

export type OracleRowSet = Exclude<keyof OracleCatalogRows, 'dictionary' | 'unavailable' | 'probes'>;

export const ORACLE_ROW_SETS: readonly OracleRowSet[] = [
  'version', 'nls', 'database', 'schemas', 'tables', 'columns', 'identity', 'constraints', 'constraintColumns',
  'indexes', 'indexColumns', 'partitions', 'partitionKeys', 'lobs', 'segments', 'sequences', 'views', 'mviews',
  'codeObjects', 'triggers', 'logGroups',
];
