/**
 * Fills the tokens of the catalog SQL in catalog-queries.ts for one server: the schema filter (nvarchar
 * binds) and the columns that only exist from a given release (sys.tables.temporal_type_desc and
 * history_table_id, sys.columns.generated_always_type_desc: 2016 = 13.x; is_memory_optimized: 2014 = 12.x).
 */
import { UsageError } from '../../errors.js';

/** Current release when the version is unknown. */
export const CURRENT_MAJOR = 16;

/** SERVERPROPERTY('EngineEdition'): Azure SQL Database and Managed Instance report ProductVersion 12.x yet run the newest engine. */
const AZURE_ENGINE_EDITIONS: ReadonlySet<number> = new Set([5, 8]);

/**
 * The release whose catalog columns the server has: the ProductVersion major ('16.0.4135.4' → 16),
 * except on Azure SQL Database / Managed Instance ('12.0.2000.8', always the current engine).
 */
export function catalogMajor(productVersion: string | null, engineEdition: number | null): number {
  if (engineEdition !== null && AZURE_ENGINE_EDITIONS.has(engineEdition)) return CURRENT_MAJOR;
  const major = Number.parseInt(productVersion ?? '', 10);
  return Number.isFinite(major) ? major : CURRENT_MAJOR;
}

/** SQL Server takes at most 2100 parameters per request; a few are left for the driver. */
export const MAX_SCHEMA_BINDS = 2000;

/** Schemas every database has that hold no application objects (fixed role schemas by exact name). */
export const SYSTEM_SCHEMAS = [
  'sys', 'INFORMATION_SCHEMA', 'guest', 'cdc', 'db_owner', 'db_accessadmin', 'db_securityadmin', 'db_ddladmin',
  'db_backupoperator', 'db_datareader', 'db_datawriter', 'db_denydatareader', 'db_denydatawriter',
] as const;

function versionFragments(major: number): Readonly<Record<string, string>> {
  const since2016 = major >= 13;
  return {
    TEMPORAL: since2016
      ? 't.temporal_type_desc, hs.name AS history_schema_name, h.name AS history_table_name'
      : 'CAST(NULL AS nvarchar(60)) AS temporal_type_desc, CAST(NULL AS sysname) AS history_schema_name, CAST(NULL AS sysname) AS history_table_name',
    HISTORY_JOIN: since2016
      ? 'LEFT JOIN sys.tables h ON h.object_id = t.history_table_id\nLEFT JOIN sys.schemas hs ON hs.schema_id = h.schema_id\n'
      : '',
    MEMORY_OPTIMIZED: major >= 12 ? 't.is_memory_optimized' : 'CAST(0 AS bit) AS is_memory_optimized',
    GENERATED_ALWAYS: since2016 ? 'c.generated_always_type_desc' : 'CAST(NULL AS nvarchar(60)) AS generated_always_type_desc',
  };
}

export interface RenderedQuery {
  readonly sql: string;
  /** Exactly the parameters the text uses. */
  readonly binds: Readonly<Record<string, string>>;
}

/** Fills the tokens; schema names go in as nvarchar binds, never as SQL text. */
export function renderCatalogQuery(sql: string, schemas: readonly string[], major: number = CURRENT_MAJOR): RenderedQuery {
  if (schemas.length > MAX_SCHEMA_BINDS) {
    throw new UsageError('E_TOO_MANY_SCHEMAS', `mssql: ${schemas.length} schemas asked for; at most ${MAX_SCHEMA_BINDS} fit one catalog query`, {
      hint: 'leave --schema out to read every user schema, or run assess in batches of schemas',
    });
  }
  const fragments = versionFragments(major);
  const binds: Record<string, string> = {};
  if (/\{\{SCHEMAS:/.test(sql)) {
    schemas.forEach((schema, i) => {
      binds[`s${i}`] = schema;
    });
  }
  const list = schemas.map((_, i) => `@s${i}`).join(', ');
  const system = SYSTEM_SCHEMAS.map((name) => `'${name}'`).join(', ');
  const text = sql
    .replace(/\{\{SCHEMAS:([A-Za-z_.]+)\}\}/g, (_, column: string) => (schemas.length > 0 ? `${column} IN (${list})` : `${column} NOT IN (${system})`))
    .replace(/\{\{(TEMPORAL|HISTORY_JOIN|MEMORY_OPTIMIZED|GENERATED_ALWAYS)\}\}/g, (_, name: string) => fragments[name] ?? '');
  return { sql: text, binds };
}
