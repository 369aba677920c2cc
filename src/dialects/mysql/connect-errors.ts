/**
 * mysql2 (and Node socket) errors → our typed errors: ConnectionError (exit 3), UsageError for an unknown
 * database (exit 2), InternalError for a failure of our own catalog SQL. Pure, so it is tested with
 * error objects shaped like the driver's. Messages name `spec.redacted`, never the password.
 */
import { ConnectionError, ErpMigrateError, InternalError, UsageError } from '../../errors.js';
import type { ConnectionSpec } from '../../model/connection.js';

/** An unreachable host must fail fast, not after the OS TCP timeout (minutes). */
export const CONNECT_TIMEOUT_MS = 10_000;

function factsOf(error: unknown): { code: string | undefined; errno: number | undefined; message: string } {
  if (error instanceof Error) {
    const { code, errno } = error as { code?: unknown; errno?: unknown };
    return {
      code: typeof code === 'string' ? code : undefined,
      errno: typeof errno === 'number' ? errno : undefined,
      message: error.message,
    };
  }
  return { code: undefined, errno: undefined, message: String(error) };
}

function scrub(text: string, password: string): string {
  return password === '' ? text : text.split(password).join('***');
}

const REFUSED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);
const PRIVILEGE = new Set([1044, 1142, 1143, 1227]);
/** Errors in our own catalog SQL (parse error, unknown column/table) are bugs, not connection trouble. */
const OUR_SQL = new Set([1054, 1064, 1146]);

/** Maps a mysql2 (or Node socket) error to ConnectionError/UsageError. Pure; keeps the error as `cause`. */
export function mapMysqlError(error: unknown, spec: ConnectionSpec): ErpMigrateError {
  if (error instanceof ErpMigrateError) return error;
  const { code, errno, message } = factsOf(error);
  const where = spec.redacted;
  const detail = scrub(message, spec.password).split('\n')[0] ?? '';
  const cause = error;
  if (code !== undefined && REFUSED.has(code)) {
    return new ConnectionError('E_CONN_REFUSED', `${where}: cannot reach the MySQL server (${code})`, {
      hint: `check that MySQL/MariaDB is running and accepts TCP connections on ${spec.host}:${spec.port} (bind-address, firewall)`,
      cause,
    });
  }
  if (code === 'ETIMEDOUT' || /timeout/i.test(message)) {
    return new ConnectionError('E_CONN_TIMEOUT', `${where}: no answer from ${spec.host}:${spec.port} within ${CONNECT_TIMEOUT_MS / 1000} s`, {
      hint: 'check the host name, port and any firewall or security group between here and the server',
      cause,
    });
  }
  if (errno === 1045 || code === 'ER_ACCESS_DENIED_ERROR') {
    return new ConnectionError('E_CONN_AUTH', `${where}: login denied for user "${spec.user}"`, {
      hint: 'check the user and password reference in erp-migrate.yaml, and that the account may connect from this host',
      cause,
    });
  }
  if (errno === 1049 || code === 'ER_BAD_DB_ERROR') {
    return new UsageError('E_UNKNOWN_DATABASE', `${where}: database "${spec.database}" does not exist`, {
      hint: 'check the database name at the end of the URL (SHOW DATABASES lists them)',
      cause,
    });
  }
  if (errno !== undefined && PRIVILEGE.has(errno)) {
    return new ConnectionError('E_CONN_PRIVILEGE', `${where}: permission denied: ${detail}`, {
      hint: `grant user "${spec.user}" SELECT on the schemas to read (and SHOW VIEW, TRIGGER, PROCESS for views, triggers and sizes)`,
      cause,
    });
  }
  if (errno !== undefined && OUR_SQL.has(errno)) {
    return new InternalError(`catalog query failed on ${where}: ${detail} (${code ?? errno})`, { cause });
  }
  return new ConnectionError('E_CONN_FAILED', `${where}: ${detail}${code === undefined ? '' : ` (${code})`}`, {
    hint: 'check the connection URL and that the server is MySQL 5.7+/8 or MariaDB 10.3+',
    cause,
  });
}
