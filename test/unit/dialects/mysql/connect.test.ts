import { describe, expect, it } from 'vitest';
import { mapMysqlError } from '../../../../src/dialects/mysql/connect-errors.js';
import { makeConnectionOptions } from '../../../../src/dialects/mysql/connect.js';
import { mysqlDialect } from '../../../../src/dialects/mysql/index.js';
import type { ConnectionSpec } from '../../../../src/model/connection.js';

const spec: ConnectionSpec = {
  dialect: 'mysql', flavour: 'mariadb', host: 'db1', port: 3306, user: 'erp', password: 'pa55word', database: 'erp', options: {},
  redacted: 'mariadb://erp:***@db1:3306/erp',
};

const driverError = (code: string, errno?: number, message = 'driver says no') => Object.assign(new Error(message), { code, errno });

describe('mapMysqlError', () => {
  it.each([
    [driverError('ECONNREFUSED'), 'E_CONN_REFUSED', 3],
    [driverError('ENOTFOUND'), 'E_CONN_REFUSED', 3],
    [driverError('ETIMEDOUT'), 'E_CONN_TIMEOUT', 3],
    [driverError('ER_ACCESS_DENIED_ERROR', 1045), 'E_CONN_AUTH', 3],
    [driverError('ER_BAD_DB_ERROR', 1049), 'E_UNKNOWN_DATABASE', 2],
    [driverError('ER_DBACCESS_DENIED_ERROR', 1044), 'E_CONN_PRIVILEGE', 3],
    [driverError('ER_TABLEACCESS_DENIED_ERROR', 1142), 'E_CONN_PRIVILEGE', 3],
    [driverError('ER_PARSE_ERROR', 1064), 'E_INTERNAL', 70],
    [driverError('PROTOCOL_CONNECTION_LOST'), 'E_CONN_FAILED', 3],
  ])('%s → %s', (error, code, exit) => {
    const mapped = mapMysqlError(error, spec);
    expect(mapped.code).toBe(code);
    expect(mapped.exitCode).toBe(exit);
    expect(mapped.hint).toBeTruthy();
    expect(mapped.cause).toBe(error);
  });

  it('names the redacted URL, never the password', () => {
    const mapped = mapMysqlError(driverError('ER_DBACCESS_DENIED_ERROR', 1044, "Access denied for 'erp' pa55word"), spec);
    expect(mapped.message).toBe("mariadb://erp:***@db1:3306/erp: permission denied: Access denied for 'erp' ***");
    expect(mapMysqlError(driverError('ER_ACCESS_DENIED_ERROR', 1045), spec).message).toBe('mariadb://erp:***@db1:3306/erp: login denied for user "erp"');
  });
});

describe('makeConnectionOptions', () => {
  it('sets a 10 s connect timeout, exact numbers and no database when the URL has none', () => {
    expect(makeConnectionOptions(spec)).toMatchObject({ connectTimeout: 10_000, bigNumberStrings: true, supportBigNumbers: true, database: 'erp' });
    expect(makeConnectionOptions({ ...spec, database: '' })).not.toHaveProperty('database');
    expect(makeConnectionOptions({ ...spec, options: { sslmode: 'require' } }).ssl).toEqual({ rejectUnauthorized: false });
  });
});

describe('mysqlDialect', () => {
  it('accepts mysql:// and mariadb://, keeps identifiers as written', () => {
    expect(mysqlDialect.schemes).toEqual(['mysql', 'mariadb']);
    expect(mysqlDialect.foldIdentifier('GL_Balance', false)).toBe('GL_Balance');
    expect(mysqlDialect.capabilities).toEqual({ liveIntrospection: true, ddlImport: true, consistentSnapshot: true, transactionalDdl: false });
  });
});
