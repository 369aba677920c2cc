import { describe, expect, it } from 'vitest';
import { mapPostgresError } from '../../../../src/dialects/postgres/connect-errors.js';
import { makeClientConfig } from '../../../../src/dialects/postgres/connect.js';
import type { ConnectionSpec } from '../../../../src/model/connection.js';

const spec: ConnectionSpec = {
  dialect: 'postgres', host: 'db1', port: 5432, user: 'erp', password: 's3cret!', database: 'erp', options: {},
  redacted: 'postgres://erp:***@db1:5432/erp',
};

function driverError(code: string, message = 'driver says no'): Error {
  return Object.assign(new Error(message), { code });
}

describe('mapPostgresError', () => {
  it.each([
    ['ECONNREFUSED', 'E_CONN_REFUSED', 3],
    ['ENOTFOUND', 'E_CONN_REFUSED', 3],
    ['ETIMEDOUT', 'E_CONN_TIMEOUT', 3],
    ['28P01', 'E_CONN_AUTH', 3],
    ['28000', 'E_CONN_AUTH', 3],
    ['3D000', 'E_UNKNOWN_DATABASE', 2],
    ['42501', 'E_CONN_PRIVILEGE', 3],
    ['08006', 'E_CONN_FAILED', 3],
    ['42601', 'E_INTERNAL', 70],
  ])('%s → %s (exit %i)', (code, expected, exit) => {
    const mapped = mapPostgresError(driverError(code), spec);
    expect(mapped.code).toBe(expected);
    expect(mapped.exitCode).toBe(exit);
    expect(mapped.hint).toBeTruthy();
  });

  it('maps the pg connect timeout (no code) to E_CONN_TIMEOUT', () => {
    expect(mapPostgresError(new Error('Connection terminated due to connection timeout'), spec).code).toBe('E_CONN_TIMEOUT');
  });

  it('names the redacted URL and never the password', () => {
    const mapped = mapPostgresError(driverError('42501', 'permission denied for password s3cret!'), spec);
    expect(mapped.message).toContain('postgres://erp:***@db1:5432/erp');
    expect(mapped.message).not.toContain('s3cret!');
    expect(mapped.message).toBe('postgres://erp:***@db1:5432/erp: permission denied: permission denied for password ***');
  });

  it('says which database is missing', () => {
    expect(mapPostgresError(driverError('3D000'), spec).message).toBe('postgres://erp:***@db1:5432/erp: database "erp" does not exist');
  });

  it('keeps the driver error as cause', () => {
    const original = driverError('28P01');
    expect(mapPostgresError(original, spec).cause).toBe(original);
  });
});

describe('makeClientConfig', () => {
  it('sets a 10 s connect timeout and TLS from sslmode', () => {
    expect(makeClientConfig(spec)).toMatchObject({ connectionTimeoutMillis: 10_000, ssl: false, database: 'erp' });
    expect(makeClientConfig({ ...spec, options: { sslmode: 'require' } }).ssl).toEqual({ rejectUnauthorized: false });
    expect(makeClientConfig({ ...spec, options: { sslmode: 'verify-full' } }).ssl).toEqual({ rejectUnauthorized: true });
  });
});

describe('postgresDialect', async () => {
  const { postgresDialect } = await import('../../../../src/dialects/postgres/index.js');
  it('folds unquoted identifiers to lower case and keeps quoted ones', () => {
    expect(postgresDialect.foldIdentifier('GL_Balance', false)).toBe('gl_balance');
    expect(postgresDialect.foldIdentifier('GL_Balance', true)).toBe('GL_Balance');
    expect(postgresDialect.schemes).toEqual(['postgres', 'postgresql']);
    expect(postgresDialect.capabilities).toEqual({ liveIntrospection: true, ddlImport: true, consistentSnapshot: true, transactionalDdl: true });
  });
});
