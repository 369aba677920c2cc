/** Loads a recorded Oracle dictionary fixture as the row record parseCatalogRows takes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OracleCatalogRows } from '../../../../src/dialects/oracle/catalog-rows.js';

export const ORACLE_FIXTURES = join(import.meta.dirname, '../../../../fixtures/dictionary/oracle');

interface FixtureFile {
  readonly dictionary: 'DBA' | 'ALL';
  readonly unavailable: readonly string[];
  readonly rows: Omit<OracleCatalogRows, 'dictionary' | 'unavailable'>;
}

export function loadOracleFixture(name: string): OracleCatalogRows {
  const file = JSON.parse(readFileSync(join(ORACLE_FIXTURES, name), 'utf8')) as FixtureFile;
  return { dictionary: file.dictionary, unavailable: file.unavailable, ...file.rows };
}

export const ALL_SCHEMAS = { schemas: [], exactCounts: false, include: [], exclude: [] } as const;
