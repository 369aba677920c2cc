import { describe, expect, it } from 'vitest';
import { parseProjectFile } from '../../../src/config/project-file.js';
import { resolveConnection } from '../../../src/config/resolve-connection.js';
import { UsageError } from '../../../src/errors.js';

const project = parseProjectFile(
  [
    'connections:',
    '  ebs:',
    '    url: oracle://apps@${EBS_HOST}:1521/EBSPROD',
    '    password: secretsmanager:prod/ebs',
    '  target: postgres://erp:${PGPASSWORD}@aurora.example.com/erp',
    'defaults:',
    '  source: ebs',
  ].join('\n'),
  '/p/erp-migrate.yaml',
);

describe('project file', () => {
  it('resolves a named connection with env interpolation and a secret reference', async () => {
    const spec = await resolveConnection('ebs', {
      project,
      env: { EBS_HOST: 'ebs-db' },
      secrets: async () => ({ getSecretString: async () => '{"password":"fromaws"}' }),
    });
    expect(spec).toMatchObject({ dialect: 'oracle', host: 'ebs-db', user: 'apps', password: 'fromaws', database: 'EBSPROD' });
    expect(spec.redacted).not.toContain('fromaws');
  });

  it('resolves a plain-string connection', async () => {
    const spec = await resolveConnection('target', { project, env: { PGPASSWORD: 'pgpw' }, secrets: async () => { throw new Error('unused'); } });
    expect(spec).toMatchObject({ dialect: 'postgres', password: 'pgpw', redacted: 'postgres://erp:***@aurora.example.com/erp' });
  });

  it('names the known connections when an unknown one is asked for', async () => {
    await expect(resolveConnection('prod', { project, env: {}, secrets: async () => { throw new Error('unused'); } })).rejects.toThrow(
      /"prod" is neither a URL nor a connection in \/p\/erp-migrate.yaml/,
    );
  });

  it('reports every schema problem with file and line', () => {
    let caught: unknown;
    try {
      parseProjectFile('connections:\n  a:\n    uri: x\ndefaults:\n  sauce: y\n', 'erp-migrate.yaml');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    const message = (caught as UsageError).message;
    expect(message).toMatch(/erp-migrate.yaml:\d+: connections.a/);
    expect(message).toMatch(/erp-migrate.yaml:5: defaults/);
  });

  it('reports malformed YAML with its line', () => {
    expect(() => parseProjectFile('connections:\n  a: [unclosed\n', 'erp-migrate.yaml')).toThrow(/erp-migrate.yaml:\d+:\d+: not valid YAML/);
  });
});
