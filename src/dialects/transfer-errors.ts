/**
 * Typed errors for row transfer and scripts, shared by every dialect. A rejected script statement is
 * bad input (exit 2) and names `file:line`; a failed read or write is the database refusing what we
 * need (exit 3) and names the table. Driver text is kept to its first line; the caller scrubs secrets
 * (drivers do not echo passwords in statement errors).
 */
import { ConnectionError, ErpMigrateError, UsageError } from '../errors.js';
import type { TransferTable } from './dialect.js';

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? '';
}

function driverCode(error: unknown): string {
  if (!(error instanceof Error)) return '';
  const { code, errorNum, number } = error as { code?: unknown; errorNum?: unknown; number?: unknown };
  const value = code ?? errorNum ?? number;
  return typeof value === 'string' || typeof value === 'number' ? ` (${value})` : '';
}

export function qualifiedName(table: TransferTable): string {
  return table.schema === '' ? table.name : `${table.schema}.${table.name}`;
}

export function scriptStatementError(file: string, line: number, error: unknown, transactional: boolean): ErpMigrateError {
  if (error instanceof ErpMigrateError) return error;
  return new UsageError('E_SCRIPT_STATEMENT', `${file}:${line}: statement failed: ${firstLine(error)}${driverCode(error)}`, {
    hint: transactional
      ? 'fix the statement and rerun the script: it ran in one transaction, so nothing of it was kept (statements that cannot run in a transaction belong in a separate script)'
      : 'fix the statement and rerun; statements before it were already executed and committed, so the script must be safe to rerun',
    cause: error,
  });
}

export function readRowsError(table: TransferTable, error: unknown): ErpMigrateError {
  if (error instanceof ErpMigrateError) return error;
  return new ConnectionError('E_READ_ROWS', `reading ${qualifiedName(table)} failed: ${firstLine(error)}${driverCode(error)}`, {
    hint: 'check SELECT privilege on the table and that the connection stayed up (long reads need generous server timeouts)',
    cause: error,
  });
}

export function writeRowsError(table: TransferTable, error: unknown, where?: string): ErpMigrateError {
  if (error instanceof ErpMigrateError) return error;
  const at = where === undefined || where === '' ? '' : ` at ${where}`;
  return new ConnectionError('E_WRITE_ROWS', `writing ${qualifiedName(table)} failed${at}: ${firstLine(error)}${driverCode(error)}`, {
    hint: 'nothing of this table was kept; check that the target table matches the plan (types, lengths, NOT NULL) and INSERT privilege',
    cause: error,
  });
}
