/** node-oracledb error objects (thin mode) → typed errors with the password never shown. */
import { describe, expect, it } from 'vitest';
import { mapOracleError } from '../../../../src/dialects/oracle/connect-errors.js';
import { makeConnectString } from '../../../../src/dialects/oracle/connect.js';
import { ConnectionError } from '../../../../src/errors.js';
import type { ConnectionSpec } from '../../../../src/model/connection.js';

const spec: ConnectionSpec = {
  dialect: 'oracle',
  host: 'ebsdb.example.internal',
  port: 1521,
  user: 'apps_ro',
  password: 's3cr3t-Pw',
  database: 'EBSPROD',
  options: {},
  redacted: 'oracle://apps_ro:***@ebsdb.example.internal:1521/EBSPROD',
};

function oraError(errorNum: number, message: string): Error & { errorNum: number; code: string } {
  const code = `ORA-${String(errorNum).padStart(5, '0')}`;
  return Object.assign(new Error(`${code}: ${message}\nHelp: https://docs.oracle.com/error-help/db/ora-${String(errorNum).padStart(5, '0')}/`), { errorNum, code });
}

function njsError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

describe('mapOracleError', () => {
  const cases: Array<[string, unknown, string]> = [
    ['ORA-01017 invalid credentials', oraError(1017, 'invalid credential or not authorized; logon denied'), 'E_CONN_AUTH'],
    ['ORA-28000 account locked', oraError(28000, 'The account is locked.'), 'E_CONN_AUTH'],
    ['ORA-00942 no dictionary grant', oraError(942, 'table or view does not exist'), 'E_CONN_PRIVILEGE'],
    ['ORA-01031 insufficient privileges', oraError(1031, 'insufficient privileges'), 'E_CONN_PRIVILEGE'],
    ['NJS-503 socket refused', njsError('NJS-503', 'connection to host ebsdb.example.internal port 1521 could not be established. (CONNECTION_ID=abc)\nconnect ECONNREFUSED 10.0.0.5:1521'), 'E_CONN_REFUSED'],
    ['NJS-503 socket timed out', njsError('NJS-503', 'connection to host ebsdb.example.internal port 1521 could not be established. (CONNECTION_ID=abc)\nconnect ETIMEDOUT 10.0.0.5:1521'), 'E_CONN_TIMEOUT'],
    ['NJS-511 listener refused', njsError('NJS-511', 'connection to listener at host ebsdb port 1521 was refused. (CONNECTION_ID=abc)\nCause: ORA-12505'), 'E_CONN_REFUSED'],
    ['NJS-510 timed out', njsError('NJS-510', 'connection to host ebsdb port 1521 timed out. Request exceeded "connectTimeout" of 20 seconds.'), 'E_CONN_TIMEOUT'],
    ['NJS-518 unknown service', njsError('NJS-518', 'cannot connect to Oracle Database. Service "EBSPROD" is not registered with the listener'), 'E_CONN_SERVICE'],
    ['Node ECONNREFUSED', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1521'), { code: 'ECONNREFUSED' }), 'E_CONN_REFUSED'],
    ['Node ENOTFOUND', Object.assign(new Error('getaddrinfo ENOTFOUND ebsdb.example.internal'), { code: 'ENOTFOUND' }), 'E_CONN_REFUSED'],
    ['anything else', oraError(600, 'internal error code, arguments: [kcbgtcr_13]'), 'E_CONN_FAILED'],
  ];

  it.each(cases)('%s → %s', (_label, error, code) => {
    const mapped = mapOracleError(error, spec);
    expect(mapped).toBeInstanceOf(ConnectionError);
    expect(mapped.code).toBe(code);
    expect(mapped.exitCode).toBe(3);
    expect(mapped.message.startsWith(`${spec.redacted}: `)).toBe(true);
    expect(mapped.hint).toBeTruthy();
    expect(mapped.message.includes('\n')).toBe(false);
  });

  it('treats an Easy Connect string the driver rejects (NJS-515) as a usage error', () => {
    const mapped = mapOracleError(njsError('NJS-515', 'error in Easy Connect connection string: input string not in easy connect format: db:1/X'), spec);
    expect([mapped.code, mapped.exitCode, mapped.name]).toEqual(['E_CONN_URL', 2, 'UsageError']);
  });

  it('never shows the password, even when a driver message echoes it', () => {
    const mapped = mapOracleError(oraError(1017, `logon denied for apps_ro/${spec.password}`), spec);
    expect(mapped.message).not.toContain(spec.password);
    expect(mapped.message).toContain('apps_ro/***');
  });

  it('builds the Easy Connect string host:port/service', () => {
    expect(makeConnectString(spec)).toBe('ebsdb.example.internal:1521/EBSPROD');
  });
});
