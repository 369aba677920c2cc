/**
 * node-mssql / tedious errors → our typed errors. Pure, so it is tested with error objects shaped
 * like the drivers': mssql ConnectionError `code` 'ELOGIN' (login failed, 18456; cannot open
 * database, 4060), 'ESOCKET' (the socket error as tedious's `cause`, wrapped in `originalError`),
 * 'ETIMEOUT', 'EINSTLOOKUP'; RequestError `number` (229 permission denied, 297/300 VIEW … STATE);
 * Node socket errors `code` 'ECONNREFUSED' / 'ENOTFOUND'. Messages name spec.redacted, never the password.
 */
import { ConnectionError, type ErpMigrateError, isErpMigrateError } from '../../errors.js';
import type { ConnectionSpec } from '../../model/connection.js';

interface DriverErrorFields {
  readonly code: string | null;
  readonly number: number | null;
  readonly message: string;
  /** Codes of wrapped errors (originalError, cause), innermost last: where ECONNREFUSED hides. */
  readonly innerCodes: readonly string[];
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

function readFields(error: unknown): DriverErrorFields {
  const record = asRecord(error);
  if (record === null) return { code: null, number: null, message: String(error), innerCodes: [] };
  const innerCodes: string[] = [];
  let inner = asRecord(record.originalError) ?? asRecord(record.cause);
  for (let depth = 0; inner !== null && depth < 4; depth += 1) {
    if (typeof inner.code === 'string') innerCodes.push(inner.code);
    inner = asRecord(inner.originalError) ?? asRecord(inner.cause);
  }
  return {
    code: typeof record.code === 'string' ? record.code : null,
    number: typeof record.number === 'number' ? record.number : null,
    message: typeof record.message === 'string' ? record.message : String(error),
    innerCodes,
  };
}

/** First line of the driver's text, with the password (if it ever appears) masked. */
export function cleanDriverMessage(message: string, spec: ConnectionSpec): string {
  const first = message.split('\n')[0]?.trim() ?? '';
  return spec.password === '' ? first : first.split(spec.password).join('***');
}

const PRIVILEGE_NUMBERS = new Set([229, 230, 262, 297, 300, 916]);
const REFUSED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ECONNRESET', 'EINSTLOOKUP']);

export function mapMssqlError(error: unknown, spec: ConnectionSpec): ErpMigrateError {
  if (isErpMigrateError(error)) return error;
  const { code, number, message, innerCodes } = readFields(error);
  const text = cleanDriverMessage(message, spec);
  const make = (errCode: string, what: string, hint: string): ConnectionError =>
    new ConnectionError(errCode, `${spec.redacted}: ${what} (${text})`, { hint, cause: error });
  const codes = [code, ...innerCodes];
  if (code === 'ELOGIN' || number === 18456 || number === 4060) {
    if (number === 4060 || /Cannot open database/i.test(message)) {
      return make('E_CONN_DATABASE', `database "${spec.database}" cannot be opened by this login`, 'check the database name in the URL path and that the login has a user in it');
    }
    return make('E_CONN_AUTH', 'login failed', 'check the user name and the password reference of this connection, and that SQL Server authentication is enabled');
  }
  if (number !== null && PRIVILEGE_NUMBERS.has(number)) {
    return make('E_CONN_PRIVILEGE', 'the login may not read the catalog views', 'GRANT VIEW DEFINITION (and VIEW DATABASE STATE) on the database to the assessment login');
  }
  if (codes.includes('ETIMEOUT') || codes.includes('ETIMEDOUT')) {
    return make('E_CONN_TIMEOUT', 'connection timed out', `check that ${spec.host}:${spec.port} is reachable from here (firewall, VPN, security group)`);
  }
  if (code === 'ESOCKET' && /certificate|self[- ]signed|SSL|TLS/i.test(message)) {
    return make('E_CONN_TLS', 'TLS handshake failed', 'add ?trustServerCertificate=true for a self-signed server certificate, or ?encrypt=false where the server has no TLS');
  }
  if (codes.some((c) => c !== null && REFUSED_CODES.has(c)) || code === 'ESOCKET' || /ECONNREFUSED|ENOTFOUND/.test(message)) {
    return make('E_CONN_REFUSED', 'cannot reach the server', `check host and port (${spec.host}:${spec.port}), that TCP/IP is enabled and the server is running`);
  }
  return make('E_CONN_FAILED', 'database call failed', 'rerun with --debug for the driver error; check the connection settings');
}
