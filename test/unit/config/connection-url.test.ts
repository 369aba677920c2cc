import { describe, expect, it } from 'vitest';
import { parseConnectionUrl, redactUrl } from '../../../src/config/connection-url.js';
import { UsageError } from '../../../src/errors.js';

describe('parseConnectionUrl', () => {
  it('reads an Oracle URL with service name and default port', () => {
    const spec = parseConnectionUrl('oracle://apps:s3cr%40t@ebs-db.example.com/EBSPROD');
    expect(spec).toMatchObject({ dialect: 'oracle', host: 'ebs-db.example.com', port: 1521, user: 'apps', password: 's3cr@t', database: 'EBSPROD' });
    expect(spec.redacted).toBe('oracle://apps:***@ebs-db.example.com/EBSPROD');
  });

  it('maps sqlserver:// and mariadb:// to their dialects and keeps query options sorted', () => {
    const mssql = parseConnectionUrl('sqlserver://sa:pw@10.0.0.5:14330/AXDB?trustServerCertificate=true&encrypt=false');
    expect(mssql).toMatchObject({ dialect: 'mssql', port: 14330, database: 'AXDB' });
    expect(Object.keys(mssql.options)).toEqual(['encrypt', 'trustServerCertificate']);
    const maria = parseConnectionUrl('mariadb://root@127.0.0.1/erp');
    expect(maria).toMatchObject({ dialect: 'mysql', flavour: 'mariadb', port: 3306, password: '' });
  });

  it('defaults the PostgreSQL database to postgres', () => {
    expect(parseConnectionUrl('postgresql://u@h').database).toBe('postgres');
  });

  it.each([
    ['not a url', /is not a URL/],
    ['db2://u:p@h/x', /unknown scheme "db2"/],
    ['oracle://u:p@h:1521', /no service name/],
    ['mssql://u:p@h', /no database/],
  ])('rejects %s with a usage error (exit 2)', (url, message) => {
    let caught: unknown;
    try {
      parseConnectionUrl(url);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as UsageError).exitCode).toBe(2);
    expect((caught as UsageError).message).toMatch(message);
  });

  it('never echoes the password in errors', () => {
    expect(() => parseConnectionUrl('db2://u:hunter2@h/x')).toThrow(/db2:\/\/u:\*\*\*@h\/x/);
    try {
      parseConnectionUrl('db2://u:hunter2@h/x');
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('hunter2');
    }
  });
});

describe('redactUrl', () => {
  it('masks the password and password-like query options', () => {
    expect(redactUrl('mysql://root:topsecret@db:3306/erp?password=x&ssl=1')).toBe('mysql://root:***@db:3306/erp?password=***&ssl=1');
    expect(redactUrl('postgres://u@h/db')).toBe('postgres://u@h/db');
  });
});
