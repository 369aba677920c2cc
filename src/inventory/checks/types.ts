/**
 * Column types a PostgreSQL target cannot hold, or holds with a loss: unsupported canonical types,
 * Oracle DATE's time of day, sub-microsecond fractions, MySQL zero dates, unsigned BIGINT, money,
 * hierarchy/spatial/variant types, and NUMBER without precision.
 */
import type { DialectName } from '../../model/catalog.js';
import { parseCanonicalType, type CanonicalType } from '../../model/canonical-type.js';
import type { Finding, InventoryColumn } from '../../model/inventory.js';
import { eachTable, finding, objectName, type Check } from './context.js';
import { makePostgresTypeLookup, postgresTypeKind, type PostgresTypeLookup } from './postgres-types.js';

interface LossyNative {
  readonly dialect: DialectName;
  readonly pattern: RegExp;
  readonly why: string;
  readonly hint: string;
}

/** Types that map to *something*, but not to the same thing. Checked only when the canonical type is supported. */
const LOSSY_NATIVE_TYPES: readonly LossyNative[] = [
  { dialect: 'mssql', pattern: /^datetimeoffset/i, why: 'the UTC offset of each value is not kept (timestamptz stores the instant)', hint: 'keep the offset in an extra column if the application reads it' },
  { dialect: 'mssql', pattern: /^hierarchyid$/i, why: 'hierarchyid becomes its text path; hierarchy methods (GetAncestor…) are gone', hint: 'use ltree on PostgreSQL, or keep the path text and rewrite the queries' },
  { dialect: 'mssql', pattern: /^sql_variant$/i, why: 'sql_variant loses the base type of each value', hint: 'split into typed columns or store text plus a type tag' },
  { dialect: 'mssql', pattern: /^(geography|geometry)$/i, why: 'spatial values need PostGIS on the target', hint: 'install PostGIS and map to geometry/geography (DMS assessment sqlserver-check-geometry-columns)' },
  { dialect: 'oracle', pattern: /^timestamp(\(\d+\))? with local time zone$/i, why: 'values are session-time-zone relative at the source', hint: 'confirm the session time zone DMS reads with; values are stored as instants' },
  { dialect: 'oracle', pattern: /^(rowid|urowid)$/i, why: 'row addresses mean nothing on another database', hint: 'drop the column or replace it with the primary key' },
  { dialect: 'oracle', pattern: /^bfile$/i, why: 'BFILE points at a file outside the database; only the locator moves', hint: 'copy the files separately (S3) and store their keys' },
  { dialect: 'oracle', pattern: /^(long|long raw)$/i, why: 'LONG / LONG RAW are deprecated and need DMS limited LOB mode', hint: 'convert to CLOB/BLOB at the source if possible (DMS assessment oracle-validate-limited-lob-mode-for-longs)' },
  { dialect: 'oracle', pattern: /(^|\.)(sdo_geometry|anydata|xmltype)$/i, why: 'an Oracle object type with no direct PostgreSQL equivalent', hint: 'map spatial to PostGIS, XMLType to xml (DMS assessments oracle-check-spatial-columns, oracle-check-xml-columns)' },
  { dialect: 'mysql', pattern: /^set\(/i, why: 'SET has no PostgreSQL equivalent; it becomes text holding the comma-separated members, with a CHECK that each is a label', hint: 'rewrite FIND_IN_SET and bit-mask queries (string_to_array(col, \',\') on PostgreSQL)' },
  { dialect: 'mysql', pattern: /^year/i, why: 'YEAR becomes a plain integer', hint: 'add a check constraint if the range matters' },
  { dialect: 'postgres', pattern: /^money$/i, why: 'money is locale-dependent', hint: 'map to numeric(19,2) and format in the application' },
];

const TEMPORAL_NATIVE = /^(datetime2|datetimeoffset|time|timestamp)/i;

function columnFinding(rule: string, severity: Finding['severity'], where: string, message: string, hint: string): Finding {
  return finding(rule, severity, where, message, hint);
}

const canonicalCache = new Map<string, CanonicalType | null>();

function parseCached(text: string): CanonicalType | null {
  if (!canonicalCache.has(text)) canonicalCache.set(text, parseCanonicalType(text));
  return canonicalCache.get(text) ?? null;
}

/** Fast path: the common types of an ERP column need none of the rules below. */
const PLAIN_KINDS = new Set(['int16', 'int32', 'int64', 'decimal', 'char', 'varchar', 'float32', 'float64', 'bool', 'text', 'blob', 'binary', 'uuid', 'json', 'xml']);

function checkColumn(dialect: DialectName, column: InventoryColumn, where: string, lossy: readonly LossyNative[], pg: PostgresTypeLookup | null): Finding[] {
  const canonical = parseCached(column.canonicalType);
  if (canonical !== null && PLAIN_KINDS.has(canonical.kind) && dialect !== 'mysql' && dialect !== 'mssql'
    && !lossy.some((l) => l.pattern.test(column.nativeType.trim()))) return [];
  const native = column.nativeType.trim();
  if (canonical === null || canonical.kind === 'unsupported') {
    // Arrays, enums, domains, composites and extension types: postgres-types.ts notes them.
    if (pg !== null && postgresTypeKind(column, pg) !== null) return [];
    if (pg !== null) {
      return [columnFinding('unsupported-type', 'blocker', where,
        `${native} is a PostgreSQL type erp-migrate does not recreate (not an array, enum, domain, composite or extension type)`,
        'map the column to a built-in type in the mapping file (types:), exclude it (unsupported:), or convert it at the source')];
    }
    return [columnFinding('unsupported-type', 'blocker', where,
      `${native} has no PostgreSQL equivalent (${column.canonicalType})`,
      'exclude the column, convert it at the source, or add a per-column type override in the plan (DMS assessment unsupported-data-types-in-source)')];
  }
  const out: Finding[] = [];
  if (canonical.kind === 'number') {
    out.push(columnFinding('number-without-precision', 'warning', where,
      `${native} without precision or scale: any value fits, so it becomes an unconstrained numeric`,
      dialect === 'oracle'
        ? 'profile MAX/scale of the data and set a precision, or tune DMS NumberDataTypeScale (DMS assessment oracle-number-columns-without-scale)'
        : 'profile MAX/scale of the data and set a precision, or give the column a type in the mapping file (types:)'));
  }
  if (dialect === 'oracle' && /^date$/i.test(native)) {
    out.push(canonical.kind === 'date'
      ? columnFinding('oracle-date-time', 'warning', where, 'Oracle DATE carries a time of day, but it maps to date here: the time is lost', 'map it to timestamp(0) unless every value is at midnight')
      : columnFinding('oracle-date-time', 'info', where, `Oracle DATE carries a time of day; it maps to ${column.canonicalType}`, 'columns that only ever hold midnight can become date after profiling'));
  }
  // The larger of the canonical precision and the native scale: a mapping may already have clamped to 6.
  const canonicalFraction = canonical.kind === 'time' || canonical.kind === 'timestamp' || canonical.kind === 'timestamptz' ? canonical.precision : 0;
  const fraction = Math.max(canonicalFraction, TEMPORAL_NATIVE.test(native) ? column.scale ?? 0 : 0);
  if (fraction > 6) {
    out.push(columnFinding('fractional-seconds-truncated', 'warning', where,
      `${native} keeps ${fraction} fractional digits; PostgreSQL keeps 6 (microseconds), so the rest is rounded`,
      'accept the rounding (checksums compare at the common precision) or keep the raw value as text'));
  }
  if (dialect === 'mysql' && /^(date|datetime|timestamp)/i.test(native) && /^'?0000-00-00/.test(column.default ?? '')) {
    out.push(columnFinding('mysql-zero-date', 'warning', where,
      `default ${column.default} is a MySQL zero date, which PostgreSQL rejects`,
      'turn zero dates into NULL (source UPDATE or a transformation) and drop the default'));
  }
  if (dialect === 'mysql' && /^bigint.*unsigned/i.test(native)) {
    out.push(columnFinding('unsigned-bigint', canonical.kind === 'int64' ? 'warning' : 'info', where,
      canonical.kind === 'int64'
        ? 'BIGINT UNSIGNED maps to a signed 64-bit integer: values over 9223372036854775807 overflow'
        : `BIGINT UNSIGNED maps to ${column.canonicalType}: correct, but keys and joins on it get slower`,
      'check MAX of the column; if it stays below 2^63 an int64 override is safe'));
  }
  if (/^(small)?money$/i.test(native) && dialect === 'mssql') {
    out.push(columnFinding('money-type', 'info', where, `${native} maps to ${column.canonicalType}, never to PostgreSQL money (locale-dependent)`, 'nothing to do unless the application formats currency in SQL'));
  }
  for (const entry of lossy) {
    if (entry.pattern.test(native)) {
      out.push(columnFinding('lossy-type', 'warning', where, `${native} maps to ${column.canonicalType}: ${entry.why}`, entry.hint));
    }
  }
  return out;
}

export const typeChecks: Check = {
  rules: ['unsupported-type', 'number-without-precision', 'oracle-date-time', 'fractional-seconds-truncated',
    'mysql-zero-date', 'unsigned-bigint', 'money-type', 'lossy-type'],
  run: ({ schemas, source, userTypes, extensions }) => {
    const out: Finding[] = [];
    const lossy = LOSSY_NATIVE_TYPES.filter((entry) => entry.dialect === source.dialect);
    const pg = source.dialect === 'postgres' ? makePostgresTypeLookup(userTypes, extensions) : null;
    for (const { schema, table } of eachTable(schemas)) {
      for (const column of table.columns) {
        const found = checkColumn(source.dialect, column, objectName(schema.name, table.name, column.name), lossy, pg);
        for (const f of found) out.push(f);
      }
    }
    return out;
  },
};
