import { describe, expect, it } from 'vitest';
import { printError } from '../../../commands/support/print-error.js';
import { redactSecrets } from '../../../commands/support/redact.js';
import { ConnectionError, UsageError } from '../../../src/errors.js';

function capture(error: unknown, debug = false): { text: string; code: number } {
  let text = '';
  const code = printError(error, { debug, write: (chunk) => { text += chunk; } });
  return { text, code };
}

describe('printError', () => {
  it('prints one error line and a hint, and returns the exit code', () => {
    const { text, code } = capture(new ConnectionError('E_CONN_AUTH', 'oracle://apps:***@db:1521/EBS: login denied', { hint: 'check the password' }));
    expect(text).toBe('error[E_CONN_AUTH]: oracle://apps:***@db:1521/EBS: login denied\nhint: check the password\n');
    expect(code).toBe(3);
  });

  it('lists the problems of a multi-problem error under the hint', () => {
    const error = Object.assign(new UsageError('E_MAPPING_INVALID', '2 problem(s)', { hint: 'fix them' }), { problems: ['m.yaml:3: a', 'm.yaml:5: b'] });
    expect(capture(error).text).toBe('error[E_MAPPING_INVALID]: 2 problem(s)\nhint: fix them\n  - m.yaml:3: a\n  - m.yaml:5: b\n');
  });

  it('turns an unexpected error into an internal error (exit 70) without a stack unless --debug', () => {
    const plain = capture(new TypeError('x is undefined'));
    expect(plain.code).toBe(70);
    expect(plain.text).toMatch(/^error\[E_INTERNAL\]: unexpected error: x is undefined\nhint: this is a bug in erp-migrate/);
    expect(plain.text).not.toMatch(/\s+at /);
    expect(capture(new TypeError('x is undefined'), true).text).toMatch(/\n\s+at /);
  });

  it('masks a password that slipped into a message', () => {
    const { text } = capture(new UsageError('E_X', 'cannot parse mysql://root:hunter2@db/erp', { hint: 'password=hunter2 is wrong' }));
    expect(text).not.toContain('hunter2');
    expect(text).toContain('mysql://root:***@db/erp');
  });
});

describe('redactSecrets', () => {
  it('masks URL passwords and password=… pairs, leaves the rest', () => {
    expect(redactSecrets('postgres://u:p%40ss@h/db and pwd=abc; user=x')).toBe('postgres://u:***@h/db and pwd=***; user=x');
    expect(redactSecrets('postgres://u@h/db')).toBe('postgres://u@h/db');
  });
});

describe('redactSecrets masks secrets only', () => {
  it('leaves prose after a "password" path alone (the secret-reference failure keeps its "cannot")', async () => {
    const { resolveSecretReference } = await import('../../../src/config/secrets.js');
    const failing = { getSecretString: async () => { throw Object.assign(new Error('denied'), { name: 'CredentialsProviderError' }); } };
    const error = await resolveSecretReference('secretsmanager:prod/ebs/apps', failing, '/p/erp-migrate.yaml: connections.erp.password').catch((e: unknown) => e);
    const { text, code } = capture(error);
    expect(code).toBe(4);
    expect(text).toContain('connections.erp.password: cannot read secret "prod/ebs/apps" from AWS Secrets Manager (CredentialsProviderError)');
    expect(text).not.toContain('***');
  });

  it('masks the whole password of a URL with unencoded "@" and key=value / JSON secrets', () => {
    expect(redactSecrets('mysql://u:p@ss@db:3306/erp: login denied')).toBe('mysql://u:***@db:3306/erp: login denied');
    expect(redactSecrets('Server=db;User Id=sa;Password=Tr0ub4dor;')).toBe('Server=db;User Id=sa;Password=***;');
    expect(redactSecrets('{"username":"apps","password":"Tr0ub4dor"}')).toBe('{"username":"apps","password":"***"}');
    expect(redactSecrets('secret = "abc def" and more')).toBe('secret = *** and more');
  });

  it('keeps the USER:PASSWORD placeholder of our own hints readable', () => {
    expect(redactSecrets('write it as oracle://USER:PASSWORD@HOST:1521/SERVICE')).toBe('write it as oracle://USER:PASSWORD@HOST:1521/SERVICE');
  });
});
