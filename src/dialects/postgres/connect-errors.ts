/**
 * `pg` (and Node socket) errors → our typed errors: ConnectionError (exit 3), UsageError for an unknown
 * database (exit 2), InternalError for a failure of our own catalog SQL. Pure, so it is tested with
 * error objects shaped like the driver's. Messages name `spec.redacted`, never the password.
 */
import { ConnectionError, ErpMigrateError, InternalError, UsageError } from '../../errors.js';
import type { ConnectionSpec } from '../../model/connection.js';

/** An unreachable host must fail fast, not after the OS TCP timeout (minutes). */
export const CONNECT_TIMEOUT_MS = 10_000;

interface DriverErrorFacts {
  readonly code: string | undefined;
  readonly message: string;
}

function factsOf(error: unknown): DriverErrorFacts {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { code: typeof code === 'string' ? code : undefined, message: error.message };
  }
  return { code: undefined, message: String(error) };
}

/** Removes the password from driver text before it can reach a message. */
function scrub(text: string, password: string): string {
  return password === '' ? text : text.split(password).join('***');
}

/** Maps a `pg` (or Node socket) error to ConnectionError/UsageError. Pure; keeps the error as `cause`. */
export function mapPostgresError(error: unknown, spec: ConnectionSpec): ErpMigrateError {
  if (error instanceof ErpMigrateError) return error;
  const { code, message } = factsOf(error);
  const where = spec.redacted;
  const detail = scrub(message, spec.password).split('\n')[0] ?? '';
  const cause = error;
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ECONNRESET':
      return new ConnectionError('E_CONN_REFUSED', `${where}: cannot reach the PostgreSQL server (${code})`, {
        hint: `check that PostgreSQL is running and accepts TCP connections on ${spec.host}:${spec.port} (listen_addresses, firewall)`,
        cause,
      });
    case 'ETIMEDOUT':
      return timeoutError(where, spec, cause);
    case '28P01':
    case '28000':
      return new ConnectionError('E_CONN_AUTH', `${where}: login denied for user "${spec.user}"`, {
        hint: 'check the user and password reference in erp-migrate.yaml, and the pg_hba.conf entry for this host',
        cause,
      });
    case '3D000':
      return new UsageError('E_UNKNOWN_DATABASE', `${where}: database "${spec.database}" does not exist`, {
        hint: 'check the database name at the end of the URL (psql -l lists them)',
        cause,
      });
    case '42501':
      return new ConnectionError('E_CONN_PRIVILEGE', `${where}: permission denied: ${detail}`, {
        hint: `grant user "${spec.user}" CONNECT on the database and USAGE on the schemas to read (pg_read_all_stats helps for sizes)`,
        cause,
      });
    default:
      if (/timeout/i.test(message)) return timeoutError(where, spec, cause);
      // Syntax/undefined-object errors in our own catalog SQL are bugs, not connection trouble.
      if (code !== undefined && /^42/.test(code)) return new InternalError(`catalog query failed on ${where}: ${detail} (${code})`, { cause });
      return new ConnectionError('E_CONN_FAILED', `${where}: ${detail}${code === undefined ? '' : ` (${code})`}`, {
        hint: 'check the connection URL and that the server is PostgreSQL 10 or later',
        cause,
      });
  }
}

function timeoutError(where: string, spec: ConnectionSpec, cause: unknown): ConnectionError {
  return new ConnectionError('E_CONN_TIMEOUT', `${where}: no answer from ${spec.host}:${spec.port} within ${CONNECT_TIMEOUT_MS / 1000} s`, {
    hint: 'check the host name, port and any firewall or security group between here and the server',
    cause,
  });
}
