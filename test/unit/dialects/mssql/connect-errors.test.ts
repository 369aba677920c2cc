/** node-mssql / tedious error objects → typed errors with the password never shown; config mapping. */
import { describe, expect, it } from 'vitest';
import { mapMssqlError } from '../../../../src/dialects/mssql/connect-errors.js';
import { makeMssqlConfig } from '../../../../src/dialects/mssql/connect.js';
import { ConnectionError } from '../../../../src/errors.js';
import type { ConnectionSpec } from '../../../../src/model/connection.js';

const spec: ConnectionSpec = {
  dialect: 'mssql',
  host: 'axdb.example.internal',
  port: 1433,
  user: 'erp_reader',
  password: 'Pa55-word!',
  database: 'MicrosoftDynamicsAX',
  options: {},
  redacted: 'mssql://erp_reader:***@axdb.example.internal:1433/MicrosoftDynamicsAX',
};

/** node-mssql wraps tedious's ConnectionError: same code, tedious error as non-enumerable-ish originalError. */
function mssqlConnectionError(code: string, message: string, cause?: unknown): Error {
  const tedious = Object.assign(new Error(message), { name: 'ConnectionError', code, ...(cause === undefined ? {} : { cause }) });
  const wrapped = Object.assign(new Error(message), { name: 'ConnectionError', code });
  Object.defineProperty(wrapped, 'originalError', { enumerable: true, value: tedious });
  return wrapped;
}

function requestError(number: number, message: string): Error {
  return Object.assign(new Error(message), { name: 'RequestError', code: 'EREQUEST', number });
}

const socket = (code: string, message: string): Error => Object.assign(new Error(message), { code, errno: -111, syscall: 'connect' });

describe('mapMssqlError', () => {
  const cases: Array<[string, unknown, string]> = [
    ['ELOGIN login failed (18456)', mssqlConnectionError('ELOGIN', "Login failed for user 'erp_reader'."), 'E_CONN_AUTH'],
    ['ELOGIN cannot open database (4060)', mssqlConnectionError('ELOGIN', 'Cannot open database "MicrosoftDynamicsAX" requested by the login. The login failed.'), 'E_CONN_DATABASE'],
    ['ESOCKET refused', mssqlConnectionError('ESOCKET', 'Failed to connect to axdb.example.internal:1433 - connect ECONNREFUSED 10.1.2.3:1433', socket('ECONNREFUSED', 'connect ECONNREFUSED 10.1.2.3:1433')), 'E_CONN_REFUSED'],
    ['ESOCKET host not found', mssqlConnectionError('ESOCKET', 'Failed to connect to axdb.example.internal:1433 - getaddrinfo ENOTFOUND axdb.example.internal', socket('ENOTFOUND', 'getaddrinfo ENOTFOUND')), 'E_CONN_REFUSED'],
    ['ESOCKET self-signed certificate', mssqlConnectionError('ESOCKET', 'Failed to connect to axdb.example.internal:1433 - self-signed certificate'), 'E_CONN_TLS'],
    ['ETIMEOUT', mssqlConnectionError('ETIMEOUT', 'Failed to connect to axdb.example.internal:1433 in 15000ms'), 'E_CONN_TIMEOUT'],
    ['EINSTLOOKUP', mssqlConnectionError('EINSTLOOKUP', 'Failed to get response from SQL Server Browser on axdb.example.internal'), 'E_CONN_REFUSED'],
    ['229 SELECT denied', requestError(229, "The SELECT permission was denied on the object 'sql_modules', database 'mssqlsystemresource', schema 'sys'."), 'E_CONN_PRIVILEGE'],
    ['300 VIEW DATABASE STATE denied', requestError(300, 'VIEW DATABASE STATE permission denied in database \'MicrosoftDynamicsAX\'.'), 'E_CONN_PRIVILEGE'],
    ['Node ECONNREFUSED', socket('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1433'), 'E_CONN_REFUSED'],
    ['anything else', requestError(8623, 'The query processor ran out of internal resources'), 'E_CONN_FAILED'],
  ];

  it.each(cases)('%s → %s', (_label, error, code) => {
    const mapped = mapMssqlError(error, spec);
    expect(mapped).toBeInstanceOf(ConnectionError);
    expect([mapped.code, mapped.exitCode]).toEqual([code, 3]);
    expect(mapped.message.startsWith(`${spec.redacted}: `)).toBe(true);
    expect(mapped.hint).toBeTruthy();
  });

  it('never shows the password', () => {
    const mapped = mapMssqlError(mssqlConnectionError('ELOGIN', `Login failed for user 'erp_reader' with ${spec.password}`), spec);
    expect(mapped.message).not.toContain(spec.password);
  });
});

describe('makeMssqlConfig', () => {
  it('encrypts by default and verifies the certificate', () => {
    const config = makeMssqlConfig(spec);
    expect([config.server, config.port, config.database, config.options?.encrypt, config.options?.trustServerCertificate, config.connectionTimeout]).toEqual([
      'axdb.example.internal', 1433, 'MicrosoftDynamicsAX', true, false, 20000,
    ]);
  });

  it('takes encrypt / trustServerCertificate / instanceName / connectTimeout from the URL options', () => {
    const config = makeMssqlConfig({ ...spec, options: { encrypt: 'false', trustServerCertificate: 'true', instanceName: 'AX', connectTimeout: '5' } });
    expect([config.port, config.options?.encrypt, config.options?.trustServerCertificate, config.options?.instanceName, config.connectionTimeout]).toEqual([
      undefined, false, true, 'AX', 5000,
    ]);
  });
});
