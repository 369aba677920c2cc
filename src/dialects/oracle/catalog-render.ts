/**
 * Fills the tokens of the dictionary SQL in catalog-queries.ts for one server: DBA_ or ALL_ views,
 * the owner filter (binds), and the columns that only exist from a given release.
 *
 * Release facts (Oracle Database Reference, the view pages' footnotes):
 *   12.1     DBA_TAB_IDENTITY_COLS, DBA_TAB_COLS.IDENTITY_COLUMN and USER_GENERATED (11.2 has neither:
 *            there every hidden column is system-generated, so HIDDEN_COLUMN = 'NO' picks the user's)
 *   12.1.0.2 DBA_USERS / ALL_USERS.ORACLE_MAINTAINED (12.1.0.1 has no such column: ORA-00904)
 */

export type DictionaryPrefix = 'DBA' | 'ALL';

export interface OracleFeatures {
  /** 12.1 and later: identity columns, USER_GENERATED. */
  readonly since12c: boolean;
  /** 12.1.0.2 and later: ORACLE_MAINTAINED in *_USERS. */
  readonly oracleMaintained: boolean;
}

/** What a current release has; used when the version cannot be read. */
export const CURRENT_FEATURES: OracleFeatures = { since12c: true, oracleMaintained: true };

/** '11.2.0.4.0' / '12.1.0.1.0' / '19.21.0.0.0' → features; unreadable text → current. */
export function oracleFeatures(version: string | null): OracleFeatures {
  const parts = (version ?? '').trim().split('.').map((part) => Number.parseInt(part, 10));
  const [major, minor = 0, , patch = 0] = parts;
  if (major === undefined || !Number.isFinite(major)) return CURRENT_FEATURES;
  const since12c = major >= 12;
  const oracleMaintained = major > 12 || (major === 12 && (minor > 1 || (minor === 1 && patch >= 2)));
  return { since12c, oracleMaintained };
}

/**
 * Oracle's own schemas, for servers without ORACLE_MAINTAINED (11g R2 and 12.1.0.1). PUBLIC owns the
 * public synonyms (tens of thousands in E-Business Suite); the 12.1 names are harmless on 11g.
 */
export const ORACLE_SCHEMAS_BEFORE_12C = [
  'ANONYMOUS', 'APPQOSSYS', 'AUDSYS', 'CTXSYS', 'DBSNMP', 'DIP', 'DVF', 'DVSYS', 'EXFSYS', 'FLOWS_FILES', 'GSMADMIN_INTERNAL',
  'GSMCATUSER', 'GSMUSER', 'LBACSYS', 'MDDATA', 'MDSYS', 'MGMT_VIEW', 'OJVMSYS', 'OLAPSYS', 'ORACLE_OCM', 'ORDDATA',
  'ORDPLUGINS', 'ORDSYS', 'OUTLN', 'OWBSYS', 'OWBSYS_AUDIT', 'PUBLIC', 'SI_INFORMTN_SCHEMA', 'SPATIAL_CSW_ADMIN_USR',
  'SPATIAL_WFS_ADMIN_USR', 'SYS', 'SYSBACKUP', 'SYSDG', 'SYSKM', 'SYSMAN', 'SYSTEM', 'TSMSYS', 'WMSYS', 'XDB', 'XS$NULL',
] as const;

/** Oracle allows at most 1000 expressions in one IN list (ORA-01795). */
export const MAX_IN_LIST = 1000;

export interface RenderedQuery {
  readonly sql: string;
  /** Exactly the binds the text uses: node-oracledb refuses extra ones (NJS-098 / NJS-097). */
  readonly binds: Readonly<Record<string, string>>;
}

function everyUserSchema(column: string, prefix: DictionaryPrefix, features: OracleFeatures): string {
  if (features.oracleMaintained) return `${column} IN (SELECT USERNAME FROM ${prefix}_USERS WHERE ORACLE_MAINTAINED = 'N')`;
  const list = ORACLE_SCHEMAS_BEFORE_12C.map((name) => `'${name}'`).join(', ');
  return `${column} NOT IN (${list}) AND ${column} NOT LIKE 'APEX\\_%' ESCAPE '\\' AND ${column} NOT LIKE 'FLOWS\\_%' ESCAPE '\\'`;
}

/** `col IN (:o0, …)`, split into OR-ed lists of at most 1000 binds each. */
function ownerList(column: string, count: number): string {
  const lists: string[] = [];
  for (let start = 0; start < count; start += MAX_IN_LIST) {
    const names: string[] = [];
    for (let i = start; i < Math.min(count, start + MAX_IN_LIST); i += 1) names.push(`:o${i}`);
    lists.push(`${column} IN (${names.join(', ')})`);
  }
  return lists.length === 1 ? (lists[0] ?? '') : `(${lists.join(' OR ')})`;
}

function fragments(features: OracleFeatures): Readonly<Record<string, string>> {
  return {
    IDENTITY_COLUMN: features.since12c ? 'c.IDENTITY_COLUMN' : "'NO' AS IDENTITY_COLUMN",
    USER_COLUMNS: features.since12c ? "c.USER_GENERATED = 'YES'" : "c.HIDDEN_COLUMN = 'NO'",
    ORACLE_MAINTAINED: features.oracleMaintained ? 'ORACLE_MAINTAINED' : 'NULL AS ORACLE_MAINTAINED',
  };
}

/**
 * Fills the tokens; owner names go in as binds, never as SQL text. `features` may be a boolean for
 * "before 12c" (11g R2), as earlier callers passed.
 */
export function renderCatalogQuery(
  sql: string,
  prefix: DictionaryPrefix,
  owners: readonly string[],
  features: OracleFeatures | boolean = CURRENT_FEATURES,
): RenderedQuery {
  const resolved = typeof features === 'boolean' ? (features ? { since12c: false, oracleMaintained: false } : CURRENT_FEATURES) : features;
  const usesOwners = /\{\{OWNERS:/.test(sql) && owners.length > 0;
  const binds: Record<string, string> = {};
  if (usesOwners) {
    owners.forEach((owner, i) => {
      binds[`o${i}`] = owner;
    });
  }
  const byName = fragments(resolved);
  const text = sql
    .replace(/\{\{OWNERS:([A-Za-z_.]+)\}\}/g, (_, column: string) =>
      owners.length > 0 ? ownerList(column, owners.length) : everyUserSchema(column, prefix, resolved),
    )
    .replace(/\{\{(IDENTITY_COLUMN|USER_COLUMNS|ORACLE_MAINTAINED)\}\}/g, (_, name: string) => byName[name] ?? '')
    .replace(/\{\{DICT\}\}/g, prefix);
  return { sql: text, binds };
}
