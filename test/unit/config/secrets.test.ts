import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createSecretsManagerFetcher, interpolateEnv, resolveSecretReference, type SecretFetcher } from '../../../src/config/secrets.js';
import { AwsError, UsageError } from '../../../src/errors.js';

const fetcher = (secrets: Record<string, string>): SecretFetcher => ({
  async getSecretString(id) {
    const value = secrets[id];
    if (value === undefined) throw Object.assign(new Error('not found'), { name: 'ResourceNotFoundException' });
    return value;
  },
});

describe('interpolateEnv', () => {
  it('replaces variables and defaults', () => {
    expect(interpolateEnv('postgres://${PGUSER}@${PGHOST:-localhost}/erp', { PGUSER: 'erp' }, 'x')).toBe('postgres://erp@localhost/erp');
  });
  it('names the missing variable and where it was used', () => {
    expect(() => interpolateEnv('${NOPE}', {}, 'erp-migrate.yaml: connections.src.password')).toThrow(
      /erp-migrate.yaml: connections.src.password: environment variable NOPE is not set/,
    );
  });
});

describe('resolveSecretReference', () => {
  it('returns a plain secret string', async () => {
    await expect(resolveSecretReference('secretsmanager:prod/erp', fetcher({ 'prod/erp': 'pw1' }), 'w')).resolves.toBe('pw1');
  });
  it('takes the password field of an RDS-style JSON secret, or a named key', async () => {
    const json = JSON.stringify({ username: 'apps', password: 'pw2', port: 1521 });
    await expect(resolveSecretReference('secretsmanager:rds/erp', fetcher({ 'rds/erp': json }), 'w')).resolves.toBe('pw2');
    await expect(resolveSecretReference('secretsmanager:rds/erp#username', fetcher({ 'rds/erp': json }), 'w')).resolves.toBe('apps');
  });
  it('fails clearly on a missing key (usage) and a missing secret (AWS, exit 4)', async () => {
    const json = JSON.stringify({ password: 'x' });
    await expect(resolveSecretReference('secretsmanager:s#nokey', fetcher({ s: json }), 'w')).rejects.toBeInstanceOf(UsageError);
    const error = await resolveSecretReference('secretsmanager:missing', fetcher({}), 'w').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsError);
    expect((error as AwsError).exitCode).toBe(4);
    expect((error as AwsError).message).toContain('ResourceNotFoundException');
  });
});

describe('createSecretsManagerFetcher', () => {
  const mock = mockClient(SecretsManagerClient);
  afterEach(() => mock.reset());
  it('reads SecretString through GetSecretValue', async () => {
    mock.on(GetSecretValueCommand, { SecretId: 'prod/erp' }).resolves({ SecretString: '{"password":"pw3"}' });
    const real = await createSecretsManagerFetcher('eu-west-1');
    await expect(resolveSecretReference('secretsmanager:prod/erp', real, 'w')).resolves.toBe('pw3');
    expect(mock.commandCalls(GetSecretValueCommand)).toHaveLength(1);
  });
});
