/** Loads a recorded SQL Server catalog fixture as the row record parseCatalogRows takes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MssqlCatalogRows } from '../../../../src/dialects/mssql/catalog-rows.js';

export const MSSQL_FIXTURES = join(import.meta.dirname, '../../../../fixtures/dictionary/mssql');

interface FixtureFile {
  readonly unavailable: readonly string[];
  readonly rows: Omit<MssqlCatalogRows, 'unavailable'>;
}

export function loadMssqlFixture(name: string): MssqlCatalogRows {
  const file = JSON.parse(readFileSync(join(MSSQL_FIXTURES, name), 'utf8')) as FixtureFile;
  return { unavailable: file.unavailable, ...file.rows };
}

export const ALL_SCHEMAS = { schemas: [], exactCounts: false, include: [], exclude: [] } as const;
