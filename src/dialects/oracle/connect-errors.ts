/**
 * node-oracledb errors → our typed errors. Pure, so it is tested with error objects shaped like the
 * driver's: database errors carry `errorNum` and `code` `ORA-01017`; thin-mode network errors carry
 * `code` `NJS-503` (could not connect, the socket error in the message), `NJS-510` (timed out),
 * `NJS-511` (listener refused), `NJS-518` (unknown service); Node socket errors carry `ECONNREFUSED`.
 * Messages name spec.redacted and never the password.
 */
import { ConnectionError, type ErpMigrateError, isErpMigrateError, UsageError } from '../../errors.js';
import type { ConnectionSpec } from '../../model/connection.js';

interface DriverErrorFields {
  readonly code: string | null;
  readonly errorNum: number | null;
  readonly message: string;
}

function readFields(error: unknown): DriverErrorFields {
  if (typeof error !== 'object' || error === null) return { code: null, errorNum: null, message: String(error) };
  const record = error as Record<string, unknown>;
  return {
    code: typeof record.code === 'string' ? record.code : null,
    errorNum: typeof record.errorNum === 'number' ? record.errorNum : null,
    message: typeof record.message === 'string' ? record.message : String(error),
  };
}

/** First line of the driver's text, with the password (if it ever appears) masked. */
export function cleanDriverMessage(message: string, spec: ConnectionSpec): string {
  const first = message.split('\n')[0]?.trim() ?? '';
  return spec.password === '' ? first : first.split(spec.password).join('***');
}

const AUTH_ERRORS = new Set([1017, 1005, 28000, 28001, 1045]);
const PRIVILEGE_ERRORS = new Set([942, 1031]);
const TIMEOUT_CODES = new Set(['NJS-510', 'ETIMEDOUT', 'NJS-040']);
/** Easy Connect string rejected by the driver: the URL's host, port or service is malformed. */
const CONNECT_STRING_CODES = new Set(['NJS-512', 'NJS-514', 'NJS-515']);
const REFUSED_CODES = new Set(['NJS-503', 'NJS-511', 'NJS-500', 'NJS-501', 'NJS-521', 'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ECONNRESET']);

export function mapOracleError(error: unknown, spec: ConnectionSpec): ErpMigrateError {
  if (isErpMigrateError(error)) return error;
  const { code, errorNum, message } = readFields(error);
  const text = cleanDriverMessage(message, spec);
  const where = spec.redacted;
  const make = (errCode: string, what: string, hint: string): ConnectionError =>
    new ConnectionError(errCode, `${where}: ${what} (${text})`, { hint, cause: error });
  if (code !== null && CONNECT_STRING_CODES.has(code)) {
    return new UsageError('E_CONN_URL', `${where}: not a usable host:port/service (${text})`, {
      hint: 'write oracle://user@host:1521/SERVICE_NAME with the full service name, e.g. ORCLPDB1',
      cause: error,
    });
  }
  if (errorNum !== null && AUTH_ERRORS.has(errorNum)) {
    return make('E_CONN_AUTH', 'login denied', 'check the user name and the password reference of this connection; ORA-28000 means the account is locked');
  }
  if (errorNum !== null && PRIVILEGE_ERRORS.has(errorNum)) {
    return make('E_CONN_PRIVILEGE', 'the login may not read the data dictionary', 'grant CREATE SESSION and SELECT_CATALOG_ROLE (or SELECT ANY DICTIONARY) to the assessment login');
  }
  if (code === 'NJS-518' || errorNum === 12514) {
    return make('E_CONN_SERVICE', `service "${spec.database}" is not known to the listener`, 'the URL path is the service name (host:port/SERVICE), e.g. ORCLPDB1; `lsnrctl status` lists them');
  }
  if ((code !== null && TIMEOUT_CODES.has(code)) || /timed out|ETIMEDOUT/.test(message)) {
    return make('E_CONN_TIMEOUT', 'connection timed out', `check that ${spec.host}:${spec.port} is reachable from here (firewall, VPN, security group)`);
  }
  if ((code !== null && REFUSED_CODES.has(code)) || /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/.test(message)) {
    return make('E_CONN_REFUSED', 'cannot reach the database listener', `check host and port (${spec.host}:${spec.port}) and that the listener is running`);
  }
  return make('E_CONN_FAILED', 'database call failed', 'rerun with --debug for the driver error; check the connection settings');
}
