/**
 * What every dialect's checksum SQL shares: the segment predicate, the typed errors, and the shape
 * of the two statements (the aggregate, and the per-row text the conformance suite and bisection read).
 * The value rules themselves are in checksum-reference.ts; each dialect's checksum.ts spells them in its SQL.
 */
import { ConnectionError, ErpMigrateError, UsageError } from '../errors.js';
import { formatCanonicalType } from '../model/canonical-type.js';
import type { ChecksumOptions, TransferColumn, TransferTable } from './dialect.js';
import { qualifiedName } from './transfer-errors.js';

export function pushdownUnsupported(dialect: string, table: TransferTable, column: TransferColumn, why: string): UsageError {
  return new UsageError('E_CHECKSUM_PUSHDOWN',
    `${dialect} cannot checksum ${qualifiedName(table)}."${column.name}" (${formatCanonicalType(column.type)}) in SQL: ${why}`, {
      hint: 'use the client-side checksum mode for this table (rows are streamed and hashed in erp-migrate)',
    });
}

export function checksumQueryError(table: TransferTable, error: unknown): ErpMigrateError {
  if (error instanceof ErpMigrateError) return error;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new ConnectionError('E_CHECKSUM', `checksum of ${qualifiedName(table)} failed: ${message}`, {
    hint: 'check SELECT privilege on the table (Oracle also needs EXECUTE on SYS.DBMS_CRYPTO) and that the connection stayed up',
    cause: error,
  });
}

/**
 * `WHERE (<where>) AND key >= ? AND key < ?` with the bound values in order; '' when unrestricted.
 * `placeholder(n)` spells the n-th (1-based) bind in the dialect's style.
 */
export function segmentWhere(options: Pick<ChecksumOptions, 'where' | 'keyRange'>, quote: (name: string) => string,
  placeholder: (position: number) => string): { readonly where: string; readonly binds: readonly string[] } {
  const clauses: string[] = [];
  const binds: string[] = [];
  if (options.where !== undefined && options.where.trim() !== '') clauses.push(`(${options.where})`);
  const range = options.keyRange;
  if (range !== undefined) {
    const key = quote(range.column);
    if (range.from !== undefined) {
      binds.push(range.from);
      clauses.push(`${key} >= ${placeholder(binds.length)}`);
    }
    if (range.to !== undefined) {
      binds.push(range.to);
      clauses.push(`${key} < ${placeholder(binds.length)}`);
    }
  }
  return { where: clauses.length === 0 ? '' : ` WHERE ${clauses.join(' AND ')}`, binds };
}

/** A checksum result row → the contract's totals; a NULL or non-integer sum is a bug in the SQL, not data. */
export function totalsFromRow(rows: unknown, sum: unknown): { rows: number; sum: string } {
  const sumText = sum === null || sum === undefined ? '0' : String(sum).trim();
  if (!/^\d+$/.test(sumText)) throw new Error(`checksum sum is not an integer: ${sumText}`);
  return { rows: Number(rows), sum: sumText };
}
