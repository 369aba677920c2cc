/**
 * What each dialect's DDL reader returns for one decoded file. `src/ddl/read-ddl.ts` decodes files,
 * calls the dialect's reader per file, merges the schemas and produces a CatalogSnapshot — the same
 * shape live introspection produces, so the inventory builder does not know where rows came from.
 */
import type { CatalogExtension, CatalogNote, CatalogSchema, CatalogUserType } from '../model/catalog.js';

export interface DdlReadOptions {
  /** Schema for unqualified objects (Oracle: the owner; SQL Server: `dbo`; PostgreSQL: `public`; MySQL: the database). */
  readonly defaultSchema: string;
  /** The file's name as the user gave it, for notes ("file.sql:123"). */
  readonly file: string;
}

export interface DdlReadResult {
  readonly schemas: readonly CatalogSchema[];
  /** Unreadable statements etc.: rule `ddl-unreadable-statement`, object `file:line`. */
  readonly notes: readonly CatalogNote[];
  /** How many statements were seen and how many described tables, for the "file with no tables" error. */
  readonly statements: number;
  readonly tables: number;
  /** Facts found in the export (e.g. MySQL `DEFAULT CHARSET=utf8mb4`, pg_dump server version). */
  readonly sourceFacts?: Readonly<Record<string, string>>;
  /** PostgreSQL: the user types and extensions the columns use (see CatalogSnapshot). */
  readonly userTypes?: readonly CatalogUserType[];
  readonly extensions?: readonly CatalogExtension[];
}

export type DdlReader = (text: string, options: DdlReadOptions) => DdlReadResult;
