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

describe('parseConnectionUrl with special characters in the password', () => {
  const schemes = ['oracle', 'mssql', 'sqlserver', 'postgres', 'postgresql', 'mysql', 'mariadb'] as const;

  it.each(schemes)('%s://: reads the user:password part up to the last "@" before the host', (scheme) => {
    const spec = parseConnectionUrl(`${scheme}://apps:p@ss:w@rd@db.example.com:4000/ERP`);
    expect(spec).toMatchObject({ host: 'db.example.com', port: 4000, user: 'apps', password: 'p@ss:w@rd', database: 'ERP' });
    expect(spec.redacted).toBe(`${scheme}://apps:***@db.example.com:4000/ERP`);
  });

  it('keeps an "@" in a user name without password (user@domain) and decodes %XX', () => {
    expect(parseConnectionUrl('postgres://erp@tenant@h/db')).toMatchObject({ user: 'erp@tenant', password: '', host: 'h', database: 'db' });
    expect(parseConnectionUrl('mysql://u:a%2Fb%3Fc%23d%40e%25@h/db')).toMatchObject({ password: 'a/b?c#d@e%' });
  });

  it('reads IPv6 hosts, query options, and masks password options in redacted', () => {
    const spec = parseConnectionUrl('postgres://u:pw@[::1]:6543/db?sslmode=require&password=x');
    expect(spec).toMatchObject({ host: '::1', port: 6543, options: { sslmode: 'require', password: 'x' } });
    expect(spec.redacted).toBe('postgres://u:***@[::1]:6543/db?sslmode=require&password=***');
  });

  // Distinctive passwords, so that no fragment of three characters or more occurs in our own wording.
  const malformed: Array<[string, string]> = [
    ['postgres://u:Zq7@Kx9:w/Rv2@host:5432/db', 'Zq7@Kx9:w/Rv2'],
    ['oracle://apps:Jw4/Tn8@ebs:1521/EBS', 'Jw4/Tn8'],
    ['mssql://sa:Qb5?Xc6@ax:1433/AX', 'Qb5?Xc6'],
    ['mysql://root:Hk3#Vy7@127.0.0.1:3306/db', 'Hk3#Vy7'],
    ['mariadb://root:Wm2%zzLp4@127.0.0.1/db', 'Wm2%zzLp4'],
    ['postgresql://u:Fg8:Yt1@h:54x/db', 'Fg8:Yt1'],
    ['sqlserver://sa:Rd9Pk2Zx/db', 'Rd9Pk2Zx'],
  ];

  it.each(malformed)('refuses %s (exit 2) without echoing any part of the password', (url, password) => {
    let caught: unknown;
    try {
      parseConnectionUrl(url, '--source');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    const error = caught as UsageError;
    expect(error.code).toBe('E_CONN_URL');
    expect(error.message).toMatch(/^--source: /);
    for (const fragment of [password, ...password.split(/[@/:?#%]/).filter((part) => part.length >= 3)]) {
      expect(error.message).not.toContain(fragment);
      expect(error.hint).not.toContain(fragment);
    }
    expect(error.hint).toMatch(/%40/);
    expect(error.hint).toMatch(/%2F/);
    expect(error.hint).toMatch(/%3A/);
  });

  it('redactUrl never shows text after the first "@" of a URL it cannot split', () => {
    expect(redactUrl('postgres://u:p@ss:w/rd@host:5432/db')).toBe('postgres://***');
    expect(redactUrl('mysql://u:p@ss@127.0.0.1:3306/db')).toBe('mysql://u:***@127.0.0.1:3306/db');
  });
});
