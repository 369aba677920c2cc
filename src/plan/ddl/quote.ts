/**
 * String literals for target DDL, and derived constraint / index names that fit the target's
 * identifier length. Identifier quoting is each dialect's quote.ts (src/dialects/<name>/quote.ts).
 */
import { createHash } from 'node:crypto';

/** A SQL string literal (standard quoting: a quote is doubled). */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A MySQL string literal: quotes doubled and backslashes escaped (default sql_mode reads `\` as an escape). */
export function mysqlString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * A constraint or index name that fits `maxBytes` (PostgreSQL 63, MySQL 64): longer names keep a
 * prefix and end in `_<hash8>` of the full name, so two long names stay distinct and reruns agree.
 */
export function fitName(name: string, maxBytes: number): string {
  if (Buffer.byteLength(name, 'utf8') <= maxBytes) return name;
  const hash = createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 8);
  let prefix = name;
  while (Buffer.byteLength(prefix, 'utf8') > maxBytes - 9) prefix = prefix.slice(0, -1);
  return `${prefix}_${hash}`;
}

/** Oracle identifier limit on 12.2 and later; quote.ts of the Oracle dialect keeps it with the naming rules. */
export { ORACLE_NAME_BYTES } from '../../dialects/oracle/quote.js';

/** SQL Server `sysname` holds 128 characters; 128 bytes is the safe bound for fitted names. */
export const SQLSERVER_NAME_BYTES = 128;

/** A SQL Server Unicode string literal, `N'…'` with quotes doubled. */
export function nString(text: string): string {
  return `N${sqlString(text)}`;
}
